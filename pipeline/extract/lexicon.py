"""The word lists of speaker phrases, and the organisations they name in a text.

``data/titles.txt``, ``data/speech_verbs.txt``, ``data/orgs.jsonl`` and
``data/speaker_cues.json`` are read once into a :class:`Lexicon`, which finds a known
body by its name or an alias in ``orgs.jsonl`` (canonicalised; with an automaton,
:mod:`pipeline.extract.alias_automaton`, where it reads the text as the patterns would),
in a headline written all in lower case, and a body the file does not know by its shape
(capitalised words ending in a head word, or an organisation word and its "of").
"""
from __future__ import annotations

import json
import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, Optional

from pipeline.extract.alias_automaton import _automaton_key, _automaton_reads, _caseless_key, _leftmost_longest
from pipeline.extract.headline import lower_headline
from pipeline.settings import DATA_DIR

DATA = DATA_DIR
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})

#: A capitalised word of a body's name.
_CAP_WORD = r"[A-Z][\w\u2019'&-]*+"
#: A capitalised word right before a position, after a word boundary: read back from a body's word.
_CAP_BEFORE = re.compile(rf"(?<![\w\u2019'&-])({_CAP_WORD})\s++$")

#: How many searched texts :meth:`Lexicon.org_spans` remembers the matches of.
RECENT_TEXTS = 256


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``pipeline/data`` used to parse speaker phrases."""

    verbs: tuple[str, ...]
    ranks: tuple[str, ...]
    honorifics: tuple[str, ...]
    roles: tuple[str, ...]
    private: tuple[str, ...]
    orgs: tuple[tuple[str, str, bool], ...]  # (alias, canonical name, case-sensitive)
    cues: Any
    org_kinds: dict[str, str]

    @cached_property
    def _org_patterns(self) -> list[tuple[re.Pattern[str], dict[str, str], bool]]:
        """One alternation per case rule, longest alias first (leftmost, then longest, wins)."""
        out = []
        for sensitive in (True, False):
            names = {}
            for alias, name, case in self.orgs:
                if case is sensitive:
                    key = alias.translate(APOSTROPHES)
                    names.setdefault(key if sensitive else key.lower(), name)
            if names:
                alts = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
                flags = 0 if sensitive else re.IGNORECASE
                out.append((re.compile(rf"(?<![\w])(?:{alts})(?![\w])", flags), names, sensitive))
        return out

    @cached_property
    def _org_automata(self) -> Optional[list[tuple[Any, list[str], dict[str, str], bool]]]:
        """The aliases of :attr:`_org_patterns` as one Aho-Corasick automaton per case rule (lower-case
        keys for the caseless one), or None when an alias has a letter the automaton cannot read as
        its pattern does (:func:`_automaton_key`; the patterns then)."""
        import ahocorasick_rs

        out = []
        for pattern, names, sensitive in self._org_patterns:
            keys = list(names)
            if not all(_automaton_key(key, sensitive) for key in keys):
                return None
            out.append((ahocorasick_rs.AhoCorasick(keys), keys, names, sensitive))
        return out

    @cached_property
    def _recent_matches(self) -> "OrderedDict[str, tuple[tuple[int, int, str], ...]]":
        """The matches of the last texts searched: an article's text is searched several times
        (its known bodies, their spellings, the named ones), each phrase of a speaker too."""
        return OrderedDict()

    def _org_matches(self, flat: str) -> list[tuple[int, int, str]]:
        recent = self._recent_matches
        if flat in recent:
            recent.move_to_end(flat)
            return list(recent[flat])
        automata = self._org_automata
        found = []
        if automata is not None and _automaton_reads(flat):
            for automaton, keys, names, sensitive in automata:
                hits = automaton.find_matches_as_indexes(flat if sensitive else flat.lower(), overlapping=True)
                found += [(start, end, names[keys[index]]) for index, start, end in _leftmost_longest(flat, hits)]
        else:
            for pattern, names, sensitive in self._org_patterns:
                for m in pattern.finditer(flat):
                    found.append((m.start(), m.end(), names[m.group(0) if sensitive else _caseless_key(names, m.group(0))]))
        found.sort(key=lambda f: (f[0], -f[1]))
        recent[flat] = tuple(found)
        if len(recent) > RECENT_TEXTS:
            recent.popitem(last=False)
        return found

    def org_spans(self, text: str) -> list[tuple[int, int, str]]:
        """Every match of a known organisation's name or alias: (start, end, canonical name)."""
        return self._org_matches(text)

    def find_orgs(self, text: str) -> list[tuple[int, str]]:
        """Every known organisation named in ``text``: (offset, canonical name), in order."""
        out: list[tuple[int, str]] = []
        last_end = -1
        for start, end, name in self._org_matches(text.translate(APOSTROPHES)):
            if start >= last_end:
                out.append((start, name))
                last_end = end
        return out

    @cached_property
    def _any_case_pattern(self) -> tuple[re.Pattern[str], dict[str, str]]:
        """Every alias but the ordinary words of ``headline_word_orgs``, ignoring case, longest first."""
        words = {w.lower() for w in self.cues.get("headline_word_orgs", [])}
        names: dict[str, str] = {}
        for alias, name, _ in self.orgs:
            key = alias.translate(APOSTROPHES).lower()
            if key not in words:
                names.setdefault(key, name)
        alts = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
        return re.compile(rf"(?<![\w])(?:{alts})(?![\w])", re.IGNORECASE), names

    def find_headline_orgs(self, text: str) -> list[tuple[int, str]]:
        """Known organisations in a headline written all in lower case ("appeal by samaritans
        north devon"), ignoring case; an alias that is also an ordinary word ("respect") is left
        out. Empty when the first line has capitals: :meth:`find_orgs` reads it then."""
        span = lower_headline(text)
        if span is None:
            return []
        pattern, names = self._any_case_pattern
        line = text[span[0]:span[1]].translate(APOSTROPHES)
        return [(span[0] + m.start(), names[_caseless_key(names, m.group())]) for m in pattern.finditer(line)]

    def find_named_orgs(self, text: str) -> list[tuple[int, str]]:
        """Organisations not in the data file, by their shape: capitalised words ending in a
        head word such as Lifeline or Foundation ("Valleys Lifeline", "North East Gambling Support Line")."""
        pattern = self._named_pattern
        if pattern is None:
            return []
        return sorted([(m.start(1), m.group(1)) for m in pattern.finditer(text)] + self._named_with_of(text))

    @cached_property
    def _named_pattern(self) -> Optional[re.Pattern[str]]:
        """Up to five capitalised words and a head word of ``org_heads``, built once. Each word is
        matched possessively and a name never starts inside a hyphenated word, so a long run of
        hyphenated capitals ("ABC-ABC-...") is read once, not once from each of its words."""
        heads = "|".join(re.escape(h) for h in self.cues.get("org_heads", []))
        if not heads:
            return None
        # one line: a crosshead ("Referrals") before the sentence is no word of the name
        return re.compile(rf"\b(?:(?:The|A|An|Its)[^\S\n]++)?((?<![\w'\u2019&-])(?:[A-Z][\w'\u2019&-]++[^\S\n]++){{1,5}}(?:{heads}))\b")

    @cached_property
    def _with_of_pattern(self) -> re.Pattern[str]:
        """An organisation word, its "of", "on" or "for" and the capitalised words after them."""
        words = "|".join(re.escape(w) for w in self.cues.get("org_words", []))
        return re.compile(rf"\b(?:{words})\s++(?:of|on|for)\s++(?:the\s++)?{_CAP_WORD}(?:\s++(?:and\s++|&\s++)?{_CAP_WORD}){{0,4}}")

    def _named_with_of(self, text: str) -> list[tuple[int, str]]:
        """Bodies whose organisation word comes before an "of", "on" or "for" and more capitalised
        words: "Connecticut Council on Problem Gambling", "Iowa Department of Public Health", with
        up to four capitalised words before it. Found from the organisation word (rare), then read
        back, so the text is searched once for the words."""
        out = []
        for m in self._with_of_pattern.finditer(text):
            start = m.start()
            for _ in range(4):
                before = _CAP_BEFORE.search(text, max(0, start - 60), start)
                if before is None or before.group(1) in ("The", "A", "An", "Its"):
                    break
                start = before.start(1)
            out.append((start, re.sub(r"['\u2019]s?$", "", text[start:m.end()])))
        return out

    def find_org(self, phrase: str) -> Optional[tuple[str, int, int]]:
        """The leftmost, longest known organisation in ``phrase``: (name, start, end)."""
        matches = self._org_matches(phrase.translate(APOSTROPHES))
        if not matches:
            return None
        start, end, name = matches[0]
        return name, start, end


