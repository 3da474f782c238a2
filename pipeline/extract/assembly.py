"""The article-level pass: from sentence drafts to the record's facts.

What one sentence cannot fix is decided here, in text order:

- a count's period: its own clause, else its sentence (not for rates such as
  "520 arrests each month"), else the last count of the same measure in the
  three sentences before ("In Wales, 6,196 people sought help" after "18,036
  people ... in 2021");
- a percentage's count (``count_ref``: the count before it in the sentence, the
  later of a from-to pair after it, or the last count of the two sentences before
  when it opens with "This"/"It"/"which"), its
  period (its own, else its count's, else the context), its base period ("from
  2018", "on the previous year", else the period before) and the count of that
  base period (``base_count_ref``);
- repeated claims (headline, caption, lead) merged into one fact.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

from pipeline.extract import periods
from pipeline.extract.facts import Draft
from pipeline.extract.measures import cue_patterns, nearest_cue, word_regex
from pipeline.extract.period_spans import whole_months
from pipeline.records import Count, Multiplier, Percentage

#: How many sentences back a count may inherit a period from.
INHERIT_WINDOW = 3


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


def _resolve(mention: Any, anchor: Optional[periods.Period], published: Optional[datetime.date]) -> Optional[periods.Period]:
    if mention is None:
        return None
    if mention.period is not None and mention.relative is None:
        return mention.period
    return periods.resolve(mention, anchor=anchor, published=published)


def _same_period(a: Optional[periods.Period], b: Optional[periods.Period]) -> bool:
    return a is not None and b is not None and a.start == b.start and a.end == b.end


class _Context:
    """The facts resolved so far, for inheritance and linking."""

    def __init__(self, published: Optional[datetime.date]) -> None:
        self.published = published
        self.counts: list[Resolved] = []
        self.percentages: list[Resolved] = []  # measure donors only: "increases of 146% in people seeking help"
        self.by_sentence: dict[int, list[Resolved]] = {}  # sentence start -> its counts so far
        self.last_period: Optional[periods.Period] = None
        self.last_index = -10

    def anchor(self, index: int) -> Optional[periods.Period]:
        return self.last_period if index - self.last_index <= INHERIT_WINDOW else None

    def note(self, item: Resolved) -> None:
        """Make a fact's period the context, unless it is the earlier figure of a comparison."""
        if item.period is not None and not item.draft.comparison:
            self.last_period, self.last_index = item.period, item.draft.index
        elif item.period is None and getattr(item.draft.time, "relative", None) == "next_period":
            # "in the following six months ...": the period before no longer holds
            self.last_period, self.last_index = None, item.draft.index


def _count(d: Draft, ctx: _Context) -> Resolved:
    item = Resolved(d, regions=list(d.regions) or _anaphoric_regions(d, ctx))
    if d.inherit:
        _inherit(item, ctx)
    if d.comparison:  # "against 1,200 in the same period a year earlier": relative to the figure compared
        main = [c for c in ctx.by_sentence.get(d.sentence.start, []) if not c.draft.comparison]
        anchor = main[-1].period if main else ctx.anchor(d.index)
        item.period = _resolve(d.base, anchor, ctx.published) or _resolve(d.time, anchor, ctx.published)
    else:
        item.period = _resolve(d.time, ctx.anchor(d.index), ctx.published)
    if not d.comparison and item.period is None and d.rate is None:
        item.period = _resolve(d.sentence_time, ctx.anchor(d.index), ctx.published)
        if item.period is None and d.time is None and d.sentence_time is None and d.qualifier != "vague":
            for earlier in reversed(ctx.counts):
                if d.index - earlier.draft.index > INHERIT_WINDOW:
                    break
                if earlier.draft.measure == d.measure and earlier.draft.rate is None and earlier.period \
                        and not earlier.draft.comparison:
                    item.period = earlier.period
                    break
            else:  # no count to follow: the period the sentences before are about
                item.period = _resolve(d.previous_time, ctx.anchor(d.index), ctx.published)
    ctx.counts.append(item)
    ctx.by_sentence.setdefault(d.sentence.start, []).append(item)
    return item


