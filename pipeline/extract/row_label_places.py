"""A place named as the whole label of a list line: "Moray: 610", "Bradford: 361", "- Angus: 22".

A name that is also a person's or a word ("Moray", "Bradford", "Angus") needs evidence that it is the place, and
at a sentence's start it usually gets none.  A line that holds nothing but the name, a colon and one figure is a
row of a table (:func:`pipeline.extract.count_parts._is_row` reads its figure as the row's count): no speaker's turn
("Angus: I rang them" has words after the colon), no name in prose.  Such a label is the place.  Read from the
tokens around the span only.
"""
from __future__ import annotations

from spacy.tokens import Span

#: Marks that may open a list line before its label.
_BULLETS = frozenset({"-", "\u2013", "\u2014", "\u2022", "*"})


def _line_start(span: Span) -> bool:
    doc, j = span.doc, span.start - 1
    while j >= 0 and doc[j].text in _BULLETS:
        j -= 1
    return j < 0 or (doc[j].is_space and "\n" in doc[j].text) or doc[j].text.endswith("\n")


def labels_row(span: Span) -> bool:
    """Whether ``span`` is the whole label of a line ``<place>: <figure>`` (an optional stop, then the line's end)."""
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].text != ":" or not doc[i + 1].like_num or not _line_start(span):
        return False
    k = i + 2
    if k < len(doc) and doc[k].text in (".", ";"):
        k += 1
    return k >= len(doc) or (doc[k].is_space and "\n" in doc[k].text) or "\n" in doc[k - 1].whitespace_
