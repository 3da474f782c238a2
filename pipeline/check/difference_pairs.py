"""The two counts a stated difference ("1,000 more than the 4,000 in 2020") compares, when nothing dated it.

A difference is written between its two counts ("took 5,000 calls in 2021, 1,000 more than the 4,000 in
2020") or after the later one ("The helpline took 5,000 calls. That was 1,000 more than in 2020, when it
took 4,000."): the pair is the only two counts of the measure in the difference's sentence, else its
sentence's one count with the one count of the sentence right before it, else of the sentence right after it
("2,900 calls in 2023, 500 more than in 2022. In 2022 it took 2,400.").  A difference whose sentence holds no
other count ("That is 40 fewer people.") takes the pair of the sentence before it, else one count of each of
the two sentences before it, else the pair of the sentence after it (:func:`_pair_around`).  The earlier
count is the one of the earlier period when both name one, else the smaller (for a rise) or the larger
(for a fall).
Only agreement is a verdict unless the words tie the pair to the difference: both counts in its own
sentence, of one known measure (a bare "the 4,000 in 2020" takes its sentence's), naming two periods in
order, the later of the difference's period (when it names one) and the earlier of its base period (when
it names one).  Then a wrong difference is inconsistent.  A pair split over the difference's sentence and
the one beside it, each holding that one count alone, is tied as surely when the periods leave no other
reading (:func:`_tied_across`: "took 3,600 calls in 2023. That was up by 210 on the year before, when 3,500
were taken").  When the sentence before holds several counts, agreement may still pick the one later count
the arithmetic closes on (:func:`_closing_count`); that is never a verdict against the paper.
"""
from __future__ import annotations

from typing import Optional

from pipeline.check.claim_words import clause_words, one_kind, qualified_base
from pipeline.check.evidence import APART, SAME, Evidence, before, mix, period_match, plain, region_match
from pipeline.records import Count


def _counts(span: Optional[tuple[int, int]], diff: Count, ev: Evidence) -> list[Count]:
    return [c for c in ev.counts_in(span or ()) if c is not diff and plain(c) and c.rate == diff.rate]


def _known(count: Count) -> Optional[str]:
    return count.measure if count.measure not in (None, "other") else None


def _one_measure(a: Count, b: Count, ev: Evidence) -> bool:
    """The two counts count one known thing: the same known measure, or a bare figure (no noun) that restates
    the measure of the count before it in its sentence, which is the other's ("5,000 calls ... the 4,000 in
    2020")."""
    if _known(a) is not None and _known(a) == _known(b):
        return True
    for bare, named in ((a, b), (b, a)):
        if bare.unit is None and named.unit is not None and _known(named) is not None \
                and ev.restated_measure(bare) == _known(named):
            return True
    return False


def _noun(count: Count) -> Optional[str]:
    return count.unit.lower().rstrip("s") if count.unit else None


def another_noun(diff: Count, old: Count, new: Count) -> bool:
    """The difference names a noun of its own that is neither count's: "40 fewer volunteers than in 2022" beside
    "300 calls" and "350 calls" is a difference of volunteers, not of the calls (agreement only).  Only a noun the
    difference's own words hold counts ("40 fewer volunteers"): "Volunteers ... answered 5,000 calls, up by 300 on the
    year before" gives the bare 300 its sentence's first noun, which names no other thing."""
    nouns = {_noun(old), _noun(new)} - {None}
    own = _noun(diff) if diff.unit and diff.unit.lower() in (diff.text or "").lower() else None
    return own is not None and bool(nouns) and own not in nouns


