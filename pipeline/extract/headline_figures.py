"""A headline's figure dated by the body figure it restates.

A headline rounds the body's figure and leaves its time to the body: "More than 170 people in Kent
sought help" over "Figures show 171 people from Kent sought help ... in 2016"; "Helpline took nearly
5,000 calls" over "The helpline took 4,950 calls in 2019". Statements that differ in value or
qualifier stay two facts (ANNOTATION.md decision 3), but the headline's is of the body figure's
period, and of its places when the headline names none. The body figure is a count of the same
measure whose value the headline's rounds (within :data:`ROUNDING`; the same value for an exact
headline figure; "more than 6,000" for 6,420, a figure cut down to its round part, up to the unit of its last
non-zero digit and at most :data:`TRUNCATING` above it); two such figures of different periods leave the headline's
undated. A headline time that the page cannot fix ("last year" on a page with no date, "in six months") leaves
its figure undated too, so that the body's dated figure it restates dates it; such a headline, a statement with
a time of its own, keeps its own places (none when it names none: ANNOTATION.md decision 12).

A headline's percentage is dated the same way (:func:`date_percentages_from_body`): "One in five texts come from
Glasgow" over "Glasgow accounted for 3,750 of last year's conversations, or one in five" is of the body share's
period; a change takes the body change's period and base period too. Not when the two are one claim (same value and
qualifier, places that agree): the claim then takes the body's period, and keeps the body's statement.
"""
from __future__ import annotations

import bisect
from typing import Any, Optional, Sequence

#: How far a hedged headline figure may be from the body's it rounds ("more than 170" for 171).
ROUNDING = 0.05

#: How far above a "more than"/"at least" headline figure the body's may lie when the headline cuts it down to its
#: round part ("more than 6,000" for 6,420): up to the unit of the headline figure's last non-zero digit, at most
#: this share of it.
TRUNCATING = 0.2

#: Qualifiers of a headline figure that may cut the body's down to its round part.
_CUT_DOWN = ("more_than", "at_least")


def in_headline(item: Any) -> bool:
    """A statement in a headline or standfirst: one of the first lines, without a closing full stop."""
    sentence = item.draft.sentence
    return sentence.paragraph <= 3 and not sentence.text.rstrip().endswith((".", "?", '"', "\u201d"))


def date_from_body(counts: Sequence[Any]) -> None:
    """Give each undated headline count the period (and, if it names none, the places) of the one body
    count it restates (see the module). The body counts are sorted once by measure and value, so each
    headline count looks up the few it may restate (:class:`_BodyFigures`), not every count of the page."""
    body = _BodyFigures(counts)
    for head in counts:
        d = head.draft
        if head.period is not None or _fixed(d.time) or _fixed(d.sentence_time) or d.rate is not None \
                or d.measure == "other" or not d.value or not in_headline(head):
            continue
        restated = body.restated(head)
        if restated is None:
            continue
        head.period = restated.period
        if not head.regions and d.time is None and d.sentence_time is None:  # a headline with a time of its own
            # ("... last year", "... in six months") is a statement of its own: no place named, none (decision 12)
            head.regions = list(restated.regions or [])
            head.regions_inherited = getattr(restated, "regions_inherited", False)


#: The most body counts of one period a headline count's first is chosen from, in text order (more: the one of
#: the smallest value; a page of so many restatements is no news story).
MAX_RESTATING = 30


class _BodyFigures:
    """The dated body counts that may be restated, by measure, sorted by value (then text order)."""

    def __init__(self, counts: Sequence[Any]) -> None:
        by_measure: dict[str, list[tuple[float, int, Any]]] = {}
        for i, c in enumerate(counts):
            b = c.draft
            if c.period is not None and b.rate is None and not b.comparison and b.value and not in_headline(c) \
                    and not getattr(c, "year_before", False):  # "The previous year's figure was 3,980": an earlier one
                by_measure.setdefault(b.measure, []).append((b.value, i, c))
        self._sorted = {m: sorted(rows, key=lambda row: row[:2]) for m, rows in by_measure.items()}
        self._values = {m: [row[0] for row in rows] for m, rows in self._sorted.items()}
        self._next_period = {m: _next_other_period(rows) for m, rows in self._sorted.items()}

    def restated(self, head: Any) -> Optional[Any]:
        """The first body count, in text order, that ``head`` restates when all those it restates share one
        period; ``None`` when none does, or they are of two periods."""
        d = head.draft
        rows, values = self._sorted.get(d.measure), self._values.get(d.measure)
        if not rows:
            return None
        low, high = _reach(d)
        lo = bisect.bisect_left(values, low - abs(low) * 1e-6)
        hi = bisect.bisect_right(values, high + abs(high) * 1e-6)
        while lo < hi and not _restates(head, rows[lo][2]):
            lo += 1
        while hi > lo and not _restates(head, rows[hi - 1][2]):
            hi -= 1
        if lo == hi or self._next_period[d.measure][lo] < hi:
            return None
        return min(rows[lo:min(hi, lo + MAX_RESTATING)], key=lambda row: row[1])[2]


