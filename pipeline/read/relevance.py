"""Deciding whether an article is about a prevention helpline.

Cheap by design: it runs on raw text (and on link URLs for the crawler) before any
statistical parsing, so that ``--relevant-only`` spends no parsing on the rest.
Helplines live in ``data/helplines.jsonl`` and topic words in ``data/topics.json``;
adding a helpline needs no code.

The rule: an article is relevant when it names a prevention helpline or charity,
or when it talks about a helpline together with prevention words (people seeking
help to stop).  Helplines for *reporting* abuse, and arrest figures alone, are
not prevention and score low.  And, as ANNOTATION.md (decision 1) has it, only an
article that gives figures of a helpline's use (people, contacts, calls or visits:
:func:`usage_figures`) is relevant: one that names a helpline without them scores
at most :data:`NO_USAGE_CAP`.
"""
from __future__ import annotations

import html
import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from pipeline.read.byte_phrases import Match, PhraseMatcher
from pipeline.records import Relevance
from pipeline.settings import DATA_DIR
from pipeline.wordlists import alternation

DATA = DATA_DIR


@dataclass(frozen=True)
class Helpline:
    """A prevention helpline or charity and the names it goes by."""

    name: str
    kind: str
    country: str
    aliases: tuple[str, ...]
    #: names that are ordinary words too ("Lifeline", "a lifeline for families"): a name only as written
    as_written: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def helplines() -> tuple[Helpline, ...]:
    """The helplines of ``data/helplines.jsonl``."""
    out = []
    with open(DATA / "helplines.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                item = json.loads(line)
                aliases = tuple(dict.fromkeys([item["name"], *item.get("aliases", [])]))
                out.append(Helpline(item["name"], item["kind"], item.get("country", ""), aliases,
                                    tuple(item.get("as_written", []))))
    return tuple(out)


@lru_cache(maxsize=1)
def topics() -> dict[str, tuple[str, ...]]:
    """The topic word lists of ``data/topics.json`` (keys starting ``_`` are notes)."""
    raw = json.loads((DATA / "topics.json").read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in raw.items() if not k.startswith("_")}


def _phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation({p.lower() for p in phrases})})(?![\w])")


