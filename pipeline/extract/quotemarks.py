"""Quote marks paired at the character level, one paragraph at a time.

A paragraph is a run of text between newlines (a blank line or a single newline
both separate paragraphs).  Within a paragraph, :func:`pair_quotes` pairs
opening and closing marks by their context (what stands either side of the
mark) first and by their glyph second, so a curly quote typed the wrong way
round or a straight ``"`` still pairs.  Apostrophes (``don't``, ``under 18's``,
``Chiefs'``) are not quote marks.  An opening mark left open at the end of a
paragraph gives a span that runs to the paragraph end with ``closed=False``:
the news convention for a quote that continues into the next paragraph.

An article uses double or single marks for speech (its *house style*, see
:func:`house_style`); the other kind is nested or scare quotes and is not
paired.  A stray or unbalanced mark loses only the span it breaks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from pipeline.extract.segments import paragraphs

Span = tuple[int, int]

DOUBLE = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
SINGLE = "'\u2018\u2019\u201b"
OPENING_GLYPHS = "\u201c\u201e\u201f\u00ab\u2018\u201b"
CLOSING_GLYPHS = "\u201d\u00bb\u2019"
BEFORE_OPEN = "([{\u2014\u2013-:;/>"
AFTER_CLOSE = ".,;:!?)]}\u2014\u2013-\u2026"
QUOTE_MARKS = DOUBLE + SINGLE


@dataclass(frozen=True)
class QuoteSpan:
    """One paired quote: ``open`` is the opening mark, ``close`` the closing mark.

    When the quote is left open at the end of its paragraph, ``close`` is the
    paragraph end and ``closed`` is false.  ``inner`` is the quoted text's span.
    """

    open: int
    close: int
    closed: bool
    style: str = "double"

    @property
    def inner(self) -> Span:
        return (self.open + 1, self.close)

    @property
    def end(self) -> int:
        """The offset just past the closing mark (or the paragraph end)."""
        return self.close + 1 if self.closed else self.close


def _is_apostrophe(text: str, i: int, start: int, end: int) -> bool:
    prev = text[i - 1] if i > start else ""
    nxt = text[i + 1] if i + 1 < end else ""
    return prev.isalnum() and nxt.isalnum()


def _direction(text: str, i: int, start: int, end: int, is_open: bool) -> str:
    """``"open"`` or ``"close"`` for the mark at ``i``, by context then glyph."""
    prev = text[i - 1] if i > start else ""
    nxt = text[i + 1] if i + 1 < end else ""
    left = (not prev or prev.isspace() or prev in BEFORE_OPEN or prev in QUOTE_MARKS) and bool(nxt) and not nxt.isspace()
    right = bool(prev) and not prev.isspace() and (not nxt or nxt.isspace() or nxt in AFTER_CLOSE or nxt in QUOTE_MARKS)
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    if text[i] in OPENING_GLYPHS:
        return "open"
    if text[i] in CLOSING_GLYPHS:
        return "close"
    return "close" if is_open else "open"


#: A mark of each kind, found by the regular expression engine rather than a loop over every character.
_MARKS = {"double": re.compile(f"[{re.escape(DOUBLE)}]"), "single": re.compile(f"[{re.escape(SINGLE)}]")}


def _candidates(text: str, start: int, end: int, style: str) -> list[int]:
    found = [m.start() for m in _MARKS[style].finditer(text, start, end)]
    if style == "single":
        found = [i for i in found if not _is_apostrophe(text, i, start, end)]
    return found


def _possessive(text: str, i: int, end: int) -> bool:
    """A closing-looking single mark after ``s`` and before a lower-case word: ``Chiefs' lead``.

    A subject pronoun after it (``'yes' he says``) never follows a possessive: the mark closes a quote."""
    return text[i - 1] in "sS" and bool(_LOWER_NEXT.match(text, i + 1, end)) and not _PRONOUN_NEXT.match(text, i + 1, end)


_LOWER_NEXT = re.compile(r"\s++[a-z]")  # matched in place: no copy of the paragraph's rest at every mark
_PRONOUN_NEXT = re.compile(r"\s++(?:he|she|they|we|i|you)\b")


def _family(mark: str) -> str:
    """Straight marks (typed) and typographic marks (curly, guillemets) are two families."""
    return "straight" if mark in "\"'" else "typographic"


def _sentence_before(text: str, opened: int, i: int) -> Optional[int]:
    """Where the quote opened at ``opened`` ends when a new one opens at ``i``: just past the
    sentence-ending stop before ``i`` (a closing mark left out), or None when none ends there."""
    inner = text[opened + 1:i].rstrip()
    if len(inner.split()) >= 2 and inner.endswith((".", "?", "!", "\u2026")):
        return opened + 1 + len(inner)
    return None


def pair_quotes(text: str, start: int = 0, end: Optional[int] = None, *, style: str = "double") -> list[QuoteSpan]:
    """The quotes of one paragraph ``text[start:end]``, in order, paired by ``style`` marks.

    An opening mark of the other family inside an open quote (curly marks inside a
    straight-quoted passage, or the reverse) opens a quote within the quote, which
    is text of the outer one.  An opening mark of the same family met while a quote
    is open ends the earlier quote at the sentence stop before it (its closing mark
    left out: ``"One sentence. "Another."``); with no stop there, the earlier quote
    is dropped.  A closing mark with nothing open is ignored (inch marks, stray
    glyphs).  A double quote left open runs to the paragraph end; a single one
    does so only when it opens the paragraph or follows a colon, since a lone
    single mark elsewhere is more likely an elision (``'90s``).
    """
    end = len(text) if end is None else end
    marks = _candidates(text, start, end, style)
    spans: list[QuoteSpan] = []
    opened: Optional[int] = None
    nested: Optional[int] = None
    for n, i in enumerate(marks):
        direction = _direction(text, i, start, end, opened is not None)
        if direction == "close" and style == "single" and opened is not None and _possessive(text, i, end):
            if any(_direction(text, j, start, end, True) == "close" for j in marks[n + 1:]):
                continue
        if direction == "open":
            if opened is None:
                opened = i
            elif nested is None and _family(text[i]) != _family(text[opened]):
                nested = i
            else:
                stop = _sentence_before(text, opened, i)
                if stop is not None:
                    spans.append(QuoteSpan(opened, stop, False, style))
                opened, nested = i, None
        elif nested is not None and _family(text[i]) == _family(text[nested]):
            nested = None
        elif opened is not None:
            spans.append(QuoteSpan(opened, i, True, style))
            opened, nested = None, None
    if opened is not None:
        lead = text[start:opened].rstrip()
        if style == "double" or not lead or lead.endswith((":", ",")):
            spans.append(QuoteSpan(opened, end, False, style))
    return [s for s in spans if text[s.inner[0]:s.inner[1]].strip()]


def unopened_close(text: str, start: int, end: int) -> Optional[QuoteSpan]:
    """A paragraph that ends a quote it never opened: no mark but the closing one(s) at its end,
    after a sentence stop (``...to stop.''`` or ``...to stop."``), the opening mark left out.

    The span runs from the paragraph start; its ``open`` is the offset just before it, since
    there is no mark.  None for any other paragraph.  Whether the paragraph continues a quote
    left open is the caller's to decide.
    """
    body = text[start:end].rstrip()
    closing = len(body) - len(body.rstrip(DOUBLE + "'\u2019"))
    if not 1 <= closing <= 2 or start == 0:
        return None
    words = body[:len(body) - closing]
    if any(ch in QUOTE_MARKS for ch in words.replace("'", "").replace("\u2019", "")):
        return None
    if not words.rstrip().endswith((".", "?", "!", "\u2026")) or len(words.split()) < 3:
        return None
    return QuoteSpan(start - 1, start + len(words), True)


def house_style(text: str) -> str:
    """``"double"`` or ``"single"``: which marks the article uses for speech.

    Counts opening marks of each kind that stand where a quote would open
    (paragraph start, after a space or colon); single marks inside words are
    apostrophes and do not count.  Ties go to double marks.
    """
    counts = {"double": 0, "single": 0}
    for start, end in paragraphs(text):
        for style in counts:
            for i in _candidates(text, start, end, style):
                if _direction(text, i, start, end, False) == "open":
                    counts[style] += 1
    return "single" if counts["single"] > counts["double"] else "double"


#: Words a span in the house style may hold and still be a name or a title ("'Stop it Now!'"), not speech.
SHORT = 3
#: Words a span in the other style must hold to be speech beside such names.
LONG = 6


def _words(text: str, span: QuoteSpan) -> int:
    return len(text[span.inner[0]:span.inner[1]].split())


def _with_other_speech(text: str, spans: list[QuoteSpan], other: list[QuoteSpan]) -> list[QuoteSpan]:
    """A paragraph whose house-style spans are all short names or titles, with the long spans
    of the other style beside them: "The line 'Stop it Now!' is busy. “...,” says its head."."""
    extra = [q for q in other if _words(text, q) >= LONG
             and not any(p.open <= q.open < p.end or q.open <= p.open < q.end for p in spans)]
    return sorted(spans + extra, key=lambda q: q.open)


@lru_cache(maxsize=4)  # extract asks once to choose what to tag, extract_quotes once to attribute
def quotes_by_paragraph(text: str, style: Optional[str] = None) -> tuple[tuple[Span, list[QuoteSpan]], ...]:
    """Each paragraph's span with its paired quotes, in the article's house style.

    A paragraph with no quote in the house style may still quote in the other
    one (a Welsh story with "..." for the police and '...' for the charity):
    such a quote counts when it opens the paragraph or follows a colon.
    """
    style = style or house_style(text)
    other = "single" if style == "double" else "double"
    out = []
    for s, e in paragraphs(text):
        spans = pair_quotes(text, s, e, style=style)
        if not spans:
            spans = [q for q in pair_quotes(text, s, e, style=other)
                     if q.open == s or re.search(r":\s*$", text[s:q.open])]
        elif all(_words(text, q) <= SHORT for q in spans):
            spans = _with_other_speech(text, spans, pair_quotes(text, s, e, style=other))
        out.append(((s, e), spans))
    return tuple(out)