def _inherit(item: Resolved, ctx: _Context) -> None:
    """A table row or a "the figure was N" takes what it counts from the count it follows."""
    d = item.draft
    window = 12 if d.inherit == "row" else 2
    for earlier in reversed(ctx.counts):
        if d.index - earlier.draft.index > window:
            break
        if earlier.draft.measure != "other":
            if d.measure == "other":
                d.measure = earlier.draft.measure
                if d.measure == "helpline_calls" and d.unit not in (None, "calls"):
                    d.measure = "helpline_contacts"  # "Essex - 2,140 people" under a total of calls
            d.unit = d.unit or earlier.draft.unit
            if d.inherit == "previous" and not item.regions:
                item.regions = list(earlier.regions or [])
            if d.inherit == "row" and d.time is None:
                d.time = earlier.draft.time
            return
    if d.measure == "other":  # no count to follow: what the changes just before were of
        for pct in reversed(ctx.percentages):
            if d.index - pct.draft.index > window:
                break
            if pct.draft.measure != "other":
                d.measure = pct.draft.measure
                return


#: "the region", "the three regions", "the county": places named before.
REGION_ANAPHORA = re.compile(
    r"\b(?:the|this|that|these|those|both|all) (?:(?:two|three|four|five|six|seven|eight|nine|ten|same) )?"
    r"(?:region|regions|county|counties|area|areas|force area|nation|nations)\b", re.I)


def _recent_count(d: Draft, ctx: _Context) -> Optional[Resolved]:
    """The last count with a place, at most ``INHERIT_WINDOW`` sentences back."""
    for earlier in reversed(ctx.counts):
        if d.index - earlier.draft.index > INHERIT_WINDOW:
            return None
        if earlier.regions and not earlier.draft.comparison and earlier.draft.inherit != "row":
            return earlier
    return None


def _anaphoric_regions(d: Draft, ctx: _Context) -> list[str]:
    """The places a fact (or the header of its list) refers back to ("from the region"), else none."""
    if not (REGION_ANAPHORA.search(d.sentence.text) or (d.header_text and REGION_ANAPHORA.search(d.header_text))):
        return []
    rows = 0
    for earlier in reversed(ctx.counts):
        if earlier.draft.inherit == "row" or earlier.draft.header_text:
            rows += 1  # a list's items are parts of the total the text goes back to
            continue
        if d.index - earlier.draft.index > INHERIT_WINDOW + rows:
            break
        if earlier.regions:
            return list(earlier.regions)
    return list(d.previous_regions)  # "2,870 people from the region", the region named just before


#: Between a change and the first figure of the pair it names: "by 30%, from", "61% from", "by 30% over the year, from".
_FROM_BEFORE = re.compile(r"[^.;:]{0,60}?\bfrom\s*")
_TO_BETWEEN = re.compile(r"\s*to\s*")


def _from_to_after(item: Resolved, ctx: _Context) -> Optional[tuple[Resolved, Resolved]]:
    """The earlier and the later figure of a "from A to B" that follows a change, the first figures after it.

    "referrals rose by 30% over the same period, from 144 to 187, and neglect referrals
    jumped by 61% from 499 to 803": each change names its own pair; a figure of the
    clause before ("187") is not the later figure of the second change.
    """
    d = item.draft
    if d.pct_kind != "change":
        return None
    text, s = d.sentence.text, d.sentence.start
    after = [c for c in ctx.by_sentence.get(s, []) if c.draft.start >= d.end]
    if len(after) < 2:
        return None
    a, b = after[0], after[1]
    if _FROM_BEFORE.fullmatch(text, d.end - s, a.draft.start - s) \
            and _TO_BETWEEN.fullmatch(text, a.draft.end - s, b.draft.start - s):
        return a, b
    return None


