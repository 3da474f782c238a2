"""Parts that add up to a total stated before them are of the total's period.

"The helpline took 900 calls from Gwent during 2023. In 2022 it received 780. By borough, the calls came from:
Newport: 410, Caerphilly: 270, Torfaen: 220": the rows take the period stated last (2022), but they add up to the
900 of 2023, and that is what they break down. "Of the 486, 139 called the helpline and 347 used the website"
after a sentence about the year before: the same; so is a total told again with its parts in one sentence of no
time of its own ("These 1,500 contacts were 900 calls and 600 webchats" after the 1,500 of the autumn and a figure
of the spring: :func:`_restated_first`). :func:`date_parts_by_total` gives a group of parts that names no time of
its own (the rows under one header, or the counts of one undated sentence) the period of the count before them, a
few sentences back (a table's rows between them not counted), whose value is their sum; "6,681 used the website,
while 731 rang" is one group. Used by :func:`pipeline.extract.assembly.assemble` once the counts are resolved.
"""
from __future__ import annotations

import bisect
from typing import Sequence

from pipeline.extract.inheritance import Resolved, periods_equal
from pipeline.extract.own_times import contrasted

#: How many sentences before its first part the total may stand.
TOTAL_REACH = 6

#: The most parts a group may have (a longer list is a table, not a breakdown of one figure).
MOST_PARTS = 20


def _groups(counts: Sequence[Resolved]) -> list[list[Resolved]]:
    """Runs of rows under one header, and the counts of one sentence that names no time: two parts at least."""
    groups: list[list[Resolved]] = []
    run: list[Resolved] = []
    key = None
    for c in counts:
        d = c.draft
        if d.comparison and not contrasted(d) or d.rate is not None or getattr(d, "difference", None):
            k = None
        elif d.inherit == "row":
            k = ("row", d.header_text)
        elif d.time is None and d.sentence_time is None:
            k = ("sentence", d.sentence.start)
        else:
            k = None
        if k is None or k != key:
            if len(run) >= 2:
                groups.append(run)
            run = []
        key = k
        if k is not None:
            run.append(c)
    if len(run) >= 2:
        groups.append(run)
    return [g for g in groups if len(g) <= MOST_PARTS]


def _restated_first(group: list[Resolved]) -> bool:
    """Whether the group's first count is the sum of the others: a total told again with its parts ("These 1,500
    contacts were 900 calls and 600 webchats"), which is of the earlier total's period too."""
    return len(group) >= 3 and group[0].draft.value == sum(c.draft.value for c in group[1:])


def date_parts_by_total(counts: Sequence[Resolved]) -> None:
    """Give each group of parts the period of the total before them that they add up to (see the module)."""
    totals: dict[float, list[Resolved]] = {}
    for c in counts:
        if c.period is not None and not c.draft.comparison and c.draft.inherit != "row" and c.draft.rate is None:
            totals.setdefault(c.draft.value, []).append(c)
    if not totals:
        return
    starts = {value: [t.draft.start for t in found] for value, found in totals.items()}
    rows = sorted({c.draft.index for c in counts if c.draft.inherit == "row"})  # a table's rows: one line each
    for group in _groups(counts):
        first = group[0].draft
        value = sum(c.draft.value for c in group)
        if value not in totals and _restated_first(group):
            value = first.value  # "These 1,500 contacts were 900 calls and 600 webchats": the total told again
        if value not in totals:
            continue
        at = bisect.bisect_left(starts[value], first.start)  # the last total of that value before the parts
        total = totals[value][at - 1] if at else None
        if total is None:
            continue
        between = bisect.bisect_left(rows, first.index) - bisect.bisect_right(rows, total.draft.index)
        if first.index - total.draft.index - max(0, between) > TOTAL_REACH:
            continue  # rows of a table between the total and its parts ("By county: ...") are no sentences of text
        for part in group:
            if not periods_equal(part.period, total.period):
                part.period = total.period
