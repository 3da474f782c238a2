"""From one input document to one record: read, judge relevance, extract, check.

The statistical model runs only where a fact can be: sentences that hold a
number or a multiplier word are parsed (tagger and parser, no NER); everything
else sees only the tokenizer, the sentencizer and the phrase matchers.  Every
input yields a record; what went wrong is in ``errors``.
"""
from __future__ import annotations

import configparser
import datetime
import logging
import re
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Optional

from spacy.language import Language

from . import periods, settings
from .assemble import assemble
from .checks import check_record
from .facts import LIST_ITEM, ROW, SentenceFacts, extract_sentence, multiplier_regex
from .measures import lexicon, needs_tagger
from .htmltext import Page, read_document
from .metadata import detect_language
from .nlp import Entities, load_model
from .numbers import find_numbers
from .quotemarks import quotes_by_paragraph
from .quotes import extract_quotes
from .records import Article, Document, Record, article_id, sha256
from .regions import find_regions, to_regions
from .relevance import assess
from .segment import Sentence, clauses, split_sentences

log = logging.getLogger(__name__)

#: Components the fact parse does not need (NER runs only for quote speakers).
FACT_PARSE_DISABLED = ("ner", "lemmatizer", "parser")

#: Any quote mark: an article without one has no quotes to attribute.
QUOTE_MARK = re.compile("[\"\u201c\u201d\u2018\u2019']")



@dataclass
class ExtractOptions:
    """How ``extract`` runs: what to keep and which overrides to apply."""

    with_text: bool = False
    relevant_only: bool = False
    published: Optional[str] = None
    url: Optional[str] = None
    threshold: float = 0.5
    max_chars: int = 2_000_000
    config: Optional[configparser.ConfigParser] = None  # the settings in force ([checks] tolerances too)

    @classmethod
    def from_settings(cls, config=None, **overrides) -> "ExtractOptions":
        """Defaults from the ``[extract]`` settings, then the given overrides (None ignored)."""
        config = config or settings.defaults()
        section = config["extract"]
        options = cls(threshold=section.getfloat("relevance_threshold"), max_chars=section.getint("max_chars"),
                      config=config)
        for key, value in overrides.items():
            if value is not None:
                setattr(options, key, value)
        return options


def _date(value: Optional[str]) -> Optional[datetime.date]:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _fact_regions(text: str, mentions: list) -> list:
    """Region mentions that claim a place (not "North West Regional Organised Crime Unit").

    A place name followed by one of ``org_words`` (``data/measures.json``) names an organisation.
    """
    org_words = tuple(lexicon()["org_words"])
    return [m for m in mentions if not text[m.end:m.end + 14].lstrip().startswith(org_words)]


def candidates(sentences: list[Sentence]) -> list[tuple[Sentence, list]]:
    """The sentences that may hold a fact (a number or a multiplier word), with their numbers."""
    out = []
    for sentence in sentences:
        numbers = find_numbers(sentence.text)
        if numbers or multiplier_regex().search(sentence.text):
            out.append((sentence, numbers))
    return out


