"""What a figure with no noun of its own counts, read from its sentence: the first of these readings that fits
(:func:`nounless_reading`).

The earlier figure of a comparison, the rest of a list or a figure coordinated with a count take what the count
before them counts; a figure after "Of these,", "1,400 of them", "In 2022 it was 290." or "The 2023 figure was 121"
inherits what the sentence before counted; a table row, a label, "call volumes of", a bracket after a place, a
subject's noun or verb, "volunteer numbers" name it. Ages are no count.

What this module does not do: read a figure's own noun (:func:`pipeline.extract.fact_measures.unit_of`), nor
decide the measure of a figure with one (:mod:`pipeline.extract.facts`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.measures import lexicon, rate_after, word_regex
from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.elided_nouns import after_receiving
from pipeline.extract.place_lists import came_from_place
from pipeline.extract.row_labels import label_unit
from pipeline.extract.bare_figures import (
    coordinated,
    excluded,
    figure_of,
    gapped_name,
)
from pipeline.extract.subject_verbs import subject_verb_measure
from pipeline.extract.sentence_context import Draft, SentenceFacts
from pipeline.extract.fact_periods import time_for
from pipeline.extract.fact_places import owned_places, regions_between
from pipeline.extract.phrase_ends import ends_with, ends_with_word
from pipeline.extract.count_nouns import (
    _known_unit,
    _level_subject,
    _place_bracket_unit,
    _staff_before,
    _subject_noun,
    _subject_of,
    _unit_before,
    _unit_before_dash,
    _volume_of,
)
from pipeline.extract.count_uses import _care_counted
from pipeline.extract.count_parts import (
    _bracket_closes,
    _continues,
    _closes_parts,
    _continues_parts,
)
from pipeline.extract.other_kinds import _clause_after, _clause_before, _is_age
from pipeline.extract.set_off_parts import (
    continued_part,
    further_opens,
    set_off_noun,
    set_off_part,
    set_off_share,
    share_comma_noun,
)


#: What a sentence's figures count when it says so before them: "volunteer numbers dropped from 961 to 930".
_NUMBERS_OF = re.compile(r"\b(?P<unit>[A-Za-z]+) (?:numbers|figures)\b(?! (?:show|showed|suggest|released|published))")


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


#: A percentage before a figure in its sentence: "increased by 22% to six a day" reaches a rate, which no
#: year's total before it can be the base of; such a rate is left to the rules that read the whole sentence.
_PERCENT_BEFORE = re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.I)


#: A sentence opening with a part's whole, the figure next: "Of those, 157 ...", "Of all the crisis calls, some
#: 2,370 ...", "Of the 900 callers, 300 ..." (the whole's words in ``rest``; a figure's own comma, "Of the 2,834
#: calls, 974 ...", does not end them).
_OF_OPENER = re.compile(r"^\W*of\s{1,3}(?P<rest>(?:all\s{1,3})?(?:the|those|these|them|this|that|which|whom)\b"
                        r"(?:[^,;:.]|(?<=\d)[,.](?=\d)){0,60}),\s{0,3}$", re.I)


#: A part of the count before it in the sentence: "13,296 of these", "400 of them", "187 of which", "1,366 of that number".
PART_OF = re.compile(r"\s+of (?:these|those|them|whom|which|(?:that|this) (?:number|total|figure))\b", re.I)



#: A figure word with a word of its own before it and the figure after a verb of being: "The website figure for
#: 2023 was 6,200", "The county's total was 3,200", "Its helpline total for the year stood at 4,100", "The 2022/23
#: figure was 121", "By May, the monthly figure had reached 318" (a year is such a word, and the year its words name
#: dates it).
_NAMED_FIGURE = re.compile(r"\b(?:the|its|their|this|that)\s{1,3}(?P<words>(?:(?:[A-Za-z-]+|(?:19|20)\d\d(?:[/-]\d{2,4})?)"
                           r"(?:'s|\u2019s)?\s{1,3}){1,2})"
                           r"(?:figure|total|tally|count)(?:,[^,\d;.]{1,80},)?"  # an aside: "The previous year's figure, published in ..., was"
                           r"\s{1,3}(?:(?:for|in)\s{1,3}[^\d,;.]{0,20}\d{0,4}(?:/\d{2,4})?\s{1,3})?"
                           r"(?:was|is|had\s{1,3}been|stood\s{1,3}at|came\s{1,3}to|(?:had\s{1,3}|has\s{1,3})?reached"
                           r"|(?:had\s{1,3}|has\s{1,3})?(?:risen|rose|climbed|grown|grew|fallen|fell|dropped)\s{1,3}to)\s{1,3}$",
                           re.I)


def _named_measure(words: str) -> Optional[str]:
    """The measure the words before a figure word name: a website's ("The website figure"), else none."""
    return "website_users" if set(words.lower().split()) & set(lexicon()["website_words"]) else None


