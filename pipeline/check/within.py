"""Fact checks within one article: each stated figure recomputed from its neighbours.

:func:`check_record` turns a record's percentages, multipliers and multi-region
totals into :class:`~pipeline.records.Check` objects: a stated change against
its two counts, a "doubled" against its counts or a stated change, a total
against its parts.  Where an input is not in the text the verdict is
``unverifiable`` and the explanation says which figure is missing; a change
stated beside only its later count gives the earlier count it implies
(``implied``), for another article to confirm.  The arithmetic lives in
:mod:`pipeline.verdicts` (re-exported here); the search for inputs in
:mod:`pipeline.evidence`.
"""
from __future__ import annotations

import configparser
import dataclasses
import logging
import re
from functools import lru_cache
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Callable, Optional

from pipeline.check.adjacent_parts import adjacent_sum
from pipeline.check.article_pairs import article_pair, multiplier_article_pair
from pipeline.check.channel_sums import channel_sum
from pipeline.check.dated_pairs import against_direction, undated_search, why_undated
from pipeline.check.difference_pairs import another_noun, found_pair
from pipeline.check import evidence
from pipeline.check.evidence import APART, SAME, SHARED, UNKNOWN, Evidence, before, mix, period_match, place, plain, region_match
from pipeline.check.base_pairs import later_for_base
from pipeline.check.claimed_pairs import claimed_by
from pipeline.check.fraction_restated import restated_figure
from pipeline.check.multiplier_levels import multiplier_levels, same_thing
from pipeline.check.partition_counts import partition_whole
from pipeline.check.multiplier_pairs import of_likelihood, sentence_pair, tied
from pipeline.check.nearby_pair import nearby_pair, nearby_share
from pipeline.check.sentence_shares import sentence_share
from pipeline.check.share_levels import level_pair, points_as_per_cent
from pipeline.check.worded_sums import LISTED, SOME, shorter_periods, told_apart, worded_parts
from pipeline.check.share_wholes import share_whole
from pipeline.check.tolerances import Tolerances, load
from pipeline.check.verdicts import (
    Verdict,
    accept_share,
    frac,
    judge,
    share_interval,
    check_difference,
    check_multiplier,
    check_multiplier_pct,
    check_partition,
    check_percentage,
    check_share,
    check_sum,
    fmt,
    fraction_word,
    implied_count,
    qualified,
)
from pipeline.extract.measures import lexicon
from pipeline.extract.ratios import multiplier_words
from pipeline.records import Check, Count, Multiplier, Percentage, Record

__all__ = ["check_record", "check_percentage", "check_multiplier", "check_multiplier_pct", "check_sum",
           "stated_decimal", "Verdict"]

log = logging.getLogger(__name__)
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def stated_decimal(text: Optional[str], value: float) -> Decimal:
    """The stated figure as written, so that its decimals give its precision.

    ``"98.90%"`` gives ``Decimal("98.90")``; without a matching number in the
    text the value's shortest form is used (``106.0`` -> ``Decimal("106")``).
    """
    for match in NUMBER.finditer(text or ""):
        try:
            d = Decimal(match.group().replace(",", ""))
        except InvalidOperation:
            continue
        if d == Decimal(repr(float(value))):
            return d
    d = Decimal(repr(float(value)))
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def _num(value: float) -> Decimal:
    return stated_decimal(None, value)


def _float(x: Optional[Fraction]) -> Optional[float]:
    return None if x is None else round(float(x), 4)


def _check(kind: str, claim, inputs: list, stated: float, v: Verdict, prefix: str = "", **extra) -> Check:
    explanation = f"{prefix}: {v.explanation}" if prefix else v.explanation
    return Check(id="", kind=kind, claim_ref=claim.id, inputs=[f.id for f in inputs], stated=stated,
                 computed=_float(v.computed), verdict=v.verdict, tolerance=v.tolerance,
                 explanation=explanation, **extra)


def _unverifiable(kind: str, claim, stated: float, why: str, inputs: list = (), **extra) -> Check:
    return Check(id="", kind=kind, claim_ref=claim.id, inputs=[f.id for f in inputs], stated=stated,
                 computed=None, verdict="unverifiable", tolerance="", explanation=why, **extra)


def _change_words(pct: Percentage) -> str:
    word = "fall" if pct.direction == "decrease" else "rise"
    return f"a {word} of {qualified(pct.qualifier)}{stated_decimal(pct.text, pct.value)}%"


