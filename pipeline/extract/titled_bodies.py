"""A body a speaker's title names by its place in the title, when the data file does not know it.

News titles put the body in one of two places around the role: capitalised words right
before it ("Console chief executive", "He Waka Tapu CEO", "FCCG Executive Director") or
capitalised words after its "of", "at" or "for" ("CEO of MOVE Ireland", "a psychologist at
Roshni"). :func:`titled_body` reads both, whatever the body's name, so a body no list holds
is still found. A place ("Mayor of London", "Assistant Chief Constable for County Durham")
is no body, nor is the seat or party of an elected member ("Kelso MP"), nor a word of the
title itself.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.body_in_title import body_cues
from pipeline.extract.organisations import lexicon, single_roles
from pipeline.extract.regions import canonical
from pipeline.wordlists import alternation, data_file

#: One capitalised word of a body's name: "MOVE", "Tapu", "Women's", "Stop", "1Life".
_CAP = r"(?:[A-Z]|\d++[A-Za-z])[\w'\u2019&!.-]*+"
#: Lower-case words that join the capitalised words of one name: "Department of Health and Social Care".
_JOINERS = ("of", "and", "on", "for", "&", "the")
#: Words that open a phrase and are no part of a body's name.
_OPENERS = ("The", "A", "An", "Its", "Our", "Their", "His", "Her", "Former", "Then", "New", "Acting", "Interim")
#: Words counting the speakers that open a title before a body's capitalised name: "One HOPELINE247 adviser".
_COUNTING = ("One", "Another")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    roles = alternation(lexicon().roles, loose_spaces=True)
    role = re.compile(rf"(?<![\w-])(?:{roles})(?![\w-])", re.IGNORECASE)
    after = re.compile(rf"\s++(?:of|at|with|from)\s++(?:the\s++)?(?P<body>{_CAP}(?:\s++(?:(?:of|and|on|for|&)\s++(?:the\s++)?)?{_CAP}){{0,6}})")
    return role, after


@lru_cache(maxsize=1)
def _elected_offices() -> frozenset[str]:
    cues = lexicon().cues
    return frozenset({w.lower() for w in cues.get("post_nominal_offices", [])}
                     | {"member for", "member of parliament", "mayor", "councillor", "senator"})


def _elected(role: str) -> bool:
    """Whether a role is an elected member's, whose capitalised words before it are a seat or a party."""
    return " ".join(role.lower().split()) in _elected_offices()


def _name_words(words: list[str]) -> list[str]:
    """The words of a run without openers and joiners at its ends, and without role words at its end."""
    roles = single_roles()
    while words and (words[0] in _OPENERS or words[0] in _JOINERS
                     or words[0] in _COUNTING and len(words) > 1 and words[1][:1].isupper()):
        words = words[1:]  # "One HOPELINE247 adviser": a count of the speakers, no word of the body ("One in Four" is)
    while words and (words[-1] in _JOINERS or words[-1].lower() in roles):
        words = words[:-1]
    return words


#: Lower-case words between a body and its role: "Lifeline operations manager", "SOS project director".
_MODIFIER = re.compile(r"[a-z][a-z-]*+")
_BRANCH_WORDS = frozenset(("branch", "office", "centre", "center", "group", "area", "region", "division", "unit", "team"))
_NOT_MODIFIERS = frozenset(("a", "an", "the", "is", "was", "are", "were", "and", "or", "as", "who", "which", "that",
                            "of", "for", "at", "to", "in", "on", "with", "from", "by", "its", "their", "our", "former"))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Capitalised words a title opens with before its role ("Assistant", "Senior", "Regional"), but
    those that may end a body's name ("Project")."""
    lex = lexicon()
    words = frozenset(lex.cues.get("title_modifiers", [])) | frozenset(body_cues()["title_words_before_role"])
    return words - frozenset(lex.cues["org_words"])


@lru_cache(maxsize=1)
def _officer_titles() -> re.Pattern[str]:
    """A council officer's title (``council_officer_titles`` of ``offices.json``) ending a run of words."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(data_file('offices.json')['council_officer_titles'], loose_spaces=True)})$")


def _officer_title(words: str) -> bool:
    """Whether ``words`` end in a council officer's title: "Public health director", "Public Health Consultant"."""
    return _officer_titles().search(words) is not None


