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

The context a fact inherits from is in :mod:`pipeline.extract.inheritance`, the links
between facts in :mod:`pipeline.extract.linking`; here are the pass itself, the merging
of repeated claims and the conversion to record facts.
"""
from __future__ import annotations

import datetime
import re
from typing import Any, Optional

from pipeline.extract import periods
from pipeline.extract.change_figures import periods_from_figures
from pipeline.extract.change_order import change_of_later_period, earlier_share_period
from pipeline.extract.compared_change import change_on_year_before, later_of_comparison
from pipeline.extract.open_ends import run_to_publication
from pipeline.extract.headline_figures import date_from_body
from pipeline.extract.headline_places import places_from_body
from pipeline.extract.headline_year import date_undated, headline_published
from pipeline.extract.named_year import named_year_date
from pipeline.extract.channel_parts import channel_parts
from pipeline.extract.channels import two_channels
from pipeline.extract.count_groups import count_group
from pipeline.extract.inheritance import (  # noqa: F401  (re-exported: importable from here as before)
    HELPLINE_FAMILY,
    INHERIT_WINDOW,
    Context,
    Resolved,
    periods_equal,
    resolve_count,
)
from pipeline.extract.inherited_places import REGION_ANAPHORA  # noqa: F401  (re-exported: importable from here as before)
from pipeline.extract.linking import (
    OPENING_PARAGRAPHS,
    base_count,
    count_by_period,
    count_for,
    date_from_base,
    labelled_base,
    link_to_body,
    other_thing,
    resolve_multiplier,
    resolve_percentage,
    restated,
)
from pipeline.extract.measures import lexicon
from pipeline.extract.pairs import bracketed_change, from_to_after, reached_after
from pipeline.extract.pair_periods import date_pair_by_change
from pipeline.extract.partitions import partitions
from pipeline.extract.part_periods import date_parts_by_total
from pipeline.extract.part_places import beside_its_place
from pipeline.extract.restatements import restatements
from pipeline.extract.rolling_periods import name_rolling
from pipeline.extract.sentence_context import Draft
from pipeline.extract.shares import share_inputs
from pipeline.records import Count, Multiplier, Percentage


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
    same_period = a.period is None or b.period is None or periods_equal(a.period, b.period)
    qa, qb = a.draft.qualifier, b.draft.qualifier
    same_qualifier = qa == qb or (_headline(a) and qa == "exact") or (_headline(b) and qb == "exact")
    same_measure = a.draft.kind != "count" or a.draft.measure == b.draft.measure or _headline(a) or _headline(b)
    return same_regions and same_period and same_qualifier and same_measure


def _filled(item: Resolved) -> int:
    """How much a statement says; a headline's statement says less than the body's."""
    said = sum(x is not None for x in (item.period, item.base_period, item.count_ref, item.base_count_ref))
    return 2 * (said + bool(item.regions)) + (not _headline(item))


class _Claim:
    """The statements of one claim, and what :func:`_compatible` reads of them gathered up: a statement
    is compatible with every statement of the claim exactly when it is with these sets (each of its
    tests is "equal, or one side leaves it open"), so it is compared with a claim at once instead of
    with each of its statements (a page that states one figure thousands of times was quadratic)."""

    def __init__(self) -> None:
        self.items: list[Resolved] = []
        self.regions: set[frozenset] = set()  # the stated regions, as sets
        self.periods: set[tuple] = set()  # the stated periods' (start, end): ``periods_equal`` compares these
        self.qualifiers: set[Optional[str]] = set()  # but a headline's bare figure's
        self.measures: set[Optional[str]] = set()  # but a headline's

    def admits(self, item: Resolved) -> bool:
        """``all(_compatible(item, other) for other in self.items)``, from the gathered sets."""
        if item.regions and not self.regions <= {frozenset(item.regions)}:
            return False
        if item.period is not None and not self.periods <= {(item.period.start, item.period.end)}:
            return False
        headline = _headline(item)
        qualifier = item.draft.qualifier
        if not (headline and qualifier == "exact") and not self.qualifiers <= {qualifier}:
            return False
        return item.draft.kind != "count" or headline or self.measures <= {item.draft.measure}

    def add(self, item: Resolved) -> None:
        self.items.append(item)
        if item.regions:
            self.regions.add(frozenset(item.regions))
        if item.period is not None:
            self.periods.add((item.period.start, item.period.end))
        headline = _headline(item)
        if not (headline and item.draft.qualifier == "exact"):
            self.qualifiers.add(item.draft.qualifier)
        if not headline:
            self.measures.add(item.draft.measure)


def _dedupe(items: list[Resolved], kept: dict[int, Resolved]) -> list[Resolved]:
    """One fact per claim (headline, caption and lead): the most fully resolved statement.

    Statements of the same figure merge when their regions and periods agree or
    one leaves them unstated (:func:`_compatible` with every statement of the claim).  The claim
    keeps the place of its first statement; ``kept`` maps every statement (by ``id()``) to the
    one kept, so links follow it.
    """
    claims: list[_Claim] = []
    by_key: dict[tuple, list[_Claim]] = {}
    for item in items:
        bucket = by_key.setdefault(_merge_key(item), [])
        for claim in bucket:
            if claim.admits(item):
                claim.add(item)
                break
        else:
            bucket.append(_Claim())
            bucket[-1].add(item)
            claims.append(bucket[-1])
    out = []
    for claim in claims:
        best = max(claim.items, key=_filled)  # max keeps the first of equals
        if not best.regions:
            placed = next((i for i in claim.items if i.regions), None)
            best.regions = list(placed.regions) if placed is not None else []
            best.regions_inherited = placed is not None and placed.regions_inherited
        best.period = best.period or next((i.period for i in claim.items if i.period), None)
        for item in claim.items:
            kept[id(item)] = best
        out.append(best)
    return out


def _relatives(drafts: list[Draft]) -> list[str]:
    """The relative periods ("last_year", "this_year") the drafts' sentences name."""
    return [m.relative for d in drafts for m in (d.time, d.sentence_time) if getattr(m, "relative", None)]


