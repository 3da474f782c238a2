"""The year "last year" means in an undated article that names one year for its figures.

An article with no publication date (a print page, a copy without its dateline) may count
"last year" in one place and name the year in another: "171 people sought help last year"
... "the 16 calls from the county in 2016". When the facts' own times name exactly one
calendar year and the article says "last year" but never "this year", "last year" is that
year (ANNOTATION.md decision 6: "last year" is resolved when the text anchors it). A year
named beside "last year" in one sentence ("from 50,000 in 2013 to 100,000 last year") is
another year, and the year of an earlier figure of a comparison is a base, not the
figures' year: neither counts. A total of the same measure in the named year and "last year"
("In 2016 it helped 3,971 people. It helped 7,117 last year.", "1,470 calls last year. In 2022 there were 760.")
sets two years side by side;
that, two years, or none, leave "last year" unresolved.
"""
from __future__ import annotations

from typing import Optional, Sequence

from pipeline.extract.period_spans import TextDate, calendar_year
from pipeline.extract.sentence_context import Draft


def _relative(d: Draft) -> set[str]:
    return {m.relative for m in (d.time, d.sentence_time) if getattr(m, "relative", None) and m.period is None}


def _total(d: Draft) -> bool:
    """A count of a whole period (no rate) of a known measure."""
    return d.kind == "count" and d.rate is None and d.measure != "other"


def _follows_total(d: Draft) -> bool:
    """A bare figure that counts what the count before it counts ("In 2022 there were 760."): a total too, its
    measure not yet known."""
    return d.kind == "count" and d.rate is None and d.inherit == "previous"


def named_year_date(drafts: Sequence[Draft]) -> Optional[TextDate]:
    """The date an undated article implies when its figures name one calendar year and it says "last
    year" (see the module): the last day of the year after; ``None`` otherwise."""
    said = set().union(*(_relative(d) for d in drafts)) if drafts else set()
    if "last_year" not in said or "this_year" in said:
        return None
    beside = {d.sentence.start for d in drafts if "last_year" in _relative(d)}
    totals = {d.measure for d in drafts if "last_year" in _relative(d) and _total(d)}  # what "last year" counts
    years = set()
    for d in drafts:
        mention = d.time or d.sentence_time
        if mention is None or d.comparison or d.sentence.start in beside or mention.relative is not None \
                or mention.role != "time":
            continue
        year = calendar_year(mention.period)
        if year is not None and (_total(d) and d.measure in totals or _follows_total(d) and totals):
            return None  # "In 2016 it helped 3,971 people. It helped 7,117 last year.": two years' totals
        if year is not None:
            years.add(year)
    if len(years) != 1:
        return None
    return TextDate(years.pop() + 1, 12, 31)
