"""Finding the figures a claim rests on, within one record.

A percentage change rests on two counts, a "doubled" on two counts or on a
stated percentage, a total on its parts.  The extractor links some of them
(``count_ref``, ``base_count_ref``, ``percentage_ref``); where it did not,
:class:`Evidence` looks for them by measure, region and period, and never picks
between candidates that disagree.  Regions are related through
``pipeline.extract.regions.covers`` when that module is present (equal names only
otherwise).
"""
from __future__ import annotations

import bisect
import logging
from functools import cached_property
from typing import Any, Callable, Iterable, Optional, Sequence, TypeVar

from pipeline.extract.inheritance import akin
from pipeline.records import Count, Fact, Percentage, Record

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Fact)

# How well two facts' regions agree: same names, a shared name, one covering
# the other (Wales and North Wales), unknown on one side, or incompatible.
SAME, SHARED, COVERS, UNKNOWN, APART = 3, 2, 1, 0, -1
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


def own_places(fact: Fact) -> list[str]:
    """A fact's places as its own sentence names them: none when it only took them from the sentences before
    (``context_regions``, which the checks put in ``regions``): "Together those council areas made up 1,214" after
    "Aberdeen: 117" is no count of Aberdeen's."""
    context = getattr(fact, "context_regions", None)
    return [] if context and list(fact.regions) == list(context) else list(fact.regions)


def is_number(x: object) -> bool:
    """A count's value is a number (a bool, which is an int to Python, is not)."""
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _ask_gazetteer(question: str, *args: Any) -> bool:
    """``regions.<question>(*args)``; False when the gazetteer is missing or fails (it must not stop the checks)."""
    try:
        from pipeline.extract import regions
    except ImportError:
        return False
    try:
        return bool(getattr(regions, question)(*args))
    except Exception as exc:  # a gazetteer error must not stop the checks
        log.warning("regions.%s%r failed: %s", question, args, exc)
        return False


def _default_covers(a: str, b: str) -> bool:
    return _ask_gazetteer("covers", a, b)


covers: Callable[[str, str], bool] = _default_covers


def exhausts(whole: str, names: list[str]) -> bool:
    """Whether the places ``names`` are every place the gazetteer puts inside ``whole`` of their kind
    (``regions.exhausts``); False when :data:`covers` is a test's own or the gazetteer fails."""
    return covers is _default_covers and _ask_gazetteer("exhausts", whole, names)


def inner_places(names: Sequence[str]) -> list[str]:
    """A total's places less those that hold another of them: "1,640 people in Glasgow, Edinburgh and Aberdeen"
    said by "Stop It Now! Scotland" is of the three cities; Scotland only says where they are (used when two
    places or more are left)."""
    return [a for a in names if not any(b != a and covers(a, b) for b in names)]


def region_match(a: Sequence[str], b: Sequence[str]) -> int:
    """How well two region lists agree: SAME, SHARED, COVERS, UNKNOWN or APART."""
    if not a or not b:
        return UNKNOWN
    sa, sb = set(a), set(b)
    if sa == sb:
        return SAME
    if sa & sb:
        return SHARED
    if any(covers(x, y) or covers(y, x) for x in sa for y in sb):
        return COVERS
    return APART


def _span(start: Optional[str], end: Optional[str]) -> Optional[tuple[str, str]]:
    if not start and not end:
        return None
    return (start or "0000-00-00", end or "9999-12-31")


def period_match(a_start: Optional[str], a_end: Optional[str], b_start: Optional[str], b_end: Optional[str]) -> int:
    """SAME periods, overlapping (SHARED), UNKNOWN on one side, or APART."""
    a, b = _span(a_start, a_end), _span(b_start, b_end)
    if a is None or b is None:
        return UNKNOWN
    if a == b:
        return SAME
    if a[0] <= b[1] and b[0] <= a[1]:
        return SHARED
    return APART


def before(earlier: Fact, later: Fact) -> bool:
    """``earlier``'s period ends before ``later``'s begins (both known)."""
    return bool(earlier.period_end and later.period_start and earlier.period_end < later.period_start)