@lru_cache(maxsize=1)
def _helpline_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every name, folded, and its helpline: the names that count only as written too, so that the
    cheap tests (which fold case) stay an upper bound of :func:`helplines_named`."""
    names = {}
    for h in helplines():
        for alias in (*h.aliases, *h.as_written):
            names[alias.lower()] = h.name
    return _phrase_regex(names), names


@lru_cache(maxsize=1)
def _written_forms() -> dict[str, frozenset[str]]:
    """Folded name -> the spellings it counts in, for names that are ordinary words too."""
    forms: dict[str, set[str]] = {}
    for h in helplines():
        for alias in h.as_written:
            forms.setdefault(alias.lower(), set()).add(alias)
    return {k: frozenset(v) for k, v in forms.items()}


@lru_cache(maxsize=None)
def _topic_regex(key: str) -> re.Pattern[str]:
    return _phrase_regex(topics()[key])


def _fold(text: str) -> str:
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


def helplines_named(text: str) -> list[str]:
    """Canonical names of the helplines a text names, in first-mention order.

    A name that is an ordinary word too counts only as written ("Lifeline took 3,000 calls",
    not "a lifeline for families"), so ``text`` is given unfolded.
    """
    regex, names = _helpline_regex()
    written = _written_forms()
    folded = _fold(text)
    aligned = len(folded) == len(text)  # lower() lengthens a few letters ("İ"): then look for the spelling anywhere

    def as_written(m: re.Match[str]) -> bool:
        forms = written.get(m.group(0))
        if forms is None:
            return True
        return text[m.start():m.end()] in forms if aligned else any(f in text for f in forms)

    found = (names[m.group(0)] for m in regex.finditer(folded) if as_written(m))
    return list(dict.fromkeys(found))


def _hits(key: str, text: str) -> list[str]:
    return list(dict.fromkeys(m.group(0) for m in _topic_regex(key).finditer(text)))


#: "1,200 people ... contacted": a figure (a whole run of digits and commas, tried once from its
#: start, so a long run costs one pass) before people who made contact.
CONTACT_COUNT = re.compile(r"(?<![\d,]),*+\d[\d,]*+ (?:people|callers|men|individuals)\b[^.]{0,60}(?:contacted|sought help|called)")


#: The score of an article with no usage figure: below the default threshold of 0.5, whatever it names.
NO_USAGE_CAP = 0.45
#: How far (characters, within one sentence) a usage word may stand from a count (a third of it from a share).
USAGE_REACH = 100
#: "Stop It Now!" mid-sentence ends no sentence: "calls to the Stop It Now! helpline rose 20%".
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!now!)\s+|\n+")
_MULTIPLIER = re.compile(r"(?<![\w-])(?:doubl(?:e[ds]?|ing)|trebled|tripled|quadrupled|halved|(?:two|three|four|five|ten)-?fold"
                         r"|(?:a|one|two|three)[ -](?:half|third|quarter|fifth|thirds|quarters|fifths)\s++(?:more|fewer|higher|lower)"
                         r"|(?:two|three|four|five|six|ten)\s++times\s++(?:more|as\s++many|higher)"
                         r"|(?:double|triple|treble|quadruple)\s++the\s++(?:number|amount|volume|level))(?![\w-])")
_CHANGE = re.compile(r"\b(?:rose|rise[ns]?|rising|increase[ds]?|up|jump(?:ed|s)?|fell|fall(?:en|s)?|drop(?:ped|s)?|down|grew|growth|more|fewer|higher|lower|doubled|trebled|tripled|fold"
                     r"|soar(?:ed|s|ing)?|surg(?:e|ed|es|ing)|climb(?:ed|s|ing)?|leapt|spik(?:e|ed|es))\b")
_NOT_USE = re.compile(r"\s+on\b")  # "members called on the Lord Mayor"
#: A clause that describes a service ("the group, which aims to prevent suicide, said ..."): its
#: words say what the service is for, not that the sentence's figures are expected or arrests.
_RELATIVE_CLAUSE = re.compile(r",\s(?:which|who)\s[^,.]{1,120},")
#: Between a figure and the noun it counts: at most two words ("8,400 calls", "150 active clients",
#: "1,350 callers", "2,000 phone calls"); such a noun is a use even before "on" ("calls on its line").
_COUNTED = re.compile(r"\s{1,3}(?:[a-z'-]{1,20}\s{1,3}){0,2}")


#: Where a sentence's clauses part: "calls were 23% higher, and the charity expects 26,000 contacts".
_CLAUSE_BREAK = re.compile(r",\s(?:and|but|while|whereas)\s|;\s")


def _vetoed_clauses(sentence: str) -> list[tuple[int, int]]:
    """The clauses of ``sentence`` (start, end) that hold a word of ``not_usage`` (arrests, use
    expected rather than reported), outside a clause that describes a service ("the group, which
    aims to prevent suicide, ..."): their figures are no use, those of the other clauses may be."""
    masked = _RELATIVE_CLAUSE.sub(lambda m: "," + " " * (len(m.group(0)) - 2) + ",", sentence)
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(masked)), len(sentence)]
    veto = _topic_regex("not_usage")
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if veto.search(masked, a, b)]


