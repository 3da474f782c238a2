"""Where a speaker's title names the body they work for, when the title holds more than one
capitalised run: which run is the body.

Three shapes of how papers write it:

- **a kind of service before the name**: "the CEO of Redlands support service The Harbour
  Project", "director of Norfolk counselling charity Open Door", "CEO of domestic violence
  service Safe Steps". The capitalised words after the kind word (``title_kind_words`` of
  ``body_cues.json``) are the body; a place before the kind words only says where it is.
- **a unit at its parent**: "head of the Centre for Gambling Research at the University of
  Eastbury", "director of the Office of Crisis Services at the State Department of Health".
  The unit is part of the body after "at": the body the speaker works for is the parent (the
  annotators' reading: the employer, as a fact-checker would call them).
- **a unit word alone**: "Board chair", "Fund manager": "Board" is no body's name
  (``unit_words_alone`` of ``body_cues.json``), so the body is the one the story names.

Each pattern is linear: runs of capitalised words are matched possessively, the lower-case
words between a preposition and the kind word are at most three.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Optional

from pipeline.extract.organisations import lexicon, single_roles
from pipeline.extract.regions import place
from pipeline.settings import DATA_DIR
from pipeline.wordlists import alternation


@lru_cache(maxsize=1)
def body_cues() -> dict[str, Any]:
    """The word lists of ``data/body_cues.json``."""
    return json.loads((DATA_DIR / "body_cues.json").read_text(encoding="utf-8"))

#: One capitalised word of a body's name: "Harbour", "Women's", "1Life", "MOVE".
_CAP = r"(?:[A-Z]|\d++[A-Za-z])[\w'\u2019&!.-]*+"
#: The small words that may join the capitalised words of a body's name ("The Centre for Women and Co"), and
#: that never end one; the one list body_in_title and bracketed_bodies read.
NAME_JOINERS = ("of", "on", "for", "and", "&", "the")
#: One of :data:`NAME_JOINERS`, as a regular expression.
JOINER = rf"(?:{'|'.join(map(re.escape, NAME_JOINERS))})"
#: A run of capitalised words, maybe joined by "of", "for", "and", "&", "the": "The Centre for Women and Co".
_RUN = rf"{_CAP}(?:[^\S\n]++(?:{JOINER}[^\S\n]++)?{_CAP}){{0,6}}"


@lru_cache(maxsize=1)
def _kind_pattern() -> re.Pattern[str]:
    """A preposition of a role, maybe "the", maybe a capitalised place or two, up to three lower-case
    words and a kind word, then the body's capitalised name."""
    kinds = alternation(body_cues()["title_kind_words"])
    return re.compile(
        rf"\b(?:of|at|for|with)[^\S\n]++(?:the[^\S\n]++)?(?:{_CAP}[^\S\n]++){{0,2}}?"
        rf"(?:[a-z][\w'\u2019-]*+[^\S\n]++){{0,3}}?(?P<kind>{kinds})[^\S\n]++(?P<body>{_RUN})")


def _name_words(run: str) -> str:
    """A run without the joiners and role words at its end ("Safe Steps Director" -> "Safe Steps")."""
    words = run.split()
    while words and (words[-1] in NAME_JOINERS or words[-1].lower() in single_roles()):
        words.pop()
    return " ".join(words)


def body_after_kind(description: str) -> Optional[str]:
    """The body a title names after a kind of service ("the CEO of Bayside support service The
    Harbour Project" -> "The Harbour Project"), or None. A place, a person's honorific or a role
    after the kind word is no body ("a charity in Leeds", "the charity Director Jo Roe"), nor is a day
    or a month ("the helpline service Monday to Friday": ``calendar_words``) or a person who founded or
    runs it ("the charity Jo Roe founded": a verb of ``verbs_after_founder`` right after the name)."""
    lex = lexicon()
    for m in _kind_pattern().finditer(description):
        body = _name_words(m.group("body"))
        first = body.split()[0] if body else ""
        if not body or first in lex.honorifics or first.lower() in single_roles() or place(body) is not None \
                or first in body_cues()["calendar_words"] or _founder_after().match(description, m.end("body")):
            continue
        return body
    return None


@lru_cache(maxsize=1)
def _founder_after() -> re.Pattern[str]:
    """A verb right after a name that makes it a person's ("Jo Roe founded", "Ann Cole set up")."""
    return re.compile(rf"[^\S\n]++(?:{alternation(body_cues()['verbs_after_founder'])})\b")


#: A unit's name and "at" before its parent's name: "Centre for Gambling Research at the University of Eastbury".
_AT_PARENT = re.compile(rf"[^\S\n]++at[^\S\n]++(?:the[^\S\n]++)?(?P<parent>{_RUN})")


_AT_INSIDE = re.compile(rf"[^\S\n]at[^\S\n]++(?:the[^\S\n]++)?(?P<parent>{_RUN})$")


def parent_body(description: str, org: Optional[str]) -> Optional[str]:
    """The parent of the unit ``org`` when the title sets it right after "at": "director of the
    Institute for Sexual Health at Redmoor University" -> "Redmoor University"; None when no
    such parent follows, or it is only a place ("the branch at Leeds")."""
    if not org:
        return None
    inside = _AT_INSIDE.search(org)  # the shape read "Crisis Team at Eastshire County Council" as one body
    if inside is not None and place(inside.group("parent")) is None:
        return _name_words(inside.group("parent")) or None
    start = description.find(org)
    if start < 0:
        return None
    m = _AT_PARENT.match(description, start + len(org))
    if m is None:
        return None
    parent = _name_words(m.group("parent"))
    if not parent or place(parent) is not None or parent.split()[0].lower() in single_roles():
        return None
    return parent


