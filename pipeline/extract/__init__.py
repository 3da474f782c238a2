"""Extract: facts of one article's text, with rules and a spaCy model.

Takes a page's main text; gives regions, counts (with what they count, where and
when), percentages, multipliers and quotes with their speakers, as the record
dataclasses of :mod:`pipeline.records`.

Modules in data-flow order: ``segments`` (paragraphs, sentences, clauses),
``numbers``, ``regions``, ``period_spans``, ``period_scan``, ``periods``,
``measures``, ``facts`` (one sentence), ``assembly`` (the article-level pass),
``quotemarks``, ``speakers``, ``quotes``. ``components`` registers them as spaCy
pipeline components.

``extract_article`` and ``extract_documents``, which run every stage on one
document, live in :mod:`pipeline.engine.stages` and are re-exported here.
"""
from pipeline.extract.assembly import assemble
from pipeline.extract.facts import extract_sentence
from pipeline.extract.numbers import find_numbers
from pipeline.extract.periods import find_periods, resolve
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.regions import find_regions, to_regions
from pipeline.extract.segments import split_sentences

_ENGINE = ("ExtractOptions", "extract_article", "extract_document", "extract_documents")


def __getattr__(name: str):
    """The engine's names, as ``pipeline.extract`` had them before the stages were split."""
    if name in _ENGINE:
        from pipeline.engine import stages

        return getattr(stages, name)
    raise AttributeError(f"module 'pipeline.extract' has no attribute {name!r}")


__all__ = ["assemble", "extract_quotes", "extract_sentence", "find_numbers", "find_periods",
           "find_regions", "resolve", "split_sentences", "to_regions", *_ENGINE]
