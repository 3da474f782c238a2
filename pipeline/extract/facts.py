"""Counts of one sentence, and every fact of a sentence (:func:`extract_sentence`).

Each extractor is a plain function over a :class:`SentenceFacts` context (the
sentence, its spaCy parse, and the numbers, regions and periods found in it)
that yields *drafts*: the fact as far as the sentence alone can fix it.  The
article-level pass (``pipeline.assemble``) then fills what needs other sentences:
inherited periods, links between percentages and counts, and repeated claims.
What a count counts (noun, measure, rate) is decided in ``pipeline.measures``; the
context helpers and :class:`Draft` are in :mod:`pipeline.extract.sentence_context`, the
percentage and multiplier extractors in :mod:`pipeline.extract.ratios` (both re-exported
here, where they used to live).

The helpers of :func:`extract_counts` are in ``count_nouns`` (a figure's noun
and unit), ``count_uses`` (whose use it counts), ``count_differences``
(differences, additions, ranges), ``count_parts`` (parts, openers, lists,
table rows) and ``other_kinds`` (figures of another kind).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

from pipeline.extract.measures import (
    lexicon,
    rate_after,
    rate_before,
    unit_category,
    word_regex,
    word_set,
)
from pipeline.extract.not_counts import is_age_band, is_percentage_pair_start
from pipeline.extract.elided_nouns import after_receiving
from pipeline.extract.compared_dates import compared_then_figure
from pipeline.extract.place_lists import came_from_place, places_before
from pipeline.extract.own_channels import own_channel_measure
from pipeline.extract.measures_own import cared_for, heading_measure, sessions_measure
from pipeline.extract.other_uses import (
    met_in_person,
    quoted_noun,
)
from pipeline.extract.ratios import extract_multipliers, extract_percentages
from pipeline.extract.row_labels import label_unit
from pipeline.extract.bare_figures import (
    coordinated,
    excluded,
    figure_of,
    gapped_name,
    noun_at_unit,
    noun_measure,
    predicate_unit,
)
from pipeline.extract.subject_verbs import subject_verb_measure
from pipeline.extract.sentence_context import Draft, SentenceFacts, clause_span, with_sentence_context
from pipeline.extract.fact_measures import measure_of, unit_of
from pipeline.extract.fact_periods import base_for, base_mention, clause_owner, possessed_by, time_for
from pipeline.extract.fact_places import owned_places, regions_between, regions_for
from pipeline.extract.phrase_ends import ends_with, ends_with_word
from pipeline.extract.count_nouns import (
    _known_unit,
    _level_subject,
    _place_bracket_unit,
    _staff_before,
    _subject_noun,
    _subject_of,
    _times_of,
    _unit_before,
    _unit_before_dash,
    _volume_of,
)
from pipeline.extract.count_uses import (
    _care_counted,
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
    _bracket_closes,
    _bracketed_after,
    _continues,
    _closes_parts,
    _continues_parts,
    _is_row,
    _own_tail_end,
    _part,
    _whole_after,
)
from pipeline.extract.other_kinds import _clause_after, _clause_before, _is_age, _of_other_kind, _other_use

# --- extractors ------------------------------------------------------------

#: What a sentence's figures count when it says so before them: "volunteer numbers dropped from 961 to 930".
_NUMBERS_OF = re.compile(r"\b(?P<unit>[A-Za-z]+) (?:numbers|figures)\b(?! (?:show|showed|suggest|released|published))")


#: A percentage before a figure in its sentence: "increased by 22% to six a day" reaches a rate, which no
#: year's total before it can be the base of; such a rate is left to the rules that read the whole sentence.
@lru_cache(maxsize=64)
def _numbers_of(sentence: str) -> Optional[str]:
    """The noun of a sentence's "volunteer numbers", "call figures", lower-cased: searched once a sentence, not
    once for each of its figures."""
    match = _NUMBERS_OF.search(sentence)
    return match.group("unit").lower() if match else None


@lru_cache(maxsize=64)
def _anaphoric(sentence: str) -> bool:
    """Whether a sentence holds a word of ``anaphora`` ("that", "this figure"): searched once a sentence."""
    return re.search(rf"\b(?:{word_regex('anaphora').pattern})\b", sentence, re.I) is not None


_PERCENT_BEFORE = re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.I)


#: A sentence opening with a part's whole, the figure next: "Of those, 157 ...", "Of all the crisis calls, some
#: 2,370 ...", "Of the 900 callers, 300 ..." (the whole's words in ``rest``; a figure's own comma, "Of the 2,834
#: calls, 974 ...", does not end them).
_OF_OPENER = re.compile(r"^\W*of\s{1,3}(?P<rest>(?:all\s{1,3})?(?:the|those|these|them|this|that|which|whom)\b"
                        r"(?:[^,;:.]|(?<=\d)[,.](?=\d)){0,60}),\s{0,3}$", re.I)


#: "calls from 1,624 people", "heard from 1,240 people": where contacts came from, not the earlier figure of a comparison.
_SOURCE_FROM = re.compile(r"\b(?:calls|contacts|messages|emails|texts|chats|enquiries|referrals|help|hear|hears|heard|hearing)"
                          r"\s+from\s*$", re.I)


#: A part of the count before it in the sentence: "13,296 of these", "400 of them", "187 of which", "1,366 of that number".
_PART_OF = re.compile(r"\s+of (?:these|those|them|whom|which|(?:that|this) (?:number|total|figure))\b", re.I)


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


#: A figure word with a word of its own before it and the figure after a verb of being: "The website figure for
#: 2023 was 6,200", "The county's total was 3,200", "Its helpline total for the year stood at 4,100", "The 2022/23
#: figure was 121" (a year is such a word, and the year its words name dates it).
_NAMED_FIGURE = re.compile(r"\b(?:the|its|their|this|that)\s{1,3}(?P<words>(?:(?:[A-Za-z-]+|(?:19|20)\d\d(?:[/-]\d{2,4})?)"
                           r"(?:'s|\u2019s)?\s{1,3}){1,2})"
                           r"(?:figure|total|tally|count)\s{1,3}(?:(?:for|in)\s{1,3}[^\d,;.]{0,20}\d{0,4}(?:/\d{2,4})?\s{1,3})?"
                           r"(?:was|is|had\s{1,3}been|stood\s{1,3}at|came\s{1,3}to|reached)\s{1,3}$", re.I)


def _named_measure(words: str) -> Optional[str]:
    """The measure the words before a figure word name: a website's ("The website figure"), else none."""
    return "website_users" if set(words.lower().split()) & set(lexicon()["website_words"]) else None


