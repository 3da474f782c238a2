"""Links between an article's facts: a change to its counts, its base period and base count.

A percentage's count (``count_ref``: the count before it in the sentence, the later of a
from-to pair after it, or the last count of the two sentences before when it opens with
"This"/"It"/"which"), its period (its own, else its count's, else the context), its base
period ("from 2018", "on the previous year", else the period before) and the count of
that base period (``base_count_ref``); a "doubled" linked to the counts it compares,
a headline's claim to the body's counts.  Used by :func:`pipeline.extract.assembly.assemble`.

The pairs a change names in its own sentence are found by :mod:`pipeline.extract.pairs`, a share's
part and whole by :mod:`pipeline.extract.shares`.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator, Optional

from pipeline.extract import periods
from pipeline.extract.clauses import two_clauses
from pipeline.extract.count_index import comparison_counts, counts_before, counts_of_span, same_span_near
from pipeline.extract.inheritance import (
    HELPLINE_FAMILY,
    Context,
    Resolved,
    against_average,
    akin,
    anaphoric_regions,
    periods_equal,
    recent_count,
    regions_agree,
    regions_overlap,
    resolve_mention,
    same_base,
    unfixed_time,
)
from pipeline.extract.measures import USE, cue_patterns, lexicon, nearest_cue, unit_category, unit_from_words, word_regex, word_set
from pipeline.extract.pairs import (
    FROM_PAIR,
    as_many_bracketed,
    bracketed_pair,
    compared_with_bracketed,
    from_to_after,
    paired_later,
    reached_after,
    to_end,
)
from pipeline.extract.period_spans import calendar_years, whole_months
from pipeline.extract.place_roles import unplaced_share
from pipeline.extract.sentence_context import Draft
from pipeline.extract.share_periods import paragraph_period, survey_share, whole_period


#: After a change, the words that say what it counts: "a 30% increase in potential victims", "up 12% in the number of arrests".
_CHANGE_OF = re.compile(r"\s{0,3}(?:in|of)\s{1,3}(?:the\s{1,3}(?:number|amount|total)\s{1,3}of\s{1,3})?")
#: How far after a change its noun phrase is read.
CHANGE_NOUN_REACH = 40


def names_other(d: Draft, measure: str) -> bool:
    """The words right after a change name what it counts, and that is not ``measure``.

    "a 30% increase in potential victims" names victims, so no helpline's calls are its
    counts; "a 30% increase in calls" or "in people seeking help" may be.  ``False`` when
    the words say nothing (no "in"/"of" after the change, or no noun the lists know).
    """
    text, s = d.sentence.text, d.sentence.start
    m = _CHANGE_OF.match(text, d.end - s)
    if m is None or measure == "other":
        return False
    phrase = re.split(r"[.;:,()]", text[m.end():m.end() + CHANGE_NOUN_REACH], maxsplit=1)[0]
    cue = nearest_cue(phrase, 0, dict(cue_patterns()))
    if cue is not None:
        return cue != USE and not akin(cue, measure)
    unit, _ = unit_from_words(phrase, 0)
    if unit is None:
        return False
    return (measure in HELPLINE_FAMILY or measure == "website_users") \
        and unit_category(unit) not in word_set("helpline_unit_kinds")


def _change_size(count: Resolved) -> bool:
    """The count is the size of a change ("an increase of 1,672 calls or 121%"), not the figure it reached."""
    return bool(getattr(count.draft, "difference", None))


def count_for(d: Draft, ctx: Context) -> Optional[Resolved]:
    sentence = ctx.by_sentence.get(d.sentence.start, [])
    reached = reached_after(d, ctx)
    if reached is not None:
        return reached
    same = [c for c in sentence if c.draft.start < d.start and not _change_size(c)]
    same = [c for c in same if c.draft.measure != "other"] or _unnamed(same, d)
    same = [c for c in same if not c.draft.comparison] or same
    if same:
        return same[-1]
    later = [c for c in sentence if c.period is not None]  # "rose 25% from 400 in 2020 to 500 in 2021"
    if len(later) > 1:
        return max(later, key=lambda c: c.period.start or c.period.end)
    if d.anaphoric:
        earlier = [c for c in ctx.counts if 0 < d.index - c.draft.index <= 2]
        if earlier and not names_other(d, earlier[-1].draft.measure):
            return earlier[-1]
    return None


def _unnamed(counts: list[Resolved], d: Draft) -> list[Resolved]:
    """Counts of no measure a change may still be about: not those of another thing (:func:`other_thing`)."""
    return [c for c in counts if not other_thing(c, d)]


def other_thing(count: Resolved, d: Draft) -> bool:
    """The count, of no measure, counts a thing of its own noun ("casinos") that the claim's clause does
    not name: "Casinos rose from 12 to 17, and the calls tied to them rose 25%" is no change of casinos."""
    noun = getattr(count.draft, "unit_word", None)
    if count.draft.measure != "other" or not noun or noun in lexicon()["units"] or count.draft.clause == d.clause:
        return False
    s = d.sentence.start
    clause = d.sentence.text[d.clause[0] - s:d.clause[1] - s].lower()
    return noun.rstrip("s") not in clause


def resolve_percentage(d: Draft, ctx: Context) -> Resolved:
    item = Resolved(d)
    item.count_ref = count_for(d, ctx) if d.pct_kind == "change" else None
    ref = item.count_ref
    if ref is not None and ref.draft.measure != "other":
        d.measure = ref.draft.measure
    if d.pct_kind == "share" and ref is None:  # "80% of those who got in touch": a share of the last count
        ref = recent_count(d, ctx)
    placed = ref is not None and not (d.pct_kind == "share" and not SHARE_ANAPHORA.search(d.sentence.text)
                                      and unplaced_share(d.sentence.text, d.end - d.sentence.start))
    if d.pct_kind == "share" and ref is not None and ref.draft.sentence != d.sentence:
        placed = False  # "Of these, 40% were women.": a share in a sentence naming no place has none (ANNOTATION.md 12)
    item.regions = list(d.regions) or (list(ref.regions or []) if placed else []) or anaphoric_regions(d, ctx)
    item.period = resolve_mention(d.time, ctx.anchor(d.index, d.time), ctx.published)
    since = periods.since_base(d.time) if d.pct_kind == "change" and d.base is None else None
    if since is not None:  # "an increase of 37% since 2021": 2021 is the base; the change is of the period after
        item.period = None
    if d.pct_kind == "share" and getattr(d.time or d.sentence_time, "relative", None) == "last_n_years":
        item.period = None  # "45% of calls over the past three years": a share of a running total, of no one period
        return item
    if d.pct_kind == "share" and item.period is None and survey_share(d):
        # "A survey of 2,000 adults found 58% ...", "Respondents said ... smiling at them (53%)": a survey's
        # figure, dated by its own sentence or not at all, never by the counts before it
        item.period = resolve_mention(d.sentence_time, ctx.anchor(d.index), ctx.published)
        return item
    if d.pct_kind == "share" and item.period is None and not SHARE_ANAPHORA.search(d.sentence.text):
        # "Two thirds of callers were men": a share dates itself or stays undated, unless it points
        # back ("of those who got in touch", "callers that year")
        item.period = resolve_mention(d.sentence_time, ctx.anchor(d.index), ctx.published)
        if item.period is None:  # "In 2021 the line took 3,100 calls. Some 40% of callers were men."
            item.period = whole_period(d, ctx) or paragraph_period(d, ctx)
        return item
    if item.period is None and ref is not None:
        item.period = ref.period
    if item.period is None and not (ref is not None and _unstated_next(ref)):
        item.period = resolve_mention(d.sentence_time, ctx.anchor(d.index), ctx.published) \
            or (None if unfixed_time(d) else ctx.anchor(d.index))
    if since is not None and item.period is not None and item.period.end is None:
        item.period = ctx.anchor(d.index)  # not the open period "since 2021" names again
    if since is not None:
        item.base_period = since
    elif d.pct_kind == "change" and d.base is None and _years_apart(item.period):
        # "a 65% rise between 2016 and 2018": the change is of the last year, on the first
        item.base_period = periods.year_period(item.period.start.year)
        item.period = periods.year_period(item.period.end.year)
    elif d.pct_kind == "change" and d.base is None and periods.ends_of(item.period):
        # "up 227% from January 2022 to January 2023": the later month, on the earlier
        item.base_period, item.period = periods.ends_of(item.period)
    elif d.pct_kind == "change" and d.time is None and periods.ends_of(resolve_mention(d.base, None, ctx.published)):
        # "soared by 60% from 2019-2021": a base that spans years is the first, the change of the last
        item.base_period, item.period = periods.ends_of(resolve_mention(d.base, None, ctx.published))
    elif d.pct_kind == "change":
        item.base_period = resolve_mention(d.base, item.period, ctx.published)
        if item.base_period is None and item.period is not None and item.period.start and item.period.end \
                and not against_average(d):
            # a change unqualified is year on year, unless "in the same period" as a change with a base
            item.base_period = same_base(d, item.period, ctx) or periods.year_earlier(item.period)
    return item


#: Words by which a share points back to the figures before it ("of the calls": those just counted).
SHARE_ANAPHORA = re.compile(r"\b(?:(?:that|this|the same) (?:year|period|time)|those|these|them|whom"
                            r"|of the (?:calls|callers|contacts|referrals|people who (?:called|contacted)))\b", re.I)


def _unstated_next(count: Resolved) -> bool:
    """The count is of "the following six-month period": a period after another, left unstated."""
    return count.period is None and getattr(count.draft.time, "relative", None) == "next_period"


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


def _antecedent(count: Resolved, ctx: Context) -> Optional[Resolved]:
    """The count a "that figure had risen to 477" or a "..., rising to 70" goes back to.

    The last count of its measure and place before it, two sentences back at most.  The walk
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
            return earlier
    return None