def percentage_check(pct: Percentage, ev: Evidence, tol: Tolerances) -> Check:
    """A stated change against its two counts, or the count it implies when one is missing."""
    stated = stated_decimal(pct.text, pct.value)
    new, old = ev.get(pct.count_ref, Count), ev.get(pct.base_count_ref, Count)
    if new is not None and old is None and _dated_as_base(new, pct):
        new, old = None, new  # the linked count is of the base period: "up from 640 in 2021"
    if new is None:
        new = ev.later_count(pct)
        new = None if new is not None and _own_thing(new) else new
    old = old or (ev.earlier_count(new, pct) if new else None)
    if old is not None and new is not None and period_match(old.period_start, old.period_end,
                                                            new.period_start, new.period_end) == SAME \
            and not _linked_pair(pct, old, new):
        old = None  # two counts of one period are no change over time: never a verdict on them
    if old is not None and new is not None and not _alike(old, new):
        old = None  # "45,562 children trained ... patients treated rose 0.4% to 9,009": not one thing counted twice
    if old is not None and new is not None and not _one_rate(old, new, ev):
        old = None  # "rose by 22% to six a day, when there were 2,297 calls compared with 1,885": a rate and a total
    if new is not None and old is not None and before(new, old):
        in_time_order = _in_time_order(pct, new, old, tol, stated, ev)
        if in_time_order is not None:
            return in_time_order
        return _unverifiable("percentage", pct, float(pct.value),
                             f"the counts found for {_change_words(pct)} run backwards in time ({place(old)} to "
                             f"{place(new)}): they are not the pair it compares, so no verdict", [old, new])
    if old is not None and (new is None or not _in_its_sentence(pct, old, new)):
        referred = _base_check(pct, old, new, ev, tol, stated)
        if referred is not None:
            return referred
    if new is not None and old is not None:
        # "rose by a third": a fraction word is no figure to one decimal, but about its value
        qualifier = "about" if pct.qualifier == "exact" and fraction_word(pct.text) else pct.qualifier
        if against_direction(pct.direction, old, new):
            old, new = new, old  # the later figure written first: read in the change's direction
        v = check_percentage(stated, qualifier, Decimal(repr(old.value)), Decimal(repr(new.value)),
                             tolerances=tol, direction=pct.direction, inputs=(old.qualifier, new.qualifier))
        if v.verdict == "inconsistent" and undated_search(pct, old, new, ev.record.counts):
            v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation + why_undated(old, new))
        if v.verdict == "inconsistent" and v.gross and not _in_its_sentence(pct, old, new):
            v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                                    + "; a gross miss on counts not both in the change's sentence is more likely "
                                      "another pair than a misprint, so no verdict")
        if v.verdict == "inconsistent" and not _in_its_sentence(pct, old, new):
            v = _claimed(v, pct.id, old, new, ev, tol)
        if v.verdict == "inconsistent" and region_match(old.regions, new.regions) == APART:
            v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                                    + "; the two counts are of places that exclude each other, not one place over "
                                      "time, so no verdict")
        return _check("percentage", pct, [old, new], float(pct.value), v,
                      prefix=f"{place(old)} to {place(new)}")
    nearby = _nearby_check(pct, ev, tol, stated) or (_levels_check(pct, ev, tol, stated) if new is None else None)
    if nearby is not None:
        return nearby
    base = _base_words(pct)
    if new is None:
        return _unverifiable("percentage", pct, float(pct.value),
                             f"neither count behind {_change_words(pct)} in {place(pct)} is in the text")
    why = f"{base} is not in the text, so {_change_words(pct)} cannot be recomputed"
    implied = None
    if pct.qualifier == "exact" and pct.kind == "change":
        got = implied_count(Decimal(repr(new.value)), stated, pct.direction, known_is="new")
        if got is not None:
            value, span = got
            implied = float(round(value))
            why += (f"; {fmt(Fraction(repr(new.value)))} after {_change_words(pct)} implies an earlier count of "
                    f"about {fmt(value, 0)} (between {fmt(span.lo, 0)} and {fmt(span.hi, 0)} allowing for "
                    f"rounding of {stated}%)")
    return _unverifiable("percentage", pct, float(pct.value), why, [new], implied=implied)


def _base_check(pct: Percentage, old: Count, new: Optional[Count], ev: Evidence, tol: Tolerances,
                stated: Decimal) -> Optional[Check]:
    """A change whose base its sentence gives, judged on the one count before it that gives the change with that
    base (:mod:`pipeline.check.base_pairs`), when nothing linked the later count or the linked one, from another
    sentence, misses grossly; ``None`` otherwise (the usual rules then judge the pair found)."""
    qualifier = "about" if pct.qualifier == "exact" and fraction_word(pct.text) else pct.qualifier

    def verdict(earlier: Count, later: Count) -> Verdict:
        return check_percentage(stated, qualifier, Decimal(repr(earlier.value)), Decimal(repr(later.value)),
                                tolerances=tol, direction=pct.direction, inputs=(earlier.qualifier, later.qualifier))

    if new is not None:
        linked = verdict(old, new)
        if linked.verdict != "inconsistent" or not linked.gross:
            return None
    later = later_for_base(pct, old, ev, lambda earlier, later: verdict(earlier, later).verdict == "consistent")
    if later is None:
        return None
    return _check("percentage", pct, [old, later], float(pct.value), verdict(old, later),
                  prefix=f"the base its sentence gives and the one count before it that fits, {place(old)} to "
                         f"{place(later)}")


def _claimed(v: Verdict, claim_id: str, old: Count, new: Count, ev: Evidence, tol: Tolerances,
             factor: Optional[Decimal] = None) -> Verdict:
    """An "inconsistent" on counts from another sentence than the claim's that give another stated change exactly
    (:mod:`pipeline.check.claimed_pairs`) becomes "unverifiable": they are that change's figures.  A multiplier's
    ``factor`` must be far (``gross_rel``) from that change's, else both may state one comparison ("rose 119%"
    and a loose "doubled" of the same two counts)."""
    other = claimed_by(claim_id, old, new, ev, tol)
    if other is None:
        return v
    if factor is not None:
        implied = 1 + Fraction(repr(other.value)) / 100 * (1 if other.direction == "increase" else -1)
        if abs(Fraction(factor) - implied) <= Fraction(tol.gross_rel) * Fraction(factor):
            return v
    return dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                               + f"; these counts give the article's '{other.text}' exactly, so they are that "
                                 "change's figures, not this claim's: no verdict")


def _in_time_order(pct: Percentage, old: Count, new: Count, tol: Tolerances, stated: Decimal,
                   ev: Evidence) -> Optional[Check]:
    """A change whose linked counts run backwards in time, read in the order their periods give: "240 calls in
    March 2021 compared to 300 in March 2022, a 25% rise" compares the earlier with the later, whichever the
    words name first.  Agreement is a verdict; so is a miss that is no gross error when both counts stand in the
    change's own sentence (its words tie them to it) and are a plain pair of one thing (:func:`_plain_pair`);
    ``None`` otherwise (the pair may be another)."""
    qualifier = "about" if pct.qualifier == "exact" and fraction_word(pct.text) else pct.qualifier
    v = check_percentage(stated, qualifier, Decimal(repr(old.value)), Decimal(repr(new.value)),
                         tolerances=tol, direction=pct.direction, inputs=(old.qualifier, new.qualifier))
    if v.verdict == "unverifiable" or (v.verdict == "inconsistent"
                                       and (v.gross or not _in_its_sentence(pct, old, new)
                                            or not _plain_pair(old, new, ev))):
        return None
    return _check("percentage", pct, [old, new], float(pct.value), v,
                  prefix=f"the linked counts read in time order, {place(old)} to {place(new)}")


