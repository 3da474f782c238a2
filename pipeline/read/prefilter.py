"""The cheap tests of relevance before any parsing, and the one on a decoded page.

``assess`` can reach 0.5 only when a text
names a helpline (0.6) or holds helpline words and prevention words together:
without either it tops out at 0.35 (prevention words and a contact count).
Both cheap tests score an upper bound of ``assess``: the same word lists, each
phrase counted when it is anywhere in the input (no word boundaries), no penalty
for reporting helplines, and the contact-count bonus whenever a figure and a
contact verb are both present, or a word of use that a usage figure needs ("calls",
"visits": :func:`~pipeline.read.usage.usage_figures`).  ``might_be_relevant`` runs on a crude visible
text of the decoded page (every tag dropped, so navigation and footers are in
it too; whitespace runs read as one space; names as words, as ``assess`` reads
them); ``might_be_relevant_bytes`` runs earlier, on the raw bytes of a page in
the reader (markup, scripts and all, names inside longer words too, so it
passes more; a space between the words of a phrase as one space, line break,
tab or no-break space, apostrophes and accented letters in their usual spellings).
A text the full decision calls relevant passes both unless main-text
extraction joins words that the markup keeps apart (a tag, a character
reference for a plain letter, or in the bytes a run of whitespace inside a phrase);
``tests/read/test_relevance_prefilter.py`` and ``benchmarks/scale.py`` measure recall.
The test on raw bytes is :mod:`pipeline.read.prefilter_bytes`.
"""
from __future__ import annotations

import html
import json
import re
from functools import lru_cache

from pipeline.read.topic_words import helpline_regex, phrases, topics, written_forms
from pipeline.read.usage import NO_USAGE_CAP, might_give_figures
from pipeline.wordlists import alternation, fold

PREFILTER_FLOOR = 0.35
_CONTACT_VERBS = ("contacted", "sought help", "called")
_INLINE_TAG = re.compile(r"</?(?:a|abbr|b|bdi|cite|em|font|i|mark|q|s|small|span|strong|sub|sup|u)\b[^<>]{0,2000}>", re.I)
_TAG = re.compile(r"<[^<>]{0,2000}>")
_BLOCK_START = re.compile(r"<(?:script|style|!--)", re.I)
_BLOCK_END = {"<sc": re.compile(r"</script[^<>]{0,100}>", re.I), "<st": re.compile(r"</style[^<>]{0,100}>", re.I),
              "<!-": re.compile(r"-->")}
_DIGIT = re.compile(r"\d")


def crude_text(page: str) -> str:
    """Visible words of HTML without parsing it: inline tags dropped, others made spaces."""
    if "<" not in page:
        return html.unescape(page) if "&" in page else page
    return html.unescape(_TAG.sub(" ", _INLINE_TAG.sub("", _drop_blocks(page))))


def _drop_blocks(page: str) -> str:
    """``page`` without script and style bodies and comments (each found by a literal search)."""
    kept, at = [], 0
    while (opening := _BLOCK_START.search(page, at)) is not None:
        kept.append(page[at:opening.start()])
        closing = _BLOCK_END[fold(opening.group(0)[:3])].search(page, opening.end())
        at = len(page) if closing is None else closing.end()
    kept.append(page[at:])
    return " ".join(kept)


@lru_cache(maxsize=None)
def _loose_regex(key: str) -> re.Pattern[str]:
    """Any phrase of a word list, anywhere (no word-boundary look-arounds, so the scan skips
    ahead on first letters): it finds whatever the bounded pattern finds, and more."""
    if key == "names":
        return re.compile(alternation(helpline_regex()[1]))
    return re.compile(alternation({p.lower() for p in topics()[key]}))


def score_bound(helpline: int, prevention: int, contact: bool) -> float:
    """The most :func:`assess` can score, short of naming a helpline, with ``helpline`` and
    ``prevention`` distinct phrases of those lists and a contact count or not (the same
    arithmetic in the same order, so equal counts give the same float)."""
    score = 0.0
    if helpline:
        score += 0.15 + 0.05 * min(helpline, 3)
    if prevention:
        score += 0.1 + 0.05 * min(prevention, 3)
    if helpline and prevention:
        score += 0.1
    if contact:
        score += 0.1
    return max(0.0, min(1.0, round(score, 2)))


