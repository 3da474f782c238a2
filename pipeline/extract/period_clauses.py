"""The sentences and clauses around a period mention, and the mention they make (:func:`mention_of`): its clause,
its scope (the whole sentence when the period opens it or stands as an aside) and the "when" clause after it.
"""
from __future__ import annotations

import re

from pipeline.extract.period_dates import Candidate
from pipeline.extract.period_spans import PeriodMention, Span

_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n+")
_CLAUSE_SEP = re.compile(r";|\s[-–—]\s|,\s+(?:and|but|while)\b", re.IGNORECASE)
_OPENER = re.compile(r"[\s\"“‘'(\[]*+(?:(?:and|but|so|today|overall|meanwhile|also|now|then),?\s++)?", re.IGNORECASE)
_WHEN = re.compile(r"\s*+(?:,\s*+)?when\b", re.IGNORECASE)


def mention_of(cand: Candidate, text: str, sentences: list[Span], clauses: dict[Span, list[Span]]) -> PeriodMention:
    """The mention ``cand`` makes in ``text``; ``clauses`` caches each sentence's clauses (a long sentence has many
    mentions)."""
    sent = containing(sentences, cand.start)
    if sent not in clauses:
        clauses[sent] = clause_spans(text, sent)
    clause = containing(clauses[sent], cand.start)
    scope = None
    if cand.role == "time":
        aside = clause != sent and not text[clause[0]:cand.start].strip(_ASIDE) and not text[cand.end:clause[1]].strip(_ASIDE)
        scope = sent if _OPENER.fullmatch(text, sent[0], cand.start) or aside else clause
    when = None
    found = _WHEN.match(text, cand.end)
    if found and found.end() < clause[1]:
        when = (cand.end, clause[1])
    return PeriodMention(cand.start, cand.end, text[cand.start:cand.end], cand.period, cand.role,
                         cand.relative, clause, scope, when)


#: What may stand around a period that is a clause of its own, an aside ("in Kent alone – between 2021 and 2022 – 1,500 ...").
_ASIDE = " \t,()"


def sentence_spans(text: str) -> list[Span]:
    """The sentences of ``text`` as (start, end) offsets, covering all of it."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def clause_spans(text: str, sentence: Span) -> list[Span]:
    """The clauses of ``sentence``, split at semicolons, dashes and ", and/but/while"."""
    spans, start = [], sentence[0]
    for match in _CLAUSE_SEP.finditer(text, sentence[0], sentence[1]):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, sentence[1]))
    return spans


def containing(spans: list[Span], offset: int) -> Span:
    """The span of ``spans`` that holds ``offset`` (the last one when none does)."""
    for span in spans:
        if span[0] <= offset < span[1]:
            return span
    return spans[-1]
