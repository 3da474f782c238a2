"""The channels a count's words name, one kind of use each: phone, website, chat, email, text, letter.

A helpline's total of use is the sum of its channels (ANNOTATION.md decision 10: "online + phone added up"), so
the sums of channels need to know which channel each count is of, from the words, not the measure: the extractor
gives texts, chats and emails one measure (``helpline_contacts``, decision 4) and a figure of a sentence about
texts may inherit the calls of the sentence before.  :func:`part_channels` reads a count's channel from its own
words ("2,330 text messages"), else its clause ("Of them, 270 rang the helpline", "while texts numbered 900"),
else the words back to the count before ("Phone calls were the largest group, at 2,100"), else those on to the
count after, else the count before it in the sentence ("from 410 to 1,380"); :func:`total_channels` the channels
a total's own noun list names ("3,400 calls, texts and emails from Norfolk").  The words are in
``data/channel_parts.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.check.evidence import Evidence
from pipeline.records import Count
from pipeline.wordlists import alternation, data_file, fold

NONE: frozenset[str] = frozenset()

#: "called" that names, not rings ("a charity called Shout"); a phone that is a device ("from mobile phones").
_NAMING = re.compile(r"\s{1,3}(?-i:[A-Z\"'\u201c\u2018])")
_DEVICE = re.compile(r"\b(?:mobile|smart)\s{1,3}$", re.I)
#: Where a total's noun list ends: a preposition, a verb of the sentence, punctuation other than a comma, or the next
#: figure ("1,230 calls, 640 texts and 210 emails": the calls' list is "calls", the rest are other figures' nouns).
_LIST_END = re.compile(r"\s(?:from|in|during|between|to|for|over|last|this|a|an|by|at|on|across|since|up|down|which"
                       r"|that|who|were|was|had|has|have|is|are|each|every|per)\b|[.;:!?()\u2013\u2014]|\d", re.I)
#: How far after its figure a total's noun list may run.
LIST_REACH = 90


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """One pattern of every channel word and each word's channel; one pattern of the clause ends."""
    data = data_file("channel_parts.json")
    of = {fold(w): channel for channel, words in data["channels"].items() for w in words}
    word = re.compile(rf"(?<![\w-])(?P<word>{alternation(of, loose_spaces=True)})(?![\w-])", re.I)
    ends = re.compile("|".join(re.escape(e) for e in sorted(data["clause_ends"], key=len, reverse=True)), re.I)
    return word, of, ends


def named(text: str, start: int, end: int) -> frozenset[str]:
    """The channels the words of ``text[start:end]`` name."""
    pattern, of, _ = _words()
    found = set()
    for m in pattern.finditer(text, start, max(start, end)):
        word = fold(re.sub(r"\s+", " ", m.group("word")))
        if word == "called" and _NAMING.match(text, m.end()):
            continue
        if of[word] == "phone" and _DEVICE.search(text, max(0, m.start() - 12), m.start()):
            continue
        found.add(of[word])
    return frozenset(found)


def _clause_after(text: str, start: int, end: int) -> int:
    m = _words()[2].search(text, start, end)
    return m.start() if m else end


def _clause_before(text: str, start: int, end: int) -> int:
    last = start
    for m in _words()[2].finditer(text, start, end):
        last = m.end()
    return last


def _places(ev: Evidence) -> dict[int, int]:
    """Each count's place in its sentence's counts, built once per record (no search of a long sentence per count)."""
    key = ("channel_words", "places")
    if key not in ev.memo:
        ev.memo[key] = {id(c): i for counts in ev.counts_by_sentence.values() for i, c in enumerate(counts)}
    return ev.memo[key]


def _read(counts: list[Count], at: int, text: str) -> frozenset[str]:
    """The channels the words around ``counts[at]`` name, nearest first (its own, its clause, back, on)."""
    c = counts[at]
    prev_end = counts[at - 1].end if at else c.sentence[0]
    next_start = counts[at + 1].start if at + 1 < len(counts) else c.sentence[1]
    return (named(text, c.start, c.end)
            or named(text, c.end, _clause_after(text, c.end, next_start))
            or named(text, _clause_before(text, prev_end, c.start), c.start)
            or named(text, prev_end, c.start)
            or named(text, c.end, next_start))


def part_channels(c: Count, ev: Evidence) -> frozenset[str]:
    """The channels a count is of, read from its words outwards, else those of the count before it in its sentence
    (none when neither's words name one)."""
    text = ev.text
    at = _places(ev).get(id(c))
    if not text or at is None:
        return NONE
    memo = ev.memo.setdefault(("channel_words", "parts"), {})
    if id(c) not in memo:
        counts = ev.counts_in(c.sentence)
        memo[id(c)] = _read(counts, at, text) or (_read(counts, at - 1, text) if at else NONE)
    return memo[id(c)]


def total_channels(c: Count, text: str) -> frozenset[str]:
    """The channels a total's own noun list names right after its figure ("2,016 calls and webchats from the county":
    phone and chat); none when it names fewer than two."""
    if not text:
        return NONE
    digits = re.compile(r"\d[\d,.]*").search(text, c.start, c.end)
    start = digits.end() if digits else c.start
    stop = min(start + LIST_REACH, c.sentence[1])
    m = _LIST_END.search(text, start, stop)
    found = named(text, start, m.start() if m else stop)
    return found if len(found) >= 2 else NONE