#: Words after a known body, then "at" or "run by" and the parent: " help line run by the Lucy Faithfull Foundation".
_RUN_BY_PARENT = re.compile(rf"[^,;:.!?\n]{{0,60}}?[^\S\n](?:at|run[^\S\n]++by)[^\S\n]++(?:the[^\S\n]++)?(?P<parent>{_RUN})")
#: A run of capitals that is an acronym: "TDMHSAS", "UCL".
_ACRONYM = re.compile(r"[A-Z]{2,}s?")


def parent_of_known(description: str, org: Optional[str]) -> Optional[str]:
    """The body a known body's project or line belongs to when the title names it after "at" or
    "run by" ("responsible for the Stop It Now project at the University Forensic Centre", "the
    director of the Stop It Now help line run by the Lucy Faithfull Foundation"): the parent, when
    it is a body by its words (an organisation word, an acronym, a known body), not a place."""
    if not org:
        return None
    lex = lexicon()
    span = lex.find_org(description)
    if span is None or span[0] != org:
        return None
    m = _RUN_BY_PARENT.match(description, span[2])
    if m is None:
        return None
    parent = _name_words(m.group("parent"))
    words = parent.split()
    if not words or place(parent) is not None or words[0].lower() in single_roles() or words[-1] in body_cues()["venue_words"]:
        return None  # "a volunteer with Samaritans at Harbour Hospital": where the work is done, not who for
    known = lex.find_org(parent)
    if known is not None and known[1] == 0:
        return None if known[0] == org else known[0]
    if _ACRONYM.fullmatch(parent) or any(w in lex.cues["org_words"] for w in words):
        return parent
    return None


def unit_alone(org: Optional[str]) -> bool:
    """Whether a body is only a unit word ("Board", "Fund"), no body's name."""
    words = set(body_cues()["unit_words_alone"])
    return bool(org) and org.strip() in words


def without_title_words(org: Optional[str]) -> Optional[str]:
    """A body found by its shape without the role words that end it, which are a title's
    ("Harbour Crisis Centre Executive Director" -> "Harbour Crisis Centre"); None when what is left
    names no body, only a title's words ("Regional Programme Manager": a modifier and an
    organisation word, no name). A body that ends in no role word is returned as it is."""
    if not org:
        return org
    words = org.split()
    before_role = set(body_cues()["title_words_before_role"])
    if len(words) < 2 or not (words[-1].lower() in single_roles() or words[-1] in before_role):
        return org
    while words and (words[-1].lower() in single_roles() or words[-1] in before_role):
        words.pop()  # "... Centre Executive Director": "Executive" is the title's too
    lex = lexicon()
    plain = {w.lower() for w in lex.cues.get("title_modifiers", [])} | {w.lower() for w in lex.cues["org_words"]} | single_roles()
    if not any(w.lower() not in plain for w in words):
        return None
    return " ".join(words)


def opens_clause(name: str) -> bool:
    """Whether a capitalised run begins with a conjunction that opened its sentence ("While
    Lifeline" of "While Lifeline nationally answers ..."), so that it is no fuller name of a body."""
    return name.split()[0].lower() in body_cues()["opening_conjunctions"] if name.split() else False



@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern[str]:
    roles, ranks = alternation(lexicon().roles, loose_spaces=True), alternation(lexicon().ranks, loose_spaces=True)
    return re.compile(rf"(?<![\w-])(?:(?i:{roles})|{ranks})(?![\w-])")  # "Father" is a rank, "a father of two" none


def _has_role(words: str) -> bool:
    """Whether words hold a role or a rank ("north west coordinator", "Chief Constable")."""
    return _role_pattern().search(words) is not None


#: A description of someone who has left: "a former Navy diver", "a retired Army major", "ex-soldier".
_FORMER = re.compile(r"(?:(?:a|an|the)[^\S\n]++)?(?:former|retired|ex-)", re.IGNORECASE)


def former_member(description: str, org: str) -> bool:
    """Whether the body was found only in words saying the speaker has left it, with no role of a
    body's own ("a former Navy diver": the Navy is no body they speak for; "former director of
    Harbour Samaritans" still holds a role)."""
    return _FORMER.match(description) is not None and org in description and not _has_role(description)


#: A segment that is only a body's capitalised name: "Safe Start Ireland".
_SEGMENT = re.compile(rf"{_CAP}(?:[^\S\n]++(?:(?:of|for|and|&|the)[^\S\n]++)?{_CAP}){{1,6}}")


def body_segment(descriptions: list[str]) -> Optional[str]:
    """A description that is only capitalised words, right after one that is a title: the body named
    as an appositive of its own ("north west coordinator, Safe Start Ireland"); after a title and a
    unit, the last of them ("Vice President, Crisis Services, Harbour Health": the unit is the
    body's); None else."""
    found = None
    chain = False  # a title, then only capitalised segments so far
    for before, segment in zip(descriptions, descriptions[1:]):
        chain = _has_role(before) or (chain and before == found)
        if chain and _SEGMENT.fullmatch(segment) and place(segment) is None \
                and segment.split()[0].lower() not in single_roles() and not _has_role(segment):
            found = segment
        elif found is not None:
            break
    return found

