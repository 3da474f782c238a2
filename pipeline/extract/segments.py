"""Cutting an article's text into paragraphs, sentences and clauses.

Cheap and rule-based: a paragraph is a line (or a block between blank lines),
sentences come from spaCy's rule-based ``sentencizer`` on a blank English
pipeline, and clauses from punctuation and conjunctions.  All offsets are
character offsets into the article text.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import spacy
from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH
from spacy.language import Language
from spacy.tokens import Doc

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
    """A tokenizer and sentencizer of its own (the shared ``nlp.blank()`` stays tokenizer-only).

    Its tokenizer (``make_doc``) and vocabulary are also the places' (:func:`tokenizer`)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10 ** 8  # inputs are already cut to ``[extract] max_chars``
    return nlp


def tokenizer() -> Language:
    """The pipeline whose ``make_doc`` and ``vocab`` the place matcher uses (``regions.find_regions``):
    the sentence splitter's, so that a text's words are made lexemes once and one blank English
    pipeline is built at start-up instead of two.  Only its ``make_doc`` is for other callers."""
    return _splitter()


def text_doc(text: str) -> Doc:
    """The tokens of a whole text (:func:`~pipeline.nlp.safe_text` of it), as the place matcher reads them and
    as :func:`split_sentences` may: tokenized once for both."""
    return _splitter().make_doc(safe_text(text))


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


@lru_cache(maxsize=1)
def _sentence_end() -> re.Pattern[str]:
    """A character the sentencizer may end a sentence after (its punctuation characters)."""
    marks = _splitter().get_pipe("sentencizer").punct_chars
    return re.compile("[" + "".join(re.escape(mark) for mark in sorted(marks)) + "]")


def one_sentence(paragraph: str) -> bool:
    """Whether the sentencizer reads a (stripped) paragraph as one sentence, told without tokenizing it.

    It starts a sentence at a token that is neither punctuation nor one of its marks after a
    token that is one of its marks ("."), so a paragraph is one sentence when every character
    from its first mark on is punctuation ('ended.', 'said."', 'why?!'): each token there is
    punctuation.  Otherwise (a mark before more words, a space after it) the paragraph is
    split as usual; so are paragraphs that :func:`~pipeline.nlp.safe_text` would change.
    """
    first = _sentence_end().search(paragraph)
    return first is None or all(unicodedata.category(char)[0] == "P" for char in paragraph[first.start():])


@lru_cache(maxsize=1)
def _stop_orths() -> frozenset[int]:
    """The hashes of the sentencizer's punctuation characters, as a token's text."""
    nlp = _splitter()
    return frozenset(nlp.vocab.strings[mark] for mark in nlp.get_pipe("sentencizer").punct_chars)


def sentencizer_spans(doc: Doc) -> list[tuple[int, int]]:
    """The ``(start, end)`` characters of each sentence the ``sentencizer`` of :func:`_splitter` would mark in
    ``doc`` (its rule: a sentence starts at a token that is neither punctuation nor one of its marks after a
    token that is one of its marks), read from the Doc's arrays: a Token object per word, as the component
    and ``doc.sents`` make them, cost more than the rule."""
    if not len(doc):
        return []
    return _spans_of(*doc.to_array([ORTH, IS_PUNCT, IDX, LENGTH]).T.tolist())


def _spans_of(orths: list[int], punct: list[int], idxs: list[int], lengths: list[int]) -> list[tuple[int, int]]:
    """:func:`sentencizer_spans` of the tokens given by their columns (text, is punctuation, offset, length)."""
    if not orths:
        return []
    stops = _stop_orths()
    starts, seen = [0], False
    for i, orth in enumerate(orths):
        if orth in stops:
            seen = True
        elif seen and not punct[i]:
            starts.append(i)
            seen = False
    ends = starts[1:] + [len(orths)]
    return [(idxs[a], idxs[b - 1] + lengths[b - 1]) for a, b in zip(starts, ends)]


def split_sentences(text: str, doc: Optional[Doc] = None) -> list[Sentence]:
    """Every sentence of ``text``, paragraph by paragraph.

    ``doc``: the text's :func:`text_doc` when the caller has it (the place matcher's). A paragraph's
    tokens are then read from it, not made again: the tokenizer cuts a text at whitespace first and
    each run between whitespace alone, and a paragraph is a line stripped of its spaces, so its
    tokens in the whole text are those of the paragraph tokenized alone, at offsets shifted by its
    start (only the whitespace flag of its last token may differ, which the sentencizer's rule
    does not read)."""
    spans = paragraphs(text)
    out: list[Sentence] = []
    whole = [one_sentence(text[a:b]) and safe_text(text[a:b]) == text[a:b] for a, b in spans]
    make_doc = _splitter().make_doc  # the sentencizer's rule is read from the tokens (sentencizer_spans)
    columns = doc.to_array([ORTH, IS_PUNCT, IDX, LENGTH]).T.tolist() if doc is not None and len(doc) else None
    for index, ((p_start, p_end), alone) in enumerate(zip(spans, whole)):
        if alone:  # one sentence, the paragraph itself (the only one of its paragraph: nothing to join)
            out.extend(_bounded(Sentence(p_start, p_end, text[p_start:p_end], index)))
            continue
        safe = safe_text(text[p_start:p_end])
        if columns is not None:
            sentences = _paragraph_spans(columns, p_start, p_end)
        else:
            sentences = sentencizer_spans(make_doc(safe))
        for s_start, s_end in sentences:
            sent_text = safe[s_start:s_end]
            raw = sent_text.strip()
            if not raw:
                continue
            start = p_start + s_start + (len(sent_text) - len(sent_text.lstrip()))
            previous = out[-1] if out else None
            if previous and previous.paragraph == index and (raw[0].islower() or previous.text.endswith(_exclaimed())) \
                    and start + len(raw) - previous.start <= MAX_SENTENCE:
                # "Stop It Now! is a charity", "Stop It Now! Northern Ireland said": a name's "!" ends no sentence
                out[-1] = Sentence(previous.start, start + len(raw), text[previous.start:start + len(raw)], index)
            else:
                # the text's own characters: safe_text blanked overlong runs for the splitter alone
                out.extend(_bounded(Sentence(start, start + len(raw), text[start:start + len(raw)], index)))
    return out


def _paragraph_spans(columns: list[list[int]], start: int, end: int) -> list[tuple[int, int]]:
    """:func:`sentencizer_spans` of the tokens of a whole text's columns (``ORTH, IS_PUNCT, IDX, LENGTH``) that lie
    in ``start:end``, relative to ``start``."""
    orths, punct, idxs, lengths = columns
    first, last = bisect_left(idxs, start), bisect_left(idxs, end)
    return [(a - start, min(b, end) - start) for a, b in  # a blanked run at the end joins the line break's token
            _spans_of(orths[first:last], punct[first:last], idxs[first:last], lengths[first:last])]


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