def _before(description: str, start: int, role: str) -> Optional[str]:
    """The capitalised run that ends right before a role at ``start``, maybe with two lower-case
    words between ("Console" of "Console chief executive", "Lifeline" of "Lifeline operations
    manager"). A role in title case ("Marketing Director") takes only an acronym before it
    ("FCCG Executive Director"): its capitalised words may be the title's own."""
    words = description[:start].split()
    if _officer_title(" ".join(words[-3:] + [role])):
        return None  # "Public health director Dr Jo Roe": the capitalised word opens a council officer's title
    for _ in range(2):
        if words and _MODIFIER.fullmatch(words[-1]) and words[-1] not in _NOT_MODIFIERS:
            if words[-1] in _BRANCH_WORDS:
                return None  # "the Ipswich branch director": a local part of the body named elsewhere
            words = words[:-1]
    run: list[str] = []
    for word in reversed(words):
        if re.fullmatch(_CAP, word) and not word.endswith((",", ";", ":")):
            run.insert(0, word)
        elif word in _JOINERS and run:
            run.insert(0, word)
        else:
            break
    while len(run) > 1 and run[-1] in _title_words():
        run.pop()  # "DCGP Assistant Executive Director": "Assistant" is the title's, the initials the body
    name = " ".join(_name_words(run))
    if not name or name.endswith("-based"):
        return None
    if role[:1].isupper() and not role.isupper() and not name.replace(" ", "").isupper():
        return None
    return name


def _is_body(name: Optional[str]) -> bool:
    """Whether a capitalised run may be a body: not a place, a title, an honorific or a run of openers."""
    if not name:
        return False

    lex = lexicon()
    flat = re.sub(r"['\u2019]s$", "", name)
    if flat in lex.honorifics or flat in lex.ranks or flat.endswith("-based"):
        return False
    if all(canonical(part) is not None for part in re.split(r"\s++(?:and|&)\s++", flat)):
        return False  # "London", "Ipswich and East Suffolk": places
    words = flat.split()
    modifiers = set(lex.cues.get("title_modifiers", []))
    return not all(w.lower() in single_roles() or w in lex.cues["not_names"] or w in modifiers for w in words)


def titled_body(description: str) -> Optional[str]:
    """The body a title names before or after its first role, or None.

    "Console chief executive" -> "Console"; "the Your Life Iowa project director and
    Problem Gambling Services manager" -> "Your Life Iowa" (the first role's);
    "CEO of MOVE Ireland" -> "MOVE Ireland"; "Mayor of London", "Kelso MP" and
    "director of the service" -> None.
    """
    role, after = _patterns()
    for m in role.finditer(description):
        if _elected(m.group()):
            continue
        found = _before(description, m.start(), m.group())
        if _is_body(found):
            return re.sub(r"['\u2019]s$", "", found)
        if _portfolio(m.group()):
            continue  # "Minister for Women's Interests": a portfolio, not a body
        tail = after.match(description, m.end()) if " ".join(m.group().lower().split()) not in _UNIT_ROLES else None
        if tail and _ATTRIBUTIVE.match(description, tail.end()) and not _named_kind(description, tail):
            tail = None  # "director of the Green Bay-based organization": the words describe a noun after them
        kind_first = _kind_then_name().match(description, m.end())
        if kind_first and _is_body(kind_first.group("body")):
            return kind_first.group("body")  # "chair of the west Belfast support group Hope Lines": the name after the kind
        if tail and _WORKPLACE_AFTER.match(description, tail.end()):
            return None  # "Director of Programs at Harbour Centre": "of" names a unit, "at" the body
        if tail:
            found = " ".join(_name_words(tail.group("body").split()))
            if _is_body(found):
                return re.sub(r"['\u2019]s$", "", found)
        field = _FIELD_THEN_BODY.match(description, m.end())
        if field:
            found = " ".join(_name_words(field.group("body").split()))
            if _is_body(found):
                return re.sub(r"['\u2019]s$", "", found)  # "head of treatment at Harbour Recovery"
        if _PREPOSITION.match(description, m.end()):
            return None  # "officer of the helpline and a psychiatrist at X": the first role's body is the helpline
    return None


@lru_cache(maxsize=1)
def _kind_after() -> re.Pattern[str]:
    """Up to three lower-case words ending in a body's kind word, to the end of the description or a break: " peer
    support group" of "the Harbour Recovery Circle peer support group" (``reference_kinds`` of ``body_cues.json``, but
    not ``branch_kinds``: "the Eastholm and Westvale branch" is a local part of the body the story names)."""
    cues = body_cues()
    kinds = alternation([k for k in cues["reference_kinds"] if k not in cues["branch_kinds"]], loose_spaces=True)
    return re.compile(rf"(?:[^\S\n]++[a-z][\w'\u2019-]*+){{0,2}}?[^\S\n]++(?:{kinds})(?![\w-])[^\S\n]*+(?:$|[,;.]|(?:in|for|on)[^\S\n])")