def assemble(drafts: list[Draft], *, published: Optional[datetime.date],
             headline: Optional[int] = None, implied: Optional[datetime.date] = None,
             ) -> tuple[list[Count], list[Percentage], list[Multiplier]]:
    """Resolve, link and merge an article's drafts (in text order) into record facts; ``headline``
    is the year the article's headline names (:mod:`pipeline.extract.headline_year`), ``implied``
    the date its text implies otherwise (an anniversary: :mod:`pipeline.extract.anniversary_year`)."""
    ctx = Context(published, drafts)
    ctx.published = ctx.published or headline_published(headline, _relatives(drafts)) or named_year_date(drafts) \
        or implied
    counts: list[Resolved] = []
    pcts: list[Resolved] = []
    mults: list[Resolved] = []
    for d in sorted(drafts, key=lambda x: x.start):
        if d.kind == "count":
            item = resolve_count(d, ctx)
            counts.append(item)
            if getattr(d, "difference", None) and d.unit is None:
                continue  # "an increase of nearly 300,000": no count for others to link or inherit from
        elif d.kind == "percentage":
            item = resolve_percentage(d, ctx)
            later_of_comparison(item, ctx)  # "..., compared with 1,500 in 2021-22. That is a rise of 23%."
            change_on_year_before(item, ctx)  # "A year earlier it took 1,310, an increase of 33 per cent."
            change_of_later_period(item, ctx)  # "up from 255 a year earlier - a 62 per cent increase": this year's
            earlier_share_period(item, ctx)  # "31% of callers, up from 24% the year before": 24% of the year before
            date_pair_by_change(item, ctx)  # "climbed from 1,500 to 2,100, a 40 per cent increase": its periods
            pcts.append(item)
            ctx.percentages.append(item)
        else:
            continue
        ctx.note(item)
    date_parts_by_total(counts)  # "900 calls in 2023. In 2022, 780. By borough: 410, 270, 220": parts of 2023
    date_undated([*counts, *pcts], headline, published)  # "... calls 2020": the headline's year
    date_from_body(counts)  # "More than 170 people sought help" over "171 people ... in 2016"
    for item in pcts:  # "dropped from 28,700 in January to 22,153 in May (23pc)": the pair's change
        bracketed = bracketed_change(item, ctx)
        if bracketed is not None:
            item.base_count_ref, item.count_ref = bracketed
            item.base_period, item.period = bracketed[0].period, bracketed[1].period
            if item.count_ref.draft.measure != "other":
                item.draft.measure = item.count_ref.draft.measure
    for item in pcts:  # the counts may come later in the text ("from 2018, when 596 ...", "25% from 400 to 500")
        if item.base_count_ref is not None and item.count_ref is not None:
            continue
        pair = from_to_after(item, ctx)
        reached = reached_after(item.draft, ctx)
        if pair is not None:  # "rose by 30% over the same period, from 144 to 187": the pair it names
            item.count_ref = pair[1]
        elif reached is not None:  # "chats rose by 40% to 1,260": the count it reached, not the one before
            item.count_ref = reached
            if reached.draft.measure != "other":
                item.draft.measure = reached.draft.measure
        elif item.count_ref is None and item.draft.pct_kind == "change":
            item.count_ref = count_for(item.draft, ctx)
        if item.count_ref is not None and item.draft.measure == "other":
            item.draft.measure = item.count_ref.draft.measure
        item.base_count_ref = pair[0] if pair is not None else (labelled_base(item, ctx) or base_count(item, ctx))
        if item.base_count_ref is not None and item.base_count_ref.period is not None:
            date_from_base(item, item.base_count_ref.period)
    for item in pcts:  # a share stated between its part and its whole: the part is its count, the whole its base
        shared = share_inputs(item, ctx)
        if shared is not None:
            item.count_ref, item.base_count_ref = shared
    for item in pcts:
        if item.count_ref is None and item.draft.pct_kind == "change" and not ctx.by_sentence.get(item.draft.sentence.start):
            restated(item, pcts)
            if item.count_ref is None:
                link_to_body(item, ctx, next_sentence=item.draft.sentence.paragraph > OPENING_PARAGRAPHS)
            if item.count_ref is None:  # "the total rose by 24% between 2019 and 2020": its periods' counts
                item.count_ref = count_by_period(item, ctx)
    for item in pcts:  # "casinos rose from 12 to 17, and the calls tied to them rose 25%": not the casinos' change
        if any(ref is not None and other_thing(ref, item.draft) for ref in (item.count_ref, item.base_count_ref)):
            item.count_ref = item.base_count_ref = None
    for item in pcts:  # "800 calls in 2022 ... 1,300 texts in 2023": two channels of one line, no pair
        if item.count_ref is not None and item.base_count_ref is not None \
                and two_channels(item.count_ref.draft.text, item.base_count_ref.draft.text):
            item.base_count_ref = None
    periods_from_figures(pcts, ctx)  # "calls have risen by 25 per cent" and the figures after: 2023 on 2022
    changes: dict[int, list[Resolved]] = {}  # by sentence: a multiplier reads its own sentence's changes only
    for item in pcts:
        if item.draft.pct_kind == "change":
            changes.setdefault(item.draft.sentence.start, []).append(item)
    for d in sorted(drafts, key=lambda x: x.start):
        if d.kind == "multiplier":
            mults.append(resolve_multiplier(d, ctx, changes.get(d.sentence.start, [])))
            if mults[-1].count_ref is not None and mults[-1].base_count_ref is not None \
                    and two_channels(mults[-1].count_ref.draft.text, mults[-1].base_count_ref.draft.text):
                mults[-1].count_ref = mults[-1].base_count_ref = None  # "doubled": calls then texts are no pair
    places_from_body([*counts, *pcts])  # "Yorkshire calls up 40%" over "from Yorkshire and the Humber rose by 40%"
    totals = _listed_totals(counts)
    listed = {id(t) for t, _ in totals}
    totals += [(t, parts) for t, parts in _channel_totals(counts) if id(t) not in listed]
    listed = {id(t) for t, _ in totals}
    totals += [(t, parts) for t, parts in channel_parts(counts) if id(t) not in listed]  # "Of these, 1,400 phoned ..."
    lists = partitions(pcts)
    restating = restatements(pcts)
    kept: dict[int, Resolved] = {}
    counts, pcts, mults = _dedupe(counts, kept), _dedupe(pcts, kept), _dedupe(mults, kept)
    name_rolling([*counts, *pcts, *mults])  # "the past 12 months": null, unless the article's year anchors it
    run_to_publication([*counts, *pcts], published)  # "since 2019": to the publication date (decision 6)
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
    last_of: dict[int, str] = {}  # a share of a list of shares of one whole -> the list's last share
    for run in lists:
        members = [id(kept.get(id(share), share)) for share in run]
        if len(set(members)) < len(members) or any(m in last_of for m in members):
            continue  # a share merged with another statement of its figure: the list cannot be told apart
        closing = kept.get(id(run[-1]), run[-1])
        last_of.update((m, closing.id) for m in members)
    restated_by = {id(kept.get(id(f), f)): kept.get(id(n), n).id for f, n in restating}
    pcts_out = [_to_percentage(p, last_of.get(id(p))) for p in pcts]
    for item, out in zip(pcts, pcts_out):
        out.restated_ref = restated_by.get(id(item)) if restated_by.get(id(item)) != out.id else None
    return [_to_count(c) for c in counts], pcts_out, [_to_multiplier(m) for m in mults]


