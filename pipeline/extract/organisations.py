"""Which body a speaker speaks for: the word lists of speaker phrases, and organisations.

``data/titles.txt``, ``data/speech_verbs.txt``, ``data/orgs.jsonl`` and
``data/speaker_cues.json`` are read once into a :class:`Lexicon`.  A body is
found by its name or an alias in ``orgs.jsonl`` (canonicalised), by its shape
when the file does not know it (capitalised words holding an organisation word,
an acronym, or the model's ORG entity), by a kind word pointing back ("the
charity's director", "Project manager": the body the text itself called so, see
:func:`told_kinds`, else one of that kind named before), or, for a ranked police
officer named with no body, by the force the article names, and for a
charity's own role named with no body ("Jo Roe, director", "chief executive
officer"), by the charity the article names.
:mod:`pipeline.extract.speakers` parses the phrases; its names are importable
from there as before.
"""
from __future__ import annotations

import json
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, Optional

from pipeline.extract.headline import lower_headline
from pipeline.extract.regions import place
from pipeline.settings import DATA_DIR

if TYPE_CHECKING:
    from pipeline.extract.speakers import Speaker

DATA = DATA_DIR
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
#: The tail of a body's name with commas: ", Culture, Media and Sport".
_NAME_LIST_TAIL = re.compile(r", [A-Z][\w'\u2019-]*(?:, [A-Z][\w'\u2019-]*){0,3} (?:and|&) [A-Z][\w'\u2019-]*")


def _is_word(ch: str) -> bool:
    """Whether ``ch`` is a word character as ``\\w`` reads it."""
    return ch.isalnum() or ch == "_"


@lru_cache(maxsize=4096)
def _needs_patterns(ch: str) -> bool:
    """Whether a character that is not ASCII keeps a text from the automaton: a letter that matches
    an ASCII one only when case is ignored (the Kelvin sign, the long s, the dotted capital I), one
    that changes length in lower case, or a lone surrogate, which the automaton cannot read."""
    return "\ud800" <= ch <= "\udfff" or re.fullmatch("[a-z]", ch, re.IGNORECASE) is not None or len(ch.lower()) != 1


def _automaton_reads(text: str) -> bool:
    """Whether the automaton (over lower-cased text for the caseless aliases) finds exactly what the patterns find."""
    return text.isascii() or not any(_needs_patterns(ch) for ch in set(text) if not ch.isascii())


def _automaton_key(key: str, sensitive: bool) -> bool:
    """Whether the automaton finds the alias ``key`` wherever its pattern does, in a text that
    :func:`_automaton_reads`: every alias of ASCII letters; with case, every alias; without case
    (the key lower-case, the text lowered), an alias whose other letters are :func:`_plain_letter`
    ("garda síochána")."""
    return key.isascii() or all(not "\ud800" <= ch <= "\udfff" and (sensitive or _plain_letter(ch))
                                for ch in set(key) if not ch.isascii())


@lru_cache(maxsize=256)
def _plain_letter(ch: str) -> bool:
    """Whether a lower-case character that is not ASCII matches, case ignored, only where the lowered
    text has it: one character in each case, and none of the letters ``re`` matches to another
    beside its own cases (its table ``re._casefix``: the dotless i, the long s, the Greek sigmas...).
    False when that table is not there to look at."""
    extra = getattr(getattr(re, "_casefix", None), "_EXTRA_CASES", None)
    if extra is None or _needs_patterns(ch) or ch.lower() != ch:
        return False
    upper = ch.upper()
    return len(upper) == 1 and upper.lower() == ch and ord(ch) not in extra and ord(upper) not in extra


def _caseless_key(names: dict[str, str], matched: str) -> str:
    """The lower-case alias a caseless match stands for ("ſtop it now", with a long s, is "stop it now")."""
    if matched.lower() in names:
        return matched.lower()
    return next(key for key in names if re.fullmatch(re.escape(key), matched, re.IGNORECASE))


