"""A "doubled" linked to what it restates: the change of its clause, the pair of counts its words give,
or (in the opening lines) the body's comparisons (:mod:`pipeline.extract.body_links`).
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.base_links import ends_before
from pipeline.extract.body_links import OPENING_PARAGRAPHS, clause_places, link_to_body
from pipeline.extract.clauses import two_clauses
from pipeline.extract.inheritance import Context, Resolved, resolve_mention
from pipeline.extract.inherited_places import anaphoric_regions
from pipeline.extract.pairs import as_many_bracketed, bracketed_pair, compared_with_bracketed, from_to_after
from pipeline.extract.sentence_context import Draft


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


#: Between a multiplier and the figure its words take as their object ("nearly double the 331", "three times
#: that of 2,100", "twice the figure of 410", "four times the 2023 figure of 610", "the previous year's total of"),
#: also through the noun of the change it qualifies ("a fourfold rise on the 745", "a threefold increase compared
#: with the 210"): that figure is the base it multiplies.
_OBJECT = re.compile(r"\s{1,3}(?:(?:rise|increase|jump|leap|growth)\s{1,3}(?:on|from|over|compared\s{1,3}(?:with|to))\s{1,3})?"
                     r"(?:the|that\s{1,3}of|those\s{1,3}of)"
                     r"(?:\s{1,3}(?:\d{4}(?:[/-]\d{2})?|previous\s{1,3}year[\u2019']s|year\s{1,3}before[\u2019']s))?"
                     r"(?:\s{1,3}(?:figure|number|total|level)\s{1,3}(?:of|for))?\s{1,3}")


def _object_first(d: Draft, pair: tuple[Resolved, Resolved]) -> tuple[Resolved, Resolved]:
    """``(base, later)`` with the figure the multiplier's words take as their object as the base, whatever periods
    the two took ("640 chats, nearly double the 331 in the same months of 2024": 331 is the base)."""
    base, later = pair
    s = d.sentence.start
    gap = d.sentence.text[d.end - s:later.draft.start - s]
    return (later, base) if later.draft.start >= d.end and _OBJECT.fullmatch(gap) else pair


def _object_pair(d: Draft, ctx: Context) -> Optional[tuple[Resolved, Resolved]]:
    """``(base, later)`` when the multiplier's words take a figure of its sentence as their object and a figure of
    one measure stands before it in the sentence ("1,200 calls ..., three times the 400 made by women", "2,100
    calls last year, four times the 2023 figure of 610"): the words tie the two, whatever periods they took."""
    s = d.sentence.start
    counts = ctx.by_sentence.get(s, [])
    base = next((c for c in counts if c.draft.start >= d.end
                 and _OBJECT.fullmatch(d.sentence.text[d.end - s:c.draft.start - s])), None)
    before = [c for c in counts if c.draft.end <= d.start]
    if base is None or not before:
        return None
    later = before[-1]
    return (base, later) if one_measure(base, later) else None


def one_measure(base: Resolved, later: Resolved) -> bool:
    """Two counts a multiplier may join: one measure, or one of them of no known measure.  Counts of two known
    measures ("1,000 webchats in 2024 ... a twofold rise on the 700 calls of 2023"), even of one helpline's family,
    are two things the multiplier does not compare."""
    return later.draft.measure == base.draft.measure or "other" in (later.draft.measure, base.draft.measure)


def resolve_multiplier(d: Draft, ctx: Context, percentages: list[Resolved]) -> Resolved:
    """A multiplier resolved: its places, period and base period, the change of its sentence it restates (among
    ``percentages``, the changes of its sentence or of the page) and the pair of counts its words give."""
    item = Resolved(d, regions=list(d.regions) or anaphoric_regions(d, ctx))  # "the state's rate has tripled"
    item.regions = clause_places(item)  # "Calls from Wales double as Swansea sees sharpest rise": Wales
    item.regions_inherited = not d.regions and bool(item.regions)  # "The number has doubled.": published with none
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
    elif len(dated) > 1 and dated[0].period.start != dated[-1].period.start and one_measure(dated[0], dated[-1]) \
            and not _counts_of_another_clause(d, (dated[0], dated[-1])):  # "doubled from 61 in 2021 to 118 in 2022"
        item.base_count_ref, item.count_ref = _object_first(d, (dated[0], dated[-1]))
    else:  # "more than doubled from February (68) to March (157)"; "1,200 calls, three times the 400 ..."
        item.base_count_ref, item.count_ref = bracketed_pair(item, ctx) or _object_pair(d, ctx) or (None, None)
    if d.measure == "other":  # "the figure was 1,210, meaning demand almost doubled"
        counts = [c for c in ctx.by_sentence.get(d.sentence.start, []) if c.draft.measure != "other"]
        d.measure = counts[0].draft.measure if counts else "other"
    if item.count_ref is None and item.percentage_ref is None and not ctx.by_sentence.get(d.sentence.start) \
            and d.sentence.paragraph <= OPENING_PARAGRAPHS:
        link_to_body(item, ctx)
        _later_period_later(item)
    return item


def _later_period_later(item: Resolved) -> None:
    """(in place) A pair of the body linked to an opening line's multiplier, the later period as the later figure
    whatever order the text names them in ("It heard from 1,800 people in 2023. In 2021 the figure was 900.": the
    body's comparison reads the second figure as the one after the first)."""
    later, base = item.count_ref, item.base_count_ref
    if later is not None and base is not None and later.period is not None and base.period is not None \
            and ends_before(later.period, base.period):
        item.count_ref, item.base_count_ref = base, later
