"""The period of an undated share from the figures it is of, found by arithmetic.

A share its sentence does not date often stands beside the part and whole it was worked out from ("Almost four in
ten conversations - 3,702 - involved people from Glasgow" after "9,640 conversations ... in the first half of
2024"; "Texts accounted for 27% of all contacts" after "1,148 contacts" and "texts 311"). When the counts of the
share's sentence and the sentences before it hold a part and a whole of one period whose ratio is the share as
stated (:func:`share_fits`), and every such pair is of that one period, the share is of it: the evidence is the
arithmetic, not the wording. Shares left undated on purpose (a standing figure, a survey's, a running total's,
one a speaker states) stay so. Used by :func:`pipeline.extract.assembly.assemble` once every count is resolved.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract import periods
from pipeline.extract.earlier_in_sentence import hedge_fits
from pipeline.extract.inheritance import Resolved
from pipeline.extract.share_periods import standing_share, survey_share

#: How many sentences before the share its part and whole may stand.
SENTENCES_BACK = 3

#: Quotation marks: a share inside a quotation is the speaker's.
_QUOTED = re.compile("[\"\u201c\u201d]")


def share_fits(value: float, qualifier: str, part: float, whole: float) -> bool:
    """Whether ``part`` of ``whole`` is the share stated: within half a point when exact, above by at most a fifth
    ("more than"), up to a tenth below ("nearly", "almost"), within a twentieth or one point ("about")."""
    if whole <= 0 or not 0 < part < whole:
        return False
    computed = part / whole * 100
    if qualifier == "exact":
        return abs(computed - value) < 0.5
    return hedge_fits(computed, value, qualifier)


def _candidates(item: Resolved, counts: list[Resolved]) -> list[Resolved]:
    d = item.draft
    return [c for c in counts if 0 <= d.index - c.draft.index <= SENTENCES_BACK and c.period is not None
            and c.draft.qualifier == "exact" and not c.draft.comparison and c.draft.rate is None
            and not getattr(c.draft, "difference", None) and c.draft.value]


def fitted_period(item: Resolved, counts: list[Resolved]) -> Optional[periods.Period]:
    """The one period of every part and whole among ``counts`` near the share ``item`` whose ratio is the share."""
    d = item.draft
    near = _candidates(item, counts)
    found = set()
    for part in near:
        for whole in near:
            if part is whole or (part.period.start, part.period.end) != (whole.period.start, whole.period.end):
                continue
            if share_fits(float(d.value), d.qualifier, float(part.draft.value), float(whole.draft.value)):
                found.add((part.period.start, part.period.end))
    if len(found) != 1:
        return None
    start, end = found.pop()
    return next(c.period for c in near if (c.period.start, c.period.end) == (start, end))


def date_shares_by_figures(pcts: list[Resolved], counts: list[Resolved]) -> None:
    """Date each share that has no period and none of its own sentence by the part and whole it was worked out
    from (:func:`fitted_period`)."""
    for item in pcts:
        d = item.draft
        if d.pct_kind != "share" or item.period is not None or d.time is not None or d.sentence_time is not None:
            continue
        if d.value is None or standing_share(d) or survey_share(d) or _QUOTED.search(d.sentence.text):
            continue
        period = fitted_period(item, counts)
        if period is not None:
            item.period = period
