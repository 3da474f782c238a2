"""Counts of one sentence (:func:`extract_counts`), and every fact of a sentence (:func:`extract_sentence`).

Each extractor is a plain function over a :class:`SentenceFacts` context (the
sentence, its spaCy parse, and the numbers, regions and periods found in it)
that yields *drafts*: the fact as far as the sentence alone can fix it.  The
article-level pass (``pipeline.assemble``) then fills what needs other sentences:
inherited periods, links between percentages and counts, and repeated claims.
What a count counts (noun, measure, rate) is decided in ``pipeline.measures``; the
context and :class:`Draft` are in :mod:`pipeline.extract.sentence_context`, a figure's
period, places and measure in ``fact_periods``, ``fact_places`` and ``fact_measures``,
the percentage and multiplier extractors in :mod:`pipeline.extract.ratios`.

What this module does not do: read what a figure with no noun of its own counts
(``nounless_counts``). The other helpers of :func:`extract_counts` are in
``count_nouns`` (a figure's noun and unit), ``count_uses`` (whose use it counts),
``count_differences`` (differences, additions, ranges), ``count_parts`` (parts,
openers, lists, table rows) and ``other_kinds`` (figures of another kind).
"""
from __future__ import annotations

import re
from typing import Iterator

from pipeline.extract.measures import (
    lexicon,
    rate_after,
    rate_before,
    unit_category,
    word_set,
)
from pipeline.extract.not_counts import is_age_band, is_percentage_pair_start
from pipeline.extract.compared_dates import compared_then_figure
from pipeline.extract.place_conjuncts import conjunct_regions
from pipeline.extract.place_lists import places_before
from pipeline.extract.own_channels import own_channel_measure
from pipeline.extract.measures_own import cared_for, heading_measure, sessions_measure
from pipeline.extract.other_uses import (
    met_in_person,
    quoted_noun,
)
from pipeline.extract.ratios import extract_multipliers, extract_percentages
from pipeline.extract.bare_figures import (
    noun_at_unit,
    noun_measure,
    predicate_unit,
)
from pipeline.extract.subject_verbs import subject_verb_measure
from pipeline.extract.sentence_context import Draft, SentenceFacts, clause_span, with_sentence_context
from pipeline.extract.fact_measures import measure_of, unit_of
from pipeline.extract.fact_periods import base_for, base_mention, clause_owner, possessed_by, time_for
from pipeline.extract.fact_places import owned_places, regions_for
from pipeline.extract.phrase_ends import ends_with, ends_with_word
from pipeline.extract.count_nouns import _times_of
from pipeline.extract.compared_times import compared_times_measure
from pipeline.extract.count_uses import (
    _channel,
    _compares_back,
    _counts_other_things,
    _counts_people,
    _emergency_service_calls,
    _help_sought,
    _in_person,
    _names_something,
    _other_things,
    _pair_measure,
    _restates,
    _service_used,
)
from pipeline.extract.count_differences import _difference, _difference_draft, _from_to_ends, range_partner
from pipeline.extract.count_parts import (
    _bracketed_after,
    _is_row,
    _own_tail_end,
    _part,
    _whole_after,
)
from pipeline.extract.nounless_counts import PART_OF, nounless_reading
from pipeline.extract.other_kinds import _of_other_kind, _other_use


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


#: The measures of a helpline's or a website's use.
_HELPLINE_MEASURES = ("helpline_contacts", "helpline_calls", "website_users")


