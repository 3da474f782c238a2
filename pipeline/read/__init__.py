"""Read: from archives and files to documents, and from a document to its page.

Takes paths (WARC/ARC, folders of HTML or text, JSONL, stdin); gives
:class:`~pipeline.records.Document` objects (:func:`iter_documents`), then for
each its main text and metadata (:func:`read_document`) and whether it is about
a prevention helpline (:func:`assess`).

Modules in data-flow order: ``archives``, ``metadata`` (encodings, title, outlet,
language, date), ``datelines``, ``maintext``, ``boilerplate``, ``relevance``.
"""
from pipeline.read.archives import Limits, iter_documents
from pipeline.read.maintext import Page, extract_main_text, read_document
from pipeline.read.metadata import Metadata, decode_bytes, extract_metadata
from pipeline.read.relevance import assess, link_score

__all__ = ["Limits", "Metadata", "Page", "assess", "decode_bytes", "extract_main_text",
           "extract_metadata", "iter_documents", "link_score", "read_document"]