def place(fact: Fact) -> str:
    """Regions and years of a fact, for an explanation: "North West 2021"."""
    where = " and ".join(fact.regions) if fact.regions else ""
    years = sorted({d[:4] for d in (fact.period_start, fact.period_end) if d})
    when = "-".join(years) if len(years) < 2 else f"{years[0]}-{years[-1]}"
    return " ".join(p for p in (where, when) if p) or "the article"


class Evidence:
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
            if not self.same_measure(claim, c):
                continue
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
            if c is new or c.measure != new.measure or c.rate != new.rate:
                continue
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
            if not _same_base(claim, p):
                continue  # "up 12% on 2021 and treble the figure of 2020": two comparisons
            ranked.append(((tuple(p.sentence) == tuple(claim.sentence), r, pm, -self.distance(p, claim)), p))
        return [p for _, p in sorted(ranked, key=lambda x: x[0], reverse=True)]

    def parts(self, total: Count) -> tuple[list[tuple[str, Optional[Count]]], list[str]]:
        """For each region of a total, the count that covers it, and notes on inexact cover."""
        found: list[tuple[str, Optional[Count]]] = []
        notes: list[str] = []
        used: set[str] = set()
        inner = inner_places(total.regions)
        for region in inner if len(inner) >= 2 else total.regions:
            best, best_key = None, None
            for c in self.record.counts:
                if c is total or c.id in used or c.measure != total.measure or c.rate != total.rate:
                    continue
                if len(c.regions) != 1:
                    continue
                p = period_match(total.period_start, total.period_end, c.period_start, c.period_end)
                if p == APART or (p == UNKNOWN and (total.period_start or c.period_start)):
                    continue
                name = c.regions[0]
                if name == region:
                    key = (2, p)
                elif covers(name, region):
                    key = (1, p)
                else:
                    continue
                if best_key is None or key > best_key:
                    best, best_key = c, key
            if best is not None:
                used.add(best.id)
                if best.regions[0] != region:
                    notes.append(f"the total names {region} while the part names {best.regions[0]}, "
                                 f"which covers more than {region}")
            found.append((region, best))
        return found, notes

    def first_of_place(self, total: Count, region: str) -> Optional[tuple[int, Count]]:
        """The first count after ``total`` that names ``region`` alone, of its measure, rate and period (or one
        overlapping it), with its offset; ``None`` when there is none.  Read through :meth:`_places_index`."""
        by_period = self._places_index().get((total.measure, total.rate), {}).get(region, {})
        first: Optional[tuple[int, Count]] = None
        for (start, end), (starts, items) in by_period.items():
            if period_match(total.period_start, total.period_end, start, end) < SHARED:
                continue
            i = bisect.bisect_left(starts, total.start)
            if i < len(items) and items[i][1] is total:
                i += 1
            if i < len(items) and (first is None or items[i][0] < first[0]):
                first = items[i]
        return first

    def breakdown(self, total: Count) -> list[Count]:
        """The counts that break a one-place total down by the places within it ("Kent: 1,204" under the South East).

        Same measure, rate and period; each part names one place strictly inside the total's,
        no two parts overlap, and the parts come after the total, first come first taken.  Of each
        place only its first count that fits can be a part (a later one overlaps it, or the part
        that overlapped it), so the counts are read through :meth:`_places_index`: per place and
        period, the first after the total, not every count after each total; and only the places
        within the total's (:meth:`_within`), not every place of the page.
        """
        if len(total.regions) != 1:
            return []
        whole = total.regions[0]
        index = self._places_index().get((total.measure, total.rate))
        if index is None:
            return []
        within = self._within()
        held = index.keys() if within is None else within.get(self._canonical(whole), set()) & index.keys()
        firsts: list[tuple[int, Count]] = []
        for region in held:
            if region == whole or (within is None and not self._covers_memo(whole, region)):
                continue
            first = self.first_of_place(total, region)
            if first is not None:
                firsts.append(first)
        parts: list[Count] = []
        for _, c in sorted(firsts, key=lambda x: x[0]):
            if any(self._overlap(p.regions[0], c.regions[0]) for p in parts):
                continue
            parts.append(c)
        return parts if len(parts) >= 2 else []

    def _overlap(self, a: str, b: str) -> bool:
        """Whether two parts' places overlap: one holds the other, unless both are police force areas, which never
        hold one another ("South Wales" listed beside "Gwent": South Wales Police's area)."""
        if not (self._covers_memo(a, b) or self._covers_memo(b, a)):
            return False
        if covers is not _default_covers:
            return True
        from pipeline.extract import regions
        return not regions.force_areas(a, b)

    def _places_index(self) -> dict[tuple[str, Optional[str]], dict[str, dict[tuple[Optional[str], Optional[str]],
                                                                             tuple[list[int], list[tuple[int, Count]]]]]]:
        """The counts of one place, by measure and rate, place and period: their starts and (position, count), in
        text order; built once per record."""
        key = ("breakdown",)
        if key not in self.memo:
            index: dict = {}
            for n, c in enumerate(sorted(self.record.counts, key=lambda c: c.start)):
                if len(c.regions) == 1:
                    by_period = index.setdefault((c.measure, c.rate), {}).setdefault(c.regions[0], {})
                    starts, items = by_period.setdefault((c.period_start, c.period_end), ([], []))
                    starts.append(c.start)
                    items.append((n, c))
            self.memo[key] = index
        return self.memo[key]

    def _within(self) -> Optional[dict[str, set[str]]]:
        """The places of the record's one-place counts by each place that holds them (its canonical name and every
        ancestor in the gazetteer), so that a breakdown reads only the places within its total's, not every place
        of the page: built once per record.  ``None`` when :data:`covers` is not the gazetteer's (a test's own) or
        the gazetteer fails; a breakdown then asks :data:`covers` of every place."""
        key = ("within",)
        if key not in self.memo:
            self.memo[key] = None
            if covers is _default_covers:
                try:
                    from pipeline.extract import regions
                    within: dict[str, set[str]] = {}
                    for name in {c.regions[0] for c in self.record.counts if len(c.regions) == 1}:
                        for holder in {regions.canonical(name) or name} | regions.ancestors(name):
                            within.setdefault(holder, set()).add(name)
                    self.memo[key] = within
                except Exception as exc:  # a gazetteer error must not stop the checks
                    log.warning("the places within the record's places failed: %s", exc)
        return self.memo[key]

    def _canonical(self, name: str) -> str:
        """The gazetteer's name of a place (``regions.canonical``), or the name as written."""
        from pipeline.extract import regions
        return regions.canonical(name) or name

    def _covers_memo(self, whole: str, region: str) -> bool:
        """``covers(whole, region)``, computed once per pair of names of the record."""
        key = ("covers", whole, region)
        if key not in self.memo:
            self.memo[key] = covers(whole, region)
        return self.memo[key]


#: Measures of one helpline's use that a headline and its body may name differently ("calls" over "sought
#: advice ... via its helpline"): a "doubled" may rest on a change of the other.
HELPLINE_USE = frozenset({"helpline_calls", "helpline_contacts"})


def _helpline_pair(claim: Fact, change: Percentage) -> bool:
    a, b = getattr(claim, "measure", "other"), getattr(change, "measure", "other")
    return a != b and a in HELPLINE_USE and b in HELPLINE_USE and bool(claim.regions) \
        and region_match(claim.regions, change.regions) >= SHARED


def _same_base(claim: Fact, change: Percentage) -> bool:
    """Whether a change may stand for a claim that names its own base period (a multiplier's "treble the
    number in 2020"): only when the change's base is that period too. A claim naming none takes any."""
    start, end = getattr(claim, "base_period_start", None), getattr(claim, "base_period_end", None)
    if not (start or end):
        return True
    return period_match(start, end, change.base_period_start, change.base_period_end) >= SHARED