def _years_apart(period: Optional[periods.Period]) -> bool:
    """The period runs from the start of one calendar year to the end of a later one ("between 2016 and 2018")."""
    years = calendar_years(period)
    return years is not None and years[1] > years[0]


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
        base = _antecedent(item.count_ref, ctx)
        if base is not None and base.period is None and item.draft.base is not None:
            # a change naming its base period ("up by 30% on the previous year to 12,500") compares with a
            # figure of that period, not with an undated count that came before the one it reached
            return None
    if base is None or base.period is None:
        return base
    if item.count_ref.period is not None and not _ends_before(base.period, item.count_ref.period):
        return None  # the "earlier" figure is not earlier, or is a running total ("4,000 since 2015")
    if item.base_period is not None and not _overlap(item.base_period, base.period):
        if item.period is not None and item.count_ref.period is not None and _overlap(item.period, base.period) \
                and base.draft.sentence == item.draft.sentence:
            # "1,119 last year, compared to 479 in 2018 - an increase of 134%": the year the change took for its
            # own is its earlier figure's, so the change is of its count's period, on the earlier figure's
            item.period, item.base_period = item.count_ref.period, base.period
            return base
        return None  # "31% on the previous year, and double the 402 of 2020": another comparison
    return base


#: Between a change and the figure it names as its base: "a 40% increase on the 26,089 people who ...".
_BASE_AFTER = re.compile(r"\s{1,3}(?:on|over|compared\s(?:with|to))\s{1,3}(?:the\s{1,3})?")


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
    if base.period is not None and later.period is not None and not _ends_before(base.period, later.period):
        if not periods_equal(base.period, later.period) or item.base_period is None:
            return None
        base.period = item.base_period
    return base


