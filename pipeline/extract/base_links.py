"""A change's base count: the earlier figure it compares with, wherever the article states it.

Of the change's base period (:func:`base_count`), the earlier figure of its from-to pair, the
figure it names as its base ("on the 26,089 people"), a compared figure beside it or in the
sentence after, the count a "that figure rose to" goes back to; a labelled figure in brackets
("(August: 10,725)"); the counts of another statement of the same change (:func:`restated`); and
the periods a change takes from its base (:func:`date_from_base`).
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract import periods
from pipeline.extract.change_links import change_size, unstated_next
from pipeline.extract.count_index import comparison_counts, counts_before, counts_of_span, same_span_near
from pipeline.extract.inheritance import Context, Resolved, akin, periods_equal
from pipeline.extract.inherited_places import regions_agree
from pipeline.extract.listed_wholes import listed_whole, names_part
from pipeline.extract.measures import word_regex
from pipeline.extract.pairs import FROM_PAIR, paired_later, to_end
from pipeline.extract.period_spans import whole_months


def base_count(item: Resolved, ctx: Context) -> Optional[Resolved]:
    """The count a change compares with: of its base period, else the earlier figure stated beside it."""
    by_period = _base_by_period(item, ctx)
    if by_period is not None:
        return by_period
    if item.count_ref is None:
        return None
    pair_from = _from_of_pair(item, ctx)
    if pair_from is not None:
        return pair_from
    named = _named_base(item, ctx)
    if named is not None:
        return named
    base = _compared_count(item, ctx)
    if base is None:
        base = antecedent(item.count_ref, ctx)
        if base is not None and base.period is None and item.draft.base is not None:
            # a change naming its base period ("up by 30% on the previous year to 12,500") compares with a
            # figure of that period, not with an undated count that came before the one it reached
            return None
    if base is None or base.period is None:
        return base
    if item.count_ref.period is not None and not ends_before(base.period, item.count_ref.period):
        return None  # the "earlier" figure is not earlier, or is a running total ("4,000 since 2015")
    if item.base_period is not None and not overlap(item.base_period, base.period):
        if item.period is not None and item.count_ref.period is not None and overlap(item.period, base.period) \
                and base.draft.sentence == item.draft.sentence:
            # "1,119 last year, compared to 479 in 2018 - an increase of 134%": the year the change took for its
            # own is its earlier figure's, so the change is of its count's period, on the earlier figure's
            item.period, item.base_period = item.count_ref.period, base.period
            return base
        return None  # "31% on the previous year, and double the 402 of 2020": another comparison
    return base


def _compared_count(item: Resolved, ctx: Context) -> Optional[Resolved]:
    """The earlier figure of a comparison stated beside a change or its count, whatever its period.

    In the change's sentence or its count's ("a rise of 199 percent from the previous
    year's 653"; "from 2018, which saw 1,089 make contact"), or first in the sentence
    after ("... 2,276 people. This is up from 1,089 the year before.").
    """
    ref = item.count_ref
    measure = ref.draft.measure if ref is not None else item.draft.measure
    own = {item.draft.index} | ({ref.draft.index} if ref is not None else set())
    following = max(own) + 1
    found = []
    for c in comparison_counts(ctx):
        if c is ref or not c.draft.comparison or to_end(c) or not regions_agree(c, item):
            continue
        if paired_later(c, ctx) not in (None, ref):
            continue  # "from 1,407 to 4,729": the earlier figure of another change's pair
        if measure != "other" and c.draft.measure != "other" and not akin(c.draft.measure, measure):
            continue
        if c.draft.index in own:
            found.append((0, abs(c.draft.start - item.draft.start), c))
        elif c.draft.index == following and ctx.by_sentence.get(c.draft.sentence.start, [None])[0] is c \
                and akin(c.draft.measure, measure):  # the next sentence's figure must say what it counts
            found.append((1, 0, c))
    return min(found, key=lambda x: x[:2])[2] if found else None


def _from_of_pair(item: Resolved, ctx: Context) -> Optional[Resolved]:
    """The earlier figure of the "from A to B" pair whose later figure a change's count is, when the pair
    stands before the change in its sentence and both figures count one thing: "rose from 8 to 10 in 2022,
    an increase of 25%" compares 10 with 8, whatever periods the two figures took."""
    later, d = item.count_ref, item.draft
    if d.pct_kind != "change" or later is None or later.draft.sentence != d.sentence or later.draft.end > d.start \
            or not to_end(later):
        return None
    before = [c for c in ctx.by_sentence.get(d.sentence.start, []) if c.draft.end <= later.draft.start]
    if not before:
        return None
    earlier = before[-1]
    s, text = d.sentence.start, d.sentence.text
    if not FROM_PAIR.fullmatch(text, earlier.draft.end - s, later.draft.start - s) \
            or not re.search(r"\bfrom\s*$", text[:earlier.draft.start - s]) \
            or not akin(earlier.draft.measure, later.draft.measure):
        return None
    return earlier


def antecedent(count: Resolved, ctx: Context) -> Optional[Resolved]:
    """The count a "that figure had risen to 477" or a "..., rising to 70" goes back to.

    The last count of its measure and place before it, two sentences back at most; of a breakdown, its total,
    unless the figure names the part's own noun (:mod:`pipeline.extract.listed_wholes`).  The walk
    back starts at the count (``ctx.counts`` is in text order) and stops two sentences back.
    """
    d = count.draft
    changed_to = re.search(rf"(?:{word_regex('change_to').pattern})\s*$", d.sentence.text[:d.start - d.sentence.start])
    if d.inherit != "previous" and not changed_to:
        return None
    for i in range(counts_before(ctx, d.start) - 1, -1, -1):
        earlier = ctx.counts[i]
        if count.draft.index - earlier.draft.index > 2:
            return None  # the counts before it are further back still
        if earlier.draft.comparison:
            continue
        if akin(earlier.draft.measure, count.draft.measure) and regions_agree(earlier, count):
            whole = listed_whole(earlier, ctx)  # "5,935 contacts - 4,205 calls and 1,730 webchats": the total
            return whole if whole is not None and not names_part(count, earlier, whole) else earlier
    return None


#: Between a change and the figure it names as its base: "a 40% increase on the 26,089 people who ...", "up 10% on
#: the previous year's total of 3,000", "a 20% increase on the 2023 figure of 1,000", "on the figure for the previous
#: year of 2,000".
_BASE_AFTER = re.compile(r"\s{1,3}(?:on|over|compared\s(?:with|to))\s{1,3}(?:the\s{1,3})?"
                         r"(?:(?:\d{4}(?:[/-]\d{2})?|previous\s{1,3}year[\u2019']s|year\s{1,3}before[\u2019']s)\s{1,3})?"
                         r"(?:(?:figure|total|number|level)\s{1,3}(?:of|for)\s{1,3}"
                         r"(?:the\s{1,3}(?:previous|prior)\s{1,3}year\s{1,3}of\s{1,3})?)?")


def _named_base(item: Resolved, ctx: Context) -> Optional[Resolved]:
    """The count a change names right after it as its base ("a 40% increase on the 26,089 people ...").

    The words decide, whatever period the base count was given: it takes the change's base period
    when it had the later count's own (a "previous 12 months" the period rules did not date).
    """
    d, later = item.draft, item.count_ref
    if d.pct_kind != "change" or later is None:
        return None
    s = d.sentence.start
    after = [c for c in ctx.by_sentence.get(s, []) if c.draft.start >= d.end]
    if not after or after[0] is later or not _BASE_AFTER.fullmatch(d.sentence.text, d.end - s, after[0].draft.start - s):
        return None
    base = after[0]
    if not akin(base.draft.measure, later.draft.measure) or not regions_agree(base, later):
        return None
    if base.period is not None and later.period is not None and not ends_before(base.period, later.period):
        if not periods_equal(base.period, later.period) or item.base_period is None:
            return None
        base.period = item.base_period
    return base


def overlap(a: periods.Period, b: periods.Period) -> bool:
    return bool(a.start and a.end and b.start and b.end and a.start <= b.end and b.start <= a.end)


def ends_before(a: periods.Period, b: periods.Period) -> bool:
    """``a`` ends before ``b`` begins, both known: an open period ("since 2015") ends before nothing."""
    return bool(a.end and b.start and a.end < b.start)


def _same_span(a: Optional[periods.Period], b: Optional[periods.Period]) -> bool:
    """Equal periods, or a year written with a month more or less at its start: "between March 2019 and
    March 2020" for the financial year before 2020/21 (April 2019 to March 2020)."""
    if periods_equal(a, b):
        return True
    if a is None or b is None or not (a.start and a.end and b.start and b.end):
        return False
    return (a.end.year, a.end.month) == (b.end.year, b.end.month) and abs((a.start - b.start).days) <= 31 \
        and (whole_months(b) or 0) >= 12


#: How many counts of a change's base period, on each side of it in text order, its search reads.
BASES_READ = 200


def _base_by_period(item: Resolved, ctx: Context) -> Optional[Resolved]:
    """The count of the change's base period (equal, else the same span) that the words favour: of its
    place, of its measure, of its sentence, a compared figure, the nearest; among the ``BASES_READ``
    counts of that period nearest to it on each side."""
    if item.base_period is None:
        return None
    measure = item.count_ref.draft.measure if item.count_ref else None
    candidates = [
        c for c in same_span_near(ctx, item.base_period, item.draft.start, BASES_READ)
        if _same_span(c.period, item.base_period) and c is not item.count_ref
        and (measure is None or akin(c.draft.measure, measure))
        and (set(c.regions or []) == set(item.regions or []) or c.draft.sentence == item.draft.sentence)
    ]
    if candidates and _has_rival(item, ctx):  # "3,050 calls in 2023 ... referrals rose 41% to 636 in 2023": which is 2022's pair?
        candidates = [c for c in candidates if c.draft.sentence == item.draft.sentence]
    candidates.sort(key=lambda c: (not periods_equal(c.period, item.base_period),
                                   set(c.regions or []) != set(item.regions or []), c.draft.measure != measure,
                                   c.draft.sentence != item.draft.sentence,
                                   not c.draft.comparison, abs(c.draft.start - item.draft.start)))
    return candidates[0] if candidates else None


def _has_rival(item: Resolved, ctx: Context) -> bool:
    """Another figure of the change's own measure, place and period, in another sentence: a base found
    by its period alone could belong to either (a total and a part of it, counted alike).  Only the counts of
    its period's last month are read (``counts_of_span``), and the first rival ends the search."""
    own = item.count_ref
    if own is None or own.period is None:
        return False
    return any(c is not own and c.draft.value != own.draft.value and c.draft.sentence != own.draft.sentence
               and c.draft.measure == own.draft.measure and periods_equal(c.period, own.period)
               and set(c.regions or []) == set(own.regions or []) for c in counts_of_span(ctx, own.period))


def restated(item: Resolved, pcts: list[Resolved]) -> None:
    """A change stated again without its counts ("an increase of nearly 200 per cent in Cheshire", in a
    quote after "477 - a 193 per cent rise") takes the counts of the one change of its place, measure,
    direction and period that has both."""
    d = item.draft
    if not item.regions:
        return
    same = [p for p in pcts if p is not item and p.count_ref is not None and p.base_count_ref is not None
            and set(p.regions or []) == set(item.regions) and p.draft.direction == d.direction
            and d.measure in ("other", p.draft.measure)
            and (item.period is None or p.period is None or periods_equal(item.period, p.period))]
    if len(same) != 1:
        return
    item.count_ref, item.base_count_ref = same[0].count_ref, same[0].base_count_ref
    d.measure = same[0].draft.measure  # its periods stay what its own words say


def date_from_base(item: Resolved, base: periods.Period) -> None:
    """A change (or "doubled") and its count take their periods from the base they are compared with.

    The change's base period is its base count's; a change and a count with no period
    of their own, compared with a calendar year, are of the year after ("last year"
    with no date known, "up from 735 in 2019": 2020).  A count "in the following six
    months" keeps no period.
    """
    later = item.count_ref
    if item.base_period is None or (later is not None and unstated_next(later)):
        item.base_period = base
    if later is not None and unstated_next(later):
        item.period = None
        return
    if base.start is None or base.end is None or whole_months(base) != 12 or base.start.month != 1:
        return
    if later is not None and later.period is None and later.draft.time is not None:
        later.period = periods.year_period(base.start.year + 1)
    if item.period is None and later is not None and later.period is not None:
        item.period = later.period


def count_by_period(item: Resolved, ctx: Context) -> Optional[Resolved]:
    """The later count of a change whose sentence states no figure but names both its periods, when its
    base count was found by its base period: the one count of the change's own period, of the base count's
    measure and place ("rose from 266,076 in 2019 to 329,799 in 2020 ... the total rose by 24% between
    2019 and 2020").  Only a change of a figure that points back ("the total", "the figure"); ``None``
    unless exactly one figure fits."""
    d, base = item.draft, item.base_count_ref
    if d.pct_kind != "change" or base is None or item.period is None or d.time is None \
            or not (item.period.start and item.period.end) or ctx.by_sentence.get(d.sentence.start) \
            or (d.measure != "other" and not akin(d.measure, base.draft.measure)):
        return None  # "calls rose by 20%" is no change of the arrests counted before
    if not word_regex("anaphora").search(d.sentence.text[:d.start - d.sentence.start]):
        return None  # "30% more Pacific clients than in 2006": a part of the whole counted before, not it
    found = [c for c in ctx.counts
             if c is not base and not change_size(c) and c.period is not None and periods_equal(c.period, item.period)
             and akin(c.draft.measure, base.draft.measure) and set(c.regions or []) == set(base.regions or [])
             and regions_agree(c, item)]
    return found[0] if len({c.draft.value for c in found}) == 1 else None


#: A figure in brackets after the count a change reached, labelled with its own earlier period:
#: "to 14,565 (August: 10,725)", "to 900 (2022: 750)".
_LABELLED_BASE = re.compile(r"\s{0,2}\(\s{0,2}(?P<label>[A-Z][a-z]{2,8}(?:\s(?:19|20)\d\d)?|(?:19|20)\d\d(?:[/-]\d{2,4})?)"
                            r"\s{0,2}:\s{0,2}")


def labelled_base(item: Resolved, ctx: Context) -> Optional[Resolved]:
    """The base of a change written as a labelled figure in brackets after the count it reached:
    "calls jumped by 36% in September to 14,565 (August: 10,725)".  The figure takes the label's
    period, and the change that period as its base; ``None`` unless the label dates a period
    that ends before the reached count's begins, and both count one kind of thing."""
    d, later = item.draft, item.count_ref
    if d.pct_kind != "change" or later is None or later.period is None or later.draft.sentence != d.sentence:
        return None
    s, text = d.sentence.start, d.sentence.text
    after = [c for c in ctx.by_sentence.get(s, []) if c.draft.start >= later.draft.end]
    if not after or not akin(after[0].draft.measure, later.draft.measure):
        return None
    label = _LABELLED_BASE.fullmatch(text, later.draft.end - s, after[0].draft.start - s)
    if label is None or not re.match(r"\s{0,2}\)", text[after[0].draft.end - s:]):
        return None
    # a month without its year is the last before the reached count's period ends: "(August: 10,725)"
    mentions = periods.find_periods("in " + label.group("label"), published=later.period.end)
    when = mentions[0].period if mentions else None
    if when is None or not ends_before(when, later.period):
        return None
    base = after[0]
    base.period, item.base_period = when, when
    return base
