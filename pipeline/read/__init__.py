"""Read: from archives and files to documents, and from a document to its page.

Takes paths (WARC/ARC, folders of HTML or text, JSONL, stdin); gives
:class:`~pipeline.records.Document` objects (:func:`iter_documents`), then for
each its main text and metadata (:func:`read_document`) and whether it is about
a prevention helpline (:func:`assess`).

Modules in data-flow order: ``archives`` (with ``archive_records``, ``fast_warc``,
``archive_ranges``, ``page_bytes``, ``compressed``, ``folders``), ``encodings``, ``language``,
``html_tree`` (a page parsed: JSON-LD, ``<meta>``), ``metadata`` (title, outlet, author),
``page_dates`` (the publication date), ``datelines``, ``extractors``, ``ensemble`` (the main
text they agree on), ``maintext`` (a document's page), ``boilerplate``,
``topic_words``, ``usage``, ``relevance`` (and its cheap tests ``prefilter``,
``prefilter_bytes``, ``byte_phrases``).
"""
from pipeline.read.archives import Limits, iter_documents
from pipeline.read.encodings import decode_bytes
from pipeline.read.maintext import Page, extract_main_text, read_document
from pipeline.read.metadata import Metadata, extract_metadata
from pipeline.read.relevance import assess, link_score

__all__ = ["Limits", "Metadata", "Page", "assess", "decode_bytes", "extract_main_text",
           "extract_metadata", "iter_documents", "link_score", "read_document"]
