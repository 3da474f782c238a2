"""A change "since" an event dated in its clause: "up 52% since the move to a free number in March".

The time mention ("in March") dates the event the change runs from, not the period the
change is of: the change runs from the start of that time on (ANNOTATION.md decision 6,
"since X"), against no one period before it, so it gets no year-on-year base. A whole year
("since the line opened in 2022") stays the change's base, as "since 2022" is.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from pipeline.extract import periods

#: "since" and the words of the event up to its time: no figure, no clause break, at most ten words.
_SINCE_EVENT = re.compile(r"\bsince\s++(?:[^\s\d.;:!?,]++\s++){1,10}$", re.I)


def since_event_start(d: Any) -> Optional[periods.Period]:
    """The open period a change runs over when its time dates the event after "since" in its clause
    ("rose 52% since the move ... in March" -> from 1 March on); ``None`` for any other change."""
    mention = d.time
    if d.pct_kind != "change" or d.base is not None or mention is None or mention.relative is not None \
            or mention.period is None or mention.period.start is None or mention.text.lower().startswith("since"):
        return None
    if periods.whole_months(mention.period) == 12:
        return None  # "a 79% rise since the line opened in 2022": the year is the base, as "since 2022" is
    offset = d.start - d.sentence.start
    if mention.start < offset:
        return None  # "In 2019, since the line moved, calls rose 20%": the time is the change's own
    text = d.sentence.text
    if not _SINCE_EVENT.search(text, max(offset, mention.start - 90), mention.start):
        return None
    return periods.Period(mention.period.start, None)
