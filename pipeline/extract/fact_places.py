"""The places of a figure of a sentence: the one named right after it, its clause's, its sentence's; places
named as included in the one before them; figures said to be national; figures listed with a place each.

What this module does not do: find the place mentions (:mod:`pipeline.extract.regions`, given on
:class:`SentenceFacts`) or carry a place across sentences (:mod:`pipeline.extract.inherited_places`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.place_lists import places_before
from pipeline.extract.place_remainders import remainder_of_list
from pipeline.extract.place_roles import unrecorded_place
from pipeline.extract.regions import rules
from pipeline.extract.sentence_context import SentenceFacts, clause_span
from pipeline.wordlists import alternation


def regions_between(ctx: SentenceFacts, span: tuple[int, int]) -> list[str]:
    names = [r.name for r in ctx.regions if span[0] <= r.start and r.end <= span[1]]
    return list(dict.fromkeys(names))


def regions_for(ctx: SentenceFacts, offset: int) -> tuple[list[str], list[str]]:
    """The places of the fact at ``offset``: the one named right after its number ("2,270 from South
    Yorkshire"), else its clause's (less those named right after other numbers), else its sentence's.

    A place named as included in the one before it ("Cornwall, including the Isles of Scilly") is
    part of that place's figure, not a place of its own.
    """
    included = included_places(ctx)
    sentence = [r for r in regions_between(ctx, (ctx.sentence.start, ctx.sentence.end)) if r not in included]
    if unrecorded_place(ctx.sentence.text, offset - ctx.sentence.start):
        return [], sentence  # "378 calls where no area was recorded"
    owned = owned_places(ctx)
    if offset in owned:
        return [owned[offset]], sentence
    part_place = place_of_part(ctx, offset)
    if part_place is not None:
        return [part_place], sentence  # "1,200 people across Kent and Sussex, 500 of them from Sussex": Sussex's
    own = [r for r in regions_between(ctx, clause_span(ctx, offset)) if r not in included]
    free = [r for r in own if r not in owned.values()]
    if owned and not free and remainder_of_list(ctx.sentence.text, offset - ctx.sentence.start):
        return [], sentence  # "1,120 from Glasgow, 864 from Edinburgh, with the remaining 1,025 ...": none of theirs
    own = free or own
    if national_figure(ctx, offset):  # "Of the 80,000 calls answered nationally, 1,800 came from Bristol": 80,000
        # is no town's; a country the sentence names is its scope ("Nationally, ... someone in Australia")
        nations = {r.name for r in ctx.regions if r.kind in _NATIONS}
        return [r for r in sentence if r in nations], sentence
    return (own or sentence), sentence


#: The kinds of place a national figure may be of: a country the sentence names (not a nation of the UK, which
#: is as often another figure's: "Across the country, 40,000 called, while in Wales the figure was 2,100").
_NATIONS = ("country",)

#: Where a figure's part of its sentence ends: a comma and a space (not the comma of "1,800").
_PART_END = re.compile(r",\s")


def national_figure(ctx: SentenceFacts, offset: int) -> bool:
    """Whether the figure at ``offset`` is said to be national ("nationally", "across the country":
    ``national_scope`` of ``data/regions_rules.json``) in its part of the sentence (between commas),
    while no place is named there: the sentence's places are of its other figures."""
    s, text = ctx.sentence.start, ctx.sentence.text
    at = offset - s
    starts = [m.end() for m in _PART_END.finditer(text, 0, at)]
    end = _PART_END.search(text, at)
    lo, hi = (starts[-1] if starts else 0), (end.start() if end else len(text))
    if len(starts) == 1 and not _national_words().search(text, lo, hi):
        lo = 0  # an opening phrase says it: "Across the country, 40,000 people called"
    if not _national_words().search(text, lo, hi):
        return False
    return not any(lo <= r.start - s and r.end - s <= hi for r in ctx.regions)


@lru_cache(maxsize=1)
def _national_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(rules()['national_scope'], loose_spaces=True)})\b", re.IGNORECASE)


#: Between a place and one it includes: "Cornwall, including the Isles of Scilly", "Devon (including Torbay)".
_INCLUDED = re.compile(r"\s{0,3}[,(]?\s{0,3}(?:and\s{1,3})?(?:including|includes|which includes|with)\s{1,3}(?:the\s{1,3})?")


def included_places(ctx: SentenceFacts) -> set[str]:
    """The places named as included in the place right before them."""
    text, s = ctx.sentence.text, ctx.sentence.start
    out = set()
    for before, after in zip(ctx.regions, ctx.regions[1:]):
        if before.name != after.name and before.end <= after.start \
                and _INCLUDED.fullmatch(text, before.end - s, after.start - s):
            out.add(after.name)
    return out


#: Between a number and the place it belongs to: "2,270 from South Yorkshire", "130 people in Bradford", a noun and
#: a verb of origin between ("612 contacts came from Plymouth", "329 coming from Fife"), "the rest of" a place
#: ("735 from the rest of Devon": Devon's figure less the part named before); never across "and" or "or", which
#: open the next item ("from Chelmsford 180 and from Basildon 150").
_OWN_PLACE = re.compile(r"(?:\s+(?!and\b|or\b)[a-z]+){0,2}\s+(?:from|in)\s+(?:the\s+)?(?:rest\s+of\s+(?:the\s+)?)?")


#: Between a part and its place: "of them" (the count before it) and a place of origin ("500 of them from Sussex",
#: "400 of whom were in Kent", "300 of those from the Medway towns"): the part is of that place, whatever other places
#: its sentence names for the whole.
_PART_OF_PLACE = re.compile(r"\s+of\s+(?:them|whom|those|these)\s+(?:(?:were|came|called)\s+)?(?:from|in)\s+(?:the\s+)?")


def place_of_part(ctx: SentenceFacts, offset: int) -> str | None:
    """The place of the figure at ``offset`` when it is a part of the count before it, its place named right after
    "of them ... from" ("336 of them from Cornwall"), else ``None``."""
    s, text = ctx.sentence.start, ctx.sentence.text
    number = next((n for n in ctx.numbers if n.num_start == offset), None)
    if number is None:
        return None
    for region in ctx.regions:
        if region.start >= number.end:
            return region.name if _PART_OF_PLACE.fullmatch(text, number.end - s, region.start - s) else None
    return None


def owned_places(ctx: SentenceFacts) -> dict[int, str]:
    """Number start -> the place named right after it ("2,270 from South Yorkshire"), or right before it with
    "for" or "with" ("Edinburgh for 510": :mod:`pipeline.extract.place_lists`), for sentences that give two or
    more numbers a place each.  Worked out once per sentence (kept on it)."""
    kept = ctx.__dict__.get("_owned_places")
    if kept is not None:
        return kept
    s, text = ctx.sentence.start, ctx.sentence.text
    owned = {}
    for number in ctx.numbers:
        for region in ctx.regions:
            if region.start >= number.end and _OWN_PLACE.fullmatch(text, number.end - s, region.start - s):
                owned[number.num_start] = region.name
                break
    for at, (name, _) in places_before(ctx).items():
        owned.setdefault(at, name)
    ctx.__dict__["_owned_places"] = owned = owned if len(owned) >= 2 else {}
    return owned
