"""The lines of a list, one figure each: "- phone calls: 702", "Gwent: 1,318", "January: 290".

A line holds a bullet or a label ending with a colon, then its one figure, and nothing after it but a stop. Read by
:mod:`pipeline.check.pointed_sums` for the lines under a heading and for the parts a total after them adds up.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.check.evidence import Evidence, is_number, plain
from pipeline.check.multiplier_pairs import check_words
from pipeline.records import Count

#: How many lines a list under a heading may have, at most.
LIST_LINES = 12
#: Before a line's one figure: a label ending with a colon ("Gwent:", "phone calls:").
_LABEL = re.compile(r"[A-Za-z][^\d:\n]{0,40}:\s{0,3}")


def part_like(c: Count) -> bool:
    """A figure that may be one part of a sum: plain, exact, a number."""
    return plain(c) and c.qualifier == "exact" and is_number(c.value)


def list_line(span: tuple[int, int], ev: Evidence) -> Optional[Count]:
    """The one figure of a list line: a bullet or a label ending with a colon before it, nothing after it but a stop."""
    counts = ev.counts_in(span)
    if len(counts) != 1 or not part_like(counts[0]):
        return None
    c, text = counts[0], ev.text
    head = text[span[0]:c.start]
    bullets = tuple(check_words()["sum_list_bullets"])
    tail = text[c.end:span[1]].strip(" .;")
    if len(head) > 60 or "\n" in head.strip() or len(tail) > 40 or any(ch.isdigit() for ch in tail):
        return None
    lead = head.lstrip()
    if lead.startswith(bullets):
        lead = lead[1:].lstrip()
        if not lead or _LABEL.fullmatch(lead):
            return c
        return None
    return c if _LABEL.fullmatch(lead) else None