#: After a count of a plain pair: its noun at most, then its time or the clause's end ("300 calls in 2022",
#: "1,300 calls in 2021 -", "300 in March 2022,"), not a group or another noun ("240 calls from men in 2021").
_PLAIN_AFTER = re.compile(r"(?:\s{1,3}[a-z]{2,20})?(?:\s{1,3}(?:in|during|over|for|last|this)\b|\s{0,3}[,;:.\u2013\u2014-])")


def _plain_pair(old: Count, new: Count, ev: Evidence) -> bool:
    """Two counts of one measure each followed by its time at most ("240 calls in 2021 compared to 300 in 2022"),
    so that read in time order they are one thing's: "240 calls in 2021 compared to 300 texts" (two measures) or
    "240 calls from men ... 300 from women" (two groups) are another comparison."""
    text = ev.text
    if not text or old.measure != new.measure:
        return False
    return all(_PLAIN_AFTER.match(text, c.end) for c in (old, new))


def _in_its_sentence(pct: Percentage, old: Count, new: Count) -> bool:
    """Both counts stand in the change's own sentence: its words, not a search or a link across sentences, tie
    them to it.  Papers misprint a change by a little (a truncation, a wrong base); a change that misses two
    counts of other sentences by more than a quarter (``gross_rel``) is far more often set against the wrong
    pair (another year's, another place's, a part's)."""
    return tuple(old.sentence) == tuple(new.sentence) == tuple(pct.sentence)


def _levels_check(pct: Percentage, ev: Evidence, tol: Tolerances, stated: Decimal) -> Optional[Check]:
    """A change of no counts judged on the two levels its sentence runs between (:mod:`pipeline.check.share_levels`):
    agreement, or the points difference given as per cent; ``None`` otherwise."""
    pair = level_pair(pct, ev)
    if pair is None:
        return None
    first, second = pair
    qualifier = "about" if pct.qualifier == "exact" and fraction_word(pct.text) else pct.qualifier
    v = check_percentage(stated, qualifier, Decimal(repr(first.value)), Decimal(repr(second.value)),
                         tolerances=tol, direction=pct.direction)
    if v.verdict == "inconsistent" and points_as_per_cent(stated, first, second):
        v = dataclasses.replace(v, explanation=v.explanation + f"; {fmt(Fraction(repr(first.value)))}% to "
                                f"{fmt(Fraction(repr(second.value)))}% is a change of {stated} percentage points, "
                                "given as per cent")
    elif v.verdict != "consistent":
        return None
    return _check("percentage", pct, [first, second], float(pct.value), v,
                  prefix=f"the two levels its sentence runs between, {place(first)} to {place(second)}")


def _nearby_check(pct: Percentage, ev: Evidence, tol: Tolerances, stated: Decimal) -> Optional[Check]:
    """A change nothing linked to two counts, judged on the nearest pair of counts of one thing around it
    that gives it (:mod:`pipeline.check.nearby_pair`): agreement only, never an "inconsistent"."""
    qualifier = "about" if pct.qualifier == "exact" and fraction_word(pct.text) else pct.qualifier

    def verdict(old: Count, new: Count) -> Verdict:
        return check_percentage(stated, qualifier, Decimal(repr(old.value)), Decimal(repr(new.value)),
                                tolerances=tol, direction=pct.direction, inputs=(old.qualifier, new.qualifier))

    pair = nearby_pair(pct, ev, lambda old, new: verdict(old, new).verdict == "consistent")
    if pair is None:
        return _article_pair_check(pct, ev, verdict)
    old, new = pair
    return _check("percentage", pct, [old, new], float(pct.value), verdict(old, new),
                  prefix=f"the nearest pair of counts of one thing around it, {place(old)} to {place(new)}")


def _article_pair_check(pct: Percentage, ev: Evidence, verdict: Callable[[Count, Count], Verdict]) -> Optional[Check]:
    """A change judged on the nearest of the article's comparisons of its measure that gives it
    (:mod:`pipeline.check.article_pairs`): agreement only, never an "inconsistent"."""
    pair = article_pair(pct, ev, lambda old, new: verdict(old, new).verdict == "consistent")
    if pair is None:
        return None
    old, new = pair
    return _check("percentage", pct, [old, new], float(pct.value), verdict(old, new),
                  prefix=f"a comparison of the article that gives it, {place(old)} to {place(new)}")