def year_on_year(old: Count, new: Count) -> bool:
    """The earlier count is of the later one's period a year before (2023's first quarter and 2024's, 2021/22 and
    2022/23): the pair a difference compares when its words name no other base ("an increase of 900 on the year
    before"), so a gross miss on it is the paper's.  A pair years apart is another comparison than "up by 410 on the
    same quarter of 2023" unless the article states no figure of that year, which the finder cannot tell."""
    def back(day: Optional[str]) -> Optional[str]:
        return f"{int(day[:4]) - 1:04d}{day[4:]}" if day and day[:4].isdigit() else None
    return bool(new.period_start and new.period_end) and (old.period_start, old.period_end) == (
        back(new.period_start), back(new.period_end))


def _tied(diff: Count, old: Count, new: Count, ev: Evidence) -> bool:
    """Whether the words tie a pair of the difference's sentence, in period order, to it: one known measure
    (:func:`_one_measure`), no noun of the difference's own that is another thing (:func:`another_noun`), and
    periods that are not against the difference's own (its period the later count's, its base the earlier's)."""
    if not _one_measure(old, new, ev) or another_noun(diff, old, new):
        return False
    if period_match(diff.period_start, diff.period_end, new.period_start, new.period_end) == APART:
        return False
    base_start, base_end = getattr(diff, "base_period_start", None), getattr(diff, "base_period_end", None)
    return period_match(base_start, base_end, old.period_start, old.period_end) != APART


def _tied_across(diff: Count, old: Count, new: Count, ev: Evidence) -> bool:
    """Whether a pair split over the difference's sentence and the one beside it (each sentence holding that one
    count alone) is surely the difference's own: one known measure, no noun of the difference's own that is another
    thing, the later count of the difference's very period (both dated), and the earlier of the base period the
    difference names, else of the later's a year before (what "up by 120 on the year before", "on the previous
    financial year" compare), the earlier naming no place the later does not and counting the later's thing whole
    (:func:`_one_base`).  A gross miss stays no verdict unless
    the earlier count stands in the difference's own sentence, as its comparison's base ("That was up by 210 on the
    year before, when 3,492 were recorded"): a count of the sentence after may be a part of that year's total
    (:func:`pipeline.check.difference_checks.difference_check`)."""
    if not _one_measure(old, new, ev) or another_noun(diff, old, new) or (old.regions and not new.regions):
        return False  # "..., when its Leeds office took 4,000": a place the later count does not name is another's
    if not _one_base(old, new, ev):
        return False
    if not (diff.period_start and diff.period_end) or period_match(
            diff.period_start, diff.period_end, new.period_start, new.period_end) != SAME:
        return False
    base_start, base_end = getattr(diff, "base_period_start", None), getattr(diff, "base_period_end", None)
    if base_start or base_end:
        return period_match(base_start, base_end, old.period_start, old.period_end) == SAME
    return year_on_year(old, new)


def _one_base(old: Count, new: Count, ev: Evidence) -> bool:
    """Whether the earlier count counts what the later one does, whole (fix24): one noun when both name one ("4,160
    callers" or "4,160 people" is no base for "4,310 calls"), no group the later count lacks ("2,770 calls came from
    adults"), and no qualifier after its noun and verb that makes it a part of its period's total ("were answered by
    volunteers", "during the day", "in the first half alone"; :func:`pipeline.check.claim_words.qualified_base`).
    Calls and contacts are one kind (:func:`pipeline.check.claim_words.one_kind`)."""
    if not one_kind(old, new):
        return False
    if old.group and old.group != new.group:
        return False
    return not qualified_base(clause_words(ev.text or "", old.end, old.sentence[1]))


def _alike(a: Count, b: Count, ev: Evidence) -> bool:
    """One known measure, or two akin measures under one noun ("840 people" who got in touch, "1,005 people" who
    called): enough for agreement."""
    return _one_measure(a, b, ev) or (mix(a.measure, b.measure) and _noun(a) is not None and _noun(a) == _noun(b))