def _listed_totals(counts: list[Resolved]) -> list[tuple[Resolved, list[Resolved]]]:
    """Each total and the parts listed after it in its sentence ("5,260 calls came from Yorkshire,
    including 2,270 from South Yorkshire and 1,950 from West Yorkshire"): two parts at least.

    A part's total is the last count before it in its sentence that is neither listed nor a comparison's,
    found in one pass (the last such count of each sentence kept as the counts go by). Figures each written
    after its place ("Glasgow accounted for 820, Edinburgh for 510 and Aberdeen for 310") are items of one
    list side by side: the first is no total of the others."""
    found: dict[int, tuple[Resolved, list[Resolved]]] = {}
    last: dict[tuple[int, int], Resolved] = {}  # sentence -> its last count that may be a total
    for part in counts:
        where = (part.draft.sentence.start, part.draft.sentence.end)
        if not part.draft.listed:
            if not part.draft.comparison:
                last[where] = part
            continue
        total = last.get(where)
        if total is None or total.draft.measure != part.draft.measure or total.draft.rate != part.draft.rate:
            continue
        if getattr(total.draft, "place_first", False) and getattr(part.draft, "place_first", False):
            continue  # "Glasgow accounted for 820 of them, Edinburgh for 510": items side by side
        if beside_its_place(total, part):
            continue  # "310 in Newport, 240 in Caerphilly and 150 in Torfaen": a list of places, no total first
        found.setdefault(id(total), (total, []))[1].append(part)
    out = []
    for total, parts in found.values():
        if len(parts) >= 2:
            total.parts_complete = False if parts[0].draft.listed == "including" else None
            out.append((total, parts))
    return out


