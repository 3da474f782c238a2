"""Figures of another kind: populations, targets, ages and other figures of no helpline use.

Plain predicates for :func:`pipeline.extract.facts.extract_counts` over the
words around a figure: a population ("a population of 4 million"), one of N
things, a target, a figure per head of population, care given, an age, a
figure of no helpline use (:mod:`pipeline.extract.other_uses`); and the words
of a figure's clause before and after it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.measures import (
    lexicon,
    unit_category,
    word_regex,
    word_set,
)
from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.other_uses import (
    is_hypothetical,
    is_sample_size,
    is_waiting,
    never_user,
)
from pipeline.extract.sentence_context import SentenceFacts, clause_span
from pipeline.extract.phrase_ends import ends_with


def _clause_after(ctx: SentenceFacts, number: NumberMention) -> str:
    """The words of a figure's clause after it."""
    s = ctx.sentence.start
    return ctx.sentence.text[number.end - s:clause_span(ctx, number.num_start)[1] - s]


def _clause_before(ctx: SentenceFacts, number: NumberMention) -> str:
    """The words of a figure's clause before it."""
    s = ctx.sentence.start
    return ctx.sentence.text[clause_span(ctx, number.num_start)[0] - s:number.start - s]


#: "one of 12 run by the charity", "one of seven due to open": one thing among N others like it.
_ONE_OF = re.compile(r"\bone\s{1,3}of\s{1,3}(?:(?:only|just|the)\s{1,3})?$", re.I)
#: A target, not a figure reached: "a target of 6,000", "the 50-call target", "its goal of 1,000 callers".
_TARGET_BEFORE = re.compile(r"\b(?:target|goal|capacity)s?\s{1,3}(?:(?:of|for)\s{1,3})?(?:[a-z]{2,16}ing\s{1,3})?"
                            r"(?:(?:the|a|an|its|their)\s{1,3})?$", re.I)
_TARGET_AFTER = re.compile(r"(?:-|\s)(?:[a-z]{2,12}[\s-])?(?:target|goal)\b", re.I)
#: A rate per head of population: "12 calls per 10,000 residents", "45 for every 100,000 people".
_PER_POPULATION = re.compile(r"(?:\s{1,3}[a-z-]{2,20}){0,3}?\s{1,3}(?:per|for\s{1,3}every|in\s{1,3}every)\s{1,3}"
                             r"\d{1,3}(?:,\d{3})+(?!\d)", re.I)


@lru_cache(maxsize=1)
def _population_of() -> re.Pattern[str]:
    """The size of a population: "a population of 4 million", "its population of some 90,000" (``population_of``
    of ``data/measures.json``)."""
    # a figure's hedge is read with it ("more than 223,000", "of around 1.2 million"), so a final "of" may be missing
    words = (re.escape(p).replace(r"\ ", r"\s{1,3}").replace(r"\s{1,3}of", r"(?:\s{1,3}of)?") if p.endswith(" of")
             else re.escape(p).replace(r"\ ", r"\s{1,3}")
             for p in sorted(lexicon()["population_of"], key=len, reverse=True))
    return re.compile(rf"\b(?:{'|'.join(words)})\s{{1,3}}$", re.I)


def _of_other_kind(before: str, after: str, unit: Optional[str]) -> bool:
    """Whether a figure's own words make it no helpline figure whatever its noun: one of N things like
    the subject ("one of 12 run by the charity"; not "one of 170 men"), a target or a capacity ("a target of
    6,000", "a target of answering 55,000 calls", "capacity for 1,000 calls a week"),
    or a rate per head of population ("12 calls per 10,000 residents"), or a population ("from a population of 4 million"),
    or care given to them ("counselling to 1,100 clients"), or a place's people ("Cumbria's 500,000 residents"), or the
    people a survey asked ("a survey of 2,089 adults")."""
    if _ONE_OF.search(before[-30:]) and unit_category(unit) not in word_set("helpline_unit_kinds"):
        return True
    return bool(_TARGET_BEFORE.search(before[-40:]) or _TARGET_AFTER.match(after)
                or _PER_POPULATION.match(after) or _population_of().search(before[-30:])
                or _care_given().search(before[-40:]) or _SURVEY_BEFORE.search(before[-40:])
                or bool(_PLACE_POSSESSIVE.search(before[-40:]) and unit in _POPULATION_NOUNS))


