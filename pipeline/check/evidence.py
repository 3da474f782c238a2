"""Finding the figures a claim rests on, within one record.

A percentage change rests on two counts, a "doubled" on two counts or on a
stated percentage, a total on its parts.  The extractor links some of them
(``count_ref``, ``base_count_ref``, ``percentage_ref``); where it did not,
:class:`Evidence` looks for them by measure, region and period, and never picks
between candidates that disagree.  How two facts agree in place and period is
:mod:`pipeline.check.agreement` (re-exported here); the breakdowns of a total by
place are :mod:`pipeline.check.breakdowns`.
"""
from __future__ import annotations

import bisect
import logging
from functools import cached_property
from typing import Any, Iterable, Optional, Sequence, TypeVar

from pipeline.check.agreement import (APART, COVERS, SAME, SHARED, UNKNOWN, before, covers,  # noqa: F401 (re-exported)
                                      exhausts, inner_places, own_places, period_match, place, region_match)
from pipeline.check.breakdowns import PlaceIndex
from pipeline.extract.inheritance import akin
from pipeline.records import Count, Fact, Percentage, Record

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Fact)

#: How far apart two sentences may be (in characters of white space) and still follow one another.
ADJACENT = 3
#: The most counts a sentence may hold to be read as a list of parts or channels of a total: more is a table
#: or a list run together into one sentence, which no one total sums (and reading every total against it
#: would make the sum rules quadratic or worse in the counts of a page).
MAX_LISTED = 30
#: The qualifiers of a claim that bound it on both sides ("nearly half" is [45, 50)), so that figures found
#: for it that agree are evidence; "more than 15%" would agree with most.
BOUNDED = ("exact", "about", "nearly")


def mix(a: str, b: str) -> bool:
    """Measures one comparison may mix: one of no known measure (``other``), or two akin (calls and contacts)."""
    return "other" in (a, b) or akin(a, b)


def plain(count: Count) -> bool:
    """A plain figure a pair may rest on: no difference, not vague, a positive number."""
    return not count.difference and count.qualifier != "vague" and is_number(count.value) and count.value > 0


def as_level(count: Optional[Count]) -> Optional[Count]:
    """``count`` as a level of a change or a multiplier (the figure it rose from or to), ``None`` when it is a stated
    difference ("up by 530", "an increase of 300", "40 fewer"): the size of a change is never one of its levels, as
    the earlier nor as the later count (a rise of 33% set against 530 and 1,610 would read as a fall)."""
    return None if count is None or count.difference else count


def is_number(x: object) -> bool:
    """A count's value is a number (a bool, which is an int to Python, is not)."""
    return isinstance(x, (int, float)) and not isinstance(x, bool)