def relevance_bound(text: str, titles: tuple[str, ...] = ()) -> float:
    """An upper bound of :func:`assess`'s score on any text whose sentences lie within ``text``'s,
    with a title from ``text`` or among ``titles``.

    Each phrase of the helpline and prevention lists is counted once when it is a
    substring of the folded text with its whitespace runs made single spaces; a
    helpline's name as a word of its own (the pattern ``assess`` uses; a name that is an
    ordinary word too, "Lifeline", only where it is written so) gives 1.0. Without a
    sentence that may give a usage figure (a word of use and a number in one sentence:
    :func:`~pipeline.read.usage.might_give_figures`) the bound is :data:`NO_USAGE_CAP` at most.
    """
    text = "\n".join((text, *titles))  # joined sentences make a longer one, which may hold more
    folded = " ".join(fold(text).split())
    use = _may_count_use(folded)
    figures = use and might_give_figures(folded)
    if _names_one(text, folded):
        return 1.0 if figures else NO_USAGE_CAP
    helpline = sum(1 for phrase in phrases("helpline") if phrase in folded)
    prevention = sum(1 for phrase in phrases("prevention") if phrase in folded)
    bound = score_bound(helpline, prevention, use)
    return bound if figures else min(bound, NO_USAGE_CAP)


def _names_one(text: str, folded: str) -> bool:
    """Whether ``folded`` (``text`` folded) holds a helpline's name as :func:`helplines_named` may count
    it: a word of its own, and a name that counts only as written ("Lifeline", not "a lifeline")
    only where ``text`` holds it as written (whitespace runs read as one space)."""
    regex, written = helpline_regex()[0], written_forms()
    spaced = None
    for match in regex.finditer(folded):
        forms = written.get(match.group(0))
        if forms is None:
            return True
        spaced = " ".join(text.split()) if spaced is None else spaced
        if any(form in spaced for form in forms):
            return True
    return False


#: Where a page's title may come from besides its visible text (``read.metadata``): ``<meta content>``
#: (``og:title``) and a JSON-LD ``headline``, found without parsing (bounded, no nested quantifiers).
_META_TAG = re.compile(r"<meta\b[^<>]{0,2000}>", re.I)
_CONTENT = re.compile(r"""\bcontent\s{0,20}=\s{0,20}(?:"([^"]{0,2000})"|'([^']{0,2000})')""", re.I)
_HEADLINE = re.compile(r'"headline"\s{0,20}:\s{0,20}"')
_JSON_STRING_REST = re.compile(r'(?:[^"\\]|\\.){0,2000}"')  # after its opening quote


def title_sources(page: str) -> tuple[str, ...]:
    """The texts of ``page`` (HTML) that its title may be taken from and that :func:`crude_text` does
    not keep: every ``<meta>`` tag's content and every JSON-LD ``headline``, unescaped."""
    if "<" not in page:
        return ()
    found = [html.unescape(m.group(1) or m.group(2) or "") for tag in _META_TAG.finditer(page)
             if (m := _CONTENT.search(tag.group(0))) is not None]
    at = 0
    while (start := _HEADLINE.search(page, at)) is not None:
        string = _JSON_STRING_REST.match(page, start.end())
        if string is None:
            at = start.end()
            continue
        at = string.end()  # the next search starts past the string: no character is read twice
        try:
            found.append(json.loads(f'"{string.group(0)}', strict=False))
        except ValueError:
            found.append(string.group(0)[:-1])
    return tuple(text for text in found if text.strip())


def _may_count_use(folded: str) -> bool:
    """Whether :func:`assess` may give ``folded`` its contact bonus: a contact count ("1,200 people
    ... contacted") or a usage figure, which needs a word of use (a figure may be spelt out)."""
    contact = any(verb in folded for verb in _CONTACT_VERBS) and _DIGIT.search(folded) is not None
    return contact or any(phrase in folded for phrase in phrases("usage"))


def might_be_relevant(page: str, *, threshold: float = 0.5) -> bool:
    """False only when the full decision cannot call ``page`` (HTML or text) relevant.

    Runs on the decoded input before main-text extraction or any parsing, a few
    regular-expression passes and substring tests; a threshold at or below
    :data:`PREFILTER_FLOOR` lets everything through.
    """
    if threshold <= PREFILTER_FLOOR:
        return True
    text, titles = crude_text(page), title_sources(page)
    folded = fold("\n".join((text, *titles)))
    if _loose_regex("names").search(folded) is None and _loose_regex("helpline").search(folded) is None:
        return False  # the bound is at most 0.35 without a name or a helpline word
    return relevance_bound(text, titles) >= threshold
