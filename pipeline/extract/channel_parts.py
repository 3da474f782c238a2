"""A total of contacts and its parts by channel: "Stop It Now! heard from 3,050 people in 2023. Of these, 1,400 phoned
the helpline, 900 used its webchat and the remaining 800 worked through the self-help website"; "contacted by 2,700
people in 2024 - 1,500 by phone and 1,150 online".

Each part names its channel in its own words (:mod:`pipeline.extract.own_channels`), so the parts are of several
measures (calls, contacts, a website's users) and the total of a helpline's contacts: the checks, which pair a part
with a total of a measure akin to its own, would not add them up. The parts are listed on the total here
(``Count.parts``), as a list of places is, and the check adds them up. Found in one pass over the counts.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.inheritance import Resolved, akin

#: The measures of a whole of parts by channel: contacts, or calls when the whole is restated in the parts' opener
#: ("Of the 620, 210 called the helpline and 410 used the charity's self-help website": its cue is the parts' verb).
_TOTALS = ("helpline_contacts", "helpline_calls")
#: A sentence of parts that opens with their whole: "Of these, ...", "Of the 620, ...", "Of them, ...".
_OF_OPENER = re.compile(r"\W*of\s", re.I)


def _total_of(part: Resolved, total: Optional[Resolved]) -> bool:
    """Whether ``total`` may be the whole of a first part: a helpline's contacts (or calls) larger than it, in the part's
    sentence before it, or in the sentence right before one that opens with "Of ..."."""
    if total is None or total.draft.measure not in _TOTALS or part.draft.value >= total.draft.value:
        return False
    if total.draft.index == part.draft.index:
        return total.draft.start < part.draft.start
    return total.draft.index == part.draft.index - 1 and bool(_OF_OPENER.match(part.draft.sentence.text))


def channel_parts(counts: list[Resolved]) -> list[tuple[Resolved, list[Resolved]]]:
    """Each total of contacts and the parts after it that name their channels (two at least, one of them of a
    measure the checks would not pair with the total's), each smaller than the total."""
    out: list[tuple[Resolved, list[Resolved]]] = []
    total: Optional[Resolved] = None  # the last count that may be a whole
    run: Optional[tuple[Resolved, list[Resolved]]] = None
    for c in counts:
        d = c.draft
        if getattr(d, "difference", None):
            continue
        if getattr(d, "own_channel", False):
            if run is not None and run[1][-1].draft.index == d.index and d.value < run[0].draft.value:
                run[1].append(c)
                continue
            run = (total, [c]) if _total_of(c, total) else None
            if run is not None:
                out.append(run)
            continue
        run = None
        if not d.comparison:
            total = c
    return [(t, parts) for t, parts in out
            if len(parts) >= 2 and any(not akin(p.draft.measure, t.draft.measure) for p in parts)]