def _in_clause(position: int, clauses: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``position`` falls in one of ``clauses`` (disjoint, in order; ``starts`` their starts), by
    bisection: a sentence of many clauses and figures reads each clause a few times, not once per figure."""
    i = bisect_right(starts, position) - 1
    return i >= 0 and position < clauses[i][1]


@lru_cache(maxsize=1)
def _not_use_noun_regex() -> re.Pattern[str]:
    """A figure's noun (a word between at most) that counts a service's staff, places or supporters, the places it
    covers or a duration ("120 volunteers", "10 provinces", "16 weeks"): no use of it."""
    return re.compile(rf"\s{{1,3}}(?:[a-z'-]{{1,20}}\s{{1,3}})?(?:{alternation(topics()['not_use_nouns'])})(?![\w])")


@lru_cache(maxsize=1)
def _range_noun_regex() -> re.Pattern[str]:
    """The first half of a range whose noun the second figure shares: "from 16 weeks to" (20)."""
    return re.compile(rf"\b(?:from|between)\s{{1,3}}\d[\d,.]{{0,12}}\s{{1,3}}(?:{alternation(topics()['not_use_nouns'])})"
                      rf"\s{{1,3}}(?:to|and)\s{{1,3}}$")


def _not_use(sentence: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` of ``sentence`` counts staff, places or time, not use: by the noun
    after it ("120 volunteers") or, as a range's second figure, the noun of the first ("from 16 weeks to 20")."""
    return bool(_not_use_noun_regex().match(sentence, end) or _range_noun_regex().search(sentence, max(0, start - 40), start))


def _is_use(window: str, word: re.Match[str], figure_end: int) -> bool:
    """Whether the word of use ``word`` (a match in ``window``) tells a use, not a call on someone:
    it is not followed by "on", or it is the noun the figure ending at ``figure_end`` counts (a noun:
    "12 members called on the mayor" is a verb after its subject)."""
    if not _NOT_USE.match(window, word.end()):
        return True
    if word.group(0).endswith(("ed", "ing")) or not 0 <= figure_end <= word.start():
        return False
    return _COUNTED.fullmatch(window, figure_end, word.start()) is not None
#: An age, not a figure of use: "aged 15 to 35", "men of 15 to 35 years old", "18-year-olds" (bounded, no nested quantifiers).
_AGE_BEFORE = re.compile(r"\baged?\s{1,3}(?:(?:between|from)\s{1,3})?(?:\d{1,3}\s{0,3}(?:to|and|-|\u2013)\s{0,3})?$")
_AGE_AFTER = re.compile(r"(?:\s{0,3}(?:to|and|-|\u2013)\s{0,3}\d{1,3})?\s{0,2}-?\s{0,2}years?[- ]olds?\b")


def _is_age(sentence: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` of ``sentence`` is an age."""
    return bool(_AGE_BEFORE.search(sentence, max(0, start - 20), start) or _AGE_AFTER.match(sentence, end))


#: A change whose subject is the sentence before: "It's up 40 per cent", "That was a rise of 25%".
_PRONOUN_CHANGE = re.compile(r"[\s\"'\u201c\u2018]*+(?:it|this|that)(?:'s|\u2019s|\s++(?:is|was|has|had))\s++(?:up|down|risen|rose|fallen|grown|increased|a\s++(?:rise|fall|jump|increase|drop))\b")


def usage_figures(text: str) -> list[str]:
    """The figures of a helpline's use a text gives: numbers of at least ten, percentages or
    multipliers with a word of use ("calls", "contacted", "visits"...) near them in their sentence.

    ANNOTATION.md decision 1: an article about a helpline that gives no usage numbers, or only
    arrests, survey shares and deaths, is not relevant.
    """
    from pipeline.extract.numbers import find_numbers  # here: pipeline.extract imports this module

    use = _topic_regex("usage")
    found = []
    previous = ""
    for sentence in _SENTENCE_END.split(text):
        before, previous = previous, sentence
        vetoed = _vetoed_clauses(sentence)
        if vetoed == [(0, len(sentence))]:
            continue  # arrests, police-recorded incidents, use expected rather than reported
        if not use.search(sentence):
            if _PRONOUN_CHANGE.match(sentence) and use.search(before):
                found += [n.text for n in find_numbers(sentence) if n.percent and not n.vague][:1]
            continue  # "Demand for the line has grown. It's up 40% this year.": the change of the sentence before
        spans = [(n.start, n.end, n.percent) for n in find_numbers(sentence)
                 if not n.vague and (n.percent or n.value >= 10) and not (not n.percent and _is_age(sentence, n.start, n.end))
                 and not (not n.percent and _not_use(sentence, n.start, n.end))]
        spans += [(*m.span(), True) for m in _MULTIPLIER.finditer(sentence)]
        starts = [a for a, _ in vetoed]
        spans = [span for span in spans if not _in_clause(span[0], vetoed, starts)]
        for start, end, ratio in spans:
            reach = USAGE_REACH // 3 if ratio else USAGE_REACH  # a share's words follow it: "40% of callers"
            offset = max(0, start - reach)
            window = sentence[offset:end + reach]
            if ratio and _CHANGE.search(sentence[max(0, start - 25):end + 25]):
                window, offset = sentence, 0  # "Calls to the line, which ..., rose by 30%": a change's subject may stand far off
            if any(_is_use(window, m, end - offset) for m in use.finditer(window)):
                found.append(sentence[start:end])
                break
    return found


def assess(text: str, *, title: Optional[str] = None, threshold: float = 0.5) -> Relevance:
    """Score a text's relevance from 0 to 1 and say why."""
    folded = _fold(f"{title or ''}\n{text}")
    reasons: list[str] = []
    score = 0.0
    named = helplines_named(f"{title or ''}\n{text}")
    if named:
        score += 0.6
        reasons.extend(f"names {name}" for name in named[:3])
    helpline = _hits("helpline", folded)
    prevention = _hits("prevention", folded)
    if helpline:
        score += 0.15 + 0.05 * min(len(helpline), 3)
        reasons.append("helpline words: " + ", ".join(helpline[:3]))
    if prevention:
        score += 0.1 + 0.05 * min(len(prevention), 3)
        reasons.append("prevention words: " + ", ".join(prevention[:3]))
    if helpline and prevention:
        score += 0.1  # a helpline and what it helps people stop, together
        reasons.append("helpline for prevention")
    reporting = _hits("reporting", folded)
    if reporting and not named and not _hits("perpetrator_line", folded):
        score -= 0.2
        reasons.append("reporting helpline: " + ", ".join(reporting[:2]))
    usage = usage_figures(folded) if score > 0 else []
    if usage or CONTACT_COUNT.search(folded):
        score += 0.1
        reasons.append("contact counts")
    if not usage and score > NO_USAGE_CAP:
        score = NO_USAGE_CAP  # about a helpline, but no figure of its use
        reasons.append("no usage figures")
    score = max(0.0, min(1.0, round(score, 2)))
    return Relevance(relevant=score >= threshold, score=score, reasons=reasons, helplines=named)


# The cheap tests before any parsing.  ``assess`` can reach 0.5 only when a text
# names a helpline (0.6) or holds helpline words and prevention words together:
# without either it tops out at 0.35 (prevention words and a contact count).
# Both cheap tests score an upper bound of ``assess``: the same word lists, each
# phrase counted when it is anywhere in the input (no word boundaries), no penalty
# for reporting helplines, and the contact-count bonus whenever a figure and a
# contact verb are both present, or a word of use that a usage figure needs ("calls",
# "visits": :func:`usage_figures`).  ``might_be_relevant`` runs on a crude visible
# text of the decoded page (every tag dropped, so navigation and footers are in
# it too; whitespace runs read as one space; names as words, as ``assess`` reads
# them); ``might_be_relevant_bytes`` runs earlier, on the raw bytes of a page in
# the reader (markup, scripts and all, names inside longer words too, so it
# passes more; a space between the words of a phrase as one space, line break,
# tab or no-break space, apostrophes and accented letters in their usual spellings).
# A text the full decision calls relevant passes both unless main-text
# extraction joins words that the markup keeps apart (a tag, a character
# reference for a plain letter, or in the bytes a run of whitespace inside a phrase);
# ``tests/read/test_relevance_prefilter.py`` and ``benchmarks/scale.py`` measure recall.
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
        closing = _BLOCK_END[opening.group(0)[:3].lower()].search(page, opening.end())
        at = len(page) if closing is None else closing.end()
    kept.append(page[at:])
    return " ".join(kept)


@lru_cache(maxsize=None)
def _loose_regex(key: str) -> re.Pattern[str]:
    """Any phrase of a word list, anywhere (no word-boundary look-arounds, so the scan skips
    ahead on first letters): it finds whatever the bounded pattern finds, and more."""
    if key == "names":
        return re.compile(alternation(_helpline_regex()[1]))
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


def relevance_bound(text: str) -> float:
    """An upper bound of :func:`assess`'s score on any text whose words are among ``text``'s.

    Each phrase of the helpline and prevention lists is counted once when it is a
    substring of the folded text with its whitespace runs made single spaces; a
    helpline's name as a word of its own (the pattern ``assess`` uses) gives 1.0; with no
    word of use anywhere (a usage figure needs one) the bound is :data:`NO_USAGE_CAP` at most.
    """
    folded = " ".join(_fold(text).split())
    use = _may_count_use(folded)
    if _helpline_regex()[0].search(folded):
        return 1.0 if use else NO_USAGE_CAP
    helpline = sum(1 for phrase in _phrases("helpline") if phrase in folded)
    prevention = sum(1 for phrase in _phrases("prevention") if phrase in folded)
    bound = score_bound(helpline, prevention, use)
    return bound if use else min(bound, NO_USAGE_CAP)


def _may_count_use(folded: str) -> bool:
    """Whether :func:`assess` may give ``folded`` its contact bonus: a contact count ("1,200 people
    ... contacted") or a usage figure, which needs a word of use (a figure may be spelt out)."""
    contact = any(verb in folded for verb in _CONTACT_VERBS) and _DIGIT.search(folded) is not None
    return contact or any(phrase in folded for phrase in _phrases("usage"))


@lru_cache(maxsize=None)
def _phrases(key: str) -> tuple[str, ...]:
    return tuple(sorted({p.lower() for p in topics()[key]}))


def might_be_relevant(page: str, *, threshold: float = 0.5) -> bool:
    """False only when the full decision cannot call ``page`` (HTML or text) relevant.

    Runs on the decoded input before main-text extraction or any parsing, a few
    regular-expression passes and substring tests; a threshold at or below
    :data:`PREFILTER_FLOOR` lets everything through.
    """
    if threshold <= PREFILTER_FLOOR:
        return True
    folded = _fold(crude_text(page))
    if _loose_regex("names").search(folded) is None and _loose_regex("helpline").search(folded) is None:
        return False  # the bound is at most 0.35 without a name or a helpline word
    return relevance_bound(folded) >= threshold


# -- the same bound on raw bytes, before decoding --------------------------------

_UNREADABLE_AS_BYTES = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")  # UTF-16/32 byte-order marks
_SPACES = (b" ", b"\n", b"\r\n", b"\t", b"&nbsp;", b"\xc2\xa0", b"&#160;", b"\xa0")  # between the words of a phrase
_APOSTROPHES = (b"'", b"&#39;", b"&#x27;", b"&apos;", b"\xe2\x80\x99", b"&rsquo;", b"&#8217;", b"\x92",
                b"\xe2\x80\x98", b"&lsquo;", b"&#8216;", b"\x91")
_ASCII_WORD = re.compile(r"[a-z0-9][a-z0-9.-]*")


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
    wanted = [("names", name) for name in _helpline_regex()[1]] if "names" in keys else []
    wanted += [(key, phrase) for key in keys if key != "names" for phrase in _phrases(key)]
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
    prevention phrases as words; occurrences inside script and style bodies and comments
    do not count, as :func:`crude_text` drops them (those are looked for only on the few
    pages that could pass).  The bound is that of :func:`score_bound` on the phrases, and
    at most :data:`NO_USAGE_CAP` when no word of use (``calls``, ``contacted``...) is
    there at all, since a usage figure needs one.  1.0 for bytes it cannot read as
    ASCII-compatible text (a UTF-16 or UTF-32 byte-order mark, NUL bytes).
    """
    if data.startswith(_UNREADABLE_AS_BYTES) or b"\x00" in data:
        return 1.0
    matcher, owners = _byte_matcher(("names", "helpline", "prevention"), engine)
    matches = _as_words(data, matcher.matches(data))
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


def link_score(url: str, anchor_text: str = "") -> float:
    """How worth fetching a link looks from its URL and text alone (0 = skip).

    The crawler's pre-filter: a helpline's name or a topic word in the URL path
    or the link text scores above zero.
    """
    folded = _fold(f"{anchor_text} ")
    path = _fold(url).replace("_", "-")
    score = 0.0
    if helplines_named(folded) or any(w in path for w in ("stopitnow", "stop-it-now", "lucy-faithfull")):
        score += 1.0
    score += 0.3 * len([w for w in topics()["url"] if w in path])
    score += 0.2 * len(_hits("prevention", folded)) + 0.2 * len(_hits("helpline", folded))
    return round(score, 2)
