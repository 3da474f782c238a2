"""A total and its parts listed after it in its sentence: "5,260 calls came from Yorkshire, including 2,270 from South
Yorkshire and 1,950 from West Yorkshire", and a total of contacts broken down by channel ("19,240 contacts, 13,831
telephone calls, 3,090 emails and 2,258 text messages").  Used by :func:`pipeline.extract.assembly.assemble`.
"""
from __future__ import annotations

import re

from pipeline.extract.inheritance import HELPLINE_FAMILY, Resolved, periods_equal
from pipeline.extract.measures import lexicon
from pipeline.extract.part_places import beside_its_place


def listed_totals(counts: list[Resolved]) -> list[tuple[Resolved, list[Resolved]]]:
    """Each total and the parts listed after it in its sentence ("5,260 calls came from Yorkshire,
    including 2,270 from South Yorkshire and 1,950 from West Yorkshire"): two parts at least.

    A part's total is the last count before it in its sentence that is neither listed nor a comparison's,
    found in one pass (the last such count of each sentence kept as the counts go by). Figures each written
    after its place ("Glasgow accounted for 820, Edinburgh for 510 and Aberdeen for 310") are items of one
    list side by side: the first is no total of the others."""
    found: dict[int, tuple[Resolved, list[Resolved]]] = {}
    last: dict[tuple[int, int], Resolved] = {}  # sentence -> its last count that may be a total
    for part in counts:
        where = (part.draft.sentence.start, part.draft.sentence.end)
        if not part.draft.listed:
            if not part.draft.comparison:
                last[where] = part
            continue
        total = last.get(where)
        if total is None or total.draft.measure != part.draft.measure or total.draft.rate != part.draft.rate:
            continue
        if getattr(total.draft, "place_first", False) and getattr(part.draft, "place_first", False):
            continue  # "Glasgow accounted for 820 of them, Edinburgh for 510": items side by side
        if beside_its_place(total, part):
            continue  # "310 in Newport, 240 in Caerphilly and 150 in Torfaen": a list of places, no total first
        found.setdefault(id(total), (total, []))[1].append(part)
    out = []
    for total, parts in found.values():
        if len(parts) >= 2:
            total.parts_complete = False if parts[0].draft.listed == "including" else None
            out.append((total, parts))
    return out


#: Between a total and its first part, and between parts: a list's punctuation and words, at most 40 of them
#: with no word that starts another statement ("13,831 telephone calls, 3,090 emails and 2,258 text messages").
_LIST_GAP = re.compile(r"(?:[\s,:;(\u2013\u2014-]|\b(?:and|including|of\s+which|plus|with|spoke|to|answered|"
                       r"responded|made|sent|received|took|carried|out|no|longer|the|by|via|from|in|person)\b|\)){0,40}+",
                       re.I)


def channel_totals(counts: list[Resolved]) -> list[tuple[Resolved, list[Resolved]]]:
    """A total of contacts and its breakdown by channel listed after it in its sentence ("responded to 19,240
    contacts, 13,831 telephone calls, 3,090 emails and 2,258 text messages and spoke with 61 callers face to
    face"): two parts at least, each a channel's count of the helpline's use, of the total's place and period."""
    words = lexicon()["channel_totals"]
    totals, parts_of, phrases = set(words["totals"]), set(words["parts"]), words["part_phrases"]
    out = []
    for n, total in enumerate(counts):
        d = total.draft
        if (getattr(d, "unit_word", None) or "").lower() not in totals or d.comparison or d.measure not in HELPLINE_FAMILY:
            continue
        parts, end = [], d.end
        for c in counts[n + 1:]:
            cd = c.draft
            if cd.sentence != d.sentence:
                break
            gap = d.sentence.text[end - d.sentence.start:cd.start - d.sentence.start]
            tail = d.sentence.text[cd.end - d.sentence.start:cd.end - d.sentence.start + 16].lower()
            channel = (getattr(cd, "unit_word", None) or "").lower() in parts_of \
                or any(tail.lstrip().startswith(p) for p in phrases)
            in_person = getattr(cd, "in_person", False)  # "61 callers face to face": other, yet a channel of the total
            if not channel or cd.comparison or (cd.measure not in HELPLINE_FAMILY and not in_person) or cd.rate != d.rate \
                    or not _LIST_GAP.fullmatch(gap) or set(c.regions or []) != set(total.regions or []) \
                    or not (c.period is None or total.period is None or periods_equal(c.period, total.period)):
                break
            parts.append(c)
            end = cd.end
        if len(parts) >= 2:
            out.append((total, parts))
    return out
