"""Which words of a speaker phrase are a person's name: capitalised words that are no title, body or place.

:func:`find_name` reads one segment of a phrase: a name after a rank or an honorific ("Chief Constable
Jo Roe", "Dr. K. Rama Reddy"), a run of capitalised words at the segment's end or start, never the
role words of a title ("Director of the helpline", "the Home Secretary"), the words of a body's name
("Department of Public Health") or the place or country that ends a body before the name ("... UK and
Ireland Jo Roe"). :func:`speaker_patterns` holds the patterns built from the word lists (ranks,
honorifics, roles, private people, speech verbs) that the speaker modules share. Every pattern is
linear: name words are atomic and a run has at most six of them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.organisations import lexicon, single_roles
from pipeline.extract.regions import place


#: One capitalised name word ("Roe", "McDonald", "Smith-Jones", "O'Shea", "al-Hashimi"). Atomic, with the inner-capital
#: form tried first: a word is matched one way only, so a run of them cannot backtrack into its words.
#: Latin letters with accents count ("Seán", "Åsa", "Müller"): upper and lower case of Latin-1.
_UP, _LOW = "A-Z\u00c0-\u00d6\u00d8-\u00de", "a-z\u00df-\u00f6\u00f8-\u00ff"
NAME_TOKEN = (rf"(?>(?:al|el)-[{_UP}][{_LOW}]+|[{_UP}]['\u2019][{_UP}][{_LOW}]+|[{_UP}](?:[{_LOW}]*[{_UP}][{_LOW}'\u2019]+|[{_LOW}'\u2019]+)|[{_UP}]')"
              rf"(?>-(?:[{_UP}][{_LOW}'\u2019]+|[{_LOW}]{{2,}}+))?")
_PREPOSITION_END = re.compile(r"\b(?:of|from|at|for|with|in|to|by|on)(?:\s++the)?$", re.I)
#: A preposition of where someone is from or lives, right before capitalised words: "from ", "in the ".
_ORIGIN_END = re.compile(r"\b(?:from|in|near)(?:\s++the)?\s*+$", re.I)
#: A plain capitalised word (no possessive) as the whole of what stands before a name run: a given name.
_GIVEN_NAME_BEFORE = re.compile(r"^\s*+[A-Z][a-z]++$")
#: A lower-case particle inside a name, before its capitalised last words, maybe with an article after it:
#: "Helena de Fontenay", "Jan van der Berg", "Marie de la Cruz", the Welsh "Rhys ap Dafydd".
_PARTICLE = r"(?:de|del|della|van|von|der|den|ter|da|di|du|le|la|bin|ibn|ap|ab)(?:\s++(?:la|le|las|los|der|den|de))?+(?=\s++[A-Z])"
#: A name: at most six words, so that a Title Case headline costs a bounded search at each word.
NAME_RUN = rf"{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|[A-Z]\.?(?=\s)|{_PARTICLE})){{0,5}}"


def word_alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


#: The number words of an age written out before "-year-old" ("a nineteen-year-old", "a twenty-five-year-old").
_AGE_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
              r"eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
              r"sixteen|seventeen|eighteen|nineteen)")


@lru_cache(maxsize=1)
def speaker_patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    prefix = word_alternation(lex.ranks + lex.honorifics)
    return {
        # initials may open the name after a title ("Dr. K. Rama Reddy", "Fr. J. M. Thomas"), or a particle ("Mr van der Berg")
        "titled": re.compile(rf"(?<![\w])(?P<title>(?:(?:{prefix})\.?\s++){{1,6}})(?P<name>(?:[A-Z]\.\s++){{0,3}}(?:{_PARTICLE}\s++)?+{NAME_RUN})"),
        "tail": re.compile(rf"(?<=[A-Za-z!])\s+(?P<name>{NAME_RUN})$"),
        "bare": re.compile(rf"^(?P<name>{NAME_RUN})(?=$|\s+(?:from|of|at|for|with|in)\s|\s*\()"),
        "role": re.compile(rf"(?<![\w])(?:{word_alternation(lex.roles)})(?![\w])", re.IGNORECASE),
        # a word of a private person, or an age after "a"/"an" standing for one ("a 19-year-old from Great Yarmouth",
        # "an 18-year-old", "a 45-year-old mother"); "the 56-year-old" points back to someone named before
        "private": re.compile(rf"(?<![\w])(?:{word_alternation(lex.private)})s?(?![\w])"
                              rf"|(?:(?<=\ba\s)|(?<=\ban\s))(?:\d{{1,3}}|{_AGE_WORDS})-year-olds?(?![\w-])", re.IGNORECASE),
        "rank": re.compile(rf"^(?:{word_alternation(lex.ranks)})\.?$"),
        # a reporting clause set off by commas inside someone else's phrase: "Abusers, Jo Roe says, will call"
        "aside": re.compile(rf"(?:{NAME_RUN}|she|he|they)\s++(?:{word_alternation(lex.verbs)})"),
        "rank_end": re.compile(rf"(?<![\w])(?:{prefix})\.?$"),
        # a kind word's possessive pointing back to a body: "the Council's", "the charity’s"
        "kind_possessive": re.compile(rf"\b(?:the|its)\s++(?:{word_alternation(tuple(lex.cues['anaphors']))})['\u2019]s\b", re.IGNORECASE),
    }


def is_title(words: str) -> bool:
    """Whether words written before a name are its title: they hold a role or end in a rank.

    "Director of the Stop it Now! Helpline", "The force's lead for safeguarding",
    "Chief Constable" and "Helpline director" are; "Speaking to the Post" is not.
    """
    words = words.strip(" ,")
    return bool(speaker_patterns()["role"].search(words) or speaker_patterns()["rank_end"].search(words))


@lru_cache(maxsize=1)
def _named_days() -> frozenset[str]:
    """The names of days and feasts (``named_days`` of ``data/speaker_cues.json``), lower case, with each
    of their word-final parts ("year's eve" of "New Year's Eve")."""
    out = set()
    for day in lexicon().cues["named_days"]:
        words = day.lower().split()
        out.update(" ".join(words[i:]) for i in range(len(words)))
    return frozenset(out - {"day", "eve", "night", "monday", "sunday", "friday", "tuesday", "wednesday",
                            "thursday", "year"})


def is_named_day(name: str) -> bool:
    """Whether capitalised words name a day, not a person: "Christmas Eve", "Boxing Day", "(New) Year's Eve"."""
    return name.lower().replace("\u2019", "'") in _named_days()


def clean_name(name: str) -> Optional[str]:
    """The person's name in a run of capitalised words, without the words before and after it that are no
    name's; ``None`` when none is left, when it holds an organisation's word, or when it names a day ("a
    caller who rang on Christmas Eve said": :func:`is_named_day`)."""
    cues = lexicon().cues
    tokens = name.split()
    while tokens and tokens[0] in cues["not_names"]:
        tokens.pop(0)
    while tokens and (tokens[-1] in cues["not_names"] or tokens[-1] in cues["org_words"]):
        tokens.pop()
    if not tokens or len(tokens) > 4 or any(t in cues["org_words"] for t in tokens):
        return None
    if tokens[-1].endswith("-based"):
        return None  # "the Nuns' Island-based organisation": a place describing a noun, no person
    if is_named_day(" ".join(tokens)):
        return None  # "a caller who rang on Boxing Day said": a day, no person
    return " ".join(tokens)


#: A possessive right before capitalised words: "The network's ", "Samaritans' ".
_POSSESSIVE_BEFORE = re.compile(r"[a-z]['\u2019]s?\s*+$")


def _role_words(name: str, before: str = "") -> bool:
    """Whether capitalised words are a title, not a person: "Director", "the Home Secretary", "Chief Executive".

    A surname that is also a role word ("Tom Head") stays a name: a title has
    one word, or only role words, or follows an article ("the Home Secretary").
    """
    roles = single_roles()
    words = [w.lower() for w in name.split()]
    if speaker_patterns()["rank"].match(name) or speaker_patterns()["role"].fullmatch(name):
        return True
    if words[-1] not in roles:
        return False
    return len(words) == 1 or all(w in roles for w in words) or bool(re.search(r"\b(?:the|its|our|their|a|an)\s*$", before, re.I)) \
        or bool(_POSSESSIVE_BEFORE.search(before))  # "The network's Marketing Director": a title, not a name


#: A capitalised role word right after a run: "Director" of "Volunteer Branch Director".
_ROLE_AFTER = re.compile(r"[^\S\n]++(?P<word>[A-Z][\w-]*+)")


def before_title_role(text: str, end: int) -> bool:
    """Whether the capitalised role word right after ``end`` makes the words before it a title
    ("Volunteer Branch" of "Volunteer Branch Director, Jo Roe"), not the person the model read."""
    m = _ROLE_AFTER.match(text, end)
    return m is not None and m.group("word").lower() in single_roles()


def _without_role_words(run: str) -> str:
    """A capitalised run without the role words before the name: "Director Jane Roe" -> "Jane Roe"."""
    words = run.split()
    while len(words) > 2 and words[0].lower() in single_roles():
        words.pop(0)
    return " ".join(words)


#: The end of a body's name right before a run: a capitalised word ("Help", "Now!") or the "and" of "UK and Ireland".
_BODY_WORD_END = re.compile(r"(?:(?<![\w'\u2019-])(?P<word>[A-Z][\w'\u2019&-]*+)!?|\band|&)[^\S\n]*+$")


def without_country_first(run: str, before: str = "") -> str:
    """A run of three or more capitalised words without the country or nation that ends the
    body before the name: "Director of Stop It Now UK and Ireland Jo Roe" -> "Jo Roe". The
    country is cut only when a word of the body's name (a capitalised word that is no role, or
    the "and" of a list of countries) comes right before it in ``before``, the text before the
    run; a first name that is also a country stays ("Jordan Lee Brown", "India Rose Smith")."""
    words = run.split()
    if len(words) < 3:
        return run
    end = _BODY_WORD_END.search(before[-80:])
    if end is None or (end.group("word") is not None and end.group("word").lower() in single_roles()):
        return run
    found = place(words[0])
    return " ".join(words[1:]) if found is not None and found.kind in ("country", "nation") else run


@lru_cache(maxsize=4096)
def find_name(segment: str) -> Optional[tuple[str, Optional[str], int, int]]:
    """The person named in one segment: (name, rank or None, start, end), or None; the
    capitalised words of an owner's possessive before the name are left out ("The Harbour
    Trust's Kim Vale" is Kim Vale, of the Harbour Trust: see :func:`_named_in`).

    Kept per segment (a tuple of strings and offsets, read from word lists loaded once): the quote rules
    ask about the same segment again (about half of their 40-odd questions an article repeat one)."""
    found = _named_in(segment)
    if found is None or found[1] is not None:
        return found
    name, rank, start, end = found
    owner = _OWNER_IN_NAME.match(name)
    if owner is None or owner.end() >= len(name):
        return found
    rest = name[owner.end():]
    at = segment.find(rest, start)
    return (rest, rank, at, at + len(rest)) if " " in rest and at >= 0 else found


#: The capitalised words of an owner's possessive that open a run of names: "Harbour Trust's ".
_OWNER_IN_NAME = re.compile(r"(?:\S++\s++)*?\S+?['\u2019]s\s++")


def _named_in(segment: str) -> Optional[tuple[str, Optional[str], int, int]]:
    """The person named in one segment: (name, rank or None, start, end), or None.

    Capitalised words ending in a role ("Director of the helpline", "the Home
    Secretary") are a title, not a name; capitalised words after a preposition
    that follows a name ("Norma Patterson of Contact Youth") are a body, not
    the person ("a friend of Amy Nurse" is Amy Nurse).
    """
    pats = speaker_patterns()
    lex = lexicon()
    for m in pats["titled"].finditer(segment):
        name = clean_name(m.group("name"))
        if not name:
            continue
        title = re.sub(r"\s+", " ", m.group("title")).strip()
        honorific = title.rstrip(".") in lex.honorifics
        if not honorific and _role_words(name):
            continue  # "Lord Mayor": a title after a rank is no name ("Ms Head" is one)
        return name, (None if honorific else title), m.start(), m.end()
    m = pats["tail"].search(segment)
    if m and _GIVEN_NAME_BEFORE.search(segment[:m.start()]) and lex.find_org(segment[:m.start()].split()[-1]) is None \
            and segment[:m.start()].split()[-1].lower() not in single_roles() and m.group("name").split()[0].lower() not in single_roles() \
            and not pats["private"].fullmatch(segment[:m.start()].split()[-1]):
        m = None  # "Minna De Wit": the run's first word is the given name, not a title before the name
    if m and _ORIGIN_END.search(segment[:m.start()]) and pats["private"].search(" ".join(segment.split()[:4])):
        m = None  # "A woman from Co Antrim", "a caller in Market Harborough": where a private person is from, no name
    after_preposition = m is not None and bool(_PREPOSITION_END.search(segment[:m.start()])) and bool(pats["bare"].match(segment))
    if m and not after_preposition and _PREPOSITION_END.search(segment[:m.start()]) and _name_after_place(m):
        return _name_after_place(m)  # "Member for Bennelong John Alexander"
    body_after = m is not None and (m.group("name").split()[-1] in lex.cues["org_words"] and bool(
        _PREPOSITION_END.search(segment[:m.start()])) or _in_body_name(segment[:m.start()]))  # "of the X Program", "Department of Public Health"
    if m and lex.find_org(m.group("name")) is None and not after_preposition and not body_after:
        run = _without_role_words(m.group("name"))
        name = clean_name(without_country_first(run, segment[:m.end("name") - len(run)]))
        if name and " " in name and not _role_words(name, segment[:m.start("name")]):
            return name, None, m.end() - len(name), m.end()
    tail = m if after_preposition else None
    if tail is not None and " " not in pats["bare"].match(segment).group("name") and _name_after_place(tail):
        return _name_after_place(tail)  # "Member for Kelso Tom Kerr": "Member" is no name
    m = pats["bare"].match(segment)
    if m and lex.find_org(m.group("name")) is None:
        name = clean_name(m.group("name"))
        if name and not pats["rank"].match(name) and not _role_words(name) and not pats["private"].fullmatch(name):
            return name, None, m.start(), m.end()  # "Abusers", "Callers": people, but no name
    return _name_after_place(tail) if tail is not None else None


def _in_body_name(before: str) -> bool:
    """Whether capitalised words after ``before`` go on a body's name: "Department of ", "Centre for the "."""
    m = re.search(r"\b([A-Z][\w'\u2019-]*+)\s++(?:of|for|on)(?:\s++the)?\s*+$", before)
    return m is not None and m.group(1) in lexicon().cues["org_words"]


def _name_after_place(m: re.Match[str]) -> Optional[tuple[str, Optional[str], int, int]]:
    """The name at the end of a run of three or more capitalised words after a title's
    preposition: "Member for Bennelong John Alexander" -> "John Alexander" (the place
    first); None when a word of the run belongs to a body ("of the Chicago Justice Center")."""
    tokens = m.group("name").split()
    words = lexicon().cues["org_words"]
    if len(tokens) < 3 or any(t in words for t in tokens[-2:]) or lexicon().find_org(" ".join(tokens[-2:])) is not None:
        return None  # "Chair of Board Margot Daly": a body's word may come first, not in the name
    name = clean_name(" ".join(tokens[-2:]))
    if not name or " " not in name or _role_words(name):
        return None
    return name, None, m.end() - len(name), m.end()