def _closing_count(diff: Count, old: Count, span: Optional[tuple[int, int]], ev: Evidence) -> Optional[Count]:
    """The one count of the sentence before a difference that its sentence's earlier count and the difference add
    up to exactly ("said 412 of the 1,005 people ... in 2022 ... The total was up by 165 on 2021, when 840 people
    got in touch"): of one measure with it, of no place apart, of a period after it; ``None`` unless exactly one
    closes the arithmetic.  Agreement only: a pair picked by its own arithmetic can never show a miss."""
    if diff.qualifier != "exact" or not old.period_end or old.qualifier != "exact":
        return None
    target = old.value + diff.value if diff.difference == "increase" else old.value - diff.value
    found = [c for c in _counts(span, diff, ev) if c.value == target and c.qualifier == "exact" and before(old, c)
             and _alike(old, c, ev) and region_match(old.regions, c.regions) != APART]
    return found[0] if len(found) == 1 else None


def found_pair(diff: Count, ev: Evidence) -> Optional[tuple[Count, Count, bool]]:
    """``(earlier, later, tied)``: the two counts the difference compares, and whether the words tie them to
    it (both in its sentence, two periods in order, see :func:`_tied`); ``None`` when there is no one pair."""
    if diff.difference not in ("increase", "decrease"):
        return None
    own = _counts(tuple(diff.sentence), diff, ev)
    closing = _closing_count(diff, own[0], ev.neighbour(diff.sentence, -1), ev) if len(own) == 1 else None
    if len(own) == 2:
        a, b = own
    elif len(own) == 1 and ev.neighbour(diff.sentence, -1) is not None \
            and len(_counts(ev.neighbour(diff.sentence, -1), diff, ev)) == 1:
        a, b = _counts(ev.neighbour(diff.sentence, -1), diff, ev)[0], own[0]
    elif closing is not None:
        a, b = own[0], closing
    elif len(own) == 1 and ev.neighbour(diff.sentence, 1) is not None:
        after_it = _counts(ev.neighbour(diff.sentence, 1), diff, ev)  # "... 500 more calls than in 2022. In 2022 it took 2,400."
        if len(after_it) != 1:
            return None
        a, b = own[0], after_it[0]
    elif not own:
        pair = _pair_around(diff, ev)
        if pair is None:
            return None
        a, b = pair
    else:
        return None
    if a.value == b.value or not mix(a.measure, b.measure) or region_match(a.regions, b.regions) == APART:
        return None
    if before(a, b) or before(b, a):
        old, new = (a, b) if before(a, b) else (b, a)
        tied = _tied(diff, old, new, ev) if len(own) == 2 else (
            len(own) == 1 and closing is None and _tied_across(diff, old, new, ev))
    else:
        small, large = sorted((a, b), key=lambda c: c.value)
        old, new = (small, large) if diff.difference == "increase" else (large, small)
        tied = False
    return old, new, tied


def _pair_around(diff: Count, ev: Evidence) -> Optional[tuple[Count, Count]]:
    """The pair of a difference whose sentence holds no other count: "That is 40 fewer people." after "... 360
    people ... The year before, 400 ...", "Calls fell from 900 to 750. That was 150 fewer calls.", "We saw 300
    more callers than in 2021. Calls rose from 1,100 to 1,400.": the two counts of the sentence right before it,
    else one in each of the two sentences before it, else the two of the sentence right after it; ``None`` when
    none of these holds exactly two, or the difference is vague ("thousands more calls": no figure)."""
    if diff.qualifier == "vague":
        return None
    before_it = ev.neighbour(diff.sentence, -1)
    if before_it is not None:
        last = _counts(before_it, diff, ev)
        if len(last) == 2:
            return last[0], last[1]
        earlier = ev.neighbour(before_it, -1)
        first = _counts(earlier, diff, ev) if earlier is not None else []
        if len(last) == 1 and len(first) == 1:
            return first[0], last[0]
    after_it = ev.neighbour(diff.sentence, 1)
    following = _counts(after_it, diff, ev) if after_it is not None else []
    return (following[0], following[1]) if len(following) == 2 else None

