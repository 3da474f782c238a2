"""The extractors as spaCy pipeline components, for use in anyone's pipeline.

>>> nlp = spacy.load("en_core_web_sm")            # doctest: +SKIP
>>> nlp.add_pipe("newsfacts_facts")               # doctest: +SKIP
>>> nlp.add_pipe("newsfacts_quotes")              # doctest: +SKIP
>>> doc = nlp("In 2019, 1,186 people contacted the helpline.")  # doctest: +SKIP
>>> [(span.text, span._.value, span._.measure) for span in doc._.counts]  # doctest: +SKIP

``newsfacts_facts`` sets ``doc._.regions``, ``doc._.counts``, ``doc._.percentages``
and ``doc._.multipliers``; ``newsfacts_quotes`` sets ``doc._.quotes``. Each is a
list of :class:`~spacy.tokens.Span`; ``span._.fact`` is the record object
(:class:`~pipeline.records.Count`, ...) and every field of the record format is
also an attribute of its own (``span._.value``, ``span._.period_start``,
``span._.speaker``...). They are the same facts ``newsfacts extract`` writes: the
components call the functions the engine calls. Both are registered through the
``spacy_factories`` entry point, so ``add_pipe`` finds them without an import.
"""
from __future__ import annotations

import dataclasses
import datetime
from typing import Any, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extract.article import extract_facts, quotes_of
from pipeline.records import Count, Multiplier, Percentage, Quote, Region

#: The Doc attributes the components set, each a list of spans.
DOC_ATTRS = ("regions", "counts", "percentages", "multipliers", "quotes")
#: Record fields that a span has already under another name, or that would shadow spaCy's own.
SKIPPED_FIELDS = ("text", "start", "end", "sentence", "mentions")


def register_extensions() -> None:
    """The ``doc._`` lists and the ``span._`` fields, registered once."""
    for attr in DOC_ATTRS:
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None)
    if not Span.has_extension("fact"):
        Span.set_extension("fact", default=None)
    for cls in (Region, Count, Percentage, Multiplier, Quote):
        for f in dataclasses.fields(cls):
            if f.name not in SKIPPED_FIELDS and not Span.has_extension(f.name):
                Span.set_extension(f.name, getter=_field_getter(f.name))


def _field_getter(name: str):
    def getter(span: Span) -> Any:
        return getattr(span._.fact, name, None)
    return getter


def _span(doc: Doc, start: int, end: int, fact: Any, label: str) -> Optional[Span]:
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is not None:
        span._.fact = fact
    return span


def _spans(doc: Doc, facts: Iterable[Any], label: str) -> list[Span]:
    return [s for s in (_span(doc, f.start, f.end, f, label) for f in facts) if s is not None]


def _own_names(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name.startswith("newsfacts_")]


class FactsComponent:
    """``newsfacts_facts``: regions, counts, percentages and multipliers of a Doc."""

    def __init__(self, nlp: Language, published: Optional[str]) -> None:
        self.nlp = nlp
        self.published = datetime.date.fromisoformat(published) if published else None

    def __call__(self, doc: Doc) -> Doc:
        # the tagger runs again on the sentences that need it; our own components must not
        with self.nlp.select_pipes(disable=_own_names(self.nlp)):
            regions, counts, percentages, multipliers = extract_facts(
                doc.text, published=self.published, nlp=self.nlp)
        doc._.regions = [s for region in regions
                         for s in (_span(doc, a, b, region, "REGION") for a, b in region.mentions) if s is not None]
        doc._.counts = _spans(doc, counts, "COUNT")
        doc._.percentages = _spans(doc, percentages, "PERCENTAGE")
        doc._.multipliers = _spans(doc, multipliers, "MULTIPLIER")
        return doc


class QuotesComponent:
    """``newsfacts_quotes``: one span per speaker turn, with speaker, title, org and official."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        with self.nlp.select_pipes(disable=_own_names(self.nlp)):
            quotes = quotes_of(doc.text, self.nlp)
        doc._.quotes = _spans(doc, quotes, "QUOTE")
        return doc


@Language.factory("newsfacts_facts", default_config={"published": None})
def make_facts(nlp: Language, name: str, published: Optional[str]) -> FactsComponent:
    """Build ``newsfacts_facts``; ``published`` (ISO date) resolves "last year" and the like."""
    register_extensions()
    return FactsComponent(nlp, published)


@Language.factory("newsfacts_quotes")
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    """Build ``newsfacts_quotes``; speakers are found by the pipeline's ``ner`` where it has one."""
    register_extensions()
    return QuotesComponent(nlp)