def _rolling_match(claim: periods.Period, later: periods.Period, earlier: Optional[periods.Period]) -> bool:
    """A claim "over the past year" (a rolling year) may be about a later figure of the calendar year it
    overlaps, when it does not overlap the earlier figure's period too."""
    return _overlap(claim, later) and (earlier is None or not _overlap(claim, earlier))


def _overlap(a: periods.Period, b: periods.Period) -> bool:
    return bool(a.start and a.end and b.start and b.end and a.start <= b.end and b.start <= a.end)


def _ends_before(a: periods.Period, b: periods.Period) -> bool:
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
    if item.base_period is None or (later is not None and _unstated_next(later)):
        item.base_period = base
    if later is not None and _unstated_next(later):
        item.period = None
        return
    if base.start is None or base.end is None or whole_months(base) != 12 or base.start.month != 1:
        return
    if later is not None and later.period is None and later.draft.time is not None:
        later.period = periods.year_period(base.start.year + 1)
    if item.period is None and later is not None and later.period is not None:
        item.period = later.period


#: Words that open a clause about another thing between a change and a "doubled": "risen by two thirds
#: while the number of pages has doubled", "up 40%, and the number of volunteers doubled".
_OTHER_CLAUSE = re.compile(r"\b(?:while|whilst|whereas|but|although|though|and\s+the|and\s+its)\b", re.I)


def _another_clause(change: Draft, mult: Draft) -> bool:
    """A contrast or a new subject stands between a change and a "doubled" of one sentence: two claims."""
    s = change.sentence.start
    lo, hi = sorted(((change.start, change.end), (mult.start, mult.end)))
    return bool(_OTHER_CLAUSE.search(change.sentence.text[lo[1] - s:hi[0] - s])) \
        or two_clauses(change.sentence.text, (lo[0] - s, lo[1] - s), (hi[0] - s, hi[1] - s))


