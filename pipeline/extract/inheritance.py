"""What a fact takes from the facts before it: the article-level context of :mod:`assembly`.

A count's period comes from its own clause, else its sentence (not for rates such as
"520 arrests each month"), else the last count of the same measure in the three
sentences before ("In Wales, 6,196 people sought help" after "18,036 people ... in
2021"), else the period the sentences before are about (not for a standing estimate, nor
after "over the last five years", a running total); "..., while 79 ..." is of its
sentence's period; a table row or a "the figure was N" takes its measure from the count (or, failing
one, the change) it follows; "the region", "the three counties" take the places named
before.  :class:`Context` holds the facts resolved so far, in text order.

What one count's own words say of its time is read in :mod:`pipeline.extract.own_times`, the earlier figure of a
comparison its own words or the sentence before name in :mod:`pipeline.extract.named_periods`, the places it takes
from before in :mod:`pipeline.extract.inherited_places`, the date a text with none implies in
:mod:`pipeline.extract.implied_date`, what the counts before tell of its period in :mod:`pipeline.extract.earlier_counts`
and what a row or "the figure was N" takes from the count it follows in :mod:`pipeline.extract.followed_counts`.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from pipeline.extract import periods
from pipeline.extract.earlier_counts import (  # INHERIT_WINDOW re-exported: importable from here as before
    INHERIT_WINDOW, base_of_later_change, compared_before, dates_earlier_figure, last_count_period,
)
from pipeline.extract.followed_counts import inherit_followed
from pipeline.extract.averaged_totals import averaged_total
from pipeline.extract.implied_date import anchored_date
from pipeline.extract.launch_dates import launch_date
from pipeline.extract.own_times import (
    averaged, contrasted, dated_right_after, drop_other_times, own_time_before, pair_end, part_of_before, reached_over,
    running_total, since_then, standing, time_beside_launch, unfixed_time,
)
from pipeline.extract.pair_context import later_end_time, month_in_year_before, pair_year, year_before_later
from pipeline.extract.pair_ends import is_earlier_end
from pipeline.extract.periods import periods_equal
from pipeline.extract.restated_rates import restated_total
from pipeline.extract.named_periods import named_figure_period, named_year_before
from pipeline.extract.sentence_context import Draft

#: How many sentences back "the same period" ("over the same period", "in the same 12 months") may
#: point: it names the period stated last, so it reaches further than a fact that says nothing.
SAME_PERIOD_WINDOW = 10
#: Relative keys of a time that names the year before the period stated last: "The year before", "A year
#: earlier", "In the same six months of 2023".
YEAR_BEFORE_PHRASES = ("previous_year", "year_earlier", "same_period_in")
#: How many years before the period stated last a figure that restates it may be ("In 2022/23 ... 2,046. In 2020/21
#: the number was 1,020."): a comparison told in two sentences over that many years.
RESTATED_YEARS_BACK = 10
_THIS_PERIOD = re.compile(r"\b(?:this|that)\s++(?:period|time)\b", re.I)


@dataclass
class Resolved:
    """A draft with its final period, base period and links."""

    draft: Draft
    period: Optional[periods.Period] = None
    base_period: Optional[periods.Period] = None
    regions: Optional[list[str]] = None
    count_ref: Optional["Resolved"] = None
    base_count_ref: Optional["Resolved"] = None
    percentage_ref: Optional["Resolved"] = None
    parts: list["Resolved"] = field(default_factory=list)  # a total's listed parts
    parts_complete: Optional[bool] = None
    id: str = ""
    #: A count's places taken from the sentences before ("the figure was N", "from the region"): kept for linking
    #: and the checks, never published (ANNOTATION.md decision 12: a count's region is its own sentence's).
    regions_inherited: bool = False
    #: A count restating the one before for the year before it (``Context.note``): no headline figure's body count.
    year_before: bool = False

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        if name == "period":  # linking's index of counts by period (extract.count_index) is told of the change
            watcher = self.__dict__.get("watcher")
            if watcher is not None:
                watcher.moved(self)


def resolve_mention(mention: Any, anchor: Optional[periods.Period], published: Optional[datetime.date]) -> Optional[periods.Period]:
    if mention is None:
        return None
    if mention.period is not None and mention.relative is None:
        return mention.period
    return periods.resolve(mention, anchor=anchor, published=published)


class Context:
    """The facts resolved so far, for inheritance and linking."""

    def __init__(self, published: Optional[datetime.date], drafts: Sequence[Draft] = ()) -> None:
        self.published = published or anchored_date(drafts)
        self.sentence_counts: dict[int, list[Draft]] = {}  # sentence start -> its count drafts, in text order
        for d in sorted(drafts, key=lambda x: x.start):
            if d.kind == "count":
                self.sentence_counts.setdefault(d.sentence.start, []).append(d)
        self.counts: list[Resolved] = []
        self.percentages: list[Resolved] = []  # measure donors only: "increases of 146% in people seeking help"
        self.by_sentence: dict[int, list[Resolved]] = {}  # sentence start -> its counts so far
        self.last_period: Optional[periods.Period] = None
        self.last_base: Optional[periods.Period] = None  # the comparison period stated with ``last_period``
        self.last_index = -10
        self.restated_before: set[int] = set()  # ids of figures restating the one before for the year before it
        self.restated_times: set[int] = set()  # ids of the time mentions that date those figures
        self.count_index: Optional[object] = None  # linking's index of ``counts`` (extract.count_index), made on first use
        self.comparison_pairs: Optional[tuple[int, Any]] = None  # linking's pairs of compared counts, found once

    def anchor(self, index: int, mention: Any = None) -> Optional[periods.Period]:
        """The period stated last, if at most :data:`INHERIT_WINDOW` sentences back (for a
        ``mention`` of "the same period", :data:`SAME_PERIOD_WINDOW`), else ``None``."""
        same = getattr(mention, "relative", None) == "same_period" and not _THIS_PERIOD.search(mention.text)
        window = SAME_PERIOD_WINDOW if same else INHERIT_WINDOW  # not "this period": the time a paragraph is about
        return self.last_period if index - self.last_index <= window else None

    def note(self, item: Resolved) -> None:
        """Make a fact's period the context, unless it is the earlier figure of a comparison: marked so ("up from
        1,500 in 2021"), or a figure that restates the one before for the year before it ("2,496 calls last year.
        In 2022, it was 1,920."; the figures after it are still of the later year)."""
        if item.period is not None and self._year_before_restated(item):
            self.restated_before.add(id(item))
            self.restated_times.add(id(item.draft.time))
            item.year_before = True  # a comparison's earlier figure: no headline restates it
        elif item.draft.kind == "percentage" and (item.draft.time is None or id(item.draft.time) in self.restated_times) \
                and self._of_year_before(item):
            pass  # "That is a rise of 24 per cent.": dated by the year-before figure for now, no context for the next
        elif item.period is not None and not item.draft.comparison:
            if not periods_equal(item.period, self.last_period) or item.draft.base is not None:
                self.last_base = item.base_period if item.draft.base is not None else None
            self.last_period, self.last_index = item.period, item.draft.index
        elif item.period is None and getattr(item.draft.time, "relative", None) == "next_period":
            # "in the following six months ...": the period before no longer holds
            self.last_period, self.last_index = None, item.draft.index


    def _of_year_before(self, item: Resolved) -> bool:
        """Whether an undated percentage took its period from a year-before figure: its count, or a count of its
        sentence of the same period ("In the same six months of 2023, 2,310 calls were answered, so the line is
        now 27% busier.")."""
        if item.period is None:
            return False
        if item.count_ref is not None and id(item.count_ref) in self.restated_before:
            return True
        return any(id(c) in self.restated_before and c.period is not None and c.period.start == item.period.start
                   for c in self.by_sentence.get(item.draft.sentence.start, ()))

    def _year_before_restated(self, item: Resolved) -> bool:
        """Whether a count restates the figure before it for the year before: "the figure was N" in a year
        one or more (:data:`RESTATED_YEARS_BACK`) before the period stated in the sentence before, or a count dated by a year-before phrase
        ("The year before, 701 people ...", "In the same six months of 2023, 330 ..."): "over the same
        period" after it is still the later period (decision 6: a change is of the later period)."""
        d, last = item.draft, self.last_period
        if d.kind != "count" or d.time is None or last is None or d.index - self.last_index > 1 \
                or item.period.end is None:
            return False
        if d.inherit != "previous" and getattr(d.time, "relative", None) not in YEAR_BEFORE_PHRASES \
                and not named_year_before(item, self):
            return False
        back = RESTATED_YEARS_BACK if d.inherit == "previous" else 1  # "In 2020/21 the number was 1,020": years back
        return any(before is not None and before.iso() == item.period.iso()
                   for before in (periods.years_shifted(last, -k) for k in range(1, back + 1)))