def _count_for(d: Draft, ctx: _Context) -> Optional[Resolved]:
    sentence = ctx.by_sentence.get(d.sentence.start, [])
    same = [c for c in sentence if c.draft.start < d.start]
    same = [c for c in same if c.draft.measure != "other"] or same
    same = [c for c in same if not c.draft.comparison] or same
    if same:
        return same[-1]
    later = [c for c in sentence if c.period is not None]  # "rose 25% from 400 in 2020 to 500 in 2021"
    if len(later) > 1:
        return max(later, key=lambda c: c.period.start or c.period.end)
    if d.anaphoric:
        earlier = [c for c in ctx.counts if 0 < d.index - c.draft.index <= 2]
        if earlier:
            return earlier[-1]
    return None


def _percentage(d: Draft, ctx: _Context) -> Resolved:
    item = Resolved(d)
    item.count_ref = _count_for(d, ctx) if d.pct_kind == "change" else None
    ref = item.count_ref
    if ref is not None and ref.draft.measure != "other":
        d.measure = ref.draft.measure
    if d.pct_kind == "share" and ref is None:  # "80% of those who got in touch": a share of the last count
        ref = _recent_count(d, ctx)
    item.regions = list(d.regions) or (list(ref.regions or []) if ref else []) or _anaphoric_regions(d, ctx)
    item.period = _resolve(d.time, ctx.anchor(d.index), ctx.published)
    if d.pct_kind == "share" and item.period is None and not SHARE_ANAPHORA.search(d.sentence.text):
        # "Two thirds of callers were men": a share dates itself or stays undated, unless it points
        # back ("of those who got in touch", "callers that year")
        item.period = _resolve(d.sentence_time, ctx.anchor(d.index), ctx.published)
        return item
    if item.period is None and ref is not None:
        item.period = ref.period
    if item.period is None and not (ref is not None and _unstated_next(ref)):
        item.period = _resolve(d.sentence_time, ctx.anchor(d.index), ctx.published) or ctx.anchor(d.index)
    if d.pct_kind == "change" and d.base is None and _years_apart(item.period):
        # "a 65% rise between 2016 and 2018": the change is of the last year, on the first
        item.base_period = periods.year_period(item.period.start.year)
        item.period = periods.year_period(item.period.end.year)
    elif d.pct_kind == "change":
        item.base_period = _resolve(d.base, item.period, ctx.published)
        if item.base_period is None and item.period is not None and item.period.start and item.period.end:
            item.base_period = periods.year_earlier(item.period)  # a change unqualified is year on year
    return item


#: Words by which a share points back to the figures before it.
SHARE_ANAPHORA = re.compile(r"\b(?:(?:that|this|the same) (?:year|period|time)|those|these|them|whom)\b", re.I)


def _unstated_next(count: Resolved) -> bool:
    """The count is of "the following six-month period": a period after another, left unstated."""
    return count.period is None and getattr(count.draft.time, "relative", None) == "next_period"


def _regions_agree(a: Resolved, b: Resolved) -> bool:
    return not a.regions or not b.regions or set(a.regions) == set(b.regions)


def _regions_overlap(a: Resolved, b: Resolved) -> bool:
    return not a.regions or not b.regions or bool(set(a.regions) & set(b.regions))


def _compared_count(item: Resolved, ctx: _Context) -> Optional[Resolved]:
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
    for c in ctx.counts:
        if c is ref or not c.draft.comparison or _to_end(c) or not _regions_agree(c, item):
            continue
        if measure != "other" and c.draft.measure != "other" and not _akin(c.draft.measure, measure):
            continue
        if c.draft.index in own:
            found.append((0, abs(c.draft.start - item.draft.start), c))
        elif c.draft.index == following and ctx.by_sentence.get(c.draft.sentence.start, [None])[0] is c \
                and _akin(c.draft.measure, measure):  # the next sentence's figure must say what it counts
            found.append((1, 0, c))
    return min(found, key=lambda x: x[:2])[2] if found else None


def _to_end(count: Resolved) -> bool:
    """The count is the later end of a from-to pair ("from 400 to 500"), not an earlier figure."""
    d = count.draft
    return bool(re.search(r"\bto\s*$", d.sentence.text[:d.start - d.sentence.start]))


