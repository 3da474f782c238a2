"""An article's text to its facts and quotes: the extract stage over one whole text.

:func:`extract_facts` finds regions, then cuts the text into sentences, keeps the
candidates (a number or a multiplier word), tags only the words around the numbers
whose count noun the word rules cannot find, and assembles the drafts of every
sentence into counts, percentages and multipliers. :func:`quotes_of` pairs the
quote marks and names their speakers with a batched NER-only view of the model.
Which words the model sees, and why, is decided in :mod:`pipeline.extract.parsing`.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import replace
from typing import Optional

from spacy.language import Language

from pipeline.extract import periods
from pipeline.extract.anniversary_year import anniversary_date
from pipeline.extract.assembly import assemble
from pipeline.extract.headline_year import headline_year
from pipeline.extract.elided_nouns import carry_elided_nouns
from pipeline.extract.launch_dates import date_from_launch
from pipeline.extract.count_parts import ROW
from pipeline.extract.facts import extract_sentence
from pipeline.extract.measures import lexicon, needs_tagger
from pipeline.extract.period_scan import years_named
from pipeline.extract.phone_numbers import service_numbers_named
from pipeline.extract.numbers import find_numbers
from pipeline.extract.parsing import ModelCall, Steps, entity_requests, plan_tags, run_alone
from pipeline.extract.place_names import rename, written_names
from pipeline.extract.place_roles import event_places, implied_scope, names_area, organisation_places
from pipeline.extract.quotes import extract_quotes, signed_statement
from pipeline.extract.multipliers import may_hold_multiplier, multiplier_regex
from pipeline.extract.regions import find_regions, headline_regions, to_regions
from pipeline.extract.regions_datelines import dateline_regions
from pipeline.extract.segments import Sentence, clauses, split_sentences, text_doc
from pipeline.extract.sentence_context import LIST_ITEM, SentenceFacts
from pipeline.entities import Entities

#: Any quote mark: an article without one has no quotes to attribute.
QUOTE_MARK = re.compile("[\"\u201c\u201d\u2018\u2019']")
#: A letter or a digit: a sentence without one holds no number nor multiplier word.
_WORD_CHARACTER = re.compile(r"\w")


def _fact_regions(text: str, mentions: list) -> list:
    """Region mentions that claim a place (not "North West Regional Organised Crime Unit").

    A place name followed by one of ``org_words`` (``data/measures.json``) names an organisation.
    """
    org_words = tuple(lexicon()["org_words"])
    # "Stop It Now! Scotland", "the UK's biggest charity", "since the first UK lockdown": a body or an event
    others = organisation_places(text, mentions) + event_places(text, mentions)
    return [m for m in mentions if m not in others and (
        not text[m.end:m.end + 14].lstrip().startswith(org_words) or names_area(text, m))]


def candidates(sentences: list[Sentence], codes: frozenset[str] = frozenset()) -> list[tuple[Sentence, list]]:
    """The sentences that may hold a fact (a number or a multiplier word), with their numbers.

    ``codes``: service numbers the article names a line by ("the 988 crisis line"), never counts in it
    ("988 calls top 30,000").
    """
    out = []
    for sentence in sentences:
        if not _WORD_CHARACTER.search(sentence.text):
            continue  # a line of quote marks or bullets: the number patterns need not be tried (200,000 of them: seconds)
        numbers = [n for n in find_numbers(sentence.text) if sentence.text[n.num_start:n.num_end] not in codes]
        if numbers or (may_hold_multiplier(sentence.text) and multiplier_regex().search(sentence.text)):
            out.append((sentence, numbers))
    return out


def extract_facts(text: str, *, published: Optional[datetime.date], nlp: Language):
    """The regions, counts, percentages and multipliers of an article's text."""
    return run_alone(facts_steps(text, published=published, nlp=nlp), nlp)