def _leftmost_longest(text: str, hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The matches a longest-first alternation between ``(?<![\\w])`` and ``(?![\\w])`` finds, from every
    overlapping match of its words ``(word, start, end)``: at the leftmost start whose word stands
    alone, the longest such word, then on from its end."""
    longest: dict[int, tuple[int, int]] = {}
    for index, start, end in hits:
        if (start == 0 or not _is_word(text[start - 1])) and (end == len(text) or not _is_word(text[end])):
            if end > longest.get(start, (-1, -1))[0]:
                longest[start] = (end, index)
    out, reached = [], 0
    for start in sorted(longest):
        if start >= reached:
            end, index = longest[start]
            out.append((index, start, end))
            reached = end
    return out


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


def generic_org(org: str) -> bool:
    """A kind word, maybe with lower-case or role words after it, and no name: "Helpline", "Helpline Director"."""
    words = org.split()
    return words[0].lower() in lexicon().cues["anaphors"] and not any(
        w[:1].isupper() and w.lower() not in single_roles() for w in words[1:])


def unknown_org(text: str, nlp: Any = None) -> Optional[str]:
    """An organisation not in the data file, from its capitalised name.

    A name with commas ("Department for Work, Skills and Pensions") is read
    whole; the model's entity is taken unless it is a piece of that name or
    a word of a title ("Home" of "Home Secretary").
    """
    shaped = _shaped_org(text)
    if nlp is not None:
        roles = single_roles()
        for ent in nlp(text).ents:
            following = text[ent.end_char:].split()
            if ent.label_ != "ORG" or (following and following[0].lower().strip(",.") in roles and " " not in ent.text):
                continue
            found = re.sub(r"^the\s+", "", ent.text, flags=re.I)
            if found.lower() in roles:
                continue  # "a GP in Northfield", "the CEO": a role word the model reads as a body is no body
            if not shaped and _place_only(found):
                continue  # "Regional Director for Wales": the model reads a remit as a body
            if place(found) is not None and _PLACE_PREPOSITION.search(text, 0, ent.start_char):
                continue  # "who runs the line from a church hall in Dayton": a town after "in" is where, not who
            if _seat_before().search(text, 0, ent.start_char):
                continue  # "MP for Eastham", "Senator for Harbour County": a seat, not a body
            return shaped if shaped and found in shaped else found
    return shaped


#: A preposition of place right before a word: what follows it is where, not a body ("in Dayton").
_PLACE_PREPOSITION = re.compile(r"\b(?:in|from|near|across|around|outside)\s++(?:the\s++)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _seat_before() -> re.Pattern[str]:
    """An elected member's title and its "for" right before a word: what follows is their seat."""
    offices = "|".join(re.escape(w) for w in lexicon().cues.get("post_nominal_offices", []))
    return re.compile(rf"\b(?:{offices}|(?<!staff\s)(?<!board\s)[Mm]ember|[Cc]ouncill?or|[Ss]enator|[Rr]epresentative|[Aa]ssembly(?:member|man|woman))"
                      rf"\s++for\s++(?:the\s++)?$")


def _place_only(words: str) -> bool:
    """Whether words are only a country, nation or region of the gazetteer ("Wales", "Northern Ireland")."""
    found = place(words)
    return found is not None and found.kind in ("country", "nation", "region")


def _shaped_org(text: str) -> Optional[str]:
    """Capitalised words holding an organisation word ("Harbour Trust"), or an acronym."""
    words = lexicon().cues["org_words"]
    for m in re.finditer(r"(?:\b(?:of|for|at|from|with)\s+(?:the\s+)?|^(?:[Tt]he\s+|[Aa]n?\s+)?)((?:[A-Z][\w'\u2019!&.-]*)(?:\s+(?:of|and|for|the|on|[A-Z][\w'\u2019!&.-]*))*)", text):
        cand = re.sub(r"(?<!\s)(?:\s++(?:of|and|for|the|on))++$", "", m.group(1))
        cand = re.sub(r"['\u2019]s$", "", cand)
        tail = _NAME_LIST_TAIL.match(text, m.start(1) + len(cand))
        if tail:
            cand += tail.group()
        cand = _without_title(cand)
        if _title_shaped(cand):
            continue  # "Interim Director of Programs at Harbour Centre": the title, then the body
        toks = cand.split()
        acronym = len(toks) == 1 and toks[0].isupper() and len(toks[0]) > 1 and toks[0].lower() not in single_roles() \
            and toks[0] not in lexicon().cues.get("post_nominal_offices", [])  # "the MP" names no body
        if any(t.strip("'\u2019s,") in words for t in toks) or acronym:
            return cand
    return None


def _title_shaped(cand: str) -> bool:
    """Whether capitalised words are a title ending in a role before "of" or "for" ("Interim
    Director of Programs", "Regional Manager for Wales"), not a body ("Department of Health")."""
    toks = cand.split()
    for i, tok in enumerate(toks):
        if tok in ("of", "for"):
            return i > 0 and toks[i - 1].lower() in single_roles()
    return False


def _without_title(cand: str) -> str:
    """Capitalised words without the title before the body: "President and CEO for Crisis
    Services" -> "Crisis Services"; "Department for Education" keeps its words."""
    toks = cand.split()
    roles = single_roles()
    for i, tok in enumerate(toks):
        if tok in ("of", "for") and i > 0:
            if all(t.lower() in roles or t in ("and", "&") for t in toks[:i]):
                rest = toks[i + 1:]
                return " ".join(rest[1:] if rest[:1] == ["the"] else rest) or cand
            break
    return cand


def _anaphor_word(description: str) -> Optional[str]:
    """The kind word of "the charity's director", "the local branch", "its service": ``charity``..."""
    anaphors = lexicon().cues["anaphors"]
    words = re.findall(r"[\w-]+(?:['\u2019]s)?", description)
    for i, word in enumerate(words):
        if word.lower() in ("the", "its", "our"):
            for nxt in words[i + 1:i + 4]:
                key = re.sub(r"['\u2019]s$", "", nxt).lower()
                if key in anaphors:
                    return key
    return None


@lru_cache(maxsize=1)
def _told_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    kinds = "|".join(re.escape(k) for k in sorted(lexicon().cues["anaphors"], key=len, reverse=True))
    before = re.compile(rf"\b(?P<kind>{kinds})\s*+,?\s*+(?:the\s+)?$", re.IGNORECASE)
    after = re.compile(rf"(?:\s*+,\s*+|\s++(?:is|was)\s++|\s++)(?:a|an|the)\s++(?:[^.;:()\n]{{0,60}}?\s)?(?P<kind>{kinds})\b",
                       re.IGNORECASE)
    return before, after


def told_kinds(text: str) -> list[tuple[int, str, str]]:
    """Each body the text itself calls by a kind word: (offset, kind word, canonical name), in order.

    "prevention project Stop it Now!", "charity, The Lucy Faithfull Foundation",
    "Stop it Now! is a prevention project run by..." and "Samaritans, the suicide
    prevention charity" tell which body a later "Project manager" or "the
    charity's director" means.
    """
    before, after = _told_patterns()
    flat = text.translate(APOSTROPHES)
    out = []
    spans = lexicon().org_spans(flat)
    for start, end, name in spans:
        for m in (before.search(flat, max(0, start - 40), start), after.match(flat, end, min(len(flat), end + 100))):
            if m:
                out.append((start, m.group("kind").lower(), name))
    out += _owners(flat, spans)
    return sorted(set(out))


#: Between a body and the service it runs: "The Lucy Faithfull Foundation said its Stop it Now line".
_OWNED = re.compile(r"\s++(?:[a-z]++\s++){0,2}?(?:its|their)\s++$")


def _owners(flat: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, str, str]]:
    """A body that runs the service named right after it ("X said its Y line") is what
    a later "the charity" means, not the service: (offset, kind word, body) for each
    kind word the body's kind answers to, but the kind words that name a service
    (``service_kinds`` of ``speaker_cues.json``)."""
    lex = lexicon()
    out = []
    for (_s, end, owner), (start, _e, service) in zip(spans, spans[1:]):
        if owner != service and start - end <= 30 and _OWNED.match(flat, end, start):
            out += [(start, word, owner) for word, kinds in lex.cues["anaphors"].items()
                    if word not in lex.cues.get("service_kinds", []) and lex.org_kinds.get(owner) in kinds]
    return out


