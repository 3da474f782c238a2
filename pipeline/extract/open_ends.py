"""The end of a period the text leaves open: "since 2019" runs to the publication date.

ANNOTATION.md decision 6: "since X" runs from the start of X to the publication date, or to null when
the date is unknown; "so far this year" starts on 1 January and has a null end (a
:class:`~pipeline.extract.period_spans.ToDatePeriod`, left as it is). The scan keeps "since 2019" open
(``end`` ``None``) so that the rules that tell a running total from a period's figure still see it as
open; :func:`run_to_publication` closes it on the record, after every link is made.
"""
from __future__ import annotations

import datetime
from typing import Iterable, Optional

from pipeline.extract.inheritance import Resolved
from pipeline.extract.period_spans import Period, RollingPeriod, ToDatePeriod


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
        item.period = Period(period.start, published)