def share_check(pct: Percentage, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A stated share against the part and the whole the extractor linked (none when it linked none)."""
    part, whole = ev.get(pct.count_ref, Count), ev.get(pct.base_count_ref, Count)
    if part is None or whole is None:
        return _nearby_share_check(pct, ev, tol)
    v = check_share(stated_decimal(pct.text, pct.value), pct.qualifier, Decimal(repr(part.value)),
                    Decimal(repr(whole.value)), tolerances=tol, inputs=(part.qualifier, whole.qualifier), words=pct.text)
    kind = "share"  # a part against its whole, "20%" or "one in five": a share check (ANNOTATION.md, 10)
    if v.verdict == "inconsistent" and v.computed is not None and _far_apart(v.computed, pct.value):
        v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                                + "; a tenth of the stated share or less (or ten times it) is no slip of the paper's "
                                  "but another part or whole, so no verdict")
    return _check(kind, pct, [part, whole], float(pct.value), v, prefix=f"{place(part)} of {place(whole)}")


#: How many times apart a computed share and the stated one are, at least, when the part and the whole found are
#: taken to be another share's ("over 200 new callers every month, 90 percent of an estimated 50,000 problem gamblers").
SHARE_FAR = 10


def _far_apart(computed: Fraction, stated: float) -> bool:
    x = Fraction(repr(float(stated)))
    return x > 0 and (computed * SHARE_FAR <= x or computed >= x * SHARE_FAR)


def _nearby_share_check(pct: Percentage, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A share nothing linked to its part and whole, judged on the nearest pair of counts of one thing around
    it that gives it (:func:`pipeline.check.nearby_pair.nearby_share`): agreement only, else no check."""
    def verdict(part: Count, whole: Count) -> Verdict:
        return check_share(stated_decimal(pct.text, pct.value), pct.qualifier, Decimal(repr(part.value)),
                           Decimal(repr(whole.value)), tolerances=tol, inputs=(part.qualifier, whole.qualifier),
                           words=pct.text)

    def agrees(part: Count, whole: Count) -> bool:
        return verdict(part, whole).verdict == "consistent"

    pair = nearby_share(pct, ev, agrees)
    prefix = "the nearest part and whole of one thing around it"
    if pair is None:
        pair = share_whole(pct, ev, agrees)
        prefix = "the part beside it, of the nearest whole stated before"
    if pair is None:
        return _sentence_share_check(pct, ev, verdict)
    part, whole = pair
    kind = "share"
    return _check(kind, pct, [part, whole], float(pct.value), verdict(part, whole),
                  prefix=f"{prefix}, {place(part)} of {place(whole)}")


def _sentence_share_check(pct: Percentage, ev: Evidence, verdict: Callable[[Count, Count], Verdict]) -> Optional[Check]:
    """A share judged on the part and the whole its own sentence names (:mod:`pipeline.check.sentence_shares`):
    agreement, or a disagreement the words tie to the share; ``None`` otherwise."""
    found = sentence_share(pct, ev)
    if found is None:
        return None
    part, whole, tied_to = found
    v = verdict(part, whole)
    if v.verdict == "inconsistent" and v.computed is not None and _far_apart(v.computed, pct.value):
        return None  # a tenth of the stated share or ten times it: another part or whole
    if v.verdict != "consistent" and not tied_to:
        return None
    return _check("share", pct, [part, whole], float(pct.value), v,
                  prefix=f"the part and the whole its sentence names, {place(part)} of {place(whole)}")


def _alike(old: Count, new: Count) -> bool:
    """Whether two counts of a change may count the same thing: one sentence, a known measure, or one noun.

    Two counts of no known measure (``other``) from different sentences, with different nouns or none,
    are no pair a verdict may rest on."""
    if tuple(old.sentence) == tuple(new.sentence) or "other" not in (old.measure, new.measure):
        return True
    return old.unit is not None and old.unit == new.unit


def _one_rate(old: Count, new: Count, ev: Evidence) -> bool:
    """Whether two counts of a change are of one rate: the same, or a rate written once for two figures side by
    side in one sentence ("242 calls a month, up from 220"), with no other count between them."""
    if old.rate == new.rate:
        return True
    if None not in (old.rate, new.rate) or tuple(old.sentence) != tuple(new.sentence):
        return False
    low, high = sorted((old.start, new.start))
    return not any(low < c.start < high for c in ev.counts_in(old.sentence))


def _linked_pair(pct: Percentage, old: Count, new: Count) -> bool:
    """The extractor linked the change to both counts, written in one sentence: a pair the text compares
    ("rose from 431 to 481 at half-year, a rise of 10%"; "11 per cent higher, up to 481 from 431"), whatever
    one period both took."""
    return pct.base_count_ref == old.id and pct.count_ref == new.id and tuple(old.sentence) == tuple(new.sentence) \
        and old.start != new.start


def _own_thing(count: Count) -> bool:
    """A count of no measure with a noun of its own that is no known unit ("12 casinos"): a change the
    extractor did not link to it is not taken to be about it by the search of the checks."""
    units = lexicon()["units"]
    return count.measure == "other" and bool(count.unit) and count.unit not in units \
        and count.unit not in set(units.values())


def _dated_as_base(count: Count, pct: Percentage) -> bool:
    """The count's period is the change's base period, not its own."""
    base = period_match(pct.base_period_start, pct.base_period_end, count.period_start, count.period_end)
    own = period_match(pct.period_start, pct.period_end, count.period_start, count.period_end)
    return base == SAME and own != SAME


def _base_words(pct: Percentage) -> str:
    years = sorted({d[:4] for d in (pct.base_period_start, pct.base_period_end) if d})
    when = f"the {'-'.join(years)} count" if years else "the earlier count"
    where = f" for {' and '.join(pct.regions)}" if pct.regions else ""
    return when + where


def multiplier_check(mult: Multiplier, ev: Evidence, tol: Tolerances, *, over_time: bool = False) -> Check:
    """A "doubled"-like claim against its counts, or against a stated change.  ``over_time``: an "N times as
    many" read as a change over time (:func:`_over_time`)."""
    word = mult.word or mult.text
    factor = _num(mult.factor)
    if compares_groups(word) and not over_time:
        found = _sentence_pair_check(mult, ev, tol, factor, word, groups=True)
        if found is not None and not (found.verdict == "inconsistent" and _over_time(mult, ev)):
            return found  # a pair of two groups disagreeing with words of a change over time is no verdict on it
        if _over_time(mult, ev):
            return _agreement_only(multiplier_check(mult, ev, tol, over_time=True))
        return _unverifiable("multiplier", mult, float(mult.factor),
                             f"'{word}' compares two groups, not a figure over time: no count or change "
                             "in the text recomputes it")
    levels = _levels_multiplier_check(mult, ev, tol, factor, word)  # "doubled from 10% to 20%": its words' levels
    if levels is not None:
        return levels
    pct = ev.get(mult.percentage_ref, Percentage)
    if pct is None:
        new, old = ev.get(mult.count_ref, Count), ev.get(mult.base_count_ref, Count)
        if new is None or old is None:
            same = [p for p in ev.changes(mult, least=UNKNOWN) if tuple(p.sentence) == tuple(mult.sentence)]
            if same:
                pct = same[0]
            else:
                new = ev.later_count(mult)
                old = ev.earlier_count(new, None, base=mult) if new else None
        if pct is None and new is not None and old is not None:
            v = check_multiplier(factor, mult.qualifier, Decimal(repr(old.value)), Decimal(repr(new.value)),
                                 tolerances=tol, word=word, inputs=(old.qualifier, new.qualifier))
            if v.verdict == "inconsistent" and not (tuple(old.sentence) == tuple(new.sentence) == tuple(mult.sentence)):
                v = _claimed(v, mult.id, old, new, ev, tol, factor=factor)
            undated = v.verdict == "inconsistent" and undated_search(mult, old, new, ev.record.counts)
            if undated and ev.changes(mult, least=SHARED if mult.regions else UNKNOWN):
                new = old = None  # undated counts that disagree: the stated change is the better evidence
            elif undated:
                v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation + why_undated(old, new))
            if new is not None:
                return _check("multiplier", mult, [old, new], float(mult.factor), v,
                              prefix=f"{place(old)} to {place(new)}")
    if pct is not None:
        return _unlinked(_against_change(mult, pct, factor, tol, word), linked=pct.id == mult.percentage_ref)
    least = SHARED if mult.regions else UNKNOWN
    candidates = ev.changes(mult, least=least)
    if not candidates:
        found = _sentence_pair_check(mult, ev, tol, factor, word) or _article_pair_multiplier(mult, ev, tol, factor,
                                                                                              word)
        if found is not None:
            return found
        return _unverifiable("multiplier", mult, float(mult.factor),
                             f"neither the counts nor a stated change behind '{word}' in {place(mult)} are in the text")
    if mult.regions:
        return _unlinked(_against_change(mult, candidates[0], factor, tol, word), linked=False)
    checks = [_against_change(mult, p, factor, tol, word) for p in candidates]
    if len({c.verdict for c in checks}) == 1:
        return _unlinked(checks[0], linked=False)
    shown = "; ".join(f"{p.text} ({place(p)}): {c.verdict}" for p, c in zip(candidates, checks))
    return _unverifiable("multiplier", mult, float(mult.factor),
                         f"'{word}' names no region, and the changes it could refer to disagree: {shown}")