def _antecedent(count: Resolved, ctx: _Context) -> Optional[Resolved]:
    """The count a "that figure had risen to 477" or a "..., rising to 70" goes back to.

    The last count of its measure and place before it, two sentences back at most.
    """
    d = count.draft
    changed_to = re.search(rf"(?:{word_regex('change_to').pattern})\s*$", d.sentence.text[:d.start - d.sentence.start])
    if d.inherit != "previous" and not changed_to:
        return None
    for earlier in reversed(ctx.counts):
        if earlier.draft.start >= count.draft.start or earlier.draft.comparison:
            continue
        if count.draft.index - earlier.draft.index > 2:
            return None
        if _akin(earlier.draft.measure, count.draft.measure) and _regions_agree(earlier, count):
            return earlier
    return None


def _years_apart(period: Optional[periods.Period]) -> bool:
    """The period runs from the start of one calendar year to the end of a later one ("between 2016 and 2018")."""
    return bool(period is not None and period.start and period.end and period.start.month == 1
                and period.start.day == 1 and period.end.month == 12 and period.end.day == 31
                and period.end.year > period.start.year)


def _base_count(item: Resolved, ctx: _Context) -> Optional[Resolved]:
    """The count a change compares with: of its base period, else the earlier figure stated beside it."""
    by_period = _base_by_period(item, ctx)
    if by_period is not None:
        return by_period
    if item.count_ref is None:
        return None
    base = _compared_count(item, ctx) or _antecedent(item.count_ref, ctx)
    if base is None or base.period is None:
        return base
    if item.count_ref.period is not None and not base.period.end < item.count_ref.period.start:
        return None  # the "earlier" figure is not earlier
    if item.base_period is not None and not _overlap(item.base_period, base.period):
        return None  # "31% on the previous year, and double the 402 of 2020": another comparison
    return base


def _overlap(a: periods.Period, b: periods.Period) -> bool:
    return bool(a.start and a.end and b.start and b.end and a.start <= b.end and b.start <= a.end)


def _base_by_period(item: Resolved, ctx: _Context) -> Optional[Resolved]:
    if item.base_period is None:
        return None
    measure = item.count_ref.draft.measure if item.count_ref else None
    candidates = [
        c for c in ctx.counts
        if _same_period(c.period, item.base_period) and c is not item.count_ref
        and (measure is None or _akin(c.draft.measure, measure))
        and (set(c.regions or []) == set(item.regions or []) or c.draft.sentence == item.draft.sentence)
    ]
    candidates.sort(key=lambda c: (set(c.regions or []) != set(item.regions or []), c.draft.measure != measure,
                                   c.draft.sentence != item.draft.sentence,
                                   not c.draft.comparison, abs(c.draft.start - item.draft.start)))
    return candidates[0] if candidates else None


def _restated(item: Resolved, pcts: list[Resolved]) -> None:
    """A change stated again without its counts ("an increase of nearly 200 per cent in Cheshire", in a
    quote after "477 - a 193 per cent rise") takes the counts of the one change of its place, measure,
    direction and period that has both."""
    d = item.draft
    if not item.regions:
        return
    same = [p for p in pcts if p is not item and p.count_ref is not None and p.base_count_ref is not None
            and set(p.regions or []) == set(item.regions) and p.draft.direction == d.direction
            and d.measure in ("other", p.draft.measure)
            and (item.period is None or p.period is None or _same_period(item.period, p.period))]
    if len(same) != 1:
        return
    item.count_ref, item.base_count_ref = same[0].count_ref, same[0].base_count_ref
    d.measure = same[0].draft.measure  # its periods stay what its own words say


def _date_from_base(item: Resolved, base: periods.Period) -> None:
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