#: A figure a sentence gives for the thing the sentence before counted, pointing back with "it" or "that":
#: "In 2022 it was 290.", "The following year it was 880, a rise of 37.5 per cent." (the figure ends its clause).
_IT_WAS = re.compile(r"(?:^|[\s,])(?:it|that|this)\s{1,3}(?:was|is|had\s{1,3}been|has\s{1,3}been|stood\s{1,3}at)\s{1,3}$", re.I)
_CLAUSE_END = re.compile(r"\s{0,3}(?:[.,;:!?)]|$)")
#: A figure whose verb stands for the one of the sentence before: "In 2023, 640 did so", "In the three months to June,
#: 180 did." (not "did not").
_DID_SO = re.compile(r"\s{1,3}did(?:\s{1,3}so)?\s{0,3}(?:[.,;:!?)]|$)", re.I)


#: The measures of a helpline's or a website's use.
_HELPLINE_MEASURES = ("helpline_contacts", "helpline_calls", "website_users")


#: "these people (", "those calls (": a figure in brackets after them is a part of the count before.
_THESE_BRACKET = re.compile(r"\b(?:these|those)\s{1,3}[a-z]{3,20}\s?\($", re.I)


def _donor(count: Draft) -> bool:
    """Whether a count can give its unit to a bare figure coordinated with it: a count of something, no
    difference ("an increase of 565")."""
    return not getattr(count, "difference", None) and (count.measure != "other" or count.inherit is not None
                                                       or count.unit_word is not None)


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
        times_measure = _times_of(unit, ctx.sentence.text[:number.start - s])
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
            if _is_age(ctx.sentence.text[:number.num_start - s], after, number.value):
                continue
            subject = _subject_of(ctx.sentence.text, before)
            gapped = None if excluded(number.text, number.value, before) else gapped_name(before, after)
            own_time = time_for(ctx, number.num_start, sentence_wide=False)
            if (comparison or rate_after(after) or _continues(before, own_time) or listed
                    or _continues_parts(found, before) or _closes_parts(before) or _DID_SO.match(after)) and found:
                # "... 94,200 offences, about 1,800 a week"; "5,000 calls in 2020, 7,500 in 2021 and 10,000 in 2022";
                # "900 from Leeds, 640 from Bradford and the remaining 860": the rest of a list counts what it counts
                unit, measure = found[-1].unit_word, found[-1].measure
                noun_carried = True
                inherit = found[-1].inherit  # "the figure leapt from 1,747 to 3,549": both ends go back
                opener_part = getattr(found[-1], "opener_part", False)  # "..., 1,300 to X and 90 to Y"
            elif gapped and found and _donor(found[-1]) \
                    and coordinated(ctx.sentence.text[found[-1].end - s:number.start - s]):
                # "Leeds accounted for 402 calls, Bradford 310 and Wakefield 95", "..., while March was the quietest
                # with 3,420": a figure coordinated with the count before it counts what that count counts
                unit, measure, noun_carried = found[-1].unit_word, found[-1].measure, True
                inherit = found[-1].inherit if found[-1].inherit in ("previous", "part") else None
            elif found and _donor(found[-1]) and (figure_of(before) or _NAMED_FIGURE.search(before[-80:])
                                                  and _CLAUSE_END.match(after)) \
                    and coordinated(ctx.sentence.text[found[-1].end - s:number.start - s]):
                # "305 came from Swansea, almost three times the 2024 figure of 104", "The 2023 figure was 7,100, and
                # the 2022 figure was 5,900": a figure word's value counts what the figure beside it counts
                unit, measure, noun_carried = found[-1].unit_word, found[-1].measure, True
                inherit = found[-1].inherit if found[-1].inherit in ("previous", "part") else None
            elif not found and figure_of(before):
                inherit = "previous"  # "That was more than the 2023 total of 4,100": what the count before counts
            elif gapped and not found and number.value >= 10 and (gapped.group("area") or gapped.group("part")
                                                                  or regions_between(ctx, (s + gapped.start("name"),
                                                                                           s + gapped.end("name")))):
                # "Hull had 702, and York 415.", "The Northern Trust area followed with 6,015": a place's figure
                # after the sentence that gave the noun, what the count before counts (its place its own)
                inherit, measure = "part", "other"
            elif not found and _closes_parts(before):
                inherit = "previous"  # "The rest - 640 - came from across the region": what the count before counts
            elif _PART_OF.match(after) and not found:
                # "Volunteers answered 900 of them.", "Almost 1,000 of these were first-time callers": a part of
                # the count of the sentence before, counting what it counts (its place is its own sentence's)
                inherit, measure = "part", "other"
            elif _OF_OPENER.match(before):
                # "Of all the crisis calls, some 2,370 were ...", "Of these, 1,600 reached ...": a part of what the
                # opener names, or of the count before
                unit = _known_unit(_OF_OPENER.match(before).group("rest"))
                opener_part = unit is not None
                if unit is None:  # what the count before counts, whatever verb follows ("Of these, 2,050 were answered")
                    inherit, measure = "previous", "other"
            elif not found and _PART_OF.match(after):
                # "Some 400,000 of them were under 25": a part of what the count before counts, not its place
                inherit, measure = "measure", "other"
            elif label_unit(before) is not None:
                unit = label_unit(before)  # "- Live chats: 388": the count noun of its line's label
            elif _volume_of(before) is not None:
                unit = _volume_of(before)  # "call volumes of 3,000 a day": the noun of the volume
            elif _place_bracket_unit(ctx, number, before) is not None:
                unit = _place_bracket_unit(ctx, number, before)  # "most calls came from Kent (1,204) and Sussex (980)"
            elif _THESE_BRACKET.search(before[-40:]) and _bracket_closes(ctx, number):
                # "Most of these people (89) lived in ...": a part of the count before, what it counts
                inherit, measure = "part", "other"
            elif _unit_before_dash(before) is not None:
                unit = _unit_before_dash(before)  # "40% more calls -- roughly 3,000 a week": its noun's figure
            elif _care_counted(_clause_before(ctx, number)) is not None:
                # "the number of counselling sessions it delivered rose to 9,400": care given, no helpline use
                unit, measure = _care_counted(_clause_before(ctx, number)), "other"
            elif subject and subject.group("unit").lower() in lex["units"]:
                unit, noun_carried = subject.group("unit").lower(), True
            elif ends_with_word(before, "from") and _staff_before(before) is not None:
                unit, measure = _staff_before(before), "other"  # "its call handlers rose from four to seven": staff
            elif ends_with_word(before, "from") and _unit_before(before) is not None:
                # "the annual call volume rose from 11,011 to 17,380", "suicide-related calls rose ..., from about
                # 2,500 in 2016": the first figure of a from-to pair counts the noun its sentence names before it
                unit = _unit_before(before)
            elif _subject_noun(_clause_before(ctx, number)) is not None:
                # "The number of brick-and-mortar casinos rose from 12 to 17": its clause's noun, not a measure's
                unit, measure = _subject_noun(_clause_before(ctx, number)), "other"
            elif (numbers_of := _numbers_of(ctx.sentence.text)) is not None:
                unit = numbers_of  # "volunteer numbers fell from 961"
            elif not (rate_after(after) and _PERCENT_BEFORE.search(before)) \
                    and _level_subject(_clause_before(ctx, number)) is not None:
                # "Texts to the service rose to 31,000, while calls fell to 18,500": the noun its verb's subject names
                unit = _level_subject(_clause_before(ctx, number))
            elif said := subject_verb_measure(after, clause=_clause_after(ctx, number)):
                # "A further nine hundred used its self-help website": people, the noun left out, doing what a
                # helpline's or a website's users do
                unit, measure = "people", said
            elif not found and (number.num_start in owned_places(ctx)
                                or came_from_place(ctx, number.num_start, number.end)):
                # "There were 820 from Glasgow, 510 from Edinburgh ...", "2,400 were from South Wales, 1,300 from
                # Gwent": the first of figures listed with a place each counts what the count before counts; so
                # does one said to come from a place ("A further 4,180 came from the Western Trust area")
                inherit, measure = "part", "other"
            elif not found and (_IT_WAS.search(before[-30:]) and _CLAUSE_END.match(after) or _DID_SO.match(after)):
                inherit = "previous"  # "In 2022 it was 290.", "In 2023, 640 did so": what the count before counts
            elif not found and rate_after(after) and not ends_with(before, "comparison") \
                    and not _PERCENT_BEFORE.search(before):
                inherit = "previous"  # "In 2020 it was taking 210 a month": a rate of what the count before counts
            elif not found and _NAMED_FIGURE.search(before[-80:]) and _CLAUSE_END.match(after):
                # "The website figure for 2023 was 6,200.", "The county's total was 3,200.": a figure word with a
                # word of its own before it; what it counts is what that word names, else what the count before counts
                named = _named_measure(_NAMED_FIGURE.search(before[-80:]).group("words"))
                if named is None:
                    inherit = "previous"
                else:
                    unit, measure = "people", named
            elif comparison or ends_with(before, "change_to") \
                    or _anaphoric(ctx.sentence.text):
                inherit = "previous"  # "That is down 12.5 per cent on 2022, when 1,982 did."
            elif not found and after_receiving(before) and _CLAUSE_END.match(after):
                # "In the previous year it received 276.", "it had taken 3,235": a line receiving, the noun it had
                # just written left out (decision 2): what the count before counts
                inherit = "previous"
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
        if found and _PART_OF.match(after):
            measure = found[-1].measure  # "217,889 people ..., with 13,296 of these people from Devon"
        elif measure == "other" and inherit is None and not difference and _PART_OF.match(after):
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
        alone = unit is None and inherit is None and not comparison
        if alone and difference and not number.spelled and not number.vague:
            # "an increase of nearly 300,000": kept for the difference check, never a figure others lean on
            yield _difference_draft(ctx, number, difference)
            continue
        if alone and (measure == "other" or number.spelled or _names_something(ctx, number)):
            continue  # "press option 1.", "told Channel 9.": a label that ends its sentence, no count
        end = unit_end or number.end
        clause_start = clause_span(ctx, number.num_start)[0]
        regions, sentence_regions = regions_for(ctx, number.num_start)
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


# names that lived here before the split, for callers that import them from this module
from pipeline.extract.count_parts import ROW  # noqa: E402, F401
from pipeline.extract.ratios import multiplier_regex, percentage_kind  # noqa: E402, F401
from pipeline.extract.sentence_context import LIST_ITEM  # noqa: E402, F401
from pipeline.extract.fact_measures import cue_measure  # noqa: E402, F401
from pipeline.extract.fact_periods import nearest_mention, periods_in  # noqa: E402, F401