class Evidence(PlaceIndex):
    """The counts and percentages of one record, indexed for the checks."""

    def __init__(self, record: Record, text: Optional[str] = None) -> None:
        self.record = record
        #: The article's text when the caller has it (the extraction does; a records file only with ``--with-text``).
        self.text = text if text is not None else record.article.text
        #: What a rule computed once for the whole record, by the rule's own key (built on first use).
        self.memo: dict[tuple, Any] = {}
        self.by_id: dict[str, Fact] = {}
        for fact in [*record.counts, *record.percentages, *record.multipliers]:
            self.by_id.setdefault(fact.id, fact)

    def get(self, ref: Optional[str], kind: type[F]) -> Optional[F]:
        fact = self.by_id.get(ref) if ref else None
        return fact if isinstance(fact, kind) else None

    @staticmethod
    def near(a: Fact, b: Fact) -> bool:
        """Same sentence, or ``a``'s sentence ends just before ``b``'s begins."""
        return tuple(a.sentence) == tuple(b.sentence) or 0 <= b.sentence[0] - a.sentence[1] <= ADJACENT

    @cached_property
    def fact_sentences(self) -> list[tuple[int, int]]:
        """The sentences that hold a count, a percentage or a multiplier, in text order."""
        facts = [*self.record.counts, *self.record.percentages, *self.record.multipliers]
        return sorted({tuple(f.sentence) for f in facts})

    @cached_property
    def counts_by_sentence(self) -> dict[tuple[int, int], list[Count]]:
        """The counts of each sentence, in text order: built once, so that no rule rescans every count per sentence."""
        found: dict[tuple[int, int], list[Count]] = {}
        for c in sorted(self.record.counts, key=lambda c: c.start):
            found.setdefault(tuple(c.sentence), []).append(c)
        return found

    def counts_in(self, span: Sequence[int]) -> list[Count]:
        """The counts of the sentence ``span``, in text order (a list shared between callers: do not change it)."""
        return self.counts_by_sentence.get(tuple(span), [])

    def neighbour(self, span: Sequence[int], step: int) -> Optional[tuple[int, int]]:
        """The fact sentence right after ``span`` (``step`` 1) or right before it (-1), when only white space
        parts them; ``None`` when ``span`` holds no fact or no such sentence follows or precedes it."""
        spans = self.fact_sentences
        own = tuple(span)
        i = bisect.bisect_left(spans, own)
        j = i + step
        if i == len(spans) or spans[i] != own or not 0 <= j < len(spans):
            return None
        gap = spans[j][0] - own[1] if step > 0 else own[0] - spans[j][1]
        return spans[j] if 0 <= gap <= ADJACENT else None

    @staticmethod
    def distance(a: Fact, b: Fact) -> int:
        return abs(a.start - b.start)

    def exact_counts(self) -> Iterable[Count]:
        return (c for c in self.record.counts if c.qualifier == "exact" and is_number(c.value))

    @staticmethod
    def same_measure(claim: Fact, other: Fact) -> bool:
        """Whether two facts count the same thing; a fact of unknown measure only matches in its own sentence."""
        a, b = getattr(claim, "measure", "other"), getattr(other, "measure", "other")
        if a == "other" or b == "other":
            return tuple(other.sentence) == tuple(claim.sentence)
        return a == b

    def restated_measure(self, fact: Fact) -> Optional[str]:
        """What the figures around a fact of no measure count: the nearest count before it in its sentence."""
        before = [c for c in self.record.counts if tuple(c.sentence) == tuple(fact.sentence) and c.end <= fact.start
                  and c.measure != "other" and not c.difference]
        return before[-1].measure if before else None

    def later_count(self, claim: Fact, *, exact_first: bool = False) -> Optional[Count]:
        """The count a change or a "doubled" describes: its region and period, best first.

        ``exact_first``: a count of the claim's period stated exactly anywhere in the text
        beats a rounded one nearer ("more than 5.7 million" beside "5,703,830 contacts in 2016").
        """
        if exact_first:
            found = self._dated_count(claim)
            if found is not None:
                return found
        ranked = []
        for c in self.exact_counts():
            if c.difference or not self.same_measure(claim, c):
                continue  # a stated difference is no level (:func:`as_level`)
            r = region_match(claim.regions, c.regions)
            p = period_match(claim.period_start, claim.period_end, c.period_start, c.period_end)
            if r == APART or p == APART:
                continue
            if r == SHARED and not set(inner_places(claim.regions)) & set(inner_places(c.regions)):
                continue  # "Of the Welsh calls, 318 came from Swansea" is Swansea's figure, no claim about Wales's
            if r < SHARED and not self.near(c, claim):
                continue
            ranked.append(((r, p, self.near(c, claim), -self.distance(c, claim)), c))
        ranked.sort(key=lambda x: x[0], reverse=True)  # stable: the first of equals, as max() picks it
        # a multiplier needs both counts: the best that has an earlier one, read best first (not every candidate's)
        return next((c for _, c in ranked if isinstance(claim, Percentage)
                     or self.earlier_count(c, None, base=claim) is not None), None)

    def _dated_count(self, claim: Fact) -> Optional[Count]:
        """The one exact count of the claim's measure, place and (stated) period, if exactly one is."""
        found = [c for c in self.exact_counts() if c.measure == getattr(claim, "measure", None) and not c.difference
                 and period_match(claim.period_start, claim.period_end, c.period_start, c.period_end) == SAME
                 and (region_match(claim.regions, c.regions) >= SHARED or not (claim.regions or c.regions))]
        return found[0] if len({c.value for c in found}) == 1 else None

    def earlier_count(self, new: Count, pct: Optional[Percentage], *, base: Optional[Fact] = None) -> Optional[Count]:
        """The count ``new`` is compared with: same measure, region and rate, the base period.

        The base period is the change's (``pct``), else the one ``base`` names ("treble the
        number in 2020": a multiplier's), else any period before ``new``'s.
        """
        dated = pct if pct is not None else base
        rival = self.has_rival(new)
        ranked = []
        for c in self.exact_counts():
            if c is new or c.difference or c.measure != new.measure or c.rate != new.rate:
                continue  # a stated difference is no level (:func:`as_level`)
            if rival and tuple(c.sentence) != tuple(new.sentence):
                continue  # "3,050 calls in 2023 ... calls that led to a referral rose 41% to 636 in 2023": 2022's pair is the total's
            r = region_match(new.regions, c.regions)
            if r != SAME and not (r == UNKNOWN and (self.near(c, new) or (pct and self.near(c, pct)))):
                continue
            if bool(new.regions) != bool(c.regions) and tuple(c.sentence) != tuple(new.sentence):
                continue  # a placed count is not compared with an unplaced one from another sentence
            if dated is not None and (getattr(dated, "base_period_start", None) or getattr(dated, "base_period_end", None)):
                p = period_match(dated.base_period_start, dated.base_period_end, c.period_start, c.period_end)
                if p < SHARED or (p == SHARED and period_match(c.period_start, c.period_end, new.period_start,
                                                               new.period_end) >= SHARED):
                    continue  # a running total ("4,000 since 2015") holds the later figure: no base of a change
                key = (p, r, c.period_end or "")
            elif before(c, new):
                key = (SHARED, r, c.period_end or "")
            else:
                continue
            ranked.append((key, c))
        return max(ranked, key=lambda x: x[0])[1] if ranked else None

    def has_rival(self, count: Count) -> bool:
        """Another figure of ``count``'s measure, place and period in another sentence (a total and a part of it,
        counted alike): an earlier figure found by its period alone could be the pair of either."""
        return any(c is not count and c.value != count.value and tuple(c.sentence) != tuple(count.sentence)
                   and c.measure == count.measure and c.measure != "other" and c.rate == count.rate
                   and set(c.regions or []) == set(count.regions or [])
                   and period_match(c.period_start, c.period_end, count.period_start, count.period_end) == SAME
                   for c in self.record.counts)

    def changes(self, claim: Fact, *, least: int = SHARED) -> list[Percentage]:
        """Stated changes of the claim's region (``least`` agreement) and period, best first."""
        ranked = []
        for p in self.record.percentages:
            if p.kind != "change" or not (self.same_measure(claim, p) or _helpline_pair(claim, p)):
                continue
            r = region_match(claim.regions, p.regions)
            pm = period_match(claim.period_start, claim.period_end, p.period_start, p.period_end)
            if pm == APART or r == APART:
                continue
            if r < least and not (tuple(p.sentence) == tuple(claim.sentence)):
                continue
            if not same_base(claim, p):
                continue  # "up 12% on 2021 and treble the figure of 2020": two comparisons
            ranked.append(((tuple(p.sentence) == tuple(claim.sentence), r, pm, -self.distance(p, claim)), p))
        return [p for _, p in sorted(ranked, key=lambda x: x[0], reverse=True)]


#: Measures of one helpline's use that a headline and its body may name differently ("calls" over "sought
#: advice ... via its helpline"): a "doubled" may rest on a change of the other.
HELPLINE_USE = frozenset({"helpline_calls", "helpline_contacts"})


def _helpline_pair(claim: Fact, change: Percentage) -> bool:
    a, b = getattr(claim, "measure", "other"), getattr(change, "measure", "other")
    return a != b and a in HELPLINE_USE and b in HELPLINE_USE and bool(claim.regions) \
        and region_match(claim.regions, change.regions) >= SHARED


def same_base(claim: Fact, change: Percentage) -> bool:
    """Whether a change may stand for a claim that names its own base period (a multiplier's "treble the
    number in 2020"): only when the change's base is that period too. A claim naming none takes any."""
    start, end = getattr(claim, "base_period_start", None), getattr(claim, "base_period_end", None)
    if not (start or end):
        return True
    return period_match(start, end, change.base_period_start, change.base_period_end) >= SHARED