def _levels_multiplier_check(mult: Multiplier, ev: Evidence, tol: Tolerances, factor: Decimal,
                             word: str) -> Optional[Check]:
    """A multiplier of a share judged on the two levels right after it (:mod:`pipeline.check.multiplier_levels`):
    "doubled from 10% to 20%"; ``None`` when its sentence gives no such levels."""
    levels = multiplier_levels(mult, ev)
    if levels is None:
        return None
    first, second = levels
    v = check_multiplier(factor, mult.qualifier, Decimal(repr(first.value)), Decimal(repr(second.value)),
                         tolerances=tol, word=word)
    if v.verdict == "inconsistent" and not same_thing(first, second, ev.text or ""):
        v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                                + "; the first level names a whole, place or group of its own: two levels of two "
                                  "things, so no verdict")
    return _check("multiplier", mult, [first, second], float(mult.factor), v,
                  prefix=f"the two levels after it, {fmt(Fraction(repr(first.value)))}% to "
                         f"{fmt(Fraction(repr(second.value)))}%")


def _sentence_pair_check(mult: Multiplier, ev: Evidence, tol: Tolerances, factor: Decimal,
                         word: str, *, groups: bool = False) -> Optional[Check]:
    """A multiplier nothing linked, judged on its sentence's only pair of counts, or the only pair of the
    sentence beside it (:mod:`pipeline.check.multiplier_pairs`); ``None`` when there is none, or when the
    pair disagrees and is not surely the multiplier's (:func:`pipeline.check.multiplier_pairs.tied`)."""
    pair = sentence_pair(mult, ev, groups=groups)
    if pair is None:
        return None
    old, new = pair
    v = check_multiplier(factor, mult.qualifier, Decimal(repr(old.value)), Decimal(repr(new.value)),
                         tolerances=tol, word=word, inputs=(old.qualifier, new.qualifier))
    if v.verdict != "consistent" and not tied(mult, old, new, groups=groups):
        return None
    return _check("multiplier", mult, [old, new], float(mult.factor), v,
                  prefix=f"the one pair of counts in its sentence or the one beside it, {place(old)} and {place(new)}")


def _article_pair_multiplier(mult: Multiplier, ev: Evidence, tol: Tolerances, factor: Decimal,
                             word: str) -> Optional[Check]:
    """A multiplier over time judged on the nearest of the article's comparisons that gives it
    (:func:`pipeline.check.article_pairs.multiplier_article_pair`): agreement only; ``None`` otherwise."""
    def verdict(old: Count, new: Count) -> Verdict:
        return check_multiplier(factor, mult.qualifier, Decimal(repr(old.value)), Decimal(repr(new.value)),
                                tolerances=tol, word=word, inputs=(old.qualifier, new.qualifier))

    pair = multiplier_article_pair(mult, ev, lambda old, new: verdict(old, new).verdict == "consistent")
    if pair is None:
        return None
    old, new = pair
    return _check("multiplier", mult, [old, new], float(mult.factor), verdict(old, new),
                  prefix=f"a comparison of the article that gives it, {place(old)} to {place(new)}")