#: A figure a sentence gives for the thing the sentence before counted, pointing back with "it" or "that":
#: "In 2022 it was 290.", "The following year it was 880, a rise of 37.5 per cent." (the figure ends its clause).
_IT_WAS = re.compile(r"(?:^|[\s,])(?:it|that|this)\s{1,3}(?:was|is|had\s{1,3}been|has\s{1,3}been|stood\s{1,3}at)\s{1,3}$", re.I)
#: A figure a clause states with no noun, by "there were" or by its period's "saw": "In 2019 there were 431.", "The
#: previous 12 months saw 1,120.", "..., when there were 1,842.": what the count before counts.
_THERE_WERE = re.compile(r"(?:^|[\s,])(?:there\s{1,3}(?:were|was|had\s{1,3}been)|saw)\s{1,3}(?:(?:just|only)\s{1,3})?$", re.I)
#: A figure a period owns, after a figure compared with it: "almost trebling the previous year's 41,500".
_PERIOD_OWNED = re.compile(r"\b(?:year|period|months|month|quarter|(?:19|20)\d\d(?:/\d{2})?)(?:'s|\u2019s|')\s{1,3}$", re.I)
#: The end of a figure's clause: a mark, a dash set off by spaces ("A year earlier there were 1,830 \u2013 an
#: increase of 70 per cent"), the end of the text.
_CLAUSE_END = re.compile(r"\s{0,3}(?:[.,;:!?)\u2013\u2014]|-\s|$)")
#: A figure whose verb stands for the one of the sentence before: "In 2023, 640 did so", "In the three months to June,
#: 180 did." (not "did not").
_DID_SO = re.compile(r"\s{1,3}did(?:\s{1,3}so)?\s{0,3}(?:[.,;:!?)]|$)", re.I)



#: "these people (", "those calls (": a figure in brackets after them is a part of the count before.
_THESE_BRACKET = re.compile(r"\b(?:these|those)\s{1,3}[a-z]{3,20}\s?\($", re.I)


def _donor(count: Draft) -> bool:
    """Whether a count can give its unit to a bare figure coordinated with it: a count of something, no
    difference ("an increase of 565")."""
    return not getattr(count, "difference", None) and (count.measure != "other" or count.inherit is not None
                                                       or count.unit_word is not None)


#: What :func:`nounless_reading` returns: the figure's unit word, measure, what it inherits from the count before
#: it ("previous", "part", "measure", "row" or ``None``), whether its noun is that count's, and whether it is a part
#: of what an opener ("Of all the crisis calls,") names.
Reading = tuple[Optional[str], Optional[str], Optional[str], bool, bool]


