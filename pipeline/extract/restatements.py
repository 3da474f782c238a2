"""Shares written as a fraction word that the paper states again as a figure.

"Well over half (57%) say ...", "nearly half of all calls were from adults ... 45 per cent of calls
were from abusers": the figure restates the fraction, and a reader can check one against the other
(``more than half`` holds for 57%, ``nearly half`` for 45%).  :func:`restatements` pairs each such
fraction with its figure; :mod:`pipeline.check.within` checks the pair.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.inheritance import Resolved
from pipeline.extract.measures import word_set

#: Between a fraction and the figure in brackets that restates it: "nearly half (", "More than half of new members (".
_BRACKET_BETWEEN = re.compile(r"[^\d%();.]{0,60}\(\s{0,2}")
#: How many sentences after a fraction its figure may come ("... nearly half of calls ...  Analysis found 45 per cent of calls").
SENTENCES_AFTER = 3
#: How far (points) a figure may lie from the fraction it restates: "nearly half" is no 20%.
NEAR_POINTS = 10
#: Words after a share that say what it is a share of, or what its part did: the first few.
_WORDS = re.compile(r"[a-z]{4,}")
WORDS_AFTER = 90


def _is_fraction(d) -> bool:
    return d.pct_kind == "share" and not re.search(r"\d", d.text)


def _is_figure(d) -> bool:
    return d.pct_kind == "share" and bool(re.search(r"\d", d.text))


def _content(d) -> set[str]:
    """The telling words after a share: its whole and what its part did ("calls", "women", "mental health")."""
    s = d.sentence.start
    words = {w.rstrip("s") for w in _WORDS.findall(d.sentence.text[d.end - s:d.end - s + WORDS_AFTER].lower())}
    return words - {w.rstrip("s") for w in word_set("restatement_generic_words")} - set(word_set("stop_words"))


def _bracketed(fraction: Resolved, shares: list[Resolved]) -> Optional[Resolved]:
    d = fraction.draft
    after = [p for p in shares if p.draft.sentence == d.sentence and p.draft.start >= d.end]
    if not after or not _is_figure(after[0].draft):
        return None
    s = d.sentence.start
    return after[0] if _BRACKET_BETWEEN.fullmatch(d.sentence.text, d.end - s, after[0].draft.start - s) else None


def _restated_later(fraction: Resolved, shares: list[Resolved]) -> Optional[Resolved]:
    """The first figure after the fraction, in the sentences just after it, near its value and saying
    what it says (a telling word in common after both)."""
    d = fraction.draft
    for p in shares:
        if p.draft.start < d.end or not 0 < p.draft.index - d.index <= SENTENCES_AFTER:
            continue
        if _is_fraction(p.draft):
            return None  # another fraction comes first: the figure may restate that one
        if abs(p.draft.value - d.value) > NEAR_POINTS:
            continue
        return p if _content(d) & _content(p.draft) else None
    return None


def restatements(pcts: list[Resolved]) -> list[tuple[Resolved, Resolved]]:
    """(fraction, figure) pairs: each share written as a fraction word and the share that restates it as a
    figure, in brackets right after it or in the sentences that follow."""
    shares = sorted((p for p in pcts if p.draft.pct_kind == "share"), key=lambda p: p.draft.start)
    pairs = []
    for fraction in shares:
        if not _is_fraction(fraction.draft):
            continue
        figure = _bracketed(fraction, shares) or _restated_later(fraction, shares)
        if figure is not None:
            pairs.append((fraction, figure))
    return pairs
