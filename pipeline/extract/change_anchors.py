"""A change linked to its earlier figure as if it were the later one, re-anchored by arithmetic.

"Compared with the same three months of 2023, when the figure stood at 872, the increase was 51 per cent." after
"1,318 people ... between January and March this year": the one count of the change's sentence is the figure it
started from, and the change, dated by it, took the earlier period. When the change from that count to exactly one
later count of the article (same measure and rate, agreeing places, a period after the count's) is the change as
stated (:func:`pipeline.extract.earlier_in_sentence.changes_as_stated`), and no earlier count leads to that count by
the same change, the count is the base and the later count the change's own: the evidence is the arithmetic, not the
wording.  A change whose words name, as a date of its own, a base period that ends before its count's ("a rise of
50 per cent on 2022" beside the 2023 figure; not "the same period last year", which is read from the change's own
period and so shares its error) is left as it stands, and one value given for two places is two figures, not one restated. Used by :func:`pipeline.extract.assembly.assemble` once every count is resolved.
"""
from __future__ import annotations

from typing import Optional

from pipeline.extract.earlier_in_sentence import changes_as_stated
from pipeline.extract.inheritance import Resolved, akin


def _comparable(a: Resolved, b: Resolved) -> bool:
    """Two counts one change may join: exact, of one measure family and rate, places agreeing where both have them."""
    if a is b or b.period is None or b.draft.qualifier != "exact" or getattr(b.draft, "difference", None):
        return False
    if b.draft.rate != a.draft.rate or not akin(a.draft.measure, b.draft.measure):
        return False
    return not (a.regions and b.regions and set(a.regions) != set(b.regions))


def _later_by_arithmetic(item: Resolved, ref: Resolved, counts: list[Resolved]) -> Optional[Resolved]:
    """The one count after ``ref`` in time that the change stated leads to from ``ref``; ``None`` when none or
    several do, or when an earlier count leads to ``ref`` by the same change (then ``ref`` may be the later)."""
    d = item.draft
    if ref.period is None or ref.period.end is None or ref.draft.qualifier != "exact":
        return None
    later = [c for c in counts if _comparable(ref, c) and c.period.start is not None
             and c.period.start > ref.period.end and changes_as_stated(d, ref.draft, c.draft)]
    if len({(c.draft.value, c.period.start, c.period.end, tuple(sorted(c.regions))) for c in later}) != 1:
        return None  # none, or several figures (one figure restated, as a headline restates the body's, is one;
        # one value for two places is two figures)
    earlier = [c for c in counts if _comparable(ref, c) and c.period.end is not None
               and c.period.end < (ref.period.start or ref.period.end) and changes_as_stated(d, c.draft, ref.draft)]
    return None if earlier else max(later, key=lambda c: c.draft.start)


def anchor_changes(pcts: list[Resolved], counts: list[Resolved]) -> None:
    """Re-anchor each change dated by its own sentence's count on the later count the arithmetic points to."""
    for item in pcts:
        d, ref = item.draft, item.count_ref
        if d.pct_kind != "change" or ref is None or item.base_count_ref is not None or d.value is None:
            continue
        if ref.draft.sentence.start != d.sentence.start or ref.draft.start > d.start:
            continue  # the count stands before the change in its sentence
        if item.period is None or ref.period is None or (item.period.start, item.period.end) != (ref.period.start, ref.period.end):
            continue  # the change took its count's period: the contradiction this mends
        if d.base is not None and d.base.relative is None and item.base_period is not None \
                and item.base_period.end is not None and ref.period.start is not None \
                and item.base_period.end < ref.period.start:
            continue  # "a rise of 50 per cent on 2022" beside a 2023 count: its words name an earlier year, the count is the later
        later = _later_by_arithmetic(item, ref, counts)
        if later is None:
            continue
        item.count_ref, item.base_count_ref = later, ref
        item.period, item.base_period = later.period, ref.period
        if later.draft.measure != "other":
            d.measure = later.draft.measure