def _multiplier(d: Draft, ctx: _Context, percentages: list[Resolved]) -> Resolved:
    item = Resolved(d, regions=list(d.regions))
    item.period = _resolve(d.time, ctx.anchor(d.index), ctx.published)
    # the change of the same clause, or of the sentence when the multiplier's clause names no period of its
    # own ("a 31% increase on the previous year, and more than double the number during lockdown in 2020")
    same = [p for p in percentages if p.draft.sentence == d.sentence and p.draft.pct_kind == "change"
            and (p.draft.clause == d.clause or d.time is None)]
    item.percentage_ref = same[0] if same else None
    dated = sorted((c for c in ctx.by_sentence.get(d.sentence.start, []) if c.period and c.period.start),
                   key=lambda c: c.period.start)
    if len(dated) > 1 and dated[0].period.start != dated[-1].period.start:  # "doubled from 61 in 2021 to 118 in 2022"
        item.base_count_ref, item.count_ref = dated[0], dated[-1]
    if d.measure == "other":  # "the figure was 1,210, meaning demand almost doubled"
        counts = [c for c in ctx.by_sentence.get(d.sentence.start, []) if c.draft.measure != "other"]
        d.measure = counts[0].draft.measure if counts else "other"
    if item.count_ref is None and item.percentage_ref is None and not ctx.by_sentence.get(d.sentence.start) \
            and d.sentence.paragraph <= OPENING_PARAGRAPHS:
        _link_to_body(item, ctx)
    return item


#: The last paragraph (0: headline, 1: standfirst or caption, 2: opening line) whose "doubled" may rest on counts stated later.
OPENING_PARAGRAPHS = 2


def _comparisons(ctx: _Context, after: int) -> Iterator[tuple[Resolved, Resolved]]:
    """The (later, earlier) pairs of counts the text compares, in text order, from offset ``after`` on.

    An earlier figure ("up from 735 people in 2019", "from 400 to 500") with the count it
    is compared with (the "to" figure, else the count just before it, in its sentence or
    the one before); a later figure ("..., rising to 55", "that figure had leapt to 477")
    with the count it goes back to.
    """
    for n, c in enumerate(ctx.counts):
        if c.draft.start < after:
            continue
        if c.draft.comparison and not _to_end(c):
            later = next((x for x in ctx.counts[n + 1:n + 2] if _to_end(x) and x.draft.index == c.draft.index), None)
            later = later or next((x for x in reversed(ctx.counts[:n]) if not x.draft.comparison
                                   and _akin(x.draft.measure, c.draft.measure)), None)
            if later is not None and later.draft.start >= after and c.draft.index - later.draft.index <= 1:
                yield later, c
        elif not c.draft.comparison:
            earlier = _antecedent(c, ctx)
            if earlier is not None and earlier.draft.start >= after:
                yield c, earlier


def _clause_names(d: Draft) -> bool:
    """The words right after a change name what it measures ("an 80 per cent jump in calls")."""
    s = d.sentence.start
    after = d.sentence.text[d.end - s:d.end - s + MEASURE_REACH]
    return d.measure != "other" and nearest_cue(after, 0, dict(cue_patterns())) is not None


#: How many characters after a change its measure's words may start ("... jump in calls").
MEASURE_REACH = 12


def _link_to_body(item: Resolved, ctx: _Context, *, next_sentence: bool = False) -> None:
    """A change or "doubled" stated without counts takes the first comparison it can be about.

    From a headline or opening line, the first comparison of the body; elsewhere
    (``next_sentence``), one in the sentence right after, and only when the change
    names its measure ("an 80 per cent jump in calls"). The measure, place and period
    must not disagree with the claim's.
    """
    d = item.draft
    for later, base in _comparisons(ctx, d.start):
        if next_sentence and (not _clause_names(d) or later.draft.index != d.index + 1):
            return
        if (d.measure != "other" and not _akin(d.measure, later.draft.measure)) or not _regions_overlap(item, later):
            continue
        if item.period is not None and later.period is not None and not _same_period(item.period, later.period):
            continue
        item.count_ref, item.base_count_ref = later, base
        if base.period is not None:
            own = (item.period, item.base_period)
            _date_from_base(item, base.period)
            item.period, item.base_period = own  # the claim's own words fix its periods
        d.measure = later.draft.measure
        return


#: Measures a headline's looser word may give one helpline figure.
HELPLINE_FAMILY = {"helpline_calls": "helpline", "helpline_contacts": "helpline"}


def _akin(a: str, b: str) -> bool:
    """Two measures one comparison may mix ("3,150 people called ..., up from 2,100 who got in touch")."""
    return a == b or (a in HELPLINE_FAMILY and b in HELPLINE_FAMILY)


