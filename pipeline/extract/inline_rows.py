"""A list set out inside a sentence after a colon, a place and its figure an item: "The line handled 3,904 contacts,
made up as follows: Bristol 1,112; Somerset 1,022; Devon 906; Cornwall 774."

Each item is a row of a table written as prose: the label before its figure (a place of the gazetteer, or the rest
of the places: "Elsewhere 410"), items parted by semicolons, the first after the sentence's colon.  Like a row on a
line of its own ("Bristol: 1,112"), the figure counts what the count above it counts, so it is a count even where it
ends its sentence with no noun of its own ("Cornwall 774.").  Bounded: the label is read from at most
:data:`LABEL_REACH` characters before the figure.
"""
from __future__ import annotations

import re

from pipeline.extract.gazetteer import canonical

#: How far before a figure its item's label may start.
LABEL_REACH = 60
#: An item's start: the colon or a semicolon (", and" or "and" after a semicolon), then the label and a space.
_ITEM = re.compile(r"[:;]\s{0,3}(?:and\s{1,3})?(?P<label>[A-Za-z][A-Za-z'\u2019.-]{0,30}(?:\s[A-Z][A-Za-z'\u2019.-]{0,30}"
                   r"|\s(?:and|of|upon|on|the|rest|county|area|region)\b){0,4})\s{1,3}$")
#: After an item's figure: a semicolon, or the end of the sentence.
_ITEM_END = re.compile(r"\s{0,3}(?:;|[.!]?\s*$)")
#: The rest of the places as an item's label.
_REST = re.compile(r"(?:the\s{1,3})?(?:rest\s{1,3}of\b|elsewhere\b|other\s{1,3}(?:areas|parts|places|counties|regions)\b)",
                   re.I)


def inline_row(before: str, after: str) -> bool:
    """Whether a figure is an item of a list set out after its sentence's colon: ``before`` is its sentence's text
    before it, ``after`` the text after it ("...: Bristol 1,112; Somerset " and "; Devon 906; ...")."""
    if ":" not in before or not _ITEM_END.match(after):
        return False
    match = _ITEM.search(before[-LABEL_REACH:])
    if match is None:
        return False
    label = match.group("label").strip()
    return canonical(label) is not None or _REST.match(label) is not None
