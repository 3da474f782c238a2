"""Engine: the stages run in order on each document.

Takes documents from :mod:`pipeline.read`; gives one record per document
(:func:`extract_article`, :func:`extract_documents`): read, judge relevance,
extract, check, each stage isolated so that an error loses one stage, not the batch.
"""
from pipeline.engine.stages import (
    ExtractOptions,
    extract_article,
    extract_document,
    extract_documents,
)

__all__ = ["ExtractOptions", "extract_article", "extract_document", "extract_documents"]