def extract_facts(text: str, *, published: Optional[datetime.date], nlp: Language):
    """The regions, counts, percentages and multipliers of an article's text."""
    mentions = find_regions(text)
    fact_regions = _fact_regions(text, mentions)
    all_sentences = split_sentences(text)
    index = {s.start: n for n, s in enumerate(all_sentences)}
    sentences = candidates(all_sentences)
    tag = [s for s, numbers in sentences if needs_tagger(s.text, numbers)]
    with nlp.select_pipes(disable=[p for p in FACT_PARSE_DISABLED if p in nlp.pipe_names]):
        docs = dict(zip((s.start for s in tag), nlp.pipe(s.text for s in tag)))
    drafts = []
    memo: dict[int, list] = {}

    def periods_of(sentence: Sentence) -> list:
        if sentence.start not in memo:
            memo[sentence.start] = periods.find_periods(sentence.text, published=published)
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
    counts, percentages, multipliers = assemble(drafts, published=published)
    return to_regions(mentions), counts, percentages, multipliers


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

    Speakers are named outside the quote marks, so only that text is tagged up
    front: the words around each quote, and the two narrative paragraphs before it.
    """
    if not QUOTE_MARK.search(text):
        return []
    paragraphs = quotes_by_paragraph(text)
    quoted = {n for n, (_, spans) in enumerate(paragraphs) if spans}
    pieces = []
    for n, ((start, end), spans) in enumerate(paragraphs):
        if spans:
            edges = [start, *[x for s in spans for x in (s.open, s.end)], end]
            pieces += [text[a:b] for a, b in zip(edges[::2], edges[1::2]) if b - a > 1]
        elif n + 1 in quoted or n + 2 in quoted:
            pieces.append(text[start:end])
    quotes = extract_quotes(text, nlp=Entities(nlp).prime(pieces))
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


def _article(doc: Document, page: Page, options: ExtractOptions) -> Article:
    url = options.url or doc.url or page.url
    return Article(
        id=article_id(url, page.text), source=doc.source, url=url, outlet=page.outlet, title=page.title,
        published=options.published or page.published or doc.published, language=page.language,
        text_sha256=sha256(page.text), text_chars=len(page.text), text=page.text if options.with_text else None,
        author=page.author,
    )


def extract_document(doc: Document, *, options: Optional[ExtractOptions] = None, nlp: Optional[Language] = None) -> Optional[Record]:
    """One document's record; ``None`` only when ``relevant_only`` drops an irrelevant article."""
    options = options or ExtractOptions()
    if doc.error and not (doc.text or doc.html):
        return Record(article=Article(id=article_id(doc.url, doc.source), source=doc.source, url=doc.url,
                                      text_chars=0, text_sha256=sha256("")), errors=[doc.error])
    page = read_document(doc)
    errors = ([doc.error] if doc.error else []) + [e for e in page.errors if e != doc.error]
    if len(page.text) > options.max_chars:
        errors.append(f"text cut to {options.max_chars} of {len(page.text)} characters")
        page.text = page.text[:options.max_chars]
    if page.language is None:
        page.language = detect_language(page.text)
    record = Record(article=_article(doc, page, options), errors=errors)
    record.relevance = assess(page.text, title=page.title, threshold=options.threshold)
    if options.relevant_only and not record.relevance.relevant:
        return None
    if not page.text.strip():
        record.errors.append("no text: the input holds no article text")
        return record
    if page.language not in (None, "en"):
        record.errors.append(f"language '{page.language}' is not supported yet: only English articles are extracted")
        return record
    nlp = nlp or load_model()
    published = _date(record.article.published)
    for stage, run in (
        ("facts", lambda: _set_facts(record, extract_facts(page.text, published=published, nlp=nlp))),
        ("quotes", lambda: setattr(record, "quotes", quotes_of(page.text, nlp))),
        ("checks", lambda: setattr(record, "checks", check_record(record, config=options.config))),
    ):
        try:
            run()
        except Exception as exc:  # a crash on user data is a bug, but it loses one stage, not the batch
            log.exception("%s extraction failed on %s", stage, doc.source)
            record.errors.append(f"extraction failed ({stage}): {type(exc).__name__}: {exc}")
    if not (record.counts or record.percentages or record.multipliers or record.quotes):
        record.errors.append("no facts: no counts, percentages, multipliers or quotes were found")
    return record


def _set_facts(record: Record, facts: tuple) -> None:
    record.regions, record.counts, record.percentages, record.multipliers = facts


def extract_article(text: str, *, source: str = "<text>", url: Optional[str] = None,
                    published: Optional[str] = None, nlp: Optional[Language] = None,
                    with_text: bool = False) -> Record:
    """The record of one plain-text article: the Python API's one-call entry point.

    >>> record = extract_article("In 2019, 1,186 people contacted the helpline.")  # doctest: +SKIP
    """
    options = ExtractOptions.from_settings(with_text=with_text, published=published, url=url)
    doc = Document(source=source, url=url, text=text, published=published)
    record = extract_document(doc, options=options, nlp=nlp)
    assert record is not None
    return record


def extract_documents(docs: Iterable[Document], *, options: Optional[ExtractOptions] = None,
                      nlp: Optional[Language] = None) -> Iterator[Record]:
    """Records for a stream of documents (irrelevant ones dropped under ``relevant_only``)."""
    options = options or ExtractOptions()
    for doc in docs:
        record = extract_document(doc, options=options, nlp=nlp)
        if record is not None:
            yield record