#: Between a total and its first part, and between parts: a list's punctuation and words, at most 40 of them
#: with no word that starts another statement ("13,831 telephone calls, 3,090 emails and 2,258 text messages").
_LIST_GAP = re.compile(r"(?:[\s,:;(\u2013\u2014-]|\b(?:and|including|of\s+which|plus|with|spoke|to|answered|"
                       r"responded|made|sent|received|took|carried|out|no|longer|the|by|via|from|in|person)\b|\)){0,40}+",
                       re.I)


def _channel_totals(counts: list[Resolved]) -> list[tuple[Resolved, list[Resolved]]]:
    """A total of contacts and its breakdown by channel listed after it in its sentence ("responded to 19,240
    contacts, 13,831 telephone calls, 3,090 emails and 2,258 text messages and spoke with 61 callers face to
    face"): two parts at least, each a channel's count of the helpline's use, of the total's place and period."""
    words = lexicon()["channel_totals"]
    totals, parts_of, phrases = set(words["totals"]), set(words["parts"]), words["part_phrases"]
    out = []
    for n, total in enumerate(counts):
        d = total.draft
        if (getattr(d, "unit_word", None) or "").lower() not in totals or d.comparison or d.measure not in HELPLINE_FAMILY:
            continue
        parts, end = [], d.end
        for c in counts[n + 1:]:
            cd = c.draft
            if cd.sentence != d.sentence:
                break
            gap = d.sentence.text[end - d.sentence.start:cd.start - d.sentence.start]
            tail = d.sentence.text[cd.end - d.sentence.start:cd.end - d.sentence.start + 16].lower()
            channel = (getattr(cd, "unit_word", None) or "").lower() in parts_of \
                or any(tail.lstrip().startswith(p) for p in phrases)
            in_person = getattr(cd, "in_person", False)  # "61 callers face to face": other, yet a channel of the total
            if not channel or cd.comparison or (cd.measure not in HELPLINE_FAMILY and not in_person) or cd.rate != d.rate \
                    or not _LIST_GAP.fullmatch(gap) or set(c.regions or []) != set(total.regions or []) \
                    or not (c.period is None or total.period is None or periods_equal(c.period, total.period)):
                break
            parts.append(c)
            end = cd.end
        if len(parts) >= 2:
            out.append((total, parts))
    return out


