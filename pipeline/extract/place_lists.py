"""Figures listed with a place each, the place written first: "Glasgow accounted for 820 of them, Edinburgh for
510 and Aberdeen for 310", "South Wales Police's area accounted for 2,910 contacts, North Wales for 1,480".

The verb or the measure is given once, with the first item; the others keep only the place and "for" or
"with", or the place alone after a comma or "and" ("Aberdeen accounted for 512 calls, Aberdeenshire 338 and Moray
154"). :func:`places_before` maps each such figure to its place, for
:func:`pipeline.extract.sentence_context.owned_places`, which also maps the figures whose place follows them
("2,400 were from South Wales, 1,300 from Gwent").
"""
from __future__ import annotations

import re
from typing import Any

#: Between a place and its figure: an optional "'s" and a word of area ("South Wales Police's area", "the
#: Belfast trust area", "Dundee city"), then "accounted for", "for", "(followed) with" or "on" right before the figure
#: (its hedge included): "the Western area followed with 610, ahead of the Eastern area on 540".
_PLACE_THEN_FIGURE = re.compile(
    r"(?:'s|\u2019s)?(?:\s{1,3}(?:police\s{1,3})?(?:force\s{1,3})?(?:area|region|county|council|borough|trust|city|town))?"
    r"\s{1,3}((?:accounted\s{1,3}for|for|(?:followed\s{1,3})?with|on)\s{1,3})?", re.I)
#: Below this, a figure after a place and "on" is a rank or a score ("ahead of Kent on 2 and Sussex on 3").
SMALL_ON = 10
#: With no word between a place and its figure ("..., Aberdeenshire 338 and Moray 154"), the place must open an item
#: of a list (after a comma or "and", or the colon or a semicolon of a list set out in a sentence: "made up as
#: follows: Bristol 910; Devon 780"): "Turkey drew Iceland 0-0" lists nothing.
_ITEM_BEFORE = re.compile(r"(?:[,;:]|\band)\s{1,3}(?:the\s{1,3})?$", re.I)


def places_before(ctx: Any) -> dict[int, tuple[str, int]]:
    """Number start (``num_start``) -> (its place, where the place starts), for the figures of a sentence
    (:class:`~pipeline.extract.sentence_context.SentenceFacts`) whose place is named right before them and tied
    by "for" or "with"; worked out once per sentence (kept on it), in one pass over its numbers and places."""
    found = ctx.__dict__.get("_places_before")
    if found is None:
        found = ctx.__dict__["_places_before"] = _places_before(ctx.sentence.text, ctx.sentence.start, ctx.numbers,
                                                                 ctx.regions)
    return found


def _places_before(text: str, start: int, numbers: list[Any], regions: list[Any]) -> dict[int, tuple[str, int]]:
    """:func:`places_before` of a sentence's ``text`` at article offset ``start``; ``numbers`` and ``regions``
    carry article offsets, in text order."""
    out: dict[int, tuple[str, int]] = {}
    i = 0
    for number in numbers:
        while i < len(regions) and regions[i].end <= number.start:
            i += 1  # regions[i - 1] is the last place ending before the figure
        joined = i and _PLACE_THEN_FIGURE.fullmatch(text, regions[i - 1].end - start, number.start - start)
        if joined and (joined.group(1) or "").lower().split()[:1] == ["on"] and number.value < SMALL_ON:
            continue  # "ahead of Kent on 2": a rank or a score, no place's figure
        if joined and (joined.group(1) or _ITEM_BEFORE.search(text, 0, regions[i - 1].start - start)):
            out[number.num_start] = (regions[i - 1].name, regions[i - 1].start)
    return out


#: Right after a bare figure: its verb of origin ("A further 4,180 came from the Western Trust area").
_CAME_FROM = re.compile(r"\s{1,3}(?:came|come|comes|coming|were|was)\s{1,3}from\s{1,3}")


def came_from_place(ctx: Any, at: int, end: int) -> bool:
    """Whether the bare figure ending at ``end`` (its number starting at ``at``; article offsets) is said to come from a
    place the sentence names right after ("A further 4,180 came from the Western Trust area", "Some 610 were from
    Kent"): a part by place of what the count before counts, as a figure listed with its place is."""
    s, text = ctx.sentence.start, ctx.sentence.text
    found = _CAME_FROM.match(text, end - s)
    if found is None:
        return False
    place_at = found.end() + (4 if text[found.end():found.end() + 4].lower() == "the " else 0)
    return any(r.start - s in (found.end(), place_at) for r in ctx.regions)
