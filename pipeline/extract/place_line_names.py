"""Whether a place opens the name of a line or a service: "the Highland Listening Line", "the Bradford District
Gambling Line". A place the text shows once to be the place names the line's area there too, as "Gwent Samaritans"
does; a capitalised name after it that ends otherwise ("Lincoln Smith") is a person's, and the place needs other
evidence. The heads are ``line_name_heads`` of ``data/regions_rules.json``."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from pipeline.extract.gazetteer import rules

#: How many capitalised words may stand between the place and the head of the name.
NAME_REACH = 4


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(rules()["line_name_heads"])


def opens_line_name(span: Span) -> bool:
    """Whether the capitalised words right after ``span`` (at most :data:`NAME_REACH`, then the head) end in a word of
    ``line_name_heads``: "Highland Listening Line", "Bradford District Gambling Line"."""
    doc = span.doc
    for i in range(span.end, min(len(doc), span.end + NAME_REACH + 1)):
        token = doc[i]
        if not (token.is_alpha and token.is_title):
            return False
        if token.text in _heads():
            return True
    return False