@lru_cache(maxsize=1)
def _kind_then_name() -> re.Pattern[str]:
    """After a role, "of", "at", "with" or "for", an article, up to four words that describe (no function word), a
    body's kind word (``reference_kinds`` but ``branch_kinds``) and the capitalised name after it: " of the west Belfast
    suicide prevention group Hope Lines" -> "Hope Lines", as "the charity Safe Steps" names Safe Steps."""
    cues = body_cues()
    kinds = alternation([k for k in cues["reference_kinds"] if k not in cues["branch_kinds"]], loose_spaces=True)
    return re.compile(rf"[^\S\n]++(?:of|at|with|for)[^\S\n]++(?:the|a|an)[^\S\n]++"
                      rf"(?:(?!(?:{_FUNCTION_WORDS}|{kinds})[^\w'\u2019-])[\w'\u2019-]++[^\S\n]++){{0,4}}"
                      rf"(?:{kinds})[^\S\n]++(?P<body>{_CAP}(?:[^\S\n]++{_CAP}){{0,4}})(?![^\S\n]*+[\w'\u2019&-])")


_FUNCTION_WORDS = "of|for|at|with|to|from|in|on|by|the|a|an|and|or|who|which|that"


def _named_kind(description: str, tail: re.Match[str]) -> bool:
    """Whether the capitalised words after "of the" are a body's name of two words or more set before the kind of
    body it is ("chair of the Harbour Recovery Circle peer support group"): the name is the body, as "the charity
    Harbour Trust" is; one word ("the Iowa program") describes, and a place is never a body (:func:`_is_body`)."""
    return " " in tail.group("body").strip() and _kind_after().match(description, tail.end()) is not None


#: A body set after a role's unit: " at Harbour Centre", " with the Harbour Trust".
_WORKPLACE_AFTER = re.compile(r"\s++(?:at|with)\s++(?:the\s++)?[A-Z]")
#: A role's field in lower case, then the body it is held at: " of treatment at Harbour Recovery", " of policy and
#: public affairs at the NSPCC". At most four words of field, each atomic and none an article ("officer of the
#: helpline and a psychiatrist at X" is two roles).
_FIELD_THEN_BODY = re.compile(rf"\s++(?:of|for|in)\s++(?:(?!(?:the|a|an|its|their)\s)[a-z][\w'\u2019-]*+\s++){{1,4}}?(?:at|with|for)\s++(?:the\s++)?"
                              rf"(?P<body>{_CAP}(?:\s++(?:(?:of|and|on|for|&)\s++(?:the\s++)?)?{_CAP}){{0,6}})")
#: Roles whose "of X" is a unit or a field within a body ("head of Serious Crime", "lead for Child Exploitation").
_UNIT_ROLES = frozenset(("head", "deputy head", "lead", "national lead", "safeguarding lead"))
#: A lower-case noun right after a run of capitals: the capitals describe it ("the Iowa program").
_ATTRIBUTIVE = re.compile(r"\s++(?!(?:and|or|who|which|that|in|since|for|at|on|of|to|from|with|by|as)\b)[a-z]")
_PREPOSITION = re.compile(r"\s++(?:of|at|for|with|from)\s")


@lru_cache(maxsize=1)
def _government_offices() -> frozenset[str]:
    return frozenset({w.lower() for w in lexicon().cues.get("government_offices", [])}
                     | {"secretary", "cabinet member", "portfolio holder", "mayor", "deputy mayor"})


def _portfolio(role: str) -> bool:
    """Whether a role is a government office, whose "for X" names a portfolio ("Minister for Health")."""
    return " ".join(role.lower().split()) in _government_offices()


def portfolio_before(words: str) -> bool:
    """Whether words end in an office and the "for" of its portfolio ("Deputy Mayor for ", "Minister for "): what
    follows is a portfolio ("Policing and Crime"), not a body."""
    tokens = words.split()
    return len(tokens) >= 2 and tokens[-1].lower() == "for" and any(_portfolio(" ".join(tokens[-1 - n:-1])) for n in (1, 2))


#: A place's possessive opening a run of capitalised words: "Derbyshire's " of "Derbyshire's Police and Crime".
_OWNER = re.compile(r"(?P<owner>[A-Z][\w-]*+(?:[^\S\n]++(?:and[^\S\n]++)?[A-Z][\w-]*+){0,3})['\u2019]s?[^\S\n]")


def place_owned(words: Optional[str]) -> bool:
    """Whether capitalised words open on a place's possessive and so are the title of an office the place has
    ("Derbyshire's Police and Crime" of "Derbyshire's Police and Crime Commissioner"), not a body's name."""
    m = _OWNER.match(words or "")
    return m is not None and canonical(m.group("owner")) is not None
