"""Engine: the stages run in order on each document.

Takes documents from :mod:`pipeline.read`; gives one record per document
(:func:`extract_article`, :func:`extract_documents`): read, judge relevance,
extract, check, each stage isolated so that an error loses one stage, not the batch.

The names below are imported on first use, so that a light module of the package
(:mod:`pipeline.engine.prestart`) can be imported without spaCy.
"""
from __future__ import annotations

__all__ = ["ExtractOptions", "extract_article", "extract_document", "extract_documents"]


def __getattr__(name: str):  # noqa: ANN202
    """The stages' API, from :mod:`pipeline.engine.stages`, imported when first asked for."""
    if name in __all__:
        from pipeline.engine import stages

        return getattr(stages, name)
    raise AttributeError(f"module 'pipeline.engine' has no attribute {name!r}")