def _counts_of_another_clause(mult: Draft, pair: tuple[Resolved, Resolved]) -> bool:
    """The pair of counts stands in another clause than the "doubled", about another thing: "While the total
    fell to 900 in 2023 from 950 in 2022, calls about betting nearly doubled" (:mod:`pipeline.extract.clauses`)."""
    s = mult.sentence.start
    spans = sorted([(c.draft.start - s, c.draft.end - s) for c in pair] + [(mult.start - s, mult.end - s)])
    at = spans.index((mult.start - s, mult.end - s))
    if at == 0:
        return two_clauses(mult.sentence.text, spans[0], spans[1])
    if at == len(spans) - 1:
        return two_clauses(mult.sentence.text, spans[-2], spans[-1])
    return False


def resolve_multiplier(d: Draft, ctx: Context, percentages: list[Resolved]) -> Resolved:
    """A multiplier resolved: its places, period and base period, the change of its sentence it restates (among
    ``percentages``, the changes of its sentence or of the page) and the pair of counts its words give."""
    item = Resolved(d, regions=list(d.regions) or anaphoric_regions(d, ctx))  # "the state's rate has tripled"
    item.period = resolve_mention(d.time, ctx.anchor(d.index), ctx.published)
    item.base_period = resolve_mention(d.base, item.period, ctx.published)  # "treble the number in 2020"
    # the change of the sentence, when the multiplier names no period of its own ("calls rose 100%,
    # doubling"); one that does ("a 31% increase on the previous year, and more than double the number
    # during lockdown in 2020") compares with another year than the change does
    same = [p for p in percentages if p.draft.sentence == d.sentence and p.draft.pct_kind == "change"
            and d.time is None and d.base is None and not _another_clause(p.draft, d)]
    item.percentage_ref = same[0] if same else None
    dated = sorted((c for c in ctx.by_sentence.get(d.sentence.start, []) if c.period and c.period.start),
                   key=lambda c: c.period.start)
    pair = from_to_after(item, ctx) or compared_with_bracketed(item, ctx) or as_many_bracketed(item, ctx)
    if pair is not None:  # "a three-fold increase from 497 the previous year to 1,296"
        item.base_count_ref, item.count_ref = pair
    elif len(dated) > 1 and dated[0].period.start != dated[-1].period.start \
            and not _counts_of_another_clause(d, (dated[0], dated[-1])):  # "doubled from 61 in 2021 to 118 in 2022"
        item.base_count_ref, item.count_ref = dated[0], dated[-1]
    else:  # "more than doubled from February (68) to March (157)"
        item.base_count_ref, item.count_ref = bracketed_pair(item, ctx) or (None, None)
    if d.measure == "other":  # "the figure was 1,210, meaning demand almost doubled"
        counts = [c for c in ctx.by_sentence.get(d.sentence.start, []) if c.draft.measure != "other"]
        d.measure = counts[0].draft.measure if counts else "other"
    if item.count_ref is None and item.percentage_ref is None and not ctx.by_sentence.get(d.sentence.start) \
            and d.sentence.paragraph <= OPENING_PARAGRAPHS:
        link_to_body(item, ctx)
    return item


#: The last paragraph (0: headline, 1: standfirst or caption, 2: opening line) whose "doubled" may rest on counts stated later.
OPENING_PARAGRAPHS = 2


def _comparison_pairs(ctx: Context) -> dict[Optional[tuple[str, str]], tuple[list[int], list[tuple[int, Resolved, Resolved]]]]:
    """Every (later, earlier) pair of counts the text compares, in text order, found once for the
    context's counts (and again only when counts were added), under ``None`` and under the
    :func:`_measure_key` of the later count: the starts of the figures they were found at, for a
    bisection, and each pair with the lower start of its two counts.

    An earlier figure ("up from 735 people in 2019", "from 400 to 500") with the count it
    is compared with (the "to" figure, else the count just before it, in its sentence or
    the one before); a later figure ("..., rising to 55", "that figure had leapt to 477")
    with the count it goes back to.
    """
    counts = ctx.counts
    if ctx.comparison_pairs is not None and ctx.comparison_pairs[0] == len(counts):
        return ctx.comparison_pairs[1]
    found: dict[Optional[tuple[str, str]], tuple[list[int], list[tuple[int, Resolved, Resolved]]]] = {None: ([], [])}

    def add(at: Resolved, later: Resolved, earlier: Resolved) -> None:
        for key in (None, _measure_key(later.draft.measure)):
            starts, pairs = found.setdefault(key, ([], []))
            starts.append(at.draft.start)
            pairs.append((min(later.draft.start, earlier.draft.start), later, earlier))

    for n, c in enumerate(counts):
        if c.draft.comparison and not to_end(c):
            later = next((x for x in counts[n + 1:n + 2] if to_end(x) and x.draft.index == c.draft.index), None)
            later = later or _plain_before(counts, n)
            if later is not None and c.draft.index - later.draft.index <= 1:
                add(c, later, c)
        elif not c.draft.comparison:
            earlier = _antecedent(c, ctx)
            if earlier is not None:
                add(c, c, earlier)
    ctx.comparison_pairs = (len(counts), found)
    return found