def nounless_reading(ctx: SentenceFacts, number: NumberMention, found: list[Draft], before: str, after: str,
                     comparison: bool, listed: Optional[str], reading: Reading) -> Optional[Reading]:
    """What the figure ``number``, which has no noun of its own, counts: ``reading`` as the rules before left it
    (its unit ``None``), changed by the first rule below that fits; ``None`` when the figure is an age, no count.
    ``found``: the sentence's counts before it; ``before`` and ``after``: its sentence's text either side."""
    unit, measure, inherit, noun_carried, opener_part = reading
    lex = lexicon()
    s = ctx.sentence.start
    if _is_age(ctx.sentence.text[:number.num_start - s], after, number.value):
        return None
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
    elif found and _donor(found[-1]) and (figure_of(before) or _NAMED_FIGURE.search(before[-160:])
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
    elif PART_OF.match(after) and not found:
        # "Volunteers answered 900 of them.", "Almost 1,000 of these were first-time callers": a part of
        # the count of the sentence before, counting what it counts (its place is its own sentence's)
        inherit, measure = "part", "other"
    elif not found and set_off_part(before):
        # "Almost a third of them - 2,480 - were worried about someone else", "a third of those calls, 132,800,": the
        # share's part, set off after it
        inherit, measure = "part", "other"
    elif (noun := share_comma_noun(before, after)) is not None:
        unit = noun  # "women made up 40% of callers, 1,200 in all": the share's noun's part
    elif (noun := set_off_noun(before)) is not None:
        unit = noun  # "More than a third of callers (1,020) said ...": the share's noun's part
    elif set_off_share(before, alone=not found):
        # "Roughly one in five (124) were from Inverness": the share's part, what the count before counts
        inherit, measure = "part", "other"
    elif not found and further_opens(before, after):
        # "A further 211 were partners", "Another 90 were professionals": one more part of the count before
        inherit, measure = "part", "other"
    elif found and _donor(found[-1]) and continued_part(before, after, ctx.sentence.text[found[-1].end - s:]):
        # "391 callers were gamblers and 214 were family members": the next part, what the part before counts
        unit, measure, noun_carried = found[-1].unit_word, found[-1].measure, True
        inherit = found[-1].inherit if found[-1].inherit in ("previous", "part") else None
    elif _OF_OPENER.match(before):
        # "Of all the crisis calls, some 2,370 were ...", "Of these, 1,600 reached ...": a part of what the
        # opener names, or of the count before
        unit = _known_unit(_OF_OPENER.match(before).group("rest"))
        opener_part = unit is not None
        if unit is None:  # what the count before counts, whatever verb follows ("Of these, 2,050 were answered")
            inherit, measure = "previous", "other"
    elif not found and PART_OF.match(after):
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
    elif found and _donor(found[-1]) and _PERIOD_OWNED.search(before[-30:]) and _CLAUSE_END.match(after) \
            and not _PERCENT_BEFORE.search(before):
        # "120,000 visits, almost trebling the previous year's 41,500": the earlier figure of what the count counts
        unit, measure, noun_carried = found[-1].unit_word, found[-1].measure, True
        inherit = found[-1].inherit if found[-1].inherit in ("previous", "part") else None
    elif found and _donor(found[-1]) and ends_with_word(before, "with") \
            and came_from_place(ctx, number.num_start, number.end):
        # "Aberdeen accounted for 541 of the calls, with 329 coming from Aberdeenshire": another place's part of
        # what the count before counts
        unit, measure, noun_carried = found[-1].unit_word, found[-1].measure, True
        inherit = found[-1].inherit if found[-1].inherit in ("previous", "part") else None
    elif not found and _THERE_WERE.search(before[-30:]) and _CLAUSE_END.match(after):
        inherit = "previous"  # "In 2019 there were 431.", "The previous 12 months saw 1,120.": what the count before counts
    elif not found and (_IT_WAS.search(before[-30:]) and _CLAUSE_END.match(after) or _DID_SO.match(after)):
        inherit = "previous"  # "In 2022 it was 290.", "In 2023, 640 did so": what the count before counts
    elif not found and rate_after(after) and not ends_with(before, "comparison") \
            and not _PERCENT_BEFORE.search(before):
        inherit = "previous"  # "In 2020 it was taking 210 a month": a rate of what the count before counts
    elif not found and _NAMED_FIGURE.search(before[-160:]) and _CLAUSE_END.match(after):
        # "The website figure for 2023 was 6,200.", "The county's total was 3,200.": a figure word with a
        # word of its own before it; what it counts is what that word names, else what the count before counts
        named = _named_measure(_NAMED_FIGURE.search(before[-160:]).group("words"))
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
    return unit, measure, inherit, noun_carried, opener_part