def _org_by_kind(word: str, context_orgs: list[str], told: Optional[dict[str, str]] = None) -> Optional[str]:
    """The organisation named last before that a kind word points to.

    An organisation whose head is the word itself ("the line" -> "Tyneside
    Gambling Support Line", "the foundation" -> "Lucy Faithfull Foundation") comes first, then the one the
    text last called by that word (``told``, from :func:`told_kinds`), then one
    of the data file of that kind, then one found by its shape (taken for a charity).
    """
    lex = lexicon()
    kinds = lex.cues["anaphors"].get(word, [])
    later = list(reversed(context_orgs))
    own = next((n for n in later if n.split()[-1].lower() == word), None)  # "the foundation's" -> "Lucy Faithfull Foundation"
    known = next((n for n in later if lex.org_kinds.get(n) in kinds), None)
    shaped = next((n for n in later if n not in lex.org_kinds and "charity" in kinds), None)
    # "the force's head of public protection" -> "Dunmore Police": a force or government the file does not know, by its shape
    public = next((n for n in later if ("police_force" in kinds and _shaped_as(n, _force_words()))
                   or ("government" in kinds and _shaped_as(n, _government_words()))), None)
    # "the nonprofit council" -> "Council on Compulsive Gambling of Pennsylvania": a body whose name holds the word
    named = next((n for n in later if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", n, re.IGNORECASE)), None)
    return own or (told or {}).get(word) or known or public or named or shaped


#: A lower-case kind word before a spokesperson: "A police spokesman", "a council spokeswoman", "the force's press office".
_KIND_SPOKESPERSON = re.compile(r"(?:(?i:an?|the)[^\S\n]++)?(?P<kind>[a-z]++)(?:['\u2019]s)?[^\S\n]++"
                                r"(?:spokes(?:man|woman|person|people)|press[^\S\n]++(?:office|officer|team))\b")


def anaphor_org(description: str, context_orgs: list[str], told: Optional[dict[str, str]] = None) -> Optional[str]:
    """``the charity's director`` -> the charity named last before, by its kind."""
    word = _anaphor_word(description)
    spoken = _KIND_SPOKESPERSON.match(description) if word is None else None
    if spoken and spoken.group("kind") in lexicon().cues["anaphors"]:
        word = spoken.group("kind")  # "A police spokesman": the force the story names
    if word is None and re.match(r"(?:its|their)\s", description, re.I) and context_orgs:
        return context_orgs[-1]  # "Its chief executive, Jo Roe": the body named last
    if word is None:
        # "Lifeline co-ordinator Bethan Rees": an organisation named before by its last word
        words = set(re.findall(r"\b[A-Z][\w-]+\b", description))
        found = next((name for name in reversed(context_orgs) if len(name.split()) > 1 and name.split()[-1] in words), None)
        if found:
            return found
        # "Helpline director Jane Roe": a bare kind word stands for the body named before
        first = description.split()[0] if description.split() else ""
        second = description.split()[1].lower() if len(description.split()) > 1 else ""
        lead = first[:1].isupper() or second in single_roles()  # "said hotline director Jo Roe": lower case before a role
        word = first.lower() if lead and first.lower() in lexicon().cues["anaphors"] else None
        if word is None:
            return None
    return _org_by_kind(word, context_orgs, told)


#: A first-person possessive in a role: the body publishing the text is the role's ("who leads our ... team").
_OUR = re.compile(r"(?<![\w-])our(?![\w-])", re.I)


def force_for_rank(speaker: Speaker, before: list[str], after: list[str]) -> Optional[str]:
    """The police force a ranked officer named with no body and no other role speaks for.

    "John Hawkins, Assistant Chief Constable for Scotland" in a story that
    names Police Scotland: the force named last before the quote, else the
    first named from the quote on. None for other titles, for an officer with
    a role of their own ("regional lead for organised crime"), or no force.
    """
    ranks = set(lexicon().cues.get("police_rank_words", []))
    if not set(re.findall(r"[A-Za-z]+", speaker.title or "")) & ranks:
        return None
    if speaker.role and not set(re.findall(r"[A-Za-z]+", speaker.role)) & ranks and not _OUR.search(speaker.role):
        return None  # "who leads our online safety team": the force's own unit, in its release
    kinds = lexicon().org_kinds
    forces = [n for n in reversed(before) if kinds.get(n) == "police_force"] + [n for n in after if kinds.get(n) == "police_force"]
    if not forces:  # a force the data file does not know, by its shape: "Dunmore Police", "Harbour Constabulary"
        forces = [n for n in reversed(before) if _shaped_as(n, _force_words())] + [n for n in after if _shaped_as(n, _force_words())]
    return forces[0] if forces else None


def _force_words() -> tuple[str, ...]:
    """The last words of a police force's name the data file does not know (``force_heads``): "Police"."""
    return tuple(lexicon().cues.get("force_heads", []))


def _government_words() -> tuple[str, ...]:
    """The last words of a government's name the data file does not know (``government_heads``): "Government"."""
    return tuple(lexicon().cues.get("government_heads", []))


def public_body(name: str) -> bool:
    """Whether a body is a police force or a government, by the data file or by its shape."""
    return lexicon().org_kinds.get(name) in ("police_force", "government") or _shaped_as(name, _force_words() + _government_words())


def _shaped_as(name: str, words: tuple[str, ...]) -> bool:
    """Whether a body not in the data file is of a kind by the last word of its name ("Dunmore Police")."""
    return name not in lexicon().org_kinds and name.split()[-1] in words and len(name.split()) > 1


@lru_cache(maxsize=1)
def _house_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = lexicon().cues
    roles = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in sorted(cues.get("house_roles", []), key=len, reverse=True))
    foreign = "|".join(re.escape(w) for w in cues.get("house_role_foreign", []))
    return (re.compile(rf"(?<![\w-])(?:{roles})(?![\w-])", re.IGNORECASE) if roles else re.compile(r"(?!)"),
            re.compile(rf"(?<![\w-])(?:{foreign})(?![\w-])", re.IGNORECASE) if foreign else re.compile(r"(?!)"))


def charity_for_role(speaker: Speaker, before: list[str], after: list[str]) -> Optional[str]:
    """The charity a speaker with one of its own roles and no body speaks for.

    "Jo Roe, director, said", "Dr Jo Roe, interim chief executive officer",
    "Newest volunteer, Jo": the role (``house_roles`` of ``speaker_cues.json``)
    names no body, so it is the charity of the data file the article named most
    often before the quote (the first of them on a tie: the headline's and lead's
    subject), else the first it names from the quote on. None for a speaker
    with a body, with no such role, with a role that points elsewhere ("director
    of public health", "head of policy at a university"), or in an article naming
    no charity.
    """
    if speaker.kind != "named" or speaker.org:
        return None
    role = _without_place_remit(speaker.role or "")
    house, foreign = _house_patterns()
    if not house.search(role) or foreign.search(role):
        return None
    kinds = lexicon().org_kinds
    return named_most_before([n for n in before if kinds.get(n) == "charity"],
                             [n for n in after if kinds.get(n) == "charity"])


def named_most_before(before: list[str], after: list[str]) -> Optional[str]:
    """The body named most often before a quote (the first named of them on a tie: the headline's
    and lead's subject), else the first named from the quote on; None when neither names one."""
    if before:
        counts = Counter(before)
        first: dict[str, int] = {}
        for i, name in enumerate(before):
            first.setdefault(name, i)
        return max(counts, key=lambda n: (counts[n], -first[n]))
    return after[0] if after else None


def house_role(speaker: Speaker) -> bool:
    """Whether a named speaker with no body holds one of a body's own roles ("director",
    "co-founder", "Client services manager") that points nowhere else ("director of public health")."""
    if speaker.kind != "named" or speaker.org:
        return False
    house, foreign = _house_patterns()
    role = _without_place_remit(speaker.role or "")
    # the role's own words are no remit: "chair of trustees" points nowhere else, "director of public health" does
    return bool(house.search(role)) and not foreign.search(house.sub(" ", role))


#: A remit after a role, not a body: "for Northern Ireland", "in Wales" (a place of the gazetteer).
_PLACE_REMIT = re.compile(r"(?<!\s)\s++(?:for|in)\s++(?:the\s++)?(?P<place>[A-Z][\w'\u2019-]*+(?:\s++(?:and\s++)?[A-Z][\w'\u2019-]*+){0,3})$")


def _without_place_remit(role: str) -> str:
    """A role without the place it covers at its end: "Regional Director for Northern Ireland" -> "Regional Director"."""
    m = _PLACE_REMIT.search(role)
    return role[:m.start()] if m and place(m.group("place")) is not None else role


def body_for_role(speaker: Speaker, before: list[str], after: list[str], colleagues: list[Speaker]) -> Optional[str]:
    """The body a speaker with one of its own roles speaks for when the article names no charity
    of the data file (:func:`charity_for_role`): the body of the person quoted last before with a
    role of that kind ("EveryMan chief executive Jo Roe ... Client services manager Tom Poe said"),
    else the body found by its shape (not in the data file) the article named most often before
    the quote ("the Harbour Men's Network ... CEO Jo Roe said"), else the first from the quote on."""
    if not house_role(speaker):
        return None
    for known in reversed(colleagues):
        if known.org and known.official and known.name != speaker.name and not public_body(known.org) \
                and house_role(replace(known, org=None)):
            return known.org
    return named_most_before([n for n in before if _house_shaped(n)], [n for n in after if _house_shaped(n)])


def _house_shaped(name: str) -> bool:
    """Whether a body found by its shape may be a charity or a service: not in the data file, no
    bare kind word, not a police force or a government ("Dunmore Police")."""
    return name not in lexicon().org_kinds and not generic_org(name) and not _shaped_as(name, _force_words() + _government_words())


def government_for_office(speaker: Speaker, before: list[str], after: list[str]) -> Optional[str]:
    """The government a minister named with no body speaks for: "Communities Minister Jo Roe" in
    a story that names the Queensland Government. The government of the data file named last
    before the quote, else the first named from the quote on; None for other titles, for a
    shadow (opposition) minister, or when the story names no government."""
    cues = lexicon().cues
    words = " ".join(filter(None, (speaker.title, speaker.role))).lower()
    office = any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", words) for w in cues.get("government_offices", []))
    if not office or any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", words) for w in cues.get("opposition_words", [])):
        return None
    kinds = lexicon().org_kinds
    found = [n for n in reversed(before) if kinds.get(n) == "government"] + [n for n in after if kinds.get(n) == "government"]
    if not found:  # a government the data file does not know, by its shape: "the Harbour Government"
        found = [n for n in reversed(before) if _shaped_as(n, _government_words())] + [n for n in after if _shaped_as(n, _government_words())]
    return found[0] if found else None