@lru_cache(maxsize=1)
def _over_time_words() -> re.Pattern[str]:
    words = sorted(multiplier_words()["over_time_after"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s{1,3}".join(map(re.escape, w.split())) for w in words) + r")\b", re.I)


def _over_time(mult: Multiplier, ev: Evidence) -> bool:
    """Whether "N times as many" compares a figure with its own past: the words after it in its sentence
    name the earlier time ("twice as many people in 2023 as in 2021", "as it did the year before")."""
    text = ev.text
    if not text or of_likelihood(mult.word or mult.text):
        return False
    return bool(_over_time_words().search(text, mult.end, mult.sentence[1])
                or _YEAR_RIGHT_AFTER.match(text, mult.end, mult.sentence[1]))


#: A year right after "N times as many": the time it compares with ("four times as many in 2018 (400)").
_YEAR_RIGHT_AFTER = re.compile(r"\s{1,3}(?:as\s{1,3}many\s{1,3}|as\s{1,3}much\s{1,3}|more\s{1,3})?(?:in|during)\s{1,3}"
                               r"(?:19|20)\d\d\b", re.I)


def _agreement_only(check: Check) -> Check:
    """An "N times as many" read as a change over time is judged on figures found by its time, not tied to it
    by its words: agreement stands, a disagreement is no verdict."""
    if check.verdict != "inconsistent":
        return check
    return dataclasses.replace(check, verdict="unverifiable", explanation=check.explanation
                               + "; 'as many' read as a change over time, so only agreement is a verdict")


def compares_groups(word: str) -> bool:
    """Whether a multiplier compares two groups ("nine times more likely") rather than a figure over time."""
    folded = word.lower()
    return any(f" {comparative}" in folded for comparative in lexicon()["times_comparatives"])


def _unlinked(check: Check, *, linked: bool) -> Check:
    """A "doubled" the words do not tie to a stated change ("calls rose 100%, doubling"), found beside it or
    by its place and period, is no proof against it: two figures the paper states itself that disagree are
    more likely of two things ("images rose by almost two thirds while webpages doubled") than a misprint.
    Its "inconsistent" becomes "unverifiable"; agreement stands."""
    if linked or check.verdict != "inconsistent":
        return check
    return dataclasses.replace(check, verdict="unverifiable", explanation=check.explanation
                               + "; the stated change may be of another figure than the claim, so no verdict")


def _against_change(mult: Multiplier, pct: Percentage, factor: Decimal, tol: Tolerances, word: str) -> Check:
    v = check_multiplier_pct(factor, mult.qualifier, stated_decimal(pct.text, pct.value), pct.qualifier,
                             pct.direction, tolerances=tol, word=word)
    return _check("multiplier", mult, [pct], float(mult.factor), v, prefix=place(pct))


def sum_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A total over several regions against the counts of those regions (none when no part is stated)."""
    found, notes = ev.parts(total)
    if all(part is None for _, part in found):
        return None
    missing = [region for region, part in found if part is None]
    if missing:
        return _unverifiable("sum", total, float(total.value),
                             f"no count for {' and '.join(missing)} is in the text, so the total of "
                             f"{total.text or fmt(Fraction(repr(total.value)))} cannot be added up",
                             [p for _, p in found if p is not None])
    parts = [p for _, p in found if p is not None]
    v = check_sum(Decimal(repr(total.value)), total.qualifier,
                  [(Decimal(repr(p.value)), p.qualifier) for p in parts], tolerances=tol)
    if notes and v.verdict == "inconsistent":
        # a part of a wider place than the total's is no part of it: its figure may hold anything
        v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                                + "; a part covers more than its place in the total, so the sum proves nothing")
    check = _check("sum", total, parts, float(total.value), v, prefix=place(total))
    if notes:
        check.explanation += "; note: " + "; ".join(notes)
    return check


def _read_from_a_part(total: Count, parts: list[Count], ev: Evidence) -> bool:
    """Whether a listed "total" is the first of places side by side under a larger count before it in its
    sentence whose place holds them all ("980 people across Greater Manchester: 400 in Manchester, 330 in
    Salford and 250 in Bolton" read from its 400; or in the sentence before it): each part names a place outside the "total"'s, so a sum of
    them that misses it proves nothing."""
    if not total.regions or not all(p.regions and region_match(p.regions, total.regions) == APART for p in parts):
        return False
    before = ev.neighbour(total.sentence, -1)
    counts = [*(ev.counts_in(before) if before else []), *ev.counts_in(total.sentence)]
    return any(c.start < total.start and c.value > total.value and c.regions and mix(c.measure, total.measure)
               and all(any(evidence.covers(w, r) for w in c.regions) for f in (total, *parts) for r in f.regions)
               for c in counts if plain(c))


def breakdown_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A one-place total against its breakdown by the places within it.

    Parts that add up to the total are consistent, parts that exceed it are not;
    parts that fall short may be a list that leaves places out ("the top five
    counties"), so that is unverifiable.
    """
    parts = ev.breakdown(total)
    if not parts:
        return None
    v = check_sum(Decimal(repr(total.value)), total.qualifier,
                  [(Decimal(repr(p.value)), p.qualifier) for p in parts], tolerances=tol)
    if v.verdict == "inconsistent" and v.computed is not None and v.computed < Fraction(repr(total.value)):
        v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                                + "; the parts may not be every place within the total, so a shortfall proves nothing")
    return _check("sum", total, parts, float(total.value), v, prefix=place(total))


def _found_sum_check(total: Count, found: Optional[tuple[list[Count], Verdict]], how: str) -> Optional[Check]:
    """The sum check of the parts a rule found for ``total`` (none when it found none), its
    explanation saying ``how`` the parts were found."""
    if found is None:
        return None
    parts, v = found
    check = _check("sum", total, parts, float(total.value), v, prefix=place(total))
    check.explanation += f"; the parts its words give it ({how}), added up"
    return check


def channel_sum_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A total of a helpline's use against its channels in the sentences after it (:mod:`pipeline.check.channel_sums`):
    agreement only; none otherwise."""
    return _found_sum_check(total, channel_sum(total, ev, tol), "the channels stated after it")


def adjacent_sum_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A total against the parts the sentence beside it lists (:mod:`pipeline.check.adjacent_parts`):
    agreement only; else the parts its words give it (:func:`worded_sum_check`); none otherwise."""
    return _found_sum_check(total, adjacent_sum(total, ev, tol), "every part one sentence lists") \
        or worded_sum_check(total, ev, tol)


def worded_sum_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A total against the parts its words give it (:mod:`pipeline.check.worded_sums`): any verdict when a
    total word says the parts make it; after "including", a shortfall is consistent and an excess gives no
    check; parts "of these" or listed, agreement only.  None where a channel sum or a breakdown judges it."""
    if ev.breakdown(total) or channel_sum(total, ev, tol) is not None:
        return None
    found = worded_parts(total, ev)
    if found is None:
        return None
    parts, how = found
    v = check_sum(Decimal(repr(total.value)), total.qualifier,
                  [(Decimal(repr(p.value)), p.qualifier) for p in parts], tolerances=tol)
    if how == LISTED and v.verdict != "consistent":
        return None  # parts "of these" may be a funnel or overlap: only their agreement is a verdict
    if v.verdict == "inconsistent" and (not told_apart(parts) or (
            v.computed is not None and v.computed < Fraction(repr(total.value)) and shorter_periods(parts, total))):
        return None  # "400 from men and 700 from under-25s" may overlap; "600 in March and 700 in April, 3,000 in total"
    if how == SOME and v.verdict != "consistent":
        if v.verdict != "inconsistent" or v.computed is None or v.computed > Fraction(repr(total.value)):
            return None  # parts "including" that exceed the total may overlap ("800 from men and 900 about images")
        v = dataclasses.replace(v, verdict="consistent", explanation=v.explanation.split(", which")[0]
                                + f", no more than {fmt(Fraction(repr(total.value)))}: the parts may be some of "
                                  "the total, so they need not add up to it")
    check = _check("sum", total, parts, float(total.value), v, prefix=place(total))
    check.explanation += f"; the parts its words give it ({how}), added up"
    return check


def listed_sum_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A total against the parts the text lists after it (``Count.parts``).

    Parts that exceed the total are inconsistent; parts that add up to it are
    consistent; parts that fall short are consistent when the text lists them as
    some of it ("including ..."), else unverifiable (the list may leave some out).
    """
    parts = [ev.get(ref, Count) for ref in total.parts]
    if len(parts) < 2 or any(p is None for p in parts):
        return None
    if total.regions and any(p.regions and region_match(p.regions, total.regions) == APART
                             and p.value > total.value for p in parts):
        return None  # "3,500 in British Columbia, with 3,000 in Alberta and 12,000 in Ontario": places side by side
    v = check_sum(Decimal(repr(total.value)), total.qualifier,
                  [(Decimal(repr(p.value)), p.qualifier) for p in parts], tolerances=tol)
    if v.verdict == "inconsistent" and v.computed is not None and v.computed < Fraction(repr(total.value)):
        if total.parts_complete is False:
            v = dataclasses.replace(v, verdict="consistent", explanation=v.explanation.split(", which")[0]
                                    + f", no more than {fmt(Fraction(repr(total.value)))}: the parts are listed as "
                                    "some of the total ('including'), so they need not add up to it")
        else:
            v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                                    + "; the parts may not be all of the total, so a shortfall proves nothing")
    if v.verdict == "inconsistent" and _read_from_a_part(total, parts, ev):
        return None  # "1,050 in all: 420 in Leeds, 380 in Bradford and 250 in Wakefield" read from its 420
    return _check("sum", total, parts, float(total.value), v, prefix=place(total))