def _measure_key(measure: str) -> tuple[str, str]:
    """One key for the measures :func:`akin` lets one comparison mix."""
    return ("akin", HELPLINE_FAMILY[measure]) if measure in HELPLINE_FAMILY else ("is", measure)


def _plain_before(counts: list[Resolved], n: int) -> Optional[Resolved]:
    """The last count before ``counts[n]``, in its sentence or the one before, that is no earlier figure and
    counts what it counts, at its rate (an earlier one, two sentences back or more, is compared with nothing)."""
    c = counts[n]
    for i in range(n - 1, -1, -1):
        x = counts[i]
        if c.draft.index - x.draft.index > 1:
            return None
        if not x.draft.comparison and akin(x.draft.measure, c.draft.measure) and x.draft.rate == c.draft.rate:
            return x
    return None


def _comparisons(ctx: Context, after: int, measure: str = "other") -> Iterator[tuple[Resolved, Resolved]]:
    """The (later, earlier) pairs of counts the text compares (:func:`_comparison_pairs`), in text order,
    both counts from offset ``after`` on; of a ``measure`` the later count is :func:`akin` to, unless "other"."""
    starts, pairs = _comparison_pairs(ctx).get(None if measure == "other" else _measure_key(measure), ([], []))
    for i in range(bisect.bisect_left(starts, after), len(pairs)):
        low, later, earlier = pairs[i]
        if low >= after:
            yield later, earlier


def _clause_names(d: Draft) -> bool:
    """The words right after a change name what it measures ("an 80 per cent jump in calls")."""
    s = d.sentence.start
    after = d.sentence.text[d.end - s:d.end - s + MEASURE_REACH]
    return d.measure != "other" and nearest_cue(after, 0, dict(cue_patterns())) is not None


#: How many comparisons of its measure a change stated without counts reads, at most, for the one it is
#: about (the 899 real texts' records are the same with this bound; a page of figures has thousands).
COMPARISONS_READ = 200
#: How many characters after a change its measure's words may start ("... jump in calls").
MEASURE_REACH = 12


def link_to_body(item: Resolved, ctx: Context, *, next_sentence: bool = False) -> None:
    """A change or "doubled" stated without counts takes the first comparison it can be about.

    From a headline or opening line, the first comparison of the body; elsewhere
    (``next_sentence``), one in the sentence right after, and only when the change
    names its measure ("an 80 per cent jump in calls"). The measure, place and period
    must not disagree with the claim's.
    """
    d = item.draft
    # the next sentence's comparison must be the first after the change, of whatever measure
    for seen, (later, base) in enumerate(_comparisons(ctx, d.start, "other" if next_sentence else d.measure)):
        if seen == COMPARISONS_READ:
            return  # a page of thousands of figures: no change reads them all
        if next_sentence and (not _clause_names(d) or later.draft.index != d.index + 1):
            return
        if (d.measure != "other" and not akin(d.measure, later.draft.measure)) or not regions_overlap(item, later):
            continue
        if names_other(d, later.draft.measure) or other_thing(later, d):
            continue  # "a 30% increase in potential victims": not the helpline's calls of the body
        if item.period is not None and later.period is not None and not periods_equal(item.period, later.period) \
                and not _rolling_match(item.period, later.period, base.period):
            continue
        if item.base_period is not None and base.period is not None and item.base_period.end is not None \
                and base.period.end is not None and not _overlap(item.base_period, base.period):
            continue  # "up 34% since March" is no change from a figure of May
        if later.period is not None and base.period is not None and periods_equal(later.period, base.period):
            continue  # two counts of one year ("calls rose to 4,130, chats to 1,260 in the year"): no change between them
        item.count_ref, item.base_count_ref = later, base
        if base.period is not None:
            own = (item.period, item.base_period)
            date_from_base(item, base.period)
            item.period, item.base_period = own  # the claim's own words fix its periods
        d.measure = later.draft.measure
        return


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
             if c is not base and not _change_size(c) and c.period is not None and periods_equal(c.period, item.period)
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
    if when is None or not _ends_before(when, later.period):
        return None
    base = after[0]
    base.period, item.base_period = when, when
    return base
