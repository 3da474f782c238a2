"""Bodies a story describes by a kind word: "Parents Protect, a prevention charity", "Roshni is a
suicide helpline", "the children's charity Safe Steps".

A body no list knows and whose name holds no organisation word ("Parents Protect", "Roshni",
"Mitra") is often set beside a description that says what it is: an appositive (", a
prevention charity,") or a copula ("is a helpline for ..."). The capitalised words before such a
description are that body, which a later "its chief executive" or "the charity's director"
points back to. The description's head is a kind word of ``anaphors`` in ``speaker_cues.json``
with at most three lower-case words before it, and nothing after it but a stop or a word of
``described_body_follow`` ("in", "that", "based", "run" ...): "Jo Roe, a charity volunteer" and
"Jo Roe, the director of the line" are people. A lead-in word or an adverb that opens a sentence
("Meanwhile, the charity, which ...", "Nationally, the line, run by ...") and a place of the
gazetteer are no body. The kind word may also come first, the name right after it ("the
children's charity Safe Steps", "the helpline Crosslight"), unless a verb of running or joining
follows the name (``kind_first_person_verbs``: "the charity Jo Roe founded" names a person); the name
ends before a title ("the charity Safe Steps Director Jo Roe"), and keeps the commas of a name that lists its parts
before "and" ("the charity Mental Health, Wellbeing and Recovery Highland": ``spokespeople.LISTED``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.organisations import lexicon, place, single_roles
from pipeline.extract.spokespeople import LISTED
from pipeline.wordlists import alternation

_WORD = r"[A-Z][\w'\u2019&!-]*+"
#: A day or a month after a kind word is when, not a name: "at the line Tuesday".
_CALENDAR = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August"
                       r"|September|October|November|December")
#: Words that never stand between "a" and a kind word that heads a body's description.
_FUNCTION = "of|for|at|with|to|from|in|on|by|the|a|an|and|or|who|which|that"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """Up to five capitalised words (maybe joined by of, for, and, the), then ", a", "is a" and the
    description. Each capitalised word is one iteration and is matched possessively."""
    kinds = alternation(lexicon().cues["anaphors"])
    follow = alternation(lexicon().cues.get("described_body_follow", [])) or "(?!)"
    return re.compile(
        rf"(?<![\w'\u2019&!.-])(?P<name>{_WORD}(?:[^\S\n]++(?:(?:of|for|and|&|the)[^\S\n]++)?{_WORD}){{0,4}})"
        rf"(?P<link>,[^\S\n]++|[^\S\n]++(?:is|was)[^\S\n]++)(?:a|an|the)[^\S\n]++(?P<between>(?:(?!(?:{_FUNCTION})\b)[a-z][\w'\u2019-]*+[^\S\n]++){{0,3}}?)"
        rf"(?P<kind>{kinds})(?=[^\S\n]*+[,.;:)\n]|[^\S\n]++(?:{follow})\b|$)")


@lru_cache(maxsize=1)
def _kind_first() -> re.Pattern[str]:
    """The other order: an article, up to three lower-case words, a kind word and the capitalised
    name right after it ("the children's charity Safe Steps", "the helpline Crosslight"), not followed
    by a verb of joining or running it ("the charity Jo Roe founded")."""
    kinds = alternation(lexicon().cues["anaphors"])
    return re.compile(
        rf"\b(?:[Tt]he|[Aa]n?)[^\S\n]++(?P<between>(?:(?!(?:{_FUNCTION})\b)[a-z][\w'\u2019-]*+[^\S\n]++){{0,3}}?)(?P<kind>{kinds})[^\S\n]++"
        rf"(?P<name>(?>{LISTED}|{_WORD}(?:[^\S\n]++(?:(?:of|for|and|&|the)[^\S\n]++)?{_WORD}){{0,4}}))(?![^\S\n]++[A-Z])"
        rf"(?![^\S\n]++(?:{alternation(lexicon().cues['kind_first_person_verbs'])})\b)")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence or a paragraph."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"\u201c\u201d"


def _up_to_a_title(words: list[str], honorifics: set[str]) -> str:
    """The words of a name up to a title or a role that starts a person's name after it ("Safe Steps Director Jo
    Roe" -> "Safe Steps"); the first word stays (a name that is a title is left to the caller)."""
    cut = next((i for i, w in enumerate(words) if i and (w in honorifics or w.lower() in single_roles())), len(words))
    return " ".join(words[:cut])


def described_bodies(text: str) -> list[tuple[int, str]]:
    """(offset, name) of each body the text describes by a kind word beside its name."""
    return sorted({(offset, name) for offset, _, name in described_kinds(text)})


def described_kinds(text: str) -> list[tuple[int, str, str]]:
    """(offset, kind word, name) of each body the text describes by a kind word beside its name: what a later
    "the charity's manager" means when the story calls a body no list knows "the charity North Devon Listening"."""
    lex = lexicon()
    honorifics = set(lex.honorifics) | set(lex.ranks)
    leads = {w.lower() for w in lex.cues.get("lead_ins", [])}
    out = []
    for m in _pattern().finditer(text):
        name = re.sub(r"^(?:The|A|An)\s+", "", " ".join(m.group("name").split()))
        words = name.split()
        if not words or any(w.lower() in single_roles() for w in m.group("between").split()):
            continue  # "Jo Roe, the director of the line", "a senior manager charity"
        adverb = len(words) == 1 and words[0].endswith("ly") and _opens_sentence(text, m.start("name"))
        if adverb or words[0].lower() in leads or words[0] in honorifics or place(name) is not None:
            continue  # "Mr Jo Roe, a charity, ..." is a person
        before = text[max(0, m.start() - 12):m.start()].split()
        if before and before[-1].rstrip(".") in honorifics:
            continue  # "Dr Jo Roe, a ...": a person
        out.append((m.start("name"), m.group("kind").lower(), name))
    for m in _kind_first().finditer(text):
        name = _up_to_a_title(m.group("name").rstrip(".").split(), honorifics)  # "the charity Safe Steps Director Jo Roe"
        first = name.split()[0]
        if first in honorifics or first.lower() in single_roles() or place(name) is not None or _CALENDAR.fullmatch(first) \
                or any(w.lower() in single_roles() for w in m.group("between").split()):
            continue  # "the charity Director Jo Roe", "the helpline Leeds": no body's name
        out.append((m.start("name"), m.group("kind").lower(), name))
    return sorted(set(out))