def same_base(d: Draft, period: Optional[periods.Period], ctx: Context) -> Optional[periods.Period]:
    """The comparison period of a change "in the same period" ("in the same week"): the one stated
    with the change whose period it repeats ("up 27% in the week starting 30 March, compared with
    the week before. Chats rose 40% in the same period.")."""
    mention = d.time or d.sentence_time
    if getattr(mention, "relative", None) != "same_period" or not periods_equal(period, ctx.anchor(d.index)):
        return None
    return ctx.last_base


def resolve_count(d: Draft, ctx: Context) -> Resolved:
    from pipeline.extract.inherited_places import anaphoric_regions  # here: that module imports Context from this one

    item = Resolved(d, regions=list(d.regions) or anaphoric_regions(d, ctx))
    item.regions_inherited = not d.regions and bool(item.regions)
    drop_other_times(d)
    if d.inherit:
        inherit_followed(item, ctx)
    named = None if d.comparison else named_figure_period(d, ctx)
    if named is not None:  # "up 10% on the previous year's total of 4,430": the period its own words name
        item.period, d.comparison = named, True  # the earlier figure of the comparison: no context for the next
    elif d.comparison:  # "against 1,200 in the same period a year earlier": relative to the figure compared
        main = [c for c in ctx.by_sentence.get(d.sentence.start, []) if not c.draft.comparison]
        anchor = main[-1].period if main else own_time_before(d, ctx.published) or ctx.anchor(d.index)
        first, second = (d.time, d.base) if dated_right_after(d) else (d.base, d.time)
        item.period = resolve_mention(first, anchor, ctx.published) or resolve_mention(second, anchor, ctx.published)
        if item.period is None and d.base is None and d.time is None and main and contrasted(d):
            item.period = main[-1].period  # "1,178 calls were ..., while 79 were ...": the same period
        if item.period is None:  # "In 2021/22 ... In Surrey calls fell from 90 to 75": the year stated last
            item.period = pair_year(d, anchor) or month_in_year_before(d, ctx.published)
        if item.period is None and main and getattr(main[-1].draft.time, "relative", None) == "same_period":
            item.period = compared_before(d, main[-1].period, ctx)  # "11,600 visits over the same period, up from 8,450"
        if item.period is None and main:  # "36 calls came last year, up from 24": the year before the later figure's
            item.period = year_before_later(d, main[-1].period)
    elif since_then(d.time) and getattr(d.previous_time, "period", None) and d.previous_time.period.start:
        # "... a free number in March 2014. Volunteers have answered a million calls since then."
        item.period = periods.Period(d.previous_time.period.start, None)
    elif running_total(d.time):
        item.period = None  # "2.9 million calls over the last five years": a running total, of no one period
    else:
        item.period = resolve_mention(d.time, ctx.anchor(d.index, d.time), ctx.published)
        if item.period is None:  # "In 2018 the line moved. It took 350 calls in October." (no publication date)
            item.period = month_in_year_before(d, ctx.published)
        if launch_date(d.sentence.text, d.time) and not d.time.text.lower().startswith("since"):
            # "The line, which opened in 2011, takes 5,000 calls a year": a standing rate, not of 2011; "In 2023 the
            # line, which opened in 2011, took 14 calls a day": the sentence's other time
            other = time_beside_launch(d, ctx.published)
            if other is not None or d.rate is not None and not averaged(d):
                item.period = other
        if reached_over(d, item.period):  # "a 46% rise from 2016 to 2018, with 695 users": the last year's
            item.period = periods.year_period(item.period.end.year)
    if not d.comparison and item.period is None and (d.rate is None or averaged(d)) and not running_total(d.time):
        item.period = resolve_mention(d.sentence_time, ctx.anchor(d.index, d.sentence_time), ctx.published)
        continued = None  # "Since the campaign began, 5,000 people have called. A further 2,418 called ...": no period
        if item.period is None and d.time is None and d.sentence_time is None and d.qualifier != "vague":
            for earlier in reversed(ctx.counts):
                if d.index - earlier.draft.index > INHERIT_WINDOW:
                    break
                if earlier.draft.measure == d.measure and earlier.draft.rate is None and not earlier.draft.comparison \
                        and earlier.period is None and (unfixed_time(earlier.draft) or running_total(earlier.draft.time)):
                    continued = earlier
                    break
                if id(earlier) in ctx.restated_before and earlier is ctx.counts[-1] and part_of_before(d, earlier.draft):
                    item.period = whole_of_part(earlier, ctx).period  # "In 2023 it took 610. Of those, 200 ...": a part,
                    break  # of its whole's
                if earlier.draft.measure == d.measure and earlier.draft.rate is None and earlier.period \
                        and (not earlier.draft.comparison or getattr(earlier.draft, "later_of_pair", False)) \
                        and id(earlier) not in ctx.restated_before \
                        and not base_of_later_change(earlier, ctx):  # "from 1,500 to 2,100, up 40%. Of the 2,100, ..."
                    item.period = earlier.period
                    break
            if item.period is None and continued is None and not standing(d) and not running_total(d.previous_time):
                # no count of its measure to follow: the period the sentences before are about (not the year
                # before it that a comparison named: "In the same six months of 2023, 2,310 ... 815 over the six months")
                item.period = ctx.last_period if id(d.previous_time) in ctx.restated_times \
                    else resolve_mention(d.previous_time, ctx.anchor(d.index), ctx.published) \
                    if d.previous_time is not None else last_count_period(d, ctx)  # no time named lately
                if dates_earlier_figure(item.period, d, ctx):  # "3,115 calls in 2024/25, up 27% on the 2,460
                    item.period = ctx.last_period  # answered in 2023/24. It also handled 940 texts": 2024/25
    if d.rate is not None and not d.comparison and d.time is None and averaged(d):
        total = averaged_total(d, ctx.counts, ctx.published, INHERIT_WINDOW)
        item.period = total.period if total is not None else item.period  # "That works out at 255 calls a month"
    if item.period is None and d.rate is not None and not d.comparison:
        total = restated_total(d, ctx.by_sentence.get(d.sentence.start, []))
        item.period = total.period if total is not None else None  # "7,300 calls (about 20 a day)" in 2021
    paired = pair_end(d, item.period)
    if getattr(d.time, "relative", None) == "same_period" and (paired is not None or earlier_end(d)):
        paired = compared_before(d, item.period, ctx) or paired  # the comparison before's earlier period
    if paired is not None:  # "fell from 69 to 51" in a year: 69 is of the year before
        item.period = paired
    later = later_end_time(d, item.period, ctx.published) if paired is None else None
    if later is not None:  # "doubled in 2021, from 210 in 2020 to 420": 420 is of 2021
        item.period = later
    ctx.counts.append(item)
    ctx.by_sentence.setdefault(d.sentence.start, []).append(item)
    return item


