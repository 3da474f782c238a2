"""A change's count: the figure a percentage is of, and its periods.

A percentage's count (``count_ref``: the count before it in the sentence, the later of a
from-to pair after it, or the last count of the two sentences before when it opens with
"This"/"It"/"which"), its period (its own, else its count's, else the context) and its base
period ("from 2018", "on the previous year", else the period before).  The count of that
base period is found by :mod:`pipeline.extract.base_links`.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract import periods
from pipeline.extract.count_index import counts_before, total_before_parts
from pipeline.extract.earlier_in_sentence import later_before
from pipeline.extract.earlier_counts import restated_base
from pipeline.extract.inheritance import HELPLINE_FAMILY, Context, Resolved, akin, resolve_mention, same_base
from pipeline.extract.inherited_places import anaphoric_regions, framed_places, recent_count
from pipeline.extract.measures import USE, cue_patterns, lexicon, nearest_cue, unit_category, unit_from_words, word_set
from pipeline.extract.clauses import two_clauses
from pipeline.extract.own_times import against_average, unfixed_time
from pipeline.extract.pairs import reached_after
from pipeline.extract.period_spans import calendar_years
from pipeline.extract.place_roles import unplaced_share
from pipeline.extract.sentence_context import Draft
from pipeline.extract.share_periods import paragraph_period, standing_share, survey_share, whole_period


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


def change_size(count: Resolved) -> bool:
    """The count is the size of a change ("an increase of 1,672 calls or 121%"), not the figure it reached."""
    return bool(getattr(count.draft, "difference", None))


def count_for(d: Draft, ctx: Context) -> Optional[Resolved]:
    sentence = ctx.by_sentence.get(d.sentence.start, [])
    reached = reached_after(d, ctx)
    if reached is not None:
        return reached
    same = [c for c in sentence if c.draft.start < d.start and not change_size(c)]
    same = [c for c in same if c.draft.measure != "other"] or _unnamed(same, d)
    if same and all(c.draft.comparison for c in same) and d.anaphoric:
        back = _pointed_back(d, ctx, same[-1])
        if back is not None:  # "That total was down from 800 in 2022, a fall of 15 per cent": 800 is the base
            return back
    same = [c for c in same if not c.draft.comparison] or same
    if len(same) == 1 and len(sentence) == 1:
        later = later_before(d, same[0], ctx)
        if later is not None:  # "In 2022 the figure was 4,500, meaning a rise of 20 per cent": 4,500 is the base
            d.earlier_figure = same[0]
            return later
    if same:
        return same[-1]
    later = [c for c in sentence if c.period is not None  # "rose 25% from 400 in 2020 to 500 in 2021"
             and not _other_clause(d, c)]  # not "up by a fifth, while texts climbed from 200 to 400"
    if len(later) > 1:
        return max(later, key=lambda c: c.period.start or c.period.end)
    if d.anaphoric or _TOTAL_OPENER.match(d.sentence.text):
        earlier = _two_sentences_before(d, ctx)
        if earlier and _TOTAL_OPENER.match(d.sentence.text):
            # "The total was 8 per cent higher ...", after a total and its parts: the total, not the last part
            top = max(earlier, key=lambda c: c.draft.value)
            earlier = [top] if all(akin(c.draft.measure, top.draft.measure) for c in earlier) else earlier
        top = total_before_parts(ctx, counts_before(ctx, d.sentence.start)) if earlier else None
        if top is not None and top.draft.index == earlier[-1].draft.index:
            earlier = [top]  # "... 2,700 people - 1,500 by phone and 1,150 online. That was a rise of 20% on 2023"
        earlier = [c for c in earlier if not _before_base(d, c, ctx)]
        if earlier and not names_other(d, earlier[-1].draft.measure):
            return earlier[-1]
    return None


def _before_base(d: Draft, count: Resolved, ctx: Context) -> bool:
    """Whether ``count`` is of a period that ends before the base the change names begins ("It is also a 46 per cent
    rise on 2024" after "In 2023 the figure was 1,020"): a change is never of a figure earlier than its base."""
    if d.base is None or count.period is None or count.period.end is None:
        return False
    base = resolve_mention(d.base, ctx.anchor(d.index), ctx.published)
    return base is not None and base.start is not None and count.period.end < base.start


def _other_clause(d: Draft, count: Resolved) -> bool:
    """The change and a count after it stand in two clauses about two things ("Emails went up by a fifth, while
    texts climbed from 200 to 400": :func:`pipeline.extract.clauses.two_clauses`)."""
    s = d.sentence.start
    return count.draft.start >= d.end and two_clauses(d.sentence.text, (d.start - s, d.end - s),
                                                      (count.draft.start - s, count.draft.end - s))


#: A change's sentence that points back at a total: "The total was 8 per cent higher", "That total fell 15%".
_TOTAL_OPENER = re.compile(r"\W{0,3}(?:the|that|this)\s{1,3}(?:overall\s{1,3})?total\b", re.I)


def _two_sentences_before(d: Draft, ctx: Context) -> list[Resolved]:
    """The counts of the two sentences before the change's, in text order (a bisection, then a short walk)."""
    n = counts_before(ctx, d.sentence.start)
    first = n
    while first > 0 and 0 < d.index - ctx.counts[first - 1].draft.index <= 2:
        first -= 1
    return ctx.counts[first:n]


def _same_relative_time(d: Draft, ref: Optional[Resolved]) -> bool:
    """The change and its count, of one sentence, take their period from one relative mention ("the following
    year", "the next six months"): resolved once for the count, against the figure before it; resolved again for
    the change, it would be read against the count itself and land a period later."""
    if ref is None or ref.period is None or ref.draft.sentence != d.sentence or d.time is None \
            or ref.draft.time is None or getattr(d.time, "relative", None) is None:
        return False
    return (d.time.start, d.time.end) == (ref.draft.time.start, ref.draft.time.end)


def _pointed_back(d: Draft, ctx: Context, earlier: Resolved) -> Optional[Resolved]:
    """The count a change's sentence points back to ("That total", "It", "This") when the sentence itself holds
    only the earlier figure of the comparison: the last count of the sentence before, no earlier figure itself,
    counting what that figure counts, in a period after it when both are dated."""
    n = counts_before(ctx, d.sentence.start)  # a bisection: no walk over the page's counts
    if n == 0 or ctx.counts[n - 1].draft.index != d.index - 1:
        return None
    last = total_before_parts(ctx, n) or ctx.counts[n - 1]
    if last.draft.comparison or change_size(last) or not akin(last.draft.measure, earlier.draft.measure) \
            or (last.draft.measure != earlier.draft.measure and "other" in (last.draft.measure, earlier.draft.measure)):
        return None
    if last.period is not None and earlier.period is not None and not (
            last.period.start and earlier.period.end and earlier.period.end < last.period.start):
        return None
    return last


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
    item.regions_inherited = not d.regions and bool(item.regions)  # "That is up 30%.": published with none (decision 12)
    if item.regions_inherited and placed and item.count_ref is ref and ref is not None and framed_places(ref):
        item.regions_inherited = False  # "In the North West, 18,036 people ... This is a 106% increase": the frame's
    item.period = resolve_mention(d.time, ctx.anchor(d.index, d.time), ctx.published)
    if _same_relative_time(d, ref):
        item.period = ref.period  # "The following year it was 880, a rise of 37.5%": the year its count took
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
    if d.pct_kind == "share" and standing_share(d):
        item.period = None  # "men, who account for around three-quarters of suicides, ...": a standing figure
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
        if d.pct_kind == "change" and id(ref) in ctx.restated_before and ctx.anchor(d.index) is not None \
                and d.time is None and d.sentence_time is None:
            # "In the previous year it took 520. That is an increase of 41%.": a change from the year-before figure,
            # in a sentence naming no time, is of the later period the sentences before are about, on the figure's
            # (one its sentence dates, "In 2023 it took 1,850, a rise of 69%", is compared_change's)
            item.period = ctx.anchor(d.index)
    if item.period is None and not (ref is not None and unstated_next(ref)):
        item.period = resolve_mention(d.sentence_time, ctx.anchor(d.index), ctx.published) \
            or (None if unfixed_time(d) else ctx.anchor(d.index))
    if since is not None and item.period is not None and item.period.end is None:
        item.period = ctx.anchor(d.index)  # not the open period "since 2021" names again
    earlier = getattr(d, "earlier_figure", None)
    if earlier is not None and ref is not None:
        item.period, item.base_period = ref.period, earlier.period  # the later figure's period, on the count's
    elif since is not None:
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
            item.base_period = same_base(d, item.period, ctx) or restated_base(d, item.period, ctx) \
                or periods.year_earlier(item.period)
    return item


#: Words by which a share points back to the figures before it ("of the calls": those just counted).
SHARE_ANAPHORA = re.compile(r"\b(?:(?:that|this|the same) (?:year|period|time)|those|these|them|whom"
                            r"|of the (?:calls|callers|contacts|referrals|people who (?:called|contacted)))\b", re.I)


def unstated_next(count: Resolved) -> bool:
    """The count is of "the following six-month period": a period after another, left unstated."""
    return count.period is None and getattr(count.draft.time, "relative", None) == "next_period"


def _years_apart(period: Optional[periods.Period]) -> bool:
    """The period runs from the start of one calendar year to the end of a later one ("between 2016 and 2018")."""
    years = calendar_years(period)
    return years is not None and years[1] > years[0]
