"""From one input document to one record: read, judge relevance, extract, check.

The statistical model runs only where a rule reads what it gives (decided in
:mod:`pipeline.extract.parsing`): the tagger on the words around the counts whose
noun the word rules miss, NER on the text around quotes; everything else sees
only the tokenizer, the sentencizer and the phrase matchers.  Every input
yields a record; what went wrong is in ``errors``.
"""
from __future__ import annotations

import datetime
import logging
from functools import partial
from typing import Callable, Iterable, Iterator, Optional, Union

from spacy.language import Language

from pipeline.check.within import check_record
from pipeline.engine.batch import run_together
from pipeline.engine.options import ExtractOptions  # its home before: imported from here too
from pipeline.extract.article import facts_steps, quotes_steps
from pipeline.extract.parsing import Steps, run_alone
from pipeline.nlp import load_model
from pipeline.read.maintext import Page, date_page, read_document
from pipeline.read.metadata import detect_language
from pipeline.read.relevance import assess, might_be_relevant, outside_scope
from pipeline.records import Article, Document, Record, article_id, sha256

log = logging.getLogger(__name__)


def _date(value: Optional[str]) -> Optional[datetime.date]:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _article(doc: Document, page: Page, options: ExtractOptions) -> Article:
    url = options.url or doc.url or page.url
    return Article(
        id=article_id(url, page.text), source=doc.source, url=url, outlet=page.outlet, title=page.title,
        published=options.published or page.published or doc.published, language=page.language,
        text_sha256=sha256(page.text), text_chars=len(page.text), text=page.text if options.with_text else None,
        author=page.author,
    )


StageHook = Callable[[str], None]
BatchHook = Optional[Callable[[int, str], None]]


def _no_hook(stage: str) -> None:
    return None


def failed_record(doc: Document, error: str) -> Record:
    """The record of a document that yields no text: where it came from and why."""
    return Record(article=Article(id=article_id(doc.url, doc.source), source=doc.source, url=doc.url,
                                  text_chars=0, text_sha256=sha256("")), errors=[error])


def extract_document(doc: Document, *, options: Optional[ExtractOptions] = None, nlp: Optional[Language] = None,
                     on_stage: StageHook = _no_hook) -> Optional[Record]:
    """One document's record; ``None`` only when ``relevant_only`` drops an irrelevant article.

    ``on_stage`` is called with each stage's name (read, relevance, facts, quotes,
    checks) as the document enters it: the process pool reports it when a
    document runs out of time.  Under ``relevant_only`` a document that the cheap
    test (:func:`~pipeline.read.relevance.might_be_relevant`) rules out is dropped
    before its main text is extracted.
    """
    return run_alone(document_steps(doc, options=options, nlp=nlp, on_stage=on_stage), nlp)


def document_steps(doc: Document, *, options: Optional[ExtractOptions] = None, nlp: Optional[Language] = None,
                   on_stage: StageHook = _no_hook) -> Steps[Optional[Record]]:
    """:func:`extract_document` as steps that yield their calls of the model (see :mod:`pipeline.engine.batch`)."""
    options = options or ExtractOptions()
    if doc.error and not (doc.text or doc.html):
        return failed_record(doc, doc.error)
    if options.relevant_only and not might_be_relevant(doc.html or doc.text or "", threshold=options.threshold):
        return None
    on_stage("read")
    # under relevant_only the date is read for relevant pages alone (htmldate's search is most of
    # the metadata's cost): a candidate that turns out irrelevant is dropped without it
    page = read_document(doc, dated=not options.relevant_only)
    read_text = page.text
    errors = ([doc.error] if doc.error else []) + [e for e in page.errors if e != doc.error]
    if len(page.text) > options.max_chars:
        errors.append(f"text cut to {options.max_chars} of {len(page.text)} characters")
        page.text = page.text[:options.max_chars]
    if page.language is None:
        page.language = detect_language(page.text)
    on_stage("relevance")
    relevance = assess(page.text, title=page.title, threshold=options.threshold)
    if options.relevant_only:
        if not relevance.relevant:
            return None
        on_stage("read")  # the relevant page's date
        if not date_page(doc, page, read_text):
            return None  # read_document, reading the date first, would have read no text of the page
    record = Record(article=_article(doc, page, options), errors=errors, relevance=relevance)
    if not page.text.strip():
        record.errors.append("no text: the input holds no article text")
        return record
    if page.language not in (None, "en"):
        record.errors.append(f"language '{page.language}' is not supported yet: only English articles are extracted")
        return record
    nlp = nlp or load_model()
    published = _date(record.article.published)
    for stage, steps, keep in (
        ("facts", lambda: facts_steps(page.text, published=published, nlp=nlp),
         lambda facts: _set_facts(record, facts)),
        ("quotes", lambda: quotes_steps(page.text, nlp), lambda quotes: setattr(record, "quotes", quotes)),
    ):
        on_stage(stage)
        try:
            keep((yield from steps()))
        except Exception as exc:  # a crash on user data is a bug, but it loses one stage, not the batch
            log.exception("%s extraction failed on %s", stage, doc.source)
            record.errors.append(f"extraction failed ({stage}): {type(exc).__name__}: {exc}")
    on_stage("checks")
    try:
        record.checks = check_record(record, config=options.config, text=page.text,
                                     out_of_scope_line=outside_scope(record.relevance))
    except Exception as exc:  # noqa: BLE001
        log.exception("checks extraction failed on %s", doc.source)
        record.errors.append(f"extraction failed (checks): {type(exc).__name__}: {exc}")
    if not (record.counts or record.percentages or record.multipliers or record.quotes):
        record.errors.append("no facts: no counts, percentages, multipliers or quotes were found")
    return record


#: The most documents, and characters of input, whose calls of the model are made together.
BATCH_DOCS = 8
BATCH_CHARS = 400_000


def extract_batch(docs: list[Document], *, options: Optional[ExtractOptions] = None,
                  nlp: Optional[Language] = None,
                  on_stage: BatchHook = None) -> list[Union[Optional[Record], Exception]]:
    """The records of :func:`extract_document` for several documents, their calls of the model made
    together (:func:`pipeline.engine.batch.run_together`); where a document's extraction raised,
    the exception in its place.  ``on_stage(n, stage)`` is told each document's stages."""
    nlp = nlp or load_model()
    hook = on_stage or (lambda n, stage: None)
    return run_together([document_steps(doc, options=options, nlp=nlp, on_stage=partial(hook, n))
                         for n, doc in enumerate(docs)], nlp)


def batches(docs: Iterable[Document], size: int = BATCH_DOCS, chars: int = BATCH_CHARS) -> Iterator[list[Document]]:
    """``docs`` in input order, cut into lists of at most ``size`` documents and (unless one alone
    is larger) ``chars`` characters of input."""
    batch: list[Document] = []
    held = 0
    for doc in docs:
        length = input_chars(doc)
        if batch and (len(batch) == size or held + length > chars):
            yield batch
            batch, held = [], 0
        batch.append(doc)
        held += length
    if batch:
        yield batch


def input_chars(doc: Document) -> int:
    """The size of a document's input: its HTML or text."""
    return len(doc.html or "") + len(doc.text or "")


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
    """Records for a stream of documents (irrelevant ones dropped under ``relevant_only``), a few
    at a time (:func:`batches`) so that their calls of the model are made together."""
    options = options or ExtractOptions()
    nlp = nlp or load_model()
    for batch in batches(docs):
        for outcome in extract_batch(batch, options=options, nlp=nlp):
            if isinstance(outcome, Exception):
                raise outcome
            if outcome is not None:
                yield outcome