def _merge_key(item: Resolved) -> tuple:
    d = item.draft
    if d.kind == "count":  # a headline's "hears from 1,200 men" and the body's "1,200 men rang" are one claim
        return ("count", d.value, HELPLINE_FAMILY.get(d.measure, d.measure))
    if d.kind == "percentage":
        return ("percentage", d.value, d.pct_kind, d.direction)
    return ("multiplier", d.value, d.qualifier)


def _headline(item: Resolved) -> bool:
    """A statement in a headline or standfirst: one of the first lines, without a closing full stop."""
    sentence = item.draft.sentence
    return sentence.paragraph <= 3 and not sentence.text.rstrip().endswith((".", "?", '"', "\u201d"))


def _compatible(a: Resolved, b: Resolved) -> bool:
    """Whether two statements of one figure can be one claim.

    Regions and periods equal or one unstated; qualifiers equal, or one of them
    a headline's bare figure ("taking 40 calls a day" over "around 40 calls").
    """
    same_regions = not a.regions or not b.regions or set(a.regions) == set(b.regions)
    same_period = a.period is None or b.period is None or _same_period(a.period, b.period)
    qa, qb = a.draft.qualifier, b.draft.qualifier
    same_qualifier = qa == qb or (_headline(a) and qa == "exact") or (_headline(b) and qb == "exact")
    same_measure = a.draft.kind != "count" or a.draft.measure == b.draft.measure or _headline(a) or _headline(b)
    return same_regions and same_period and same_qualifier and same_measure


def _filled(item: Resolved) -> int:
    """How much a statement says; a headline's statement says less than the body's."""
    said = sum(x is not None for x in (item.period, item.base_period, item.count_ref, item.base_count_ref))
    return 2 * (said + bool(item.regions)) + (not _headline(item))


def _dedupe(items: list[Resolved], kept: dict[int, Resolved]) -> list[Resolved]:
    """One fact per claim (headline, caption and lead): the most fully resolved statement.

    Statements of the same figure merge when their regions and periods agree or
    one leaves them unstated.  The claim keeps the place of its first statement;
    ``kept`` maps every statement (by ``id()``) to the one kept, so links follow it.
    """
    claims: list[list[Resolved]] = []
    by_key: dict[tuple, list[list[Resolved]]] = {}
    for item in items:
        bucket = by_key.setdefault(_merge_key(item), [])
        for claim in bucket:
            if all(_compatible(item, other) for other in claim):
                claim.append(item)
                break
        else:
            bucket.append([item])
            claims.append(bucket[-1])
    out = []
    for claim in claims:
        best = max(claim, key=_filled)  # max keeps the first of equals
        best.regions = best.regions or next((i.regions for i in claim if i.regions), [])
        best.period = best.period or next((i.period for i in claim if i.period), None)
        for item in claim:
            kept[id(item)] = best
        out.append(best)
    return out