def whole_of_part(last: Resolved, ctx: Context) -> Resolved:
    """The whole a part opening its sentence ("Of those, 200 ...") points back at, ``last`` being the last count
    of the sentence before: that count, unless it is the earlier figure of a comparison set against its sentence's
    main figure ("took 97,350 calls in the first half, compared with 81,100 in the same period of 2023. Of those,
    6,230 ..."): then the main figure, the one the sentence reports (the last before it of no comparison)."""
    if not last.draft.comparison:
        return last
    main = [c for c in ctx.by_sentence.get(last.draft.sentence.start, [])
            if not c.draft.comparison and c.draft.start < last.draft.start and c.period is not None]
    return main[-1] if main else last


def earlier_end(d: Draft) -> bool:
    """Whether ``d`` is the earlier figure of "from N to M"."""
    return is_earlier_end(d.sentence.text, d.start - d.sentence.start, d.end - d.sentence.start)


#: Measures a headline's looser word may give one helpline figure.
HELPLINE_FAMILY = {"helpline_calls": "helpline", "helpline_contacts": "helpline"}


def akin(a: str, b: str) -> bool:
    """Two measures one comparison may mix ("3,150 people called ..., up from 2,100 who got in touch")."""
    return a == b or (a in HELPLINE_FAMILY and b in HELPLINE_FAMILY)