def restated_share_check(fraction: Percentage, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A share written as a fraction word against the figure the paper states for it: "well over half (57%)"
    holds, "nearly half ... 52 per cent" does not.  Judged over every value the figure's rounding allows.
    A figure found in a later sentence (not in brackets beside the fraction) may be of another group:
    its disagreement makes no "inconsistent", only "unverifiable"."""
    figure = ev.get(fraction.restated_ref, Percentage)
    if figure is None:
        return None
    stated = stated_decimal(fraction.text, fraction.value)
    accept, rule = accept_share(stated, fraction.qualifier, tol, fraction.text)
    shown = stated_decimal(figure.text, figure.value)
    verdict = judge(share_interval(shown, figure.qualifier, tol), accept, rounded_only=figure.qualifier == "exact")
    said = {"consistent": "consistent with", "inconsistent": "not", "unverifiable": "which may or may not be"}[verdict]
    v = Verdict(verdict, frac(shown), rule, f"the paper's {qualified(figure.qualifier)}{shown}% is {said} '{fraction.text.strip()}'")
    check = _check("share", fraction, [figure], float(fraction.value), v)
    if verdict == "inconsistent" and tuple(figure.sentence) != tuple(fraction.sentence):
        return _unlinked(check, linked=False)
    return check


def next_figure_check(fraction: Percentage, ev: Evidence, tol: Tolerances, *,
                      shared: Optional[bool] = None) -> Optional[Check]:
    """A fraction word the extractor tied to no figure, against the share written as a figure right after it
    (:mod:`pipeline.check.fraction_restated`): agreement only; none otherwise.  ``shared``: whether
    :func:`share_check` already made a check of it (``None``: not known, so it is run here)."""
    figure = restated_figure(fraction, ev)
    if figure is None:
        return None
    if shared is None:
        shared = share_check(fraction, ev, tol) is not None
    if shared:
        return None  # a share judged on its part and whole needs no figure
    check = restated_share_check(dataclasses.replace(fraction, restated_ref=figure.id), ev, tol)
    return check if check is not None and check.verdict == "consistent" else None


def partition_share_check(share: Percentage, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A share of a list of shares each restated by a count in brackets, against its count over the counts added
    up (:mod:`pipeline.check.partition_counts`): agreement only, the whole being derived; ``None`` otherwise."""
    found = partition_whole(share, ev)
    if found is None:
        return None
    part, parts = found
    whole = sum(Fraction(repr(c.value)) for c in parts)
    v = check_share(stated_decimal(share.text, share.value), share.qualifier, Decimal(repr(part.value)),
                    Decimal(whole.numerator) / Decimal(whole.denominator), tolerances=tol, words=share.text)
    if v.verdict != "consistent":
        return None
    return _check("share", share, [part, *[c for c in parts if c is not part]], float(share.value), v,
                  prefix="its count of the counts its list of shares gives, added up ("
                         + " + ".join(fmt(Fraction(repr(c.value))) for c in parts) + ")")


def partition_check(closing: Percentage, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """Shares listed as the parts of one whole ("... and the remaining 8%") against 100%.

    The extractor marks each share of such a list with the id of its last share
    (``partition_ref``); the check is about that last share, its inputs every share
    of the list in text order.
    """
    shares = [p for p in ev.record.percentages if p.partition_ref == closing.id and p.kind == "share"]
    if len(shares) < 2:
        return None
    shares.sort(key=lambda p: p.start)
    v = check_partition([(stated_decimal(p.text, p.value), p.qualifier) for p in shares], tolerances=tol)
    return _check("sum", closing, shares, 100.0, v, prefix=f"shares of one whole, {place(closing)}")


def _pair_of_change(diff: Count, ev: Evidence) -> tuple[Optional[Count], Optional[Count]]:
    """The two counts of the percentage change stated beside a difference, the same change told twice
    ("an increase of 1,672 calls or 121% over the 1,378 calls"): the first such change after it in its
    sentence, of its direction, that links both its counts; ``(None, None)`` when there is none."""
    for pct in ev.record.percentages:
        if tuple(pct.sentence) != tuple(diff.sentence) or pct.start < diff.end or pct.kind != "change":
            continue
        old, new = ev.get(pct.base_count_ref, Count), ev.get(pct.count_ref, Count)
        if old is None or new is None or new.difference or pct.direction != diff.difference:
            return None, None
        return old, new
    return None, None


def difference_check(diff: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """The size of a stated change ("an increase of nearly 300,000") against its two counts.

    The counts are of the measure its sentence counts (the nearest count before it there),
    the later of the difference's period and place, the earlier of a period before; none
    when the text does not state both (a difference alone claims nothing to check).
    """
    old, new = _pair_of_change(diff, ev)
    if new is None:
        measure = ev.restated_measure(diff)
        if measure is None or not (diff.period_start or diff.period_end):
            return _undated_difference_check(diff, ev, tol)
        claim = dataclasses.replace(diff, measure=measure)
        new = ev.later_count(claim, exact_first=True)
        old = ev.earlier_count(new, None) if new is not None else None
    if new is None or old is None or period_match(old.period_start, old.period_end,
                                                  new.period_start, new.period_end) == SAME:
        return _undated_difference_check(diff, ev, tol)
    v = check_difference(Decimal(repr(diff.value)), diff.qualifier, Decimal(repr(old.value)), Decimal(repr(new.value)),
                         tolerances=tol, direction=diff.difference, inputs=(old.qualifier, new.qualifier))
    if v.verdict != "consistent" and another_noun(diff, old, new):
        return None  # "300 calls ..., with 40 fewer volunteers than in 2022": a difference of another thing
    return _check("difference", diff, [old, new], float(diff.value), v, prefix=f"{place(old)} to {place(new)}")


def _undated_difference_check(diff: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A difference whose dated counts were not found, against the one pair of counts of its sentence (or of
    its sentence and the one before) (:mod:`pipeline.check.difference_pairs`): a disagreement is a verdict
    only when the words tie the pair to it; ``None`` when there is no pair or an untied pair disagrees."""
    found = found_pair(diff, ev)
    if found is None:
        return None
    old, new, tied = found
    v = check_difference(Decimal(repr(diff.value)), diff.qualifier, Decimal(repr(old.value)), Decimal(repr(new.value)),
                         tolerances=tol, direction=diff.difference, inputs=(old.qualifier, new.qualifier))
    if v.verdict != "consistent" and not tied:
        return None
    return _check("difference", diff, [old, new], float(diff.value), v,
                  prefix=f"the one pair of counts beside it, {place(old)} to {place(new)}")


def _tidy(record: Record) -> Record:
    """A copy whose facts' ``regions`` are lists of names (``None`` and stray values dropped)."""
    def fix(facts):
        return [f if isinstance(f.regions, list) and all(isinstance(x, str) for x in f.regions)
                else dataclasses.replace(f, regions=[x for x in (f.regions or []) if isinstance(x, str)])
                for f in facts]

    return dataclasses.replace(record, counts=fix(record.counts), percentages=fix(record.percentages),
                               multipliers=fix(record.multipliers))


def check_record(record: Record, *, config: Optional[configparser.ConfigParser] = None,
                 text: Optional[str] = None) -> list[Check]:
    """Every check of one record, ids ``k1``, ``k2``..., decided checks before unverifiable ones.

    Pure: the record is not changed.  A fact that cannot be checked because of
    malformed input gets an ``unverifiable`` check saying why.  ``text``: the
    article's text, which a few rules read (a record's own text by default).
    """
    tol = load(config)
    record = _tidy(record)
    ev = Evidence(record, text)
    totals = [c for c in record.counts if c.value is not None and c.qualifier != "vague" and not c.difference]  # "thousands" adds up to nothing
    jobs = [(listed_sum_check, "sum", c) for c in totals if len(c.parts) >= 2]
    jobs += [(sum_check, "sum", c) for c in totals if len(c.regions) >= 2 and len(c.parts) < 2]
    jobs += [(breakdown_check, "sum", c) for c in totals if len(c.regions) == 1 and len(c.parts) < 2]
    jobs += [(channel_sum_check, "sum", c) for c in totals if len(c.regions) < 2 and len(c.parts) < 2]
    jobs += [(adjacent_sum_check, "sum", c) for c in totals if len(c.regions) < 2 and len(c.parts) < 2]
    jobs += [(percentage_check, "percentage", p) for p in record.percentages if p.kind == "change"]
    jobs += [(share_check, "share", p) for p in record.percentages if p.kind == "share"]
    jobs += [(multiplier_check, "multiplier", m) for m in record.multipliers]
    jobs += [(partition_check, "sum", p) for p in record.percentages if p.partition_ref == p.id]
    jobs += [(restated_share_check, "share", p) for p in record.percentages if getattr(p, "restated_ref", None)]
    jobs += [(next_figure_check, "share", p) for p in record.percentages
             if p.kind == "share" and not getattr(p, "restated_ref", None) and not p.count_ref]
    jobs += [(difference_check, "difference", c) for c in record.counts if c.difference and c.value]
    jobs += [(partition_share_check, "share", p) for p in record.percentages if p.kind == "share"]
    made: list[Check] = []
    shared: set[int] = set()  # the shares share_check judged: next_figure_check does not run it again
    for job, kind, fact in jobs:
        try:
            if job is next_figure_check:
                check = next_figure_check(fact, ev, tol, shared=id(fact) in shared)
            else:
                check = job(fact, ev, tol)
            if check is not None and job is partition_share_check \
                    and any(c.claim_ref == fact.id and c.kind == "share" for c in made):
                check = None  # a share judged already on figures the text names
            if check is not None:  # a breakdown check only where a breakdown is
                made.append(check)
                if job is share_check:
                    shared.add(id(fact))
        except Exception as exc:  # bad input must not stop the other checks
            log.warning("check of %s failed: %s", getattr(fact, "id", "?"), exc)
            made.append(Check(id="", kind=kind, claim_ref=getattr(fact, "id", None), inputs=[], stated=None,
                              computed=None, verdict="unverifiable", tolerance="",
                              explanation=f"could not be checked: {type(exc).__name__}: {exc}"))
    made.sort(key=lambda c: c.verdict == "unverifiable")
    for i, check in enumerate(made, 1):
        check.id = f"k{i}"
    return made
