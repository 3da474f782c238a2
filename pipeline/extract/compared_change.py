"""A change stated after a comparison: of the comparison's later figure, on its earlier one.

"1,850 calls in 2022-23, compared with 1,500 in 2021-22. That is a rise of 23 per cent." The
change names no period; the count it points back to is the last one before it, and that is the
earlier figure of the comparison ("1,500 in 2021-22"). A change is of the later period and its base
of the earlier, in whatever order the text names them (issue 10): here 2022-23 on 2021-22, not
2021-22 on the year before it. :func:`later_of_comparison` finds the later figure the comparison
set the earlier one against, in the earlier one's sentence or the one before it, and relinks the
change to the pair. Used by :func:`pipeline.extract.assembly.assemble` right after a change is
resolved.

"2,600 calls in 2023/24. In 2022/23 it took 2,000, so calls have gone up by 30%." (or "... the figure was
2,000, meaning ...", "That was up 30% on the 2,000 it took in 2022/23."): the change's sentence is dated by
its earlier figure's period, and the sentence before holds the same measure a year later. The change is of
that later figure, on the earlier (:func:`change_on_earlier_sentence`, tried by :func:`later_of_comparison`
when no comparison figure is marked); its own period would make it 2022/23 on 2021/22.

"A year earlier it took 1,310, an increase of 33 per cent.": a sentence opened by a year-before phrase
("A year earlier", "The year before") dates its figures to that earlier year, yet its change compares the
year before with the one after it; :func:`change_on_year_before` makes the change of the year after, on the
year the phrase names.
"""
from __future__ import annotations

from typing import Optional

from pipeline.extract.count_groups import count_group
from pipeline.extract.count_index import counts_before
from pipeline.extract.inheritance import Context, Resolved, akin
from pipeline.extract.inherited_places import regions_agree
from pipeline.extract.period_spans import years_shifted

#: How many sentences before the earlier figure its later figure may stand.
LATER_REACH = 1

#: How many counts back from the earlier figure are looked at (the walk is bounded, never the page).
LATER_COUNTS = 4


def later_of_comparison(item: Resolved, ctx: Context) -> Optional[Resolved]:
    """The later figure of the comparison whose earlier figure a change's count is, or ``None``.

    Only for a change that names no period of its own, in another sentence than that earlier
    figure; the later figure counts one kind of thing in the same place, is not itself an earlier
    figure, and its period starts after the earlier one's; not for a change of a group ("up 25 per cent among
    men"). On a match the change takes the later
    figure as its count and period and the earlier as its base count and base period.
    """
    d, earlier = item.draft, item.count_ref
    if d.pct_kind != "change" or d.base is not None:
        return None
    if d.time is not None or d.sentence_time is not None:
        return change_on_earlier_sentence(item, ctx)
    if earlier is None or not earlier.draft.comparison or earlier.draft.sentence == d.sentence \
            or earlier.period is None or earlier.period.start is None:
        return None
    if count_group(d.text, d.sentence.text, d.end - d.sentence.start) is not None:
        return None  # "The figure is up 25 per cent among men.": a group's change, not the comparison's
    end = counts_before(ctx, earlier.draft.start)
    for i in range(end - 1, max(end - 1 - LATER_COUNTS, -1), -1):
        later = ctx.counts[i]
        if earlier.draft.index - later.draft.index > LATER_REACH:
            return None
        if later.draft.comparison or later.period is None or later.period.start is None:
            continue
        if later.period.start <= earlier.period.start or not akin(later.draft.measure, earlier.draft.measure) \
                or not regions_agree(later, earlier):
            continue
        item.count_ref, item.base_count_ref = later, earlier
        item.period, item.base_period = later.period, earlier.period
        return later
    return None


#: How many sentences before a change dated by its earlier figure the later figure may stand ("186 people in 2023/24.
#: In 2021/22 it supported 58. The 2022/23 figure was 121, which means the latest year's rise was 54%").
SENTENCE_REACH = 3

#: How many counts of the change's sentence are looked at for its earlier figure (bounded on an overlong sentence).
SENTENCE_COUNTS = 32


def _same_regions(a: list[str], b: list[str]) -> bool:
    return not a or not b or set(a) == set(b)


def change_on_earlier_sentence(item: Resolved, ctx: Context) -> Optional[Resolved]:
    """The later figure of a change whose sentence is dated by its earlier figure, or ``None``.

    The change names no comparison period; the time that dates it (its own or its sentence's, a stated period,
    not a relative one) also dates a count of its sentence, the earlier figure (not a difference: "an increase of
    1,200 calls or 40% over the 3,000 calls received in 2022"); the later one stands in the
    sentences before (at most :data:`SENTENCE_REACH`), counts one kind of thing in the same place, is no earlier
    figure itself, and its period is
    the earlier's a year on ("took 2,600 calls in 2023/24. In 2022/23 it took 2,000, so calls have gone up by
    30%."). On a match the change takes the later figure as its count and period, the earlier period as its base
    period, and the earlier figure as its base count when it stands before the change.
    """
    d, own = item.draft, item.period
    mention = d.time or d.sentence_time
    if own is None or own.end is None or mention is None or mention.role != "time" \
            or getattr(mention, "relative", None) is not None:
        return None
    dated = [c for c in ctx.sentence_counts.get(d.sentence.start, ())[:SENTENCE_COUNTS]
             if (c.time or c.sentence_time) is mention and not c.rate and not getattr(c, "difference", None)]
    if not dated:
        return None  # "In 2021 calls rose by 20%": no earlier figure, the change is of its own year
    later_span = years_shifted(own, 1)
    end = counts_before(ctx, d.sentence.start)
    for i in range(end - 1, max(end - 1 - LATER_COUNTS, -1), -1):
        later = ctx.counts[i]
        if d.index - later.draft.index > SENTENCE_REACH:
            return None
        if later.draft.comparison or later.period is None or later_span is None \
                or later.period.iso() != later_span.iso():
            continue
        if not any(akin(later.draft.measure, c.measure) and _same_regions(later.regions or [], c.regions)
                   for c in dated):
            continue
        before = [r for r in ctx.by_sentence.get(d.sentence.start, [])[-SENTENCE_COUNTS:]
                  if r.draft.start < d.start and any(r.draft is c for c in dated)]
        item.count_ref, item.period, item.base_period = later, later.period, own
        item.base_count_ref = before[-1] if before else None
        return later
    return None


#: Relative keys of a phrase naming the year before the fact's own: "a year earlier", "the year before".
YEAR_BEFORE = ("year_earlier", "previous_year")


def change_on_year_before(item: Resolved, ctx: Context) -> bool:
    """Whether a change in a sentence opened by a year-before phrase was moved to the year after it.

    The change's own time is that phrase; a count of its sentence dated by the same phrase has the year the
    phrase names ("A year earlier it took 1,310"): that year is the change's base, and the change is of
    the year after it. ``False`` (nothing changed) when no such count stands before the change.
    """
    d = item.draft
    time = d.time or d.sentence_time  # "The year before, the figure was 1,322 - a rise of 47 per cent": the sentence's
    if d.pct_kind != "change" or time is None or time.role != "time" or time.relative not in YEAR_BEFORE \
            or d.base is not None:
        return False
    dated = [c for c in ctx.by_sentence.get(d.sentence.start, [])
             if c.draft.start < d.start and c.draft.time is time and c.period is not None]
    if not dated or dated[-1].period.end is None:
        return False
    base = dated[-1].period
    later = years_shifted(base, 1)
    if later is None:
        return False
    item.period, item.base_period = later, base
    return True
