"""A claim of the opening lines linked to the body's comparisons: a headline's "doubled", a change
stated without counts.

Every (later, earlier) pair of counts the text compares is found once per article
(:func:`_comparison_pairs`), indexed by measure, and a claim reads at most ``COMPARISONS_READ``
of them for the one it is about (:func:`link_to_body`).
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator, Optional

from pipeline.extract import periods
from pipeline.extract.base_links import antecedent, date_from_base, overlap
from pipeline.extract.change_links import names_other, other_thing
from pipeline.extract.inheritance import HELPLINE_FAMILY, Context, Resolved, akin, periods_equal
from pipeline.extract.inherited_places import regions_overlap
from pipeline.extract.listed_wholes import listed_whole, names_part
from pipeline.extract.measures import cue_patterns, nearest_cue
from pipeline.extract.pairs import to_end
from pipeline.extract.regions import covers
from pipeline.extract.sentence_context import Draft


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
            later = later or _plain_before(counts, n, ctx)
            if later is not None and c.draft.index - later.draft.index <= 1:
                add(c, later, c)
        elif not c.draft.comparison:
            earlier = antecedent(c, ctx)
            if earlier is not None:
                add(c, c, earlier)
    ctx.comparison_pairs = (len(counts), found)
    return found


def _measure_key(measure: str) -> tuple[str, str]:
    """One key for the measures :func:`akin` lets one comparison mix."""
    return ("akin", HELPLINE_FAMILY[measure]) if measure in HELPLINE_FAMILY else ("is", measure)


def _plain_before(counts: list[Resolved], n: int, ctx: Context) -> Optional[Resolved]:
    """The last count before ``counts[n]``, in its sentence or the one before, that is no earlier figure and
    counts what it counts, at its rate (an earlier one, two sentences back or more, is compared with nothing); of a
    breakdown, its total, unless the earlier figure names the part's own noun (:mod:`pipeline.extract.listed_wholes`)."""
    c = counts[n]
    for i in range(n - 1, -1, -1):
        x = counts[i]
        if c.draft.index - x.draft.index > 1:
            return None
        if not x.draft.comparison and akin(x.draft.measure, c.draft.measure) and x.draft.rate == c.draft.rate:
            whole = listed_whole(x, ctx)  # "5,935 contacts - 4,205 calls and 1,730 webchats": the total, not a part
            return whole if whole is not None and not names_part(c, x, whole) else x
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
    whole: dict[tuple[str, str], dict[tuple, set[int]]] = {}  # the figures naming no place, indexed once per call
    # the next sentence's comparison must be the first after the change, of whatever measure
    for seen, (later, base) in enumerate(_comparisons(ctx, d.start, "other" if next_sentence else d.measure)):
        if seen == COMPARISONS_READ:
            return  # a page of thousands of figures: no change reads them all
        if next_sentence and (not _clause_names(d) or later.draft.index != d.index + 1):
            return
        if (d.measure != "other" and not akin(d.measure, later.draft.measure)) or not regions_overlap(item, later) \
                or not _own_places_meet(item, later):
            continue
        if not item.regions and later.regions and _whole_figures(whole, ctx, later.draft.measure, (later, base)):
            return  # "Calls to a national line have nearly doubled": the whole's figures, not the North East's;
            # the checks' resolver finds the pair among them (pipeline.check.period_pairs)
        if names_other(d, later.draft.measure) or other_thing(later, d):
            continue  # "a 30% increase in potential victims": not the helpline's calls of the body
        if item.period is not None and later.period is not None and not periods_equal(item.period, later.period) \
                and not _rolling_match(item.period, later.period, base.period):
            continue
        if item.base_period is not None and base.period is not None and item.base_period.end is not None \
                and base.period.end is not None and not overlap(item.base_period, base.period):
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


def _inner(names: list[str]) -> set[str]:
    """A fact's places less those that only say where the others are ("318 of the Welsh calls came from Swansea":
    Swansea)."""
    return {a for a in names if not any(b != a and covers(a, b) for b in names)}


#: A word that opens another clause after a claim: a place named after it is that clause's, not the claim's
#: ("Calls from Wales more than double as Swansea sees sharpest rise").
_NEXT_CLAUSE = re.compile(r"\b(?:as|while|whilst|whereas|but|although|though)\b", re.I)


def clause_places(claim: Resolved) -> list[str]:
    """The claim's places less those its sentence names only after it, in another clause."""
    d = claim.draft
    s = d.sentence.start
    text = d.sentence.text
    after = text[d.end - s:]
    turn = _NEXT_CLAUSE.search(after)
    if turn is None:
        return list(claim.regions)
    own = [r for r in claim.regions if r in text[:d.end - s + turn.start()]]
    return own or list(claim.regions)


def _own_places_meet(claim: Resolved, later: Resolved) -> bool:
    """The claim and the comparison's later figure share a place of their own, read as their words give them
    (:func:`_inner`, :func:`clause_places`): a nation's "more than doubled" is no city's comparison whose sentence
    also names the nation ("Of the Welsh calls, 318 came from Swansea, almost three times ...")."""
    if not claim.regions or not later.regions:
        return True
    return bool(_inner(clause_places(claim)) & _inner(list(later.regions)))


def _whole_figures(index: dict[tuple[str, str], dict[tuple, set[int]]], ctx: Context, measure: str,
                   pair: tuple[Resolved, Resolved]) -> bool:
    """The article states figures of ``measure`` (or one akin) that name no place, of two periods, outside ``pair``:
    a claim that names no place is about those (the whole the article reports), not a place's comparison.  The
    figures are indexed by measure and period once (``index``, filled on the first call), so each comparison a
    claim reads costs the periods of its measure, not the page's counts."""
    if not index:
        index[("", "")] = {}  # filled, even when the page has no such figure
        for c in ctx.counts:
            if not c.regions and c.period is not None and not c.draft.rate:
                periods_of = index.setdefault(_measure_key(c.draft.measure), {})
                periods_of.setdefault((c.period.start, c.period.end), set()).add(id(c))
    outside = {id(pair[0]), id(pair[1])}
    periods_of = index.get(_measure_key(measure), {})
    return sum(1 for ids in periods_of.values() if ids - outside) > 1


def _rolling_match(claim: periods.Period, later: periods.Period, earlier: Optional[periods.Period]) -> bool:
    """A claim "over the past year" (a rolling year) may be about a later figure of the calendar year it
    overlaps, when it does not overlap the earlier figure's period too."""
    return overlap(claim, later) and (earlier is None or not overlap(claim, earlier))