def assemble(drafts: list[Draft], *, published: Optional[datetime.date]) -> tuple[list[Count], list[Percentage], list[Multiplier]]:
    """Resolve, link and merge an article's drafts (in text order) into record facts."""
    ctx = _Context(published)
    counts: list[Resolved] = []
    pcts: list[Resolved] = []
    mults: list[Resolved] = []
    for d in sorted(drafts, key=lambda x: x.start):
        if d.kind == "count":
            item = _count(d, ctx)
            counts.append(item)
        elif d.kind == "percentage":
            item = _percentage(d, ctx)
            pcts.append(item)
            ctx.percentages.append(item)
        else:
            continue
        ctx.note(item)
    for item in pcts:  # the counts may come later in the text ("from 2018, when 596 ...", "25% from 400 to 500")
        pair = _from_to_after(item, ctx)
        if pair is not None:  # "rose by 30% over the same period, from 144 to 187": the pair it names
            item.count_ref = pair[1]
        elif item.count_ref is None and item.draft.pct_kind == "change":
            item.count_ref = _count_for(item.draft, ctx)
        if item.count_ref is not None and item.draft.measure == "other":
            item.draft.measure = item.count_ref.draft.measure
        item.base_count_ref = pair[0] if pair is not None else _base_count(item, ctx)
        if item.base_count_ref is not None and item.base_count_ref.period is not None:
            _date_from_base(item, item.base_count_ref.period)
    for item in pcts:
        if item.count_ref is None and item.draft.pct_kind == "change" and not ctx.by_sentence.get(item.draft.sentence.start):
            _restated(item, pcts)
            if item.count_ref is None:
                _link_to_body(item, ctx, next_sentence=item.draft.sentence.paragraph > OPENING_PARAGRAPHS)
    for d in sorted(drafts, key=lambda x: x.start):
        if d.kind == "multiplier":
            mults.append(_multiplier(d, ctx, pcts))
    totals = _listed_totals(counts)
    kept: dict[int, Resolved] = {}
    counts, pcts, mults = _dedupe(counts, kept), _dedupe(pcts, kept), _dedupe(mults, kept)
    for prefix, items in (("c", counts), ("p", pcts), ("m", mults)):
        for n, item in enumerate(items, 1):
            item.id = f"{prefix}{n}"
    for total, parts in totals:
        kept_total = kept.get(id(total), total)
        kept_total.parts = [kept.get(id(p), p) for p in parts]
        kept_total.parts_complete = total.parts_complete
    for item in [*pcts, *mults]:
        for attr in ("count_ref", "base_count_ref", "percentage_ref"):
            ref = getattr(item, attr)
            if ref is not None:
                setattr(item, attr, kept.get(id(ref), ref))
    return [_to_count(c) for c in counts], [_to_percentage(p) for p in pcts], [_to_multiplier(m) for m in mults]


def _listed_totals(counts: list[Resolved]) -> list[tuple[Resolved, list[Resolved]]]:
    """Each total and the parts listed after it in its sentence ("5,260 calls came from Yorkshire,
    including 2,270 from South Yorkshire and 1,950 from West Yorkshire"): two parts at least."""
    found: dict[int, tuple[Resolved, list[Resolved]]] = {}
    for n, part in enumerate(counts):
        if not part.draft.listed:
            continue
        total = next((c for c in reversed(counts[:n]) if c.draft.sentence == part.draft.sentence
                      and not c.draft.listed and not c.draft.comparison), None)
        if total is None or total.draft.measure != part.draft.measure or total.draft.rate != part.draft.rate:
            continue
        found.setdefault(id(total), (total, []))[1].append(part)
    out = []
    for total, parts in found.values():
        if len(parts) >= 2:
            total.parts_complete = False if parts[0].draft.listed == "including" else None
            out.append((total, parts))
    return out


def _iso(period: Optional[periods.Period]) -> tuple[Optional[str], Optional[str]]:
    return period.iso() if period is not None else (None, None)


def _ref(item: Optional[Resolved]) -> Optional[str]:
    return item.id or None if item is not None else None


def _common(item: Resolved) -> dict[str, Any]:
    d = item.draft
    start, end = _iso(item.period)
    return dict(id=item.id, text=d.text, start=d.start, end=d.end, sentence=(d.sentence.start, d.sentence.end),
                qualifier=d.qualifier, regions=list(item.regions or []), period_start=start, period_end=end)


def _to_count(item: Resolved) -> Count:
    d = item.draft
    return Count(**_common(item), value=d.value, measure=d.measure, unit=d.unit, rate=d.rate,
                 parts=[p.id for p in item.parts], parts_complete=item.parts_complete)


def _to_percentage(item: Resolved) -> Percentage:
    d = item.draft
    base_start, base_end = _iso(item.base_period)
    return Percentage(**_common(item), value=d.value, kind=d.pct_kind or "share", direction=d.direction, measure=d.measure,
                      base_period_start=base_start, base_period_end=base_end,
                      count_ref=_ref(item.count_ref), base_count_ref=_ref(item.base_count_ref))


def _to_multiplier(item: Resolved) -> Multiplier:
    d = item.draft
    return Multiplier(**_common(item), factor=d.value, word=d.word or d.text, measure=d.measure,
                      count_ref=_ref(item.count_ref), base_count_ref=_ref(item.base_count_ref),
                      percentage_ref=_ref(item.percentage_ref))