def extract_counts(ctx: SentenceFacts) -> Iterator[Draft]:
    """Numbers that count people, contacts, arrests... in one sentence.

    A number with no noun of its own still counts when it is the earlier figure
    of a comparison ("up from 2,015 in 2021", "from 96 ... to 291"): it takes the
    noun of the count it is compared with, or of "the number of callers"; when
    it restates an earlier count ("the figure was 1,210"); or when it is a row
    of a table under a header line ("Kent: 1,204").  Ages ("under 25") never count.
    """
    lex = lexicon()
    not_units = set(lex["not_units"])
    s = ctx.sentence.start
    found: list[Draft] = []
    for number in ctx.numbers:
        if number.percent:
            continue
        if is_age_band(ctx.sentence.text[:number.num_start - s], ctx.sentence.text[number.num_end - s:], number.value):
            continue  # "the 25-44 age group", "16- to 24-year-olds": ages, not counts
        if is_percentage_pair_start(ctx.sentence.text[number.num_end - s:], number.value):
            continue  # "the share grew from 9.5 to 14%": a percentage written once for both figures
        unit, unit_end = unit_of(ctx, number)
        partner = range_partner(ctx, number) if unit is None else None
        noun_end = unit_end  # where the noun the figure counts ends, its range partner's when it has none of its own
        if partner is not None:
            unit, noun_end = unit_of(ctx, partner)  # "between 550,000 and 850,000 people": both figures count people
        times_measure = _times_of(unit, ctx.sentence.text[:number.start - s]) or compared_times_measure(
            unit, ctx.sentence.text[:number.start - s], ctx.sentence.text[number.end - s:], found)
        if unit and (unit in not_units or unit.split()[-1] in not_units) and not times_measure:
            continue
        unit = unit.split()[-1] if unit and unit.split()[-1] in lex["units"] else unit
        before = ctx.sentence.text[:number.start - s]
        after = ctx.sentence.text[number.end - s:]
        comparison = (ends_with(before, "comparison") and not _SOURCE_FROM.search(before)) or bool(
            found and ends_with_word(before, "to") and ends_with_word(ctx.sentence.text[:found[-1].start - s], "from"))
        comparison = comparison or bool(_CHANGE_BASE_BEFORE.search(before[-40:]))
        own_base = base_mention(ctx, number.num_start)
        listed = _part(ctx, number, before) if found else None
        inherit, measure, opener_part = None, None, False
        noun_carried, own_channel = False, False  # its noun is the count's before it ("5,000 calls in 2020, 7,500 in 2021")
        if unit is None and found and _bracketed_after(ctx, found[-1], number):
            # "one in five of the 7,000 callers (about 1,400)": what the count before it counts
            unit, measure, inherit = found[-1].unit_word, found[-1].measure, found[-1].inherit
        elif unit is None:
            whole = _whole_after(ctx, number)
            if whole is not None:
                unit = whole  # "1,400 of the 7,000 callers": a part counts what its whole counts
        if unit is None and quoted_noun(ctx.sentence.text[number.end - s:]):
            # "two “turning points”": a writer's term in quote marks, no helpline figure; a unit of ours in quote
            # marks is still that unit ("dealt with 4,300 “contacts”")
            unit = quoted_noun(ctx.sentence.text[number.end - s:])
            measure = None if unit in lex["units"] else "other"
        if unit is None:
            # "2,188 were phone calls", "followed by calls at 1,204": the noun its predicate or its "at" names
            unit = predicate_unit(after) or noun_at_unit(before)
            measure = noun_measure(unit) if unit else None
        if unit is None:
            reading = nounless_reading(ctx, number, found, before, after, comparison, listed,
                                       (unit, measure, inherit, noun_carried, opener_part))
            if reading is None:
                continue  # an age: "under 25"
            unit, measure, inherit, noun_carried, opener_part = reading
        comparison = comparison or own_base is not None  # its place is its own sentence's, not the last count's
        hedge = ctx.sentence.text[number.start - s:number.num_start - s]  # "of about": "an increase of about 400"
        difference = _difference(before.rstrip() + " of " if re.match(r"of\s", hedge, re.I) else before, after)
        if partner is not None and not difference:  # "around 150 to 250 more clients": both ends are differences
            difference = _difference(ctx.sentence.text[:partner.start - s], ctx.sentence.text[partner.end - s:])
        if difference:
            measure = "other"  # the size of a change, not a count of its own: "rose by 2,000", "up 300"
        measure = measure or times_measure or measure_of(ctx, number, unit)
        if measure == "other" and unit_category(unit) == "people" and inherit is None and not difference:
            # "MORE than 400 people asked a charity to help them", "35,000 people access its website": people
            # whose clause names the service they used, and no other fate
            span = clause_span(ctx, number.num_start)
            if unit_end is None:  # "the number of people asking for help on a helpline, up from 343": its noun's clause
                span = (s, span[1])
            measure = _service_used(ctx.sentence.text, span, s) or _help_sought(ctx.sentence.text, span, s, before) \
                or _pair_measure(ctx, found, before) or measure
            if measure == "other" and _restates(ctx.sentence.text[:number.start - s]):
                inherit = "previous"  # "this figure is just over 23,000 people per month": what the figure before counted
        if not difference and inherit is None and _counts_people(unit):
            said = subject_verb_measure(ctx.sentence.text[(noun_end or number.end) - s:], clause=ctx.sentence.text)
            if said in ("other", "arrests") and measure in _HELPLINE_MEASURES:
                measure = said  # "40 callers went on to hand themselves in", "310 callers were later arrested"
            elif measure in ("other", "helpline_contacts") and (
                    said == "helpline_calls" or (said in _HELPLINE_MEASURES and measure == "other")):
                measure = said  # "About 400 people a week call the line", "6,577 men have made a call"
        if measure in ("helpline_calls", "helpline_contacts") and _emergency_service_calls(before):
            measure = "other"  # "Police responded to 566 mental-health calls": an emergency service's calls
        if measure != "other" and _counts_other_things(unit):
            measure = "other"  # "140 local call centers", "850 food packages", "670 households": not the line's use
        if _of_other_kind(before, after, unit):
            measure, inherit = "other", None  # "one of 12 such lines", "a target of 6,000", "12 per 10,000 residents"
        if measure != "other" and _other_use(ctx, number, unit, unit_end):
            measure, inherit = "other", None  # "would take 40 calls at most", "230 men on the waiting list"
        in_person = _in_person(ctx.sentence.text, number.num_start - s, (unit_end or number.end) - s) or met_in_person(
            ctx.sentence.text[number.num_start - s:_own_tail_end(ctx, number, clause_span(ctx, number.num_start)[1])])
        if in_person or (unit_end is not None and cared_for(ctx.sentence.text[number.end - s:unit_end - s])):
            measure = "other"  # "65 face-to-face contacts", "1,870 counselling sessions": met at a branch, care given
        elif unit == "sessions" and inherit is None:
            measure = sessions_measure(ctx.sentence.text)  # "the website recorded 196,400 sessions": a website's
        if unit is None and _other_things(before):
            # "the number of casinos grew from 12 to 17": counts of casinos, no restatement of an earlier count
            unit, measure, inherit = _other_things(before), "other", None
        if found and PART_OF.match(after):
            measure = found[-1].measure  # "217,889 people ..., with 13,296 of these people from Devon"
        elif measure == "other" and inherit is None and not difference and PART_OF.match(after):
            inherit = "part"  # "702 of those people were from Berkshire": what the count before counts, its own place
        if measure == "other" and _is_row(ctx, number):
            inherit = "row"  # a list line: what its heading's words name, else what the count before counts
            measure = heading_measure(ctx.header_text) or measure
        elif measure == "other" and inherit is None and _compares_back(ctx.sentence.text) \
                and (unit is None or unit_category(unit) in word_set("helpline_unit_kinds")):
            inherit = "measure"  # "This compares to 173 people online and 21 over the phone in 2017": only what it counts
        if inherit == "measure":
            measure = _channel(ctx.sentence.text[(unit_end or number.end) - s:]) or measure
        if not difference and not in_person:
            # "Of those, 1,940 worked through its online self-help pages, while 370 phoned the helpline": the channel
            # its own words name, whatever it inherits from the count before
            named = own_channel_measure(ctx, number, None if noun_carried else unit, measure, inherit)
            own_channel, measure = named is not None, named or measure
        alone = unit is None and inherit is None and not comparison and not (noun_carried and measure != "other")
        if alone and difference and not number.spelled and not number.vague:
            # "an increase of nearly 300,000": kept for the difference check, never a figure others lean on
            yield _difference_draft(ctx, number, difference)
            continue
        if alone and (measure == "other" or number.spelled or _names_something(ctx, number)):
            continue  # "press option 1.", "told Channel 9.": a label that ends its sentence, no count
        end = unit_end or number.end
        clause_start = clause_span(ctx, number.num_start)[0]
        regions, sentence_regions = conjunct_regions(ctx, number, regions_for(ctx, number.num_start))
        time = compared_then_figure(ctx, number.num_start) or possessed_by(ctx, number.num_start) \
            or clause_owner(ctx, number.num_start) or time_for(ctx, number.num_start, sentence_wide=False)
        draft = Draft(
            kind="count", value=number.value, qualifier=number.qualifier, start=number.start, end=end,
            text=ctx.sentence.text[number.start - s:end - s], sentence=ctx.sentence, index=ctx.index,
            clause=clause_span(ctx, number.num_start), regions=regions, sentence_regions=sentence_regions,
            time=time, sentence_time=None if comparison else compared_then_figure(ctx, number.num_start)
            or time_for(ctx, number.num_start), measure=measure,
            unit=unit_category(unit),
            rate=rate_after(ctx.sentence.text[end - s:], own_noun=unit_end is not None) or rate_before(ctx.sentence.text[clause_start - s:number.start - s])
            or rate_before(ctx.sentence.text[end - s:_own_tail_end(ctx, number, clause_span(ctx, number.num_start)[1])]),
            base=(own_base or base_for(ctx, number.num_start, clause_only=True)) if comparison else None,
            comparison=comparison, inherit=inherit,
        )
        draft.unit_word = unit
        draft.in_person = in_person
        draft.own_channel = own_channel
        draft.listed = listed
        draft.difference = difference
        draft.opener_part = opener_part
        draft.place_first = number.num_start in places_before(ctx)
        draft.place_item = number.num_start in owned_places(ctx)  # one of figures listed with a place each
        found.append(with_sentence_context(ctx, draft))
        yield draft
    _from_to_ends(ctx, found)


def extract_sentence(ctx: SentenceFacts) -> list[Draft]:
    """Every draft fact of one sentence, in text order."""
    drafts = [*extract_counts(ctx), *extract_percentages(ctx), *extract_multipliers(ctx)]
    return sorted(drafts, key=lambda d: d.start)
