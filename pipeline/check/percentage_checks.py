"""Percentage changes within one article: a stated change against its two counts.

:func:`percentage_check` judges a change on the counts the extractor linked,
else on the pairs the searches find (the base its sentence gives, the nearest
pair around it, a comparison of the article, the two levels its sentence runs
between); with only its later count it gives the earlier count it implies
(``implied``).  The helpers say whether two counts may be the pair a change
compares (one thing, one rate, in time order).
"""
from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from fractions import Fraction
from typing import Callable, Optional

from pipeline.check.article_pairs import article_pair
from pipeline.check.dated_pairs import against_direction, dated_claim_undated_pair, undated_search, why_undated
from pipeline.check.evidence import APART, SAME, Evidence, before, period_match, place, region_match
from pipeline.check.base_pairs import base_over_link, later_for_base
from pipeline.check.clause_pairs import no_verdict_across_clauses
from pipeline.check.multiplier_bases import decisive, latest_figure, own_base
from pipeline.check.nearby_pair import nearby_pair
from pipeline.check.referring_change import told_pair
from pipeline.check.share_levels import level_pair, points_as_per_cent
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import (
    Verdict,
    check_percentage,
    fmt,
    fraction_word,
    implied_count,
    qualified,
)
from pipeline.extract.measures import lexicon
from pipeline.check.group_pairs import groups_apart, has_own_noun, why_groups
from pipeline.check.check_builders import _check, _claimed, _unverifiable, stated_decimal
from pipeline.records import Check, Count, Percentage


def _change_words(pct: Percentage) -> str:
    word = "fall" if pct.direction == "decrease" else "rise"
    return f"a {word} of {qualified(pct.qualifier)}{stated_decimal(pct.text, pct.value)}%"


def _stated_qualifier(pct: Percentage) -> str:
    """The qualifier a percentage is judged with: a fraction word ("a third") written as an exact figure is
    "about" (it rounds to the nearest fraction)."""
    return "about" if pct.qualifier == "exact" and fraction_word(pct.text) else pct.qualifier


def percentage_check(pct: Percentage, ev: Evidence, tol: Tolerances) -> Check:
    """A stated change against its two counts, or the count it implies when one is missing."""
    stated = stated_decimal(pct.text, pct.value)
    new, old = ev.get(pct.count_ref, Count), ev.get(pct.base_count_ref, Count)
    if new is None and old is None:
        own = _own_base_check(pct, ev, tol, stated)
        if own is not None:  # "have risen by 60 per cent since 2022, when 450 were taken": the latest is the later
            return own
    relinked = base_over_link(pct, new, ev) if old is None else None
    own = _own_base_check(relinked, ev, tol, stated) if relinked is not None else None
    if own is not None:  # "The total is up 35% on 2022, when 3,550 people got in touch": the base's measure
        return own
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
    if old is not None and new is not None and not _alike(old, new, pct):
        old = None  # "45,562 children trained ... patients treated rose 0.4% to 9,009": not one thing counted twice
    if old is not None and new is not None and not _one_rate(old, new, ev):
        old = None  # "rose by 22% to six a day, when there were 2,297 calls compared with 1,885": a rate and a total
    if new is not None and old is not None and groups_apart(old, new):
        return _unverifiable("percentage", pct, float(pct.value), why_groups(old, new), [old, new])
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
    if new is not None and old is not None and not _in_its_sentence(pct, old, new):
        told = told_pair(pct, ev)  # "... 2,400 calls in 2020, up from 2,000 in 2019. It is a rise of 30 per cent."
        if told is not None and {told[0].id, told[1].id} == {old.id, new.id}:
            return _told_check(pct, ev, tol, stated)  # the pair its words point back at: both verdicts
    if new is not None and old is not None:
        # "rose by a third": a fraction word is no figure to one decimal, but about its value
        qualifier = _stated_qualifier(pct)
        if against_direction(pct.direction, old, new):
            old, new = new, old  # the later figure written first: read in the change's direction
        v = check_percentage(stated, qualifier, Decimal(repr(old.value)), Decimal(repr(new.value)),
                             tolerances=tol, direction=pct.direction, inputs=(old.qualifier, new.qualifier))
        if v.verdict == "inconsistent" and (undated_search(pct, old, new, ev.record.counts)
                                            or dated_claim_undated_pair(pct, old, new)):
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
        return no_verdict_across_clauses(_check("percentage", pct, [old, new], float(pct.value), v,
                                                prefix=f"{place(old)} to {place(new)}"), pct, old, new, ev.text)
    told = _told_check(pct, ev, tol, stated) if new is None or old is None else None
    if told is not None:
        return told
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


