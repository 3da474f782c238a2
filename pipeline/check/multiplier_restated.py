"""The body's statement of a headline's multiplier, whose words the one fact kept for both may have lost.

The extractor keeps one fact for a claim the headline and the body both state (:mod:`pipeline.extract.claims`), the
statement that says most; a headline's "Twice as many in Fife seek help" linked to the body's figures says more than
the opening line's "The charity says twice as many people in Fife sought its help in 2023 as two years before", so
the fact is the headline's, and the words that make "as many" a change over time ("as two years before") are the
body's.
:func:`restatement` finds that statement: the first place after the headline where the text gives the multiplier's
words again, when no other fact of the record stands there (then the statement was merged into this one), and the
span of its words after the factor up to the end of its sentence, which the checks read as they read the headline's.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.check.evidence import Evidence
from pipeline.records import Multiplier

#: The end of a sentence after a restatement's words: a full stop, "?" or "!" before white space, or a line break.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
#: How far after the factor a restatement's sentence may run.
SENTENCE_REACH = 300


def restatement(mult: Multiplier, ev: Evidence) -> Optional[tuple[int, int]]:
    """``(start, end)``: the words after the factor in the body's statement of a multiplier of the article's first
    sentence (its headline), up to that statement's sentence end; ``None`` when the multiplier is not the
    headline's, or the text states its words nowhere else, or another multiplier of the record stands there."""
    text = ev.text
    word = mult.word or mult.text
    if not text or not word or mult.sentence[0] != 0:
        return None
    pattern = re.compile(r"(?<![\w-])" + r"\s{1,3}".join(map(re.escape, word.split())) + r"(?![\w-])", re.I)
    found = pattern.search(text, mult.sentence[1])
    if found is None or any(m is not mult and m.start <= found.start() < m.end for m in ev.record.multipliers):
        return None
    factor = mult.text or ""
    start = found.start() + len(factor) if word.lower().startswith(factor.lower()) and factor else found.end()
    stop = _SENTENCE_END.search(text, found.end(), found.end() + SENTENCE_REACH)
    return start, stop.start() if stop else min(len(text), found.end() + SENTENCE_REACH)
