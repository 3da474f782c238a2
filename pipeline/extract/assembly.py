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
between facts in :mod:`pipeline.extract.linking`, the merging of repeated claims in
:mod:`pipeline.extract.claims`, a total's listed parts in :mod:`pipeline.extract.listed_totals`
and the conversion to record facts in :mod:`pipeline.extract.record_facts`; here is the pass itself.
"""
from __future__ import annotations

import datetime
from typing import Optional

from pipeline.extract.change_figures import periods_from_figures
from pipeline.extract.change_order import change_of_later_period, earlier_share_period
from pipeline.extract.compared_change import change_on_year_before, later_of_comparison
from pipeline.extract.open_ends import run_to_publication
from pipeline.extract.headline_figures import date_from_body, date_percentages_from_body
from pipeline.extract.headline_places import places_from_body
from pipeline.extract.headline_year import date_undated, headline_published
from pipeline.extract.named_year import named_year_date
from pipeline.extract.channel_parts import channel_parts
from pipeline.extract.channels import two_channels
from pipeline.extract.claims import dedupe
from pipeline.extract.change_anchors import anchor_changes
from pipeline.extract.share_figures import date_shares_by_figures
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
from pipeline.extract.listed_totals import channel_totals, listed_totals
from pipeline.extract.pairs import bracketed_change, from_to_after, reached_after
from pipeline.extract.pair_periods import date_pair_by_change
from pipeline.extract.partitions import partitions
from pipeline.extract.part_periods import date_parts_by_total
from pipeline.extract.record_facts import to_count, to_multiplier, to_percentage
from pipeline.extract.restatements import restatements
from pipeline.extract.rolling_periods import name_rolling
from pipeline.extract.sentence_context import Draft
from pipeline.extract.shares import share_inputs
from pipeline.records import Count, Multiplier, Percentage


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
    date_percentages_from_body(pcts)  # "One in five texts come from Glasgow" over "..., or one in five" of 2022
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
    anchor_changes(pcts, counts)  # "..., when the figure stood at 872, the increase was 51 per cent": 872 the base
    periods_from_figures(pcts, ctx)  # "calls have risen by 25 per cent" and the figures after: 2023 on 2022
    date_shares_by_figures(pcts, counts)  # "Almost four in ten conversations - 3,702 - ...": its part and whole's
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
    totals = listed_totals(counts)
    listed = {id(t) for t, _ in totals}
    totals += [(t, parts) for t, parts in channel_totals(counts) if id(t) not in listed]
    listed = {id(t) for t, _ in totals}
    totals += [(t, parts) for t, parts in channel_parts(counts) if id(t) not in listed]  # "Of these, 1,400 phoned ..."
    lists = partitions(pcts)
    restating = restatements(pcts)
    kept: dict[int, Resolved] = {}
    counts, pcts, mults = dedupe(counts, kept), dedupe(pcts, kept), dedupe(mults, kept)
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
    pcts_out = [to_percentage(p, last_of.get(id(p))) for p in pcts]
    for item, out in zip(pcts, pcts_out):
        out.restated_ref = restated_by.get(id(item)) if restated_by.get(id(item)) != out.id else None
    return [to_count(c) for c in counts], pcts_out, [to_multiplier(m) for m in mults]
