"""The end of a period the text leaves open: "since 2019" runs to the publication date.

ANNOTATION.md decision 6: "since X" runs from the start of X to the publication date, or to null when
the date is unknown; "so far this year" starts on 1 January and has a null end (a
:class:`~pipeline.extract.period_spans.ToDatePeriod`, left as it is). The scan keeps "since 2019" open
(``end`` ``None``) so that the rules that tell a running total from a period's figure still see it as
open; :func:`run_to_publication` closes it on the record, after every link is made. A figure in the ", when"
clause of "since 2019" ("more than trebled since 2019, when 1,240 people got in touch") is of 2019 itself.
"""
from __future__ import annotations

import datetime
import re
from typing import Iterable, Optional

from pipeline.extract.inheritance import Resolved
from pipeline.extract.period_spans import Period, RollingPeriod, ToDatePeriod
from pipeline.extract.periods import since_base

#: A ", when" clause right after "since 2019": its figure is of that year.
_WHEN = re.compile(r",\s*+when\b", re.I)


def run_to_publication(items: Iterable[Resolved], published: Optional[datetime.date]) -> None:
    """Give each fact whose period has a start and no end the publication date as its end (the page's
    own date only: a date the text merely implies fixes no end)."""
    if published is None or type(published) is not datetime.date:
        return
    for item in items:
        period = item.period
        if period is None or isinstance(period, (ToDatePeriod, RollingPeriod)) or period.start is None \
                or period.end is not None or period.start > published:
            continue
        if _in_when_clause(item):
            item.period = since_base(item.draft.time) or period  # "since 2019, when 1,240 ...": of 2019
            continue
        item.period = Period(period.start, published)


def _in_when_clause(item: Resolved) -> bool:
    """Whether the fact stands in the ", when" clause of the "since" mention that dates it."""
    d = item.draft
    mention = d.time
    text = d.sentence.text
    return mention is not None and d.start - d.sentence.start >= mention.end \
        and _WHEN.match(text, mention.end) is not None