def _next_other_period(rows: list[tuple[float, int, Any]]) -> list[int]:
    """For each row, the index of the next row of another period (``len(rows)`` when none)."""
    found = [len(rows)] * len(rows)
    for i in range(len(rows) - 2, -1, -1):
        here, after = rows[i][2].period, rows[i + 1][2].period
        same = (here.start, here.end) == (after.start, after.end)
        found[i] = found[i + 1] if same else i + 1
    return found


def _restates(head: Any, body: Any) -> bool:
    d, b = head.draft, body.draft
    if b.measure != d.measure or b.rate is not None or b.comparison or not b.value:
        return False
    low, high = _reach(d)
    return low <= b.value <= high


def _fixed(mention: Any) -> bool:
    """Whether a time mention fixes a period: not when the page cannot resolve it ("last year" with no date)."""
    return mention is not None and getattr(mention, "period", None) is not None


def _reach(d: Any) -> tuple[float, float]:
    """The body values a headline figure may restate: its own when exact; within :data:`ROUNDING` of it when
    hedged; and, "more than"/"at least" a round figure, up to the unit of its last non-zero digit above it
    (at most :data:`TRUNCATING` of it: "more than 6,000" for 6,420, "over 170" for 178)."""
    value = d.value
    if d.qualifier == "exact":
        return value, value
    low, high = value - ROUNDING * abs(value), value + ROUNDING * abs(value)
    if d.qualifier in _CUT_DOWN and value >= 10 and float(value).is_integer():
        unit, rest = 1, int(value)
        while rest % 10 == 0:
            unit, rest = unit * 10, rest // 10
        high = max(high, value + min(unit, TRUNCATING * value))
    return low, high


#: How far an exact headline percentage may be from the body's it restates (points): "one in five" for 20%.
SAME_PERCENT = 0.5


def date_percentages_from_body(percentages: Sequence[Any]) -> None:
    """Give each undated headline percentage the period (and, a change, the base period) of the body percentages
    of its kind and direction it restates, when they are all of one period (see the module)."""
    body = [p for p in percentages if p.period is not None and not in_headline(p)]
    if not body:
        return
    for head in percentages:
        d = head.draft
        if head.period is not None or _fixed(d.time) or _fixed(d.sentence_time) or d.value is None \
                or not in_headline(head):
            continue
        reach = SAME_PERCENT if d.qualifier == "exact" else max(SAME_PERCENT, ROUNDING * abs(d.value))
        same = [p for p in body if p.draft.pct_kind == d.pct_kind and p.draft.direction == d.direction
                and p.draft.value is not None and abs(p.draft.value - d.value) <= reach]
        if not same or len({(p.period.start, p.period.end, _start(p.base_period)) for p in same}) > 1 \
                or any(_merges(head, p) for p in same):
            continue  # one it merges with gives the claim its period, and the body's statement stays the fact
        head.period = same[0].period
        if d.pct_kind == "change" and head.base_period is None:
            head.base_period = same[0].base_period


def _merges(head: Any, body: Any) -> bool:
    """Whether the headline's percentage is one claim with the body's (:func:`pipeline.extract.claims.dedupe`): the
    same value, the same qualifier (or an exact headline figure), places that agree or are left unstated. Dated, the
    headline's would be the claim's first statement as fully resolved as the body's, and so the one kept."""
    d, b = head.draft, body.draft
    return d.value == b.value and (d.qualifier == "exact" or d.qualifier == b.qualifier) \
        and (not head.regions or not body.regions or set(head.regions) == set(body.regions))


def _start(period: Any) -> Any:
    return getattr(period, "start", None)