#: The people a survey asked: "a survey of 2,089 adults", "a poll of 1,500 parents", "researchers surveyed 3,000
#: adults" (those it names after them, "5,000 young people surveyed", are ``subject_verbs.other``).
_SURVEY_BEFORE = re.compile(r"\b(?:(?:survey|poll|study|sample|questionnaire|census)s?\s{1,3}of|surveyed|polled|"
                            r"questioned|interviewed)\s{1,3}(?:(?:some|about|around|over|more\s{1,3}than|nearly|almost)"
                            r"\s{1,3})?$", re.I)
#: A place's people: "Cumbria's 500,000 residents", "the county's 1.4 million inhabitants" (with a noun of
#: ``_POPULATION_NOUNS`` after the figure): a population, no helpline figure.
_PLACE_POSSESSIVE = re.compile(r"(?:\b(?-i:[A-Z])[\w-]{1,30}|\b(?:county|city|town|region|state|province|country|"
                               r"nation|island|borough|area))['\u2019]s\s{1,3}$", re.I)
_POPULATION_NOUNS = ("residents", "inhabitants", "citizens", "population")  # not "people": "Dundee's 173 people"


@lru_cache(maxsize=1)
def _care_given() -> re.Pattern[str]:
    """Care given to the people a figure counts, no use of a helpline: "gave face-to-face counselling to 1,100
    clients", "offered treatment for 300 men" (``care_words`` of ``data/measures.json``, ANNOTATION.md decision 4)."""
    return re.compile(rf"\b(?:{word_regex('care_words').pattern})\s{{1,3}}(?:to|for)\s{{1,3}}$", re.I)


def _other_use(ctx: SentenceFacts, number: NumberMention, unit: Optional[str], unit_end: Optional[int]) -> bool:
    """Whether a count counts no use of a helpline whatever its words' measure (:mod:`pipeline.extract.other_uses`):
    a figure one imagines or hopes for ("would take 40 calls at most"), people on a waiting list ("230 men are
    on the waiting list"), victims and survivors ("610 victims"), a study's group ("(n = 36)")."""
    s = ctx.sentence.start
    return never_user(unit, ctx.sentence.text[number.end - s:]) or is_hypothetical(_clause_before(ctx, number)) \
        or is_waiting(ctx.sentence.text[(unit_end or number.end) - s:]) \
        or is_sample_size(ctx.sentence.text[:number.start - s])


#: Either end of an age range: "aged between 18 and 25", "aged 18 to 25", "aged 18-25".
_AGE_RANGE = re.compile(r"\b(?:aged?|ages\s{1,3}of)\s{1,3}(?:(?:between|from)\s{1,3})?(?:\d{1,3}(?:\s{1,3}(?:and|to)\s{1,3}|\s?[-\u2013]\s?))?$",
                        re.I)


#: No one is older: a figure above it after "under"/"over" is no age ("compared with under 23,000").
OLDEST = 120


def _is_age(before: str, after: str, value: float = 0) -> bool:
    """"under 25", "aged 45", "45-year-old", "Mark, 38, from Sunderland": ages are not counts."""
    return ((ends_with(before, "age_words") and value <= OLDEST) or bool(re.match(r"\s*(?:-?years?\b|s\b)", after))
            or bool(_AGE_RANGE.search(before))
            or bool(re.search(r"\b[A-Z][a-z]+['\u2019\"\u201d]?,\s*$", before) and re.match(r"\s*,", after)))