def _read_lines(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists, read once per process."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in _read_lines("titles.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections.setdefault(current, []).append(line)
    orgs = []
    kinds = {}
    for line in _read_lines("orgs.jsonl"):
        item = json.loads(line)
        kinds[item["name"]] = item.get("kind", "")
        for alias in [item["name"], *item.get("aliases", [])]:
            orgs.append((alias, item["name"], " " not in alias.strip()))
    by_length = lambda xs: tuple(sorted(set(xs), key=len, reverse=True))  # noqa: E731
    return Lexicon(
        verbs=by_length(_read_lines("speech_verbs.txt")),
        ranks=by_length(sections.get("rank", [])),
        honorifics=by_length(sections.get("honorific", [])),
        roles=by_length(sections.get("role", [])),
        private=by_length(sections.get("private", [])),
        orgs=tuple(sorted(orgs, key=lambda o: len(o[0]), reverse=True)),
        cues=json.loads((DATA / "speaker_cues.json").read_text(encoding="utf-8")),
        org_kinds=kinds,
    )


@lru_cache(maxsize=1)
def single_roles() -> frozenset[str]:
    """Roles and ranks of one word, lower case: \"director\", \"constable\", \"lord\"."""
    lex = lexicon()
    return frozenset(r.lower() for r in lex.roles + lex.ranks if " " not in r)