def _iso(period: Optional[periods.Period]) -> tuple[Optional[str], Optional[str]]:
    return period.iso() if period is not None else (None, None)


def _ref(item: Optional[Resolved]) -> Optional[str]:
    return item.id or None if item is not None else None


def _common(item: Resolved) -> dict[str, Any]:
    """The fields every fact has; its published places are those its own sentence names, else none (ANNOTATION.md
    decision 12; the blind sets' annotators read it for percentages and multipliers too: "That is up 30%.")."""
    d = item.draft
    start, end = _iso(item.period)
    return dict(id=item.id, text=d.text, start=d.start, end=d.end, sentence=(d.sentence.start, d.sentence.end),
                qualifier=d.qualifier, regions=[] if item.regions_inherited else list(item.regions or []),
                period_start=start, period_end=end)


def _to_count(item: Resolved) -> Count:
    """The published count: the places its own sentence names, else none (ANNOTATION.md decision 12); places
    taken from the sentences before go to ``context_regions``, which the checks pair by."""
    d = item.draft
    common = _common(item)
    count = Count(**common, value=d.value, measure=d.measure, unit=d.unit, rate=d.rate,
                  parts=[p.id for p in item.parts], parts_complete=item.parts_complete,
                  difference=getattr(d, "difference", None),
                  group=count_group(d.text, d.sentence.text, d.end - d.sentence.start))
    count.context_regions = _context_regions(item)
    return count


def _context_regions(item: Resolved) -> list[str]:
    """The places a fact took from the sentences before when its own sentence names none (its published ``regions``
    are then empty), which the checks pair it by; empty otherwise."""
    return list(item.regions or []) if item.regions_inherited else []


def _to_percentage(item: Resolved, partition_ref: Optional[str] = None) -> Percentage:
    d = item.draft
    base_start, base_end = _iso(item.base_period)
    return Percentage(**_common(item), value=d.value, kind=d.pct_kind or "share", direction=d.direction, measure=d.measure,
                      base_period_start=base_start, base_period_end=base_end,
                      count_ref=_ref(item.count_ref), base_count_ref=_ref(item.base_count_ref),
                      partition_ref=partition_ref, context_regions=_context_regions(item))


def _to_multiplier(item: Resolved) -> Multiplier:
    d = item.draft
    base_start, base_end = _iso(item.base_period)
    return Multiplier(**_common(item), factor=d.value, word=d.word or d.text, measure=d.measure,
                      base_period_start=base_start, base_period_end=base_end,
                      count_ref=_ref(item.count_ref), base_count_ref=_ref(item.base_count_ref),
                      percentage_ref=_ref(item.percentage_ref), context_regions=_context_regions(item))
