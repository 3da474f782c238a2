"""Extract: facts of one article's text, with rules and a spaCy model.

Takes a page's main text; gives regions, counts (with what they count, where and
when), percentages, multipliers and quotes with their speakers, as the record
dataclasses of :mod:`pipeline.records`.

Modules in data-flow order: ``segments`` (paragraphs, sentences, clauses),
``numbers``, ``regions``, ``period_spans``, ``period_scan`` (with ``period_patterns``, ``period_dates``,
``period_roles``, ``period_joins`` and ``period_clauses``), ``periods``,
``measures``, ``sentence_context``, ``facts`` (with ``count_steps`` and ``count_measure_steps``), ``ratios`` and ``multipliers`` (one sentence: counts,
percentages and multipliers), ``inheritance`` (with ``own_times``, ``inherited_places``,
``averaged_totals`` and ``implied_date``), ``linking`` (``change_links``, ``base_links``, ``body_links``,
``multiplier_links``) and ``assembly`` (the
article-level pass), ``headline``, ``quotemarks``, ``organisations`` (with ``alias_automaton``,
``lexicon``, ``unknown_orgs`` and ``body_kinds``), ``speakers``,
``quotes``, ``parsing`` (where the model runs), ``article``. ``components`` registers
them as spaCy pipeline components.

``extract_article`` and ``extract_documents``, which run every stage on one
document, live in :mod:`pipeline.engine.stages` and are re-exported here.
"""
from importlib import import_module

#: Public names and the module of this package (or the engine) that defines them,
#: imported on first use so that ``import pipeline.extract.numbers`` does not load
#: the quote and speaker machinery (and spaCy) with it.
_WHERE = {
    "assemble": "pipeline.extract.assembly",
    "extract_sentence": "pipeline.extract.facts",
    "find_numbers": "pipeline.extract.numbers",
    "find_periods": "pipeline.extract.periods",
    "resolve": "pipeline.extract.periods",
    "extract_quotes": "pipeline.extract.quotes",
    "find_regions": "pipeline.extract.regions",
    "to_regions": "pipeline.extract.regions",
    "split_sentences": "pipeline.extract.segments",
    "ExtractOptions": "pipeline.engine.stages",
    "extract_article": "pipeline.engine.stages",
    "extract_document": "pipeline.engine.stages",
    "extract_documents": "pipeline.engine.stages",
}


def __getattr__(name: str):
    """A public name, imported from its module on first use."""
    if name in _WHERE:
        value = getattr(import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'pipeline.extract' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


__all__ = ["ExtractOptions", "assemble", "extract_article", "extract_document", "extract_documents", "extract_quotes",
           "extract_sentence", "find_numbers", "find_periods", "find_regions", "resolve", "split_sentences", "to_regions"]