def _own_base_check(pct: Percentage, ev: Evidence, tol: Tolerances, stated: Decimal) -> Optional[Check]:
    """A change nothing linked whose sentence gives only its base ("since 2022, when 450 were taken", "down 4%
    from 4,350 in 2023"), judged against the latest figure of that base's measure and place elsewhere
    (:mod:`pipeline.check.multiplier_bases`): both verdicts when that figure is surely the change's, else
    agreement only; ``None`` when the sentence gives no such base or no one figure is the latest."""
    base = own_base(pct, ev)
    later, sure = latest_figure(pct, base, ev) if base is not None else (None, False)
    if later is None:
        return None
    v = check_percentage(stated, _stated_qualifier(pct), Decimal(repr(base.value)), Decimal(repr(later.value)),
                         tolerances=tol, direction=pct.direction, inputs=(base.qualifier, later.qualifier))
    if v.verdict == "inconsistent" and not decisive(pct, later, sure, v.gross, ev):
        return None
    return _check("percentage", pct, [base, later], float(pct.value), v,
                  prefix=f"the base its sentence gives and the latest figure of its measure, {place(base)} to "
                         f"{place(later)}")


def _base_check(pct: Percentage, old: Count, new: Optional[Count], ev: Evidence, tol: Tolerances,
                stated: Decimal) -> Optional[Check]:
    """A change whose base its sentence gives, judged on the one count before it that gives the change with that
    base (:mod:`pipeline.check.base_pairs`), when nothing linked the later count or the linked one, from another
    sentence, misses grossly; ``None`` otherwise (the usual rules then judge the pair found)."""
    qualifier = _stated_qualifier(pct)

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


def _in_time_order(pct: Percentage, old: Count, new: Count, tol: Tolerances, stated: Decimal,
                   ev: Evidence) -> Optional[Check]:
    """A change whose linked counts run backwards in time, read in the order their periods give: "240 calls in
    March 2021 compared to 300 in March 2022, a 25% rise" compares the earlier with the later, whichever the
    words name first.  Agreement is a verdict; so is a miss that is no gross error when both counts stand in the
    change's own sentence (its words tie them to it) and are a plain pair of one thing (:func:`_plain_pair`);
    ``None`` otherwise (the pair may be another)."""
    qualifier = _stated_qualifier(pct)
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


def _told_check(pct: Percentage, ev: Evidence, tol: Tolerances, stated: Decimal) -> Optional[Check]:
    """A change in a sentence of its own that points back at the one pair of the sentence before ("... 443 calls
    last year, compared to 337 in 2019. That's an increase of 24%."), judged on that pair: both verdicts
    (:mod:`pipeline.check.referring_change`); ``None`` when the words do not point back so."""
    pair = told_pair(pct, ev)
    if pair is None:
        return None
    old, new = pair
    qualifier = _stated_qualifier(pct)
    v = check_percentage(stated, qualifier, Decimal(repr(old.value)), Decimal(repr(new.value)),
                         tolerances=tol, direction=pct.direction, inputs=(old.qualifier, new.qualifier))
    return _check("percentage", pct, [old, new], float(pct.value), v,
                  prefix=f"the one pair of the sentence it points back at, {place(old)} to {place(new)}")


def _levels_check(pct: Percentage, ev: Evidence, tol: Tolerances, stated: Decimal) -> Optional[Check]:
    """A change of no counts judged on the two levels its sentence runs between (:mod:`pipeline.check.share_levels`):
    agreement, or the points difference given as per cent; ``None`` otherwise."""
    pair = level_pair(pct, ev)
    if pair is None:
        return None
    first, second = pair
    qualifier = _stated_qualifier(pct)
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
    qualifier = _stated_qualifier(pct)

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


def _alike(old: Count, new: Count, pct: Optional[Percentage] = None) -> bool:
    """Whether two counts of a change may count the same thing: one sentence, a known measure, or one noun.

    Two counts of no known measure (``other``) from different sentences, with different nouns or none,
    are no pair a verdict may rest on; but a figure whose own words name no thing at all ("The figure for Devon
    in the last six months of 2023 was 410, meaning the increase was 71 per cent") that the change's own words
    link to it is a figure of what the change compares (:func:`_linked_bare`)."""
    if tuple(old.sentence) == tuple(new.sentence) or "other" not in (old.measure, new.measure):
        return True
    if pct is not None and (_linked_bare(pct, old, new) or _linked_bare(pct, new, old)):
        return True
    return old.unit is not None and old.unit == new.unit


def _linked_bare(pct: Percentage, bare: Count, other: Count) -> bool:
    """``bare`` is a figure of no measure and no noun of its own, linked by the extractor to the change ``pct``
    as one of its two counts, beside a count of a known measure: the change's words tie it to that thing."""
    return bare.measure == "other" and bare.unit is None and other.measure != "other" \
        and bare.id in (pct.count_ref, pct.base_count_ref)


def _one_rate(old: Count, new: Count, ev: Evidence) -> bool:
    """Whether two counts of a change are of one rate: the same, or a rate written once for two figures side by
    side in one sentence ("242 calls a month, up from 220"; "from 220 to 242 calls a month"), with no other count
    between them, unless the figure without the rate comes first with a noun of its own ("240 calls in 2021 and 300
    calls a month in 2022": a total and a rate)."""
    if old.rate == new.rate:
        return True
    if None not in (old.rate, new.rate) or tuple(old.sentence) != tuple(new.sentence):
        return False
    plain, rated = (old, new) if old.rate is None else (new, old)
    if plain.start < rated.start and has_own_noun(plain):
        return False  # "240 calls in 2021 and 300 calls a month in 2022": a total, then a rate of its own
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
