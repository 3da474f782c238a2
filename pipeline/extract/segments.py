"""Cutting an article's text into paragraphs, sentences and clauses.

Cheap and rule-based: a paragraph is a line (or a block between blank lines),
sentences come from spaCy's rule-based ``sentencizer`` on a blank English
pipeline, and clauses from punctuation and conjunctions.  All offsets are
character offsets into the article text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language

from pipeline.nlp import safe_text

#: Where a sentence splits into clauses (brackets included: "1,268 calls (up from 1,020 ...)");
#: the clause that starts with ", when" refers back to the period just before it.
CLAUSE_BREAK = re.compile(
    r"(?:(?<!\s)\s++)?;\s*+|(?<!\s)\s++[-\u2013\u2014]++\s++"
    r"|,\s++(?=(?:and|but|while|whereas|although|though|when|which|who"
    r"|up from|down from|from|compared with|compared to|against)\b)|(?:(?<!\s)\s++)?\(\s*+|(?:(?<!\s)\s++)?\)\s*+"
    r"|(?<!\s)\s++(?=which\b)"
)


#: No sentence of an article is longer; a longer run without a full stop is cut at spaces,
#: which bounds the cost of every per-sentence pass.
MAX_SENTENCE = 2000


@dataclass(frozen=True)
class Sentence:
    """A sentence: its offsets in the article, its text and its paragraph's index."""

    start: int
    end: int
    text: str
    paragraph: int


@lru_cache(maxsize=1)
def _splitter() -> Language:
    """A tokenizer and sentencizer of its own (the shared ``nlp.blank()`` stays tokenizer-only)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10 ** 8  # inputs are already cut to ``[extract] max_chars``
    return nlp


@lru_cache(maxsize=1)
def _exclaimed() -> tuple[str, ...]:
    """Names that end in "!" ("Stop It Now!"), from the helplines data."""
    from pipeline.read.relevance import helplines

    return tuple(a for h in helplines() for a in h.aliases if a.endswith("!"))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each non-empty line, leading and trailing spaces trimmed."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group(0)
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((match.start() + lead, match.start() + lead + len(stripped)))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text``, paragraph by paragraph."""
    spans = paragraphs(text)
    out: list[Sentence] = []
    docs = _splitter().pipe(safe_text(text[a:b]) for a, b in spans)
    for index, ((p_start, _), doc) in enumerate(zip(spans, docs)):
        for sent in doc.sents:
            raw = sent.text.strip()
            if not raw:
                continue
            start = p_start + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            previous = out[-1] if out else None
            if previous and previous.paragraph == index and (raw[0].islower() or previous.text.endswith(_exclaimed())) \
                    and start + len(raw) - previous.start <= MAX_SENTENCE:
                # "Stop It Now! is a charity", "Stop It Now! Northern Ireland said": a name's "!" ends no sentence
                out[-1] = Sentence(previous.start, start + len(raw), text[previous.start:start + len(raw)], index)
            else:
                out.extend(_bounded(Sentence(start, start + len(raw), raw, index)))
    return out


def _bounded(sentence: Sentence) -> list[Sentence]:
    """A sentence cut at spaces into pieces of at most ``MAX_SENTENCE`` characters."""
    pieces, start, text = [], 0, sentence.text
    while len(text) - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut
        while start < len(text) and text[start] == " ":
            start += 1
    pieces.append((start, len(text)))
    return [Sentence(sentence.start + a, sentence.start + b, text[a:b], sentence.paragraph) for a, b in pieces if b > a]


def clauses(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each clause of a sentence, relative to the sentence."""
    bounds, last = [], 0
    for match in CLAUSE_BREAK.finditer(text):
        bounds.append((last, match.start()))
        last = match.end()
    bounds.append((last, len(text)))
    return [(a, b) for a, b in bounds if b > a] or [(0, len(text))]


def clause_of(clause_spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The clause that holds a sentence-relative offset."""
    for span in clause_spans:
        if span[0] <= offset < span[1]:
            return span
    return clause_spans[-1]
