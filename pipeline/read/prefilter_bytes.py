"""The cheap test of relevance on the raw bytes of a page, in the reader, before decoding: the
bound of :mod:`pipeline.read.prefilter` found by one pass of a phrase matcher over the bytes."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from pipeline.read.byte_phrases import Match, PhraseMatcher
from pipeline.read.prefilter import PREFILTER_FLOOR, score_bound
from pipeline.read.topic_words import helpline_regex, phrases, written_forms
from pipeline.read.usage import NO_USAGE_CAP

_UNREADABLE_AS_BYTES = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")  # UTF-16/32 byte-order marks
_SPACES = (b" ", b"\n", b"\r\n", b"\t", b"&nbsp;", b"\xc2\xa0", b"&#160;", b"\xa0")  # between the words of a phrase
_APOSTROPHES = (b"'", b"&#39;", b"&#x27;", b"&apos;", b"\xe2\x80\x99", b"&rsquo;", b"&#8217;", b"\x92",
                b"\xe2\x80\x98", b"&lsquo;", b"&#8216;", b"\x91")


def _letter_spellings(letter: str) -> tuple[bytes, ...]:
    """The bytes a letter outside ASCII can be in a page, either case: UTF-8, a Western
    single-byte encoding, and character references."""
    from html.entities import codepoint2name

    out = []
    for ch in dict.fromkeys((letter, letter.upper())):
        out.append(ch.encode("utf-8"))
        try:
            out.append(ch.encode("cp1252"))
        except UnicodeEncodeError:
            pass
        out += [f"&#{ord(ch)};".encode(), f"&#x{ord(ch):x};".encode()]
        if ord(ch) in codepoint2name:
            out.append(f"&{codepoint2name[ord(ch)]};".encode())
    return tuple(dict.fromkeys(out))


def _byte_variants(phrase: str) -> list[bytes]:
    """How ``phrase`` (folded) can be spelt in the lower-cased bytes of a page.

    Spaces as one space, a line break, a tab or a no-break space (raw or as a
    reference), apostrophes and letters outside ASCII as any of their usual spellings.
    """
    out = [b""]
    for ch in phrase:
        if ch == "'":
            spellings: tuple[bytes, ...] = _APOSTROPHES
        elif ch.isascii():
            spellings = (ch.encode(),)
        else:
            spellings = _letter_spellings(ch)
        out = [o + spelling for o in out for spelling in spellings]
    # every space of a phrase spelt the same way (one variant per kind of space, not every mix)
    out = [o.replace(b" ", space) for o in out for space in _SPACES]
    return list(dict.fromkeys(out))


_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")  # ASCII word characters
_BLOCK_STARTS = (b"<script", b"<style", b"<!--")
_BLOCK_ENDS = {b"<script": re.compile(rb"</script[^<>]{0,100}>"), b"<style": re.compile(rb"</style[^<>]{0,100}>"),
               b"<!--": re.compile(rb"-->")}


@lru_cache(maxsize=4)
def _byte_matcher(keys: tuple[str, ...] = ("names", "helpline", "prevention"), engine: str = "auto"
                  ) -> tuple[PhraseMatcher, tuple[tuple[tuple[str, str], ...], ...]]:
    """A :class:`~pipeline.read.byte_phrases.PhraseMatcher` of every spelling of every phrase
    of the lists ``keys`` (``names``: the helplines' names; ``usage``: the words of use), and
    for each of its phrases the (list, phrase) pairs it spells."""
    wanted = [("names", name) for name in helpline_regex()[1]] if "names" in keys else []
    wanted += [(key, phrase) for key in keys if key != "names" for phrase in phrases(key)]
    patterns: dict[bytes, set[tuple[str, str]]] = {}
    for key, phrase in wanted:
        for variant in _byte_variants(phrase):
            patterns.setdefault(variant.lower(), set()).add((key, phrase))
    ordered = sorted(patterns)
    return PhraseMatcher(ordered, engine), tuple(tuple(sorted(patterns[p])) for p in ordered)


def visible_spans(data: bytes) -> list[tuple[int, int]]:
    """Where the lower-cased bytes of a page are outside script and style bodies and
    comments: the parts :func:`crude_text` keeps (each block found as it finds it, by a
    literal search for its start and its end, so the same blocks go)."""
    spans, at = [], 0
    upcoming = {start: data.find(start) for start in _BLOCK_STARTS}  # the next of each, -1 when none is left
    while True:
        for start, where in upcoming.items():
            if 0 <= where < at:  # inside the block just skipped: look again from its end
                upcoming[start] = data.find(start, at)
        found = [(where, start) for start, where in upcoming.items() if where >= 0]
        if not found:
            break
        where, start = min(found)
        spans.append((at, where))
        closing = _BLOCK_ENDS[start].search(data, where + len(start))
        at = len(data) if closing is None else closing.end()
        upcoming[start] = -1 if closing is None else data.find(start, at)
    spans.append((at, len(data)))
    return [(start, end) for start, end in spans if end > start]


def _in_spans(matches: list[Match], spans: list[tuple[int, int]]) -> list[Match]:
    """The matches that lie wholly inside one of ``spans`` (sorted, apart)."""
    starts = [start for start, _end in spans]
    kept = []
    for match in matches:
        at = bisect_right(starts, match[1]) - 1
        if at >= 0 and match[2] <= spans[at][1]:
            kept.append(match)
    return kept


def _as_words(data: bytes, matches: list[Match]) -> list[Match]:
    """The matches with no ASCII letter, digit or underscore on either side (a word of its own,
    as ``assess``'s patterns want it)."""
    end = len(data)
    return [m for m in matches
            if not (m[1] and data[m[1] - 1] in _WORD_BYTES) and not (m[2] < end and data[m[2]] in _WORD_BYTES)]


@lru_cache(maxsize=1)
def _written_bytes() -> dict[str, frozenset[bytes]]:
    """Folded name -> every spelling in bytes of the forms it counts in, for the names that are
    ordinary words too and count only as written ("Lifeline", not "a lifeline")."""
    return {name: frozenset(v for form in forms for v in _byte_variants(form)) for name, forms in written_forms().items()}


def _as_written(data: bytes, matches: list[Match], owners: tuple[tuple[tuple[str, str], ...], ...]) -> list[Match]:
    """The matches without those that spell only names that count as written and are not written so
    in ``data`` (the matcher ignores case: "a lifeline" is no name, "Lifeline" is)."""
    written = _written_bytes()
    return [m for m in matches
            if not all(key == "names" and phrase in written for key, phrase in owners[m[0]])
            or any(phrase in written and data[m[1]:m[2]] in written[phrase] for _key, phrase in owners[m[0]])]


def _kinds(matches: list[Match], owners: tuple[tuple[tuple[str, str], ...], ...]) -> list[str]:
    """The list of each distinct (list, phrase) pair the matches spell."""
    return [key for key, _phrase in {owner for index, _s, _e in matches for owner in owners[index]}]


def _may_pass(kinds: list[str]) -> bool:
    """Whether phrases of these lists can reach 0.5: a name, or helpline and prevention words together."""
    return "names" in kinds or ("helpline" in kinds and "prevention" in kinds)


def relevance_bound_bytes(data: bytes, engine: str = "auto") -> float:
    """An upper bound of :func:`assess`'s score on the text of a page given as raw bytes.

    One pass of a :class:`~pipeline.read.byte_phrases.PhraseMatcher` over the bytes
    (markup included, ASCII case ignored) finds the helplines' names and the helpline and
    prevention phrases as words (a name that is an ordinary word too only as written); occurrences inside script and style bodies and comments
    do not count, as :func:`crude_text` drops them (those are looked for only on the few
    pages that could pass).  The bound is that of :func:`score_bound` on the phrases, and
    at most :data:`NO_USAGE_CAP` when no word of use (``calls``, ``contacted``...) is
    there at all, since a usage figure needs one.  1.0 for bytes it cannot read as
    ASCII-compatible text (a UTF-16 or UTF-32 byte-order mark, NUL bytes).
    """
    if data.startswith(_UNREADABLE_AS_BYTES) or b"\x00" in data:
        return 1.0
    matcher, owners = _byte_matcher(("names", "helpline", "prevention"), engine)
    matches = _as_written(data, _as_words(data, matcher.matches(data)), owners)
    kinds = _kinds(matches, owners)
    if _may_pass(kinds):
        spans = visible_spans(data.lower())
        kinds = _kinds(_in_spans(matches, spans), owners)
    if not _may_pass(kinds):
        return score_bound(kinds.count("helpline"), kinds.count("prevention"), True)  # 0.4 at most
    usage, _owners = _byte_matcher(("usage",), engine)
    use = bool(_in_spans(usage.matches(data), spans))
    bound = 1.0 if "names" in kinds else score_bound(kinds.count("helpline"), kinds.count("prevention"), use)
    return bound if use else min(bound, NO_USAGE_CAP)


def might_be_relevant_bytes(data: bytes, threshold: float = 0.5, engine: str = "auto") -> bool:
    """False only when the full decision cannot call the page in ``data`` relevant.

    For the reader, before decoding: a page it rules out is never decoded, sent to
    a worker or parsed.  Looks only at the bytes, so an encoding that is not
    ASCII-compatible passes, and so do letters written as character references
    (``&#83;top``), which the bound does not read.
    """
    return threshold <= PREFILTER_FLOOR or relevance_bound_bytes(data, engine) >= threshold