def facts_steps(text: str, *, published: Optional[datetime.date], nlp: Language) -> Steps[tuple]:
    """:func:`extract_facts` as steps: yields the tagger's windows (a :class:`ModelCall`) and is sent them tagged."""
    tokens = text_doc(text)  # tokenized once, for the places and the sentences
    mentions = find_regions(text, tokens)
    fact_regions = _fact_regions(text, mentions)
    all_sentences = split_sentences(text, tokens)
    del tokens  # not held while the model is asked
    index = {s.start: n for n, s in enumerate(all_sentences)}
    sentences = candidates(all_sentences, service_numbers_named(text))
    plan = plan_tags(nlp, [(s, numbers) for s, numbers in sentences if needs_tagger(s.text, numbers)])
    docs = plan.apply((yield ModelCall("tag", plan.windows)) if plan.windows else [])
    drafts = []
    memo: dict[int, list] = {}
    named = years_named(text)  # "Of the 2023 contacts" is 2023's when the article names 2023 ("in 2023")

    def periods_of(sentence: Sentence) -> list:
        if sentence.start not in memo:
            memo[sentence.start] = periods.find_periods(sentence.text, published=published, named=named)
        return memo[sentence.start]

    for sentence, numbers in sentences:
        ctx = SentenceFacts(
            sentence=sentence, doc=docs.get(sentence.start),
            numbers=[_shift(n, sentence.start) for n in numbers],
            regions=[r for r in fact_regions if sentence.start <= r.start and r.end <= sentence.end],
            periods=periods_of(sentence), clauses=clauses(sentence.text), index=index.get(sentence.start, 0),
        )
        _under_header(ctx, all_sentences, fact_regions, periods_of)
        ctx.previous_regions, ctx.previous_time = _context_before(ctx.index, all_sentences, fact_regions, periods_of)
        drafts.extend(extract_sentence(ctx))
    carry_elided_nouns(drafts, text)  # "The branch took 1,512 calls in 2023. In 2022 it took 1,180.": calls
    date_from_launch(drafts, all_sentences, index, periods_of, published)  # "Since its launch, it has taken 50,000 calls"
    counts, percentages, multipliers = assemble(drafts, published=published, headline=headline_year(text),
                                                implied=None if published else anniversary_date(text))
    # the article's regions also hold the national scope it implies; a fact's region is only what it names
    named = mentions + headline_regions(text)  # a lower-case headline's places: the list's, not a fact's
    named += dateline_regions(text, named)  # "DAYTON, Ohio (WXYZ) —": the list's too
    regions = to_regions(named + implied_scope(text, named))
    rename(regions, (counts, percentages, multipliers), written_names(mentions))  # "Newcastle", as the paper has it
    return regions, counts, percentages, multipliers


#: How many lines a list may run under its header ("The figures for each county in 2022 were:").
LIST_REACH = 12


def _under_header(ctx: SentenceFacts, sentences: list[Sentence], regions: list, periods_of) -> None:
    """When a sentence is an item of a list under a line ending in ':', give it that line's period and places."""
    for back in range(1, LIST_REACH + 1):
        n = ctx.index - back
        if n < 0:
            return
        line = sentences[n]
        if line.text.endswith(":"):
            break
        if not (LIST_ITEM.match(line.text) or ROW.match(line.text)):
            return  # a plain sentence between: no longer a list
    else:
        return
    if not (LIST_ITEM.match(ctx.sentence.text) or ROW.match(ctx.sentence.text) or back == 1):
        return
    ctx.header_text = line.text
    ctx.header = [p for p in periods_of(line) if p.role == "time"]
    ctx.header_regions = list(dict.fromkeys(r.name for r in regions if line.start <= r.start and r.end <= line.end))


#: How many sentences back the context of a fact is looked for.
CONTEXT_REACH = 3


def _context_before(index: int, sentences: list[Sentence], regions: list, periods_of) -> tuple[list[str], object]:
    """The places, and the last time mention, of the nearest sentences before ``index`` that have them."""
    names: list[str] = []
    time = None
    seen = 0
    for n in range(index - 1, -1, -1):
        line = sentences[n]
        if LIST_ITEM.match(line.text) or ROW.match(line.text):
            continue  # an item of a list names a part, not what the text is about (and does not count)
        seen += 1
        if seen > CONTEXT_REACH or (names and time):
            break
        if not names:
            names = list(dict.fromkeys(r.name for r in regions if line.start <= r.start and r.end <= line.end))
        if time is None:
            found = [p for p in periods_of(line)
                     if p.role == "time" and p.period and p.period.start != p.period.end]  # not a dateline's day
            time = found[-1] if found else None
    return names, time


def quotes_of(text: str, nlp: Language) -> list:
    """The article's quotes; entities come from a batched NER-only view of the model.

    Speakers are named outside the quote marks, so only that text is tagged
    (:func:`~pipeline.extract.parsing.entity_requests`): the two narrative
    paragraphs before each quote and the words before its marks in one batch up
    front, the words after them when a rule asks.
    """
    return run_alone(quotes_steps(text, nlp), nlp)


def quotes_steps(text: str, nlp: Language) -> Steps[list]:
    """:func:`quotes_of` as steps: yields the up-front batch for NER (a :class:`ModelCall`) and is sent its
    entities; what a rule asks later is tagged then."""
    if not QUOTE_MARK.search(text) and not signed_statement(text):
        return []
    pieces, first, whole = entity_requests(text)
    entities = Entities(nlp).plan(pieces)
    wanted = entities.wanted(first, whole)
    entities.fill(wanted, (yield ModelCall("ner", wanted)) if wanted else [])
    quotes = extract_quotes(text, nlp=entities)
    return _without_repeats(quotes)


def _without_repeats(quotes: list) -> list:
    """An unattributed quote that repeats words of another quote (a headline's, a pull quote) is one quote."""
    def words(q) -> str:
        return " ".join(re.findall(r"\w+", q.text.lower()))

    kept = [q for q in quotes if q.speaker or not any(words(q) and words(q) in words(o) for o in quotes if o is not q)]
    for n, quote in enumerate(kept, 1):
        quote.id = f"q{n}"
    return kept


def _shift(number, offset: int):
    return replace(number, start=number.start + offset, end=number.end + offset,
                   num_start=number.num_start + offset, num_end=number.num_end + offset)
