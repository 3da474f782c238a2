"""The steps of :func:`pipeline.extract.facts.extract_counts`, one function each, over a :class:`CountReading`.

A figure is read in this order: its noun (:func:`read_noun`; ``None`` when the figure is no count at all), the noun
of a figure with none of its own (:func:`read_nounless`), whether it is the size of a change (:func:`read_difference`),
what it counts, the uses that are not the line's and what it takes from the count before it
(:mod:`pipeline.extract.count_measure_steps`), whether it stands alone
(:func:`standing`), and last the draft with its period, places, rate and base (:func:`count_draft`).

What this module does not do: the word tests themselves (``count_nouns``, ``count_uses``, ``count_differences``,
``count_parts``, ``other_kinds``, ``nounless_counts``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from pipeline.extract.measures import lexicon, rate_after, rate_before, unit_category
from pipeline.extract.not_counts import is_age_band, is_percentage_pair_start
from pipeline.extract.compared_dates import compared_then_figure
from pipeline.extract.place_conjuncts import conjunct_regions
from pipeline.extract.place_lists import places_before
from pipeline.extract.other_uses import quoted_noun
from pipeline.extract.bare_figures import noun_at_unit, noun_measure, predicate_unit, subject_part_unit
from pipeline.extract.sentence_context import Draft, SentenceFacts, clause_span
from pipeline.extract.fact_measures import unit_of
from pipeline.extract.fact_periods import base_for, base_mention, clause_owner, possessed_by, time_for
from pipeline.extract.fact_places import owned_places, regions_for
from pipeline.extract.phrase_ends import ends_with, ends_with_word
from pipeline.extract.count_times import times_of as _times_of
from pipeline.extract.count_uses import _names_something
from pipeline.extract.count_differences import _difference, range_partner
from pipeline.extract.count_parts import _bracketed_after, _own_tail_end, _part, _whole_after
from pipeline.extract.nounless_counts import nounless_reading
from pipeline.extract.compared_times import compared_times_measure
from pipeline.extract.number_patterns import NumberMention

#: "calls from 1,624 people", "heard from 1,240 people": where contacts came from, not the earlier figure of a comparison.
_SOURCE_FROM = re.compile(r"\b(?:calls|contacts|messages|emails|texts|chats|enquiries|referrals|help|hear|hears|heard|hearing)"
                          r"\s+from\s*$", re.I)


#: A change's base named right after it, no noun of its own: "up 12 per cent on the 12,500 in 2022", "a 10% increase
#: on the 5,000 recorded in 2022/23", "22% more than the 50,000 of 2022", "8 per cent higher than the 4,500", "up by a
#: fifth (21%) on the 2,460", a change told as a difference "an increase of 1,408 on the 25,902"; after a
#: multiplier, "nearly double the 74,800 who used it the year before", "three times the 520 it took in 2022": the
#: earlier figure of a comparison.
_CHANGE_BASE_BEFORE = re.compile(r"(?:(?:(?:%|\bper\s?cent|\bpercent)\)?\s{1,3}(?:(?:up|down|higher|lower|more|fewer|less"
                                 r"|increase|rise|fall|drop|decrease|jump)\s{1,3})?"
                                 r"|\b(?:increase|rise|fall|drop|decrease|jump)\s{1,3}of\s{1,3}(?:\d[\d,]{0,11}|a\s{1,3}"
                                 r"(?:quarter|third|half|fifth))\s{1,3})"
                                 r"(?:on|over|than)\s{1,3}(?:the\s{1,3})?"
                                 r"|\b(?:double|twice|treble|triple|(?:three|four|five|\d{1,2})\s{1,3}times)\s{1,3}the\s{1,3}"
                                 # a change told by a fraction word: "up by a third on the 3,012 made in 2022"
                                 r"|\b(?:a\s{1,3}(?:quarter|third|half|fifth|tenth)|half|two[\s-]thirds|three[\s-]quarters)"
                                 r"\s{1,3}(?:(?:more|higher|fewer|lower)\s{1,3})?(?:on|over|than)\s{1,3}the\s{1,3})$",
                                 re.I)


@dataclass
class CountReading:
    """One figure of a sentence as the steps read it: its noun, what it counts and what it takes from others."""

    number: NumberMention
    before: str  # the sentence's text before the figure
    after: str  # and after it
    unit: Optional[str]  # the noun it counts, as written
    unit_end: Optional[int]  # where its own noun ends (article offset), None when it has none
    noun_end: Optional[int]  # where the noun it counts ends, its range partner's when it has none of its own
    partner: Optional[NumberMention]  # the other end of a range ("between 550,000 and 850,000 people")
    times_measure: Optional[str]
    comparison: bool
    own_base: Any
    listed: Optional[str]
    measure: Optional[str] = None
    inherit: Optional[str] = None
    opener_part: bool = False
    noun_carried: bool = False  # its noun is the count's before it ("5,000 calls in 2020, 7,500 in 2021")
    own_channel: bool = False
    difference: Any = None
    in_person: bool = False


def read_noun(ctx: SentenceFacts, number: NumberMention, found: list[Draft]) -> Optional[CountReading]:
    """The figure's own noun, range partner and whether it is a comparison's earlier figure; ``None`` for a figure
    that is no count: a percentage, an age band, the first of a percentage pair, a figure of a noun we never count."""
    lex = lexicon()
    s = ctx.sentence.start
    if number.percent:
        return None
    if is_age_band(ctx.sentence.text[:number.num_start - s], ctx.sentence.text[number.num_end - s:], number.value):
        return None  # "the 25-44 age group", "16- to 24-year-olds": ages, not counts
    if is_percentage_pair_start(ctx.sentence.text[number.num_end - s:], number.value):
        return None  # "the share grew from 9.5 to 14%": a percentage written once for both figures
    unit, unit_end = unit_of(ctx, number)
    partner = range_partner(ctx, number) if unit is None else None
    noun_end = unit_end
    if partner is not None:
        unit, noun_end = unit_of(ctx, partner)  # "between 550,000 and 850,000 people": both figures count people
    times_measure = _times_of(unit, ctx.sentence.text[:number.start - s], ctx.sentence.text[number.end - s:]) \
        or compared_times_measure(unit, ctx.sentence.text[:number.start - s], ctx.sentence.text[number.end - s:],
                                  found)  # "compared with 1,688 times"
    not_units = set(lex["not_units"])
    if unit and (unit in not_units or unit.split()[-1] in not_units) and not times_measure:
        return None
    unit = unit.split()[-1] if unit and unit.split()[-1] in lex["units"] else unit
    before = ctx.sentence.text[:number.start - s]
    after = ctx.sentence.text[number.end - s:]
    comparison = (ends_with(before, "comparison") and not _SOURCE_FROM.search(before)) or bool(
        found and ends_with_word(before, "to") and ends_with_word(ctx.sentence.text[:found[-1].start - s], "from"))
    comparison = comparison or bool(_CHANGE_BASE_BEFORE.search(before[-40:]))
    return CountReading(number=number, before=before, after=after, unit=unit, unit_end=unit_end, noun_end=noun_end,
                        partner=partner, times_measure=times_measure, comparison=comparison,
                        own_base=base_mention(ctx, number.num_start),
                        listed=_part(ctx, number, before) if found else None)


def read_nounless(ctx: SentenceFacts, r: CountReading, found: list[Draft]) -> bool:
    """The noun of a figure with none of its own, from the count before it, its whole, its quote marks, its predicate
    or the rules of ``nounless_counts``; ``False`` when the figure is an age, no count."""
    number = r.number
    s = ctx.sentence.start
    lex = lexicon()
    if r.unit is None and found and _bracketed_after(ctx, found[-1], number):
        # "one in five of the 7,000 callers (about 1,400)": what the count before it counts
        r.unit, r.measure, r.inherit = found[-1].unit_word, found[-1].measure, found[-1].inherit
    elif r.unit is None:
        whole = _whole_after(ctx, number)
        if whole is not None:
            r.unit = whole  # "1,400 of the 7,000 callers": a part counts what its whole counts
    if r.unit is None and quoted_noun(ctx.sentence.text[number.end - s:]):
        # "two “turning points”": a writer's term in quote marks, no helpline figure; a unit of ours in quote
        # marks is still that unit ("dealt with 4,300 “contacts”")
        r.unit = quoted_noun(ctx.sentence.text[number.end - s:])
        r.measure = None if r.unit in lex["units"] else "other"
    if r.unit is None:
        # "2,188 were phone calls", "followed by calls at 1,204", "Texts made up the biggest share at 900": the noun
        # its predicate, its "at" or its clause's subject names
        r.unit = predicate_unit(r.after) or noun_at_unit(r.before) or subject_part_unit(r.before)
        r.measure = noun_measure(r.unit) if r.unit else None
    if r.unit is None:
        reading = nounless_reading(ctx, number, found, r.before, r.after, r.comparison, r.listed,
                                   (r.unit, r.measure, r.inherit, r.noun_carried, r.opener_part))
        if reading is None:
            return False  # an age: "under 25"
        r.unit, r.measure, r.inherit, r.noun_carried, r.opener_part = reading
    r.comparison = r.comparison or r.own_base is not None  # its place is its own sentence's, not the last count's
    return True


def read_difference(ctx: SentenceFacts, r: CountReading) -> None:
    """Whether the figure is the size of a change ("rose by 2,000", "up 300"), not a count of its own."""
    number, s = r.number, ctx.sentence.start
    hedge = ctx.sentence.text[number.start - s:number.num_start - s]  # "of about": "an increase of about 400"
    r.difference = _difference(r.before.rstrip() + " of " if re.match(r"of\s", hedge, re.I) else r.before, r.after)
    if r.partner is not None and not r.difference:  # "around 150 to 250 more clients": both ends are differences
        r.difference = _difference(ctx.sentence.text[:r.partner.start - s], ctx.sentence.text[r.partner.end - s:])
    if r.difference:
        r.measure = "other"


def standing(ctx: SentenceFacts, r: CountReading) -> str:
    """``"count"`` for a figure kept as a count, ``"difference"`` for the size of a change kept only for the
    difference check ("an increase of nearly 300,000"), ``"none"`` for a label that ends its sentence ("press option
    1.", "told Channel 9.")."""
    number = r.number
    # a change's size is no restatement of the figure before, though its subject points back ("The total was up by
    # 165 on 2021": 165 is what the total grew by)
    restating = r.inherit is not None and not (r.difference and r.inherit == "previous")
    alone = r.unit is None and not restating and not r.comparison and not (r.noun_carried and r.measure != "other")
    if alone and r.difference and not number.spelled and not number.vague:
        return "difference"
    if alone and (r.measure == "other" or number.spelled or _names_something(ctx, number)):
        return "none"
    return "count"


def count_draft(ctx: SentenceFacts, r: CountReading) -> Draft:
    """The figure's draft: its text, clause, places, period (its own, else its sentence's), rate and base."""
    number, s = r.number, ctx.sentence.start
    end = r.unit_end or number.end
    clause_start = clause_span(ctx, number.num_start)[0]
    regions, sentence_regions = conjunct_regions(ctx, number, regions_for(ctx, number.num_start))
    time = compared_then_figure(ctx, number.num_start) or possessed_by(ctx, number.num_start) \
        or clause_owner(ctx, number.num_start) \
        or time_for(ctx, number.num_start, sentence_wide=False, previous=not r.comparison)
    draft = Draft(
        kind="count", value=number.value, qualifier=number.qualifier, start=number.start, end=end,
        text=ctx.sentence.text[number.start - s:end - s], sentence=ctx.sentence, index=ctx.index,
        clause=clause_span(ctx, number.num_start), regions=regions, sentence_regions=sentence_regions,
        time=time, sentence_time=None if r.comparison else compared_then_figure(ctx, number.num_start)
        or time_for(ctx, number.num_start), measure=r.measure,
        unit=unit_category(r.unit),
        rate=rate_after(ctx.sentence.text[end - s:], own_noun=r.unit_end is not None)
        or rate_before(ctx.sentence.text[clause_start - s:number.start - s])
        or rate_before(ctx.sentence.text[end - s:_own_tail_end(ctx, number, clause_span(ctx, number.num_start)[1])]),
        base=(r.own_base or base_for(ctx, number.num_start, clause_only=True)) if r.comparison else None,
        comparison=r.comparison, inherit=r.inherit,
    )
    draft.unit_word = r.unit
    draft.in_person = r.in_person
    draft.own_channel = r.own_channel
    draft.listed = r.listed
    draft.difference = r.difference
    draft.opener_part = r.opener_part
    draft.place_first = number.num_start in places_before(ctx)
    draft.place_item = number.num_start in owned_places(ctx)  # one of figures listed with a place each
    return draft
