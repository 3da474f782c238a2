"""What a figure on a labelled line counts: the count noun of its label.

Papers and releases set figures out as labelled lines, in bullet lists, fact
boxes and tables: "Live chats: 388", "- Website visits: 22,910", "Calls to the
helpline: 1,204".  The figure has no noun after it; the label before the colon
names what it counts.  A label that names no count noun (a place: "Kent: 1,204")
is left to the table-row rules of :mod:`pipeline.extract.facts`.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.measures import lexicon

#: A line's label and its colon, the figure right after: "- Live chats: ", "Website visits: " (no figure in the
#: label, so "2023: 1,204" is no label of a count noun).
_LABEL = re.compile(r"^[\W_]*(?P<label>[A-Za-z][A-Za-z'\u2019 -]{1,48}):\s{0,3}$")
_WORD = re.compile(r"[a-z]+")


def label_unit(before: str) -> Optional[str]:
    """The count noun of the label a figure follows on its line ("Live chats: " -> "chats"), else ``None``.

    ``before`` is the text of the figure's sentence before it.  The last word of the label that is a count noun
    of ``data/measures.json`` ("units") wins: "Calls to the helpline: " -> "calls", "Website visits: " -> "visits".
    """
    match = _LABEL.match(before)
    if match is None:
        return None
    lex = lexicon()
    words = _WORD.findall(match.group("label").lower())
    return next((word for word in reversed(words)
                 if word in lex["units"] or (word.endswith("s") and word in lex["unit_word_measures"])), None)
