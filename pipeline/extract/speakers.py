"""Who is speaking: a speaker phrase parsed into name, title, role and organisation.

An attribution such as ``Chief Constable Simon Bailey, the National Police
Chiefs' Council's lead on child protection`` is split at its commas; the segment
holding a name (after a rank from ``data/titles.txt``, an honorific, or a run of
capitalised words) gives the speaker, the other segments the description.
Which body a speaker speaks for (the word lists, known and unknown
organisations, kind words, police forces) is :mod:`pipeline.extract.organisations`,
whose public names are importable from here too.  A
:class:`NameBook` remembers the people met so far in an article, so that
"Mr Findlater" or "he" later resolve to the full name introduced earlier.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Optional

from pipeline.extract.organisations import (
    APOSTROPHES,
    DATA,
    Lexicon,
    anaphor_org,
    body_for_role,
    charity_for_role,
    force_for_rank,
    generic_org,
    government_for_office,
    lexicon,
    single_roles,
    told_kinds,
    unknown_org,
)
from pipeline.extract.body_in_title import (
    body_after_kind,
    body_segment,
    former_member,
    opens_clause,
    parent_body,
    parent_of_known,
    unit_alone,
    without_title_words,
)
from pipeline.extract.lead_in_outlets import with_outlet_comma
from pipeline.extract.kind_references import reference_owner, referenced_body, untold_since
from pipeline.extract.regions import place
from pipeline.extract.spokespeople import spokes_body
from pipeline.extract.titled_bodies import titled_body
from pipeline.extract.trailing_titles import without_trailing_modifiers
from pipeline.extract.unit_parents import body_of_initials, unit_parent

__all__ = [
    "AGE", "APOSTROPHES", "DATA", "NAME_RUN", "NAME_TOKEN", "RELATIVE", "Lexicon", "NameBook", "Speaker",
    "body_for_role", "charity_for_role", "clean_name", "find_name", "force_for_rank", "government_for_office", "is_lead_in", "is_title", "lexicon", "parse_speaker",
    "split_segments", "told_kinds", "without_country_first",
]

#: One capitalised name word ("Roe", "McDonald", "Smith-Jones", "O'Shea"). Atomic, with the inner-capital
#: form tried first: a word is matched one way only, so a run of them cannot backtrack into its words.
#: Latin letters with accents count ("Seán", "Åsa", "Müller"): upper and lower case of Latin-1.
_UP, _LOW = "A-Z\u00c0-\u00d6\u00d8-\u00de", "a-z\u00df-\u00f6\u00f8-\u00ff"
NAME_TOKEN = (rf"(?>[{_UP}]['\u2019][{_UP}][{_LOW}]+|[{_UP}](?:[{_LOW}]*[{_UP}][{_LOW}'\u2019]+|[{_LOW}'\u2019]+)|[{_UP}]')"
              rf"(?>-(?:[{_UP}][{_LOW}'\u2019]+|[{_LOW}]{{2,}}+))?")
RELATIVE = re.compile(r"^(?:who|whose|which|that|of|from|in|aged)\b", re.I)
AGE = re.compile(r"^(?:aged\s+)?\d{1,3}$")
#: "whose organisation runs the hotline": a relative clause saying the speaker's body does the work.
_BODY_CLAUSE = re.compile(r"whose\s++(?:organi[sz]ation|charity|group|team|service|agency|company)\b", re.I)
#: "whose son", "whose daughter's": a relative clause whose subject is the speaker's relative.
_WHOSE_PRIVATE = re.compile(r"whose\s++[\w-]++", re.IGNORECASE)
_PREPOSITION_END = re.compile(r"\b(?:of|from|at|for|with|in|to|by|on)(?:\s++the)?$", re.I)
#: A body's name cut by its commas: "Department for Work" + "Skills and Pensions spokesperson".
_NAME_LIST_END = re.compile(r"(?:\b(?:for|of|and|&)\s+|,\s)[A-Z][\w'\u2019-]*$")
_NAME_LIST_ITEM = re.compile(r"[A-Z][\w'\u2019-]*")
_NAME_LIST_NEXT = re.compile(r"[A-Z][\w'\u2019-]*\s+(?:and|&)\s+[A-Z]")
#: A plain capitalised word (no possessive) as the whole of what stands before a name run: a given name.
_GIVEN_NAME_BEFORE = re.compile(r"^\s*+[A-Z][a-z]++$")
#: What a place before it makes a local part of a body named elsewhere: "the Barrow branch", "its Leeds centre".
_BRANCH_WORDS = "branch|office|centre|center|group"


@lru_cache(maxsize=256)
def _branch_after(org: str) -> re.Pattern[str]:
    """``org`` then a word of :data:`_BRANCH_WORDS` ("the Barrow branch"), compiled once per body: one
    pattern a body, through ``re``'s own cache, pushed out the fixed patterns it keeps."""
    return re.compile(rf"(?<![\w]){re.escape(org)}\s++(?:{_BRANCH_WORDS})\b")
#: A lower-case particle inside a name, before its capitalised last words: "Helena de Fontenay", "Jan van der Berg".
_PARTICLE = r"(?:de|del|della|van|von|der|den|ter|da|di|du|le|la|bin|ibn)(?=\s++[A-Z])"
#: A name: at most six words, so that a Title Case headline costs a bounded search at each word.
NAME_RUN = rf"{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|[A-Z]\.?(?=\s)|{_PARTICLE})){{0,5}}"


@dataclass
class Speaker:
    """A parsed speaker phrase; ``kind`` is named, pronoun, anonymous or org."""

    name: Optional[str]
    kind: str = "named"
    title: Optional[str] = None
    role: Optional[str] = None
    org: Optional[str] = None
    official: bool = False


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    prefix = _alternation(lex.ranks + lex.honorifics)
    return {
        # initials may open the name after a title: "Dr. K. Rama Reddy", "Fr. J. M. Thomas"
        "titled": re.compile(rf"(?<![\w])(?P<title>(?:(?:{prefix})\.?\s++){{1,6}})(?P<name>(?:[A-Z]\.\s++){{0,3}}{NAME_RUN})"),
        "tail": re.compile(rf"(?<=[A-Za-z!])\s+(?P<name>{NAME_RUN})$"),
        "bare": re.compile(rf"^(?P<name>{NAME_RUN})(?=$|\s+(?:from|of|at|for|with|in)\s|\s*\()"),
        "role": re.compile(rf"(?<![\w])(?:{_alternation(lex.roles)})(?![\w])", re.IGNORECASE),
        "private": re.compile(rf"(?<![\w])(?:{_alternation(lex.private)})s?(?![\w])", re.IGNORECASE),
        "rank": re.compile(rf"^(?:{_alternation(lex.ranks)})\.?$"),
        # a reporting clause set off by commas inside someone else's phrase: "Abusers, Jo Roe says, will call"
        "aside": re.compile(rf"(?:{NAME_RUN}|she|he|they)\s++(?:{_alternation(lex.verbs)})"),
        "rank_end": re.compile(rf"(?<![\w])(?:{prefix})\.?$"),
        # a kind word's possessive pointing back to a body: "the Council's", "the charity’s"
        "kind_possessive": re.compile(rf"\b(?:the|its)\s++(?:{_alternation(tuple(lex.cues['anaphors']))})['\u2019]s\b", re.IGNORECASE),
    }


def is_title(words: str) -> bool:
    """Whether words written before a name are its title: they hold a role or end in a rank.

    "Director of the Stop it Now! Helpline", "The force's lead for safeguarding",
    "Chief Constable" and "Helpline director" are; "Speaking to the Post" is not.
    """
    words = words.strip(" ,")
    return bool(_patterns()["role"].search(words) or _patterns()["rank_end"].search(words))


#: A title set after a name and closing its sentence: ", the director of services for Connex Ontario.".
_CLOSING_APPOSITIVE = re.compile(r",\s*+(?P<title>[^,.;:!?\"\u201c\u201d]{2,120}?)(?=\.(?:\s|$)|$)")

#: A title stated with "is" after a name, with or without an article: "Jo Roe is Outreach Director at FirstLink".
_COPULA_TITLE = re.compile(r"\s++(?:is|was|has\s++been)\s++(?P<title>(?:the\s++|an?\s++)?[A-Za-z][^,.;:!?\"\u201c\u201d]{2,120})")


def closing_title(rest: str) -> int:
    """The length of a title that follows a name up to the end of its sentence (", the director of
    services for Connex Ontario."), or 0: only words that hold a role ("director", "researcher")."""
    m = _CLOSING_APPOSITIVE.match(rest)
    return m.end("title") if m and is_title(m.group("title")) and not m.group("title").lstrip().startswith(("who", "which")) else 0


def copula_title(rest: str) -> Optional[str]:
    """The title a narrative gives with "is" right after a name ("Jo Roe is Outreach Director at
    FirstLink", "... is the principal investigator at the centre"), when it holds a role."""
    m = _COPULA_TITLE.match(rest)
    return m.group("title") if m and is_title(m.group("title")) else None


def split_segments(phrase: str) -> list[str]:
    """``phrase`` cut at commas and parentheses, each piece stripped.

    The commas of a body's name are kept: "A Department for Work, Skills and
    Pensions spokesperson" is one segment, since the piece after the comma
    continues a list of capitalised words that ends in "and Pensions".
    """
    parts = [p.strip(" .:;") for p in re.split(r"(?:(?<!\s)\s++)?[,()]\s*+|(?<!\s)\s++[\u2013\u2014-]\s++", phrase)]
    parts = [p for p in parts if p]
    out: list[str] = []
    for i, part in enumerate(parts):
        # "Culture" in "Department for Digital, Culture, Media and Sport": one more item of the list
        item = _NAME_LIST_ITEM.fullmatch(part) is not None and i + 1 < len(parts) and (
            _NAME_LIST_NEXT.match(parts[i + 1]) is not None or _NAME_LIST_ITEM.fullmatch(parts[i + 1]) is not None)
        if out and _NAME_LIST_END.search(out[-1][-60:]) and (_NAME_LIST_NEXT.match(part) or item):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def is_lead_in(segment: str) -> bool:
    """A clause that opens a sentence before the speaker: "Speaking to the Post", "Announcing the funding"."""
    words = segment.split()
    first = words[0]
    # "Speaking to the Post" opens a clause; "Gambling Helpline", "Reading Council" are names
    named = len(words) > 1 and words[1][:1].isupper()
    return first.lower() in lexicon().cues["lead_ins"] or (
        first[:1].isupper() and first.endswith("ing") and len(first) > 5 and not named)


def _relative_role(segment: str) -> str:
    """A relative clause as a role: "who directs the helpline" -> "director of the helpline"."""
    m = re.match(r"who\s+(\w+)\s+(.+)$", segment, re.I)
    if not m:
        return segment
    verbs = lexicon().cues.get("relative_roles", {})
    if m.group(1).lower() in verbs:
        return f"{verbs[m.group(1).lower()]} {m.group(2)}".strip()
    return segment


def clean_name(name: str) -> Optional[str]:
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
    if _patterns()["rank"].match(name) or _patterns()["role"].fullmatch(name):
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


def find_name(segment: str) -> Optional[tuple[str, Optional[str], int, int]]:
    """The person named in one segment: (name, rank or None, start, end), or None; the
    capitalised words of an owner's possessive before the name are left out ("The Harbour
    Trust's Kim Vale" is Kim Vale, of the Harbour Trust: see :func:`_named_in`)."""
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
    pats = _patterns()
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


def _cut(description: str) -> str:
    words = description.split()
    for i, w in enumerate(words):
        if i > 0 and w.lower().strip(",.") in lexicon().cues["cut_before"]:
            words = words[:i]
            break
    return " ".join(words).strip(" ,.;:")


def _without_org(description: str, span: Optional[tuple[str, int, int]]) -> Optional[str]:
    if span is None:
        return description or None
    _, s, e = span
    before, after = description[:s], description[e:]
    after = re.sub(r"^['\u2019]s?\b", "", after)
    before = re.sub(r"(?<!\s)(?:\s++(?:of|for|at|from|with|in))?(?:\s++the)?\s*+$", "", " " + before.rstrip(), flags=re.I)
    if not before.strip():
        before = ""
    role = (before.strip() + " " + after.strip()).strip(" ,.;:'\u2019")
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I)
    return role or None


def _whole_shaped_body(segment: str) -> bool:
    """Whether a segment is all one body's name found by its shape ("Harbour Trust", "The Dunmore Police")."""
    shaped = lexicon().find_named_orgs(segment)
    return len(shaped) == 1 and re.fullmatch(rf"(?:the\s+)?{re.escape(shaped[0][1])}", segment.strip(), re.I) is not None


def parse_speaker(phrase: str, *, nlp: Any = None, context_orgs: Optional[list[str]] = None,
                  told: Optional[dict[str, str]] = None) -> Optional[Speaker]:
    """Parse a speaker phrase (the words around a speech verb) into a :class:`Speaker`.

    ``context_orgs`` are the organisations the article named before, oldest
    first, so that "the charity's director" finds its charity; ``told`` maps a kind
    word to the body the text last called by it ("project" -> "Stop It Now!").  Returns None
    when the phrase names nobody (no name, pronoun, organisation or
    descriptive noun phrase).
    """
    context_orgs = context_orgs or []
    lex = lexicon()
    cues = lex.cues
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,:;.\u2013\u2014-")
    phrase = re.sub(r"^(?:and|but|however|also|meanwhile|so|now)\b,?\s*", "", phrase, flags=re.I)
    phrase = re.sub(r"^according\s+to\s+", "", phrase, flags=re.I)  # "according to director Jo Roe, 300 people call"
    phrase = with_outlet_comma(phrase)  # "Speaking to The Harbour Echo Paul said:": the outlet is the clause's
    if not phrase:
        return None
    if phrase in cues["pronouns"]:
        return Speaker(name=None, kind="pronoun", title=cues["pronouns"][phrase])
    segments = [_relative_role(seg) for seg in split_segments(phrase)]
    offices = [_post_nominal(seg) for seg in segments]
    segments = [seg for seg, _ in offices if seg]
    office = next((o for _, o in offices if o), None)
    if len(segments) > 1 and any(_patterns()["aside"].fullmatch(seg) for seg in segments[1:]):
        segments = [segments[0]] + [seg for seg in segments[1:] if not _patterns()["aside"].fullmatch(seg)]  # "Abusers, Jo says, call"
    while len(segments) > 1 and is_lead_in(segments[0]) and (
            not find_name(segments[0]) or any(find_name(seg) or seg in cues["pronouns"] for seg in segments[1:])):
        segments.pop(0)
    if len(segments) == 1 and segments[0] in cues["pronouns"]:
        return Speaker(name=None, kind="pronoun", title=cues["pronouns"][segments[0]])
    named = None
    for i, seg in enumerate(segments):
        found = find_name(seg)
        spoken = spokes_body(seg)
        if found and spoken and spoken[1] <= found[2] < spoken[2]:
            continue  # "A spokesman for Gambler's Help": the words after the spokes-word are a body
        inside = lex.find_org(seg)
        if found and inside and found[0] in seg[inside[1]:inside[2]]:
            continue  # "A Devon and Cornwall Police spokesperson": a place in an organisation's name is no person
        if found and _whole_shaped_body(seg):
            continue  # "In a statement, Harbour Trust said": a body no list knows, by its shape, is no person
        if found and _title_before_name(found[0], segments[i + 1:], seg[:found[2]]):
            continue  # "Regional Director for Wales, Jo Roe": the capitalised title is no name
        if found:
            named = (i, *found)
            break
    if named is None and nlp is not None:
        joined = ", ".join(segments)
        inside = lex.find_org(joined)
        people = [e for e in nlp(joined).ents if e.label_ == "PERSON" and e.text[:1].isupper()
                  and not before_title_role(joined, e.end_char)  # "Volunteer Support Officer Jane Pike"
                  and not re.search(r"\b(?:from|in|of|at|near)\s*$", joined[:e.start_char], re.I)
                  and not (inside and e.start_char < inside[2] and inside[1] < e.end_char)]
        spoken = spokes_body(joined)
        if spoken:
            people = [e for e in people if not spoken[1] <= e.start_char < spoken[2]]
        for i, seg in enumerate(segments):
            if people and people[0].text in seg:
                named = (i, people[0].text, None, seg.index(people[0].text), seg.index(people[0].text) + len(people[0].text))
                break
    descriptions = []
    rank = None
    name = None
    if named is not None:
        i, name, rank, s, e = named
        rest = segments[i][e:].strip()
        before = segments[i][:s].strip()
        descriptions = [d for d in [before, rest] + segments[:i] + segments[i + 1:] if d and not AGE.match(d)]
    else:
        descriptions = segments
    titled = [d for d in descriptions if not RELATIVE.match(d)]
    for_body = [d for d in descriptions if _BODY_CLAUSE.match(d)]
    description = _cut(titled[0]) if titled else (for_body[0] if for_body else "")
    org_span = lex.find_org(", ".join(descriptions)) if descriptions else None
    org = org_span[0] if org_span else None
    if org is not None:
        org = _fuller_before(org, context_orgs)
        org = parent_of_known(", ".join(descriptions), org) or org  # "the Stop It Now project at the University Forensic Centre"
    if org is None and descriptions:
        joined = ", ".join(descriptions)
        org = _department(_spelt_out(unknown_org(joined, nlp), context_orgs), context_orgs)
        org = None if unit_alone(org) else without_title_words(org)  # "Regional Programme Manager", "Board": no body
        titled = titled_body(joined)  # "Console chief executive", "CEO of MOVE Ireland": the body the title names
        if titled is not None and (org is None or not 0 <= joined.find(org) < joined.find(titled)):
            org = _spelt_out(titled, context_orgs)
        org = None if unit_alone(org) else org  # "Board chair": the titled "Board" is no body either
        segment = body_segment(descriptions)  # "Jo Roe, north west coordinator, Safe Start Ireland"
        org = segment if segment and (org is None or org in descriptions) else org  # "..., Crisis Services, Harbour Health"
        org = body_after_kind(joined) or org  # "the CEO of Bayside support service The Harbour Project"
        org = parent_body(joined, org) or org  # "head of the Centre for Gambling Research at the University of Eastbury"
        org = unit_parent(joined, org) or org  # "head of Crisis Services for the Division of Public Safety"
        org = body_of_initials(org, context_orgs) or org  # "a HGS Call Centre Manager": the body HGS stands for
        if org is not None and generic_org(org):
            org = None  # "Helpline director", "Project manager": the body is the one named before
        if org is not None and _patterns()["kind_possessive"].search(joined):
            org = anaphor_org(joined, context_orgs, told) or org  # "Chair of the Council's Communications Committee"
        if org is not None and org in joined and _branch_after(org).search(joined):
            org = anaphor_org(description or joined, context_orgs, told) or org  # "the Barrow branch": the charity's
    spoken = spokes_body(", ".join(descriptions)) if descriptions else None
    if spoken and (org is None or org in spoken[0]):
        org = spoken[0]  # "a spokesman for Gambler's Help": the whole run, not the model's "Gambler"
    first_span = lex.find_org(description) if description else None
    if first_span is None and org and org in description:
        first_span = (org, description.index(org), description.index(org) + len(org))
    if org is None and rank and lex.find_org(rank):
        org = lex.find_org(rank)[0]  # "Home Secretary Priya Shah" speaks for the Home Office
    if org is None and descriptions:
        org = anaphor_org(description or ", ".join(descriptions), context_orgs, told)
    if descriptions and (org is None or place(org) is not None or org == reference_owner(", ".join(descriptions))) \
            and _patterns()["role"].search(", ".join(descriptions)):  # a role, not "who first rang the line"
        org = referenced_body(", ".join(descriptions), context_orgs, told) or org  # "assistant director of the group"
    if descriptions:
        org = untold_since(", ".join(descriptions), context_orgs, told, org)  # "Harbour Trust now runs a crisis centre"
    org = without_trailing_modifiers(org, ", ".join(descriptions))  # "Cedar Line Regional Manager": the Cedar Line
    role = _without_org(description, first_span) if description else None
    plain = description.replace(spoken[0], "") if spoken else description  # "Gambler's Help" is a body's name
    private = bool(description) and bool(_patterns()["private"].search(" ".join(plain.split()[:4])))
    # "Jo Roe, whose son called the line": a relative of someone who called is a private person
    private = private or any(_WHOSE_PRIVATE.match(d) and _patterns()["private"].fullmatch(d.split()[1]) for d in descriptions)
    if private and not rank:
        org = None  # "a former offender who sought help via the Stop It Now! helpline" speaks for no body
    if org is not None and former_member(description, org):
        org = None  # "a former Navy diver": a force or service the speaker has left is no body they speak for
    official_role = bool(description) and bool(_patterns()["role"].search(description))
    if named is None and description and _document_words(description):
        org = org or (context_orgs[-1] if context_orgs else None)  # "The report said:": the words of the body behind it
        return Speaker(name=_head_noun(description), kind="anonymous", title=description, role=None, org=org, official=bool(org))
    if named is None:
        if not description:
            return None
        first = description.split()[0].lower()
        plural = _patterns()["private"].fullmatch(first) is not None  # "Abusers, she says, call and say:"
        if org is None and ((first not in cues["anonymous_starts"] and not plural) or not (private or official_role)):
            return None
        bare_anaphor = re.fullmatch(r"(?:the|its)\s+\w+", description, re.I) is not None
        kind = "org" if org and not private and not official_role and (bare_anaphor or first_span and first_span[1] <= 4) else "anonymous"
        return Speaker(name=org if kind == "org" else _head_noun(description), kind=kind,
                       title=description if kind != "org" else None,
                       role=None if kind == "org" else role, org=org, official=(not private) and bool(org or official_role))
    title = rank or description or office or None
    org = _without_speaker(org, name, rank, description)
    official = (not private) and bool(rank or org or official_role or for_body or office)
    if org is not None and org not in lex.org_kinds:
        org = re.sub(r"['\u2019]s$", "", org)  # "the Harbour Trust's helpline team": the body, not its possessive
    return Speaker(name=name, kind="named", title=title, role=role, org=org, official=official)


def _without_speaker(org: Optional[str], name: Optional[str], rank: Optional[str], description: str) -> Optional[str]:
    """The body without the words that are the speaker's own: a name the body's capitalised run
    went on into ("Project manager for the Office of Gambling Dana Wick" -> "Office of Gambling"),
    and a minister's portfolio, which is no body ("Health Minister Jo Roe", "Social Services")."""
    if org and name and org.endswith(" " + name):
        org = org[:-len(name)].strip() or None
    if org and rank and rank.lower() == "minister" and org == description.strip():
        org = None
    return org


def _title_before_name(found: str, later: list[str], before: str = "") -> bool:
    """Whether capitalised words found as a name end in a role word ("Regional Director",
    "Programme Manager"), or end a title's list after its "for" or "of" and an "and" (``before``, the words
    before them in their segment: "The Minister for Justice and" + "Law Reform"), while a later segment of
    the phrase names a person whose name does not: the first is the title set before the name ("Regional
    Director for Wales, Jo Roe", "The Minister for Health and Social Care, Jo Roe")."""
    ends_list = before.rstrip().lower().endswith(" and") and re.search(r"\b(?:for|of)\b", before, re.I) is not None
    if found.split()[-1].lower() not in single_roles() and not ends_list:
        return False
    for seg in later:
        person = find_name(seg)
        # a full name, or a surname after an honorific ("Mr Doyle": the span holds both)
        if person is not None and " " in seg[person[2]:person[3]] and person[0].split()[-1].lower() not in single_roles():
            return True
    return False


@lru_cache(maxsize=1)
def _post_nominal_pattern() -> re.Pattern[str]:
    cues = lexicon().cues
    words = _alternation(tuple(cues.get("post_nominal_offices", [])) + tuple(cues.get("post_nominal_honours", [])))
    return re.compile(rf"(?<=[a-z'\u2019])(?:\s++(?:{words})(?![\w]))++$")


def _post_nominal(segment: str) -> tuple[str, Optional[str]]:
    """A segment without the letters after a name, and the office they name, if any:
    "John Alexander MP" -> ("John Alexander", "MP"); "Jo Roe OBE" -> ("Jo Roe", None)."""
    offices = set(lexicon().cues.get("post_nominal_offices", []))
    if _post_nominal_pattern().fullmatch("x " + segment, 1) is not None:  # "Jo Roe, LCSW, director": letters alone
        return "", next((w for w in segment.split() if w in offices), None)
    m = _post_nominal_pattern().search(segment)
    if m is None or not any(ch.isupper() for ch in segment[:m.start()]):
        return segment, None  # "the MP", "the local MP": a title alone, with no name before it
    office = next((w for w in m.group().split() if w in offices), None)
    return segment[:m.start()], office


#: A body's initials, maybe as a possessive before a part of it: "BCT", "DPH's Office of Problem Gambling".
_INITIALS = re.compile(r"(?P<initials>[A-Z]{2,6})(?:['\u2019]s\s.*)?")


def _spelt_out(org: Optional[str], context_orgs: list[str]) -> Optional[str]:
    """A body found by its initials as the body named before whose words they are the initials of
    ("the BCT's treatment manager" after "the Beacon Counselling Trust"); the body, not its part
    ("DPH's Office of ..." after "the Department of Public Health"); else ``org``."""
    m = _INITIALS.fullmatch(org or "")
    if m is None:
        return org
    initials = m.group("initials")
    for name in reversed(context_orgs):
        words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", name) if w[0].isupper()]
        if "".join(w[0] for w in words) == initials:
            return name
    return org


#: Government offices whose capitalised words before them name the department: "Health and Human Services Secretary".
_OFFICE_END = re.compile(r"(?<=[a-z])\s++(?:Secretary|Minister)$")


def _without_trailing_office(org: Optional[str]) -> Optional[str]:
    """A body found by its shape without the office written after it: "Health and Human Services
    Secretary" -> "Health and Human Services"; other names as they are."""
    if org is None:
        return None
    m = _OFFICE_END.search(org)
    return org[:m.start()] if m and len(org[:m.start()].split()) >= 2 else org


def _department(org: Optional[str], context_orgs: list[str]) -> Optional[str]:
    """A body found by its shape as the fuller name the article gave it before: "Health and Human
    Services" (of a Secretary's title) -> "US Department of Health and Human Services"."""
    trimmed = _without_trailing_office(org)
    return _fuller_before(trimmed, context_orgs) if trimmed and trimmed != org else org


def _fuller_before(org: str, context_orgs: list[str]) -> str:
    """The body named before whose fuller name ends with ``org``'s: "Lifeline" after "Valleys
    Lifeline" is Valleys Lifeline; else ``org``."""
    return next((n for n in reversed(context_orgs) if n != org and n.endswith(" " + org) and not opens_clause(n)), org)


@lru_cache(maxsize=1)
def _document_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(lexicon().cues.get("document_nouns", []), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:the|its|their|this|a|an)\s++(?:[\w'\u2019-]++\s++){{0,3}}?(?:{nouns})(?:\s++(?:from|by|of)\s++\S.*)?",
                      re.IGNORECASE)


def _document_words(description: str) -> bool:
    """Whether a speaker phrase is a document, not a person: "The report", "its website", "the
    charity's annual review", "a statement from the trust" (``document_nouns`` of ``speaker_cues.json``)."""
    return _document_pattern().fullmatch(description.strip()) is not None


def _head_noun(description: str) -> str:
    """The person an unnamed speaker is: "A spokesperson for the charity" -> "spokesperson", "One caller" -> "caller"."""
    person = _patterns()["role"].search(description) or _patterns()["private"].search(description)
    if person:
        return person.group() if person.group().isupper() else person.group().lower()
    core = re.split(r"(?<!\s)\s++(?:for|from|of|at|with|who|in|on|to)\s++|,", description, maxsplit=1)[0]
    words = core.split()
    return words[-1].strip(".,;:'\u2019") if words else description


def _misspelt(tokens: list[str], known: list[str]) -> bool:
    """A lone surname one letter off a known person's ("Malin said" after "Michelle Malkin"): the
    same person misspelt, when both are long enough for a slip to be no other name."""
    if len(tokens) != 1 or len(known) < 2:
        return False
    a, b = tokens[0], known[-1]
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or a[0] != b[0] or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _family_name_before_given(tokens: list[str], known: list[str]) -> bool:
    """Whether a one-word name is the family name of a full name written family name first and a
    hyphenated given name last ("Wong" of "Robert Wong Yao-wing", as Hong Kong papers write them)."""
    return len(tokens) == 1 and len(known) >= 3 and "-" in known[-1] and tokens[0] == known[-2]


def _same_surname(tokens: list[str], known: list[str]) -> bool:
    """Whether a surname with a particle is a known person's, the particle capitalised at the
    start of a sentence: "De Fontenay said" after "Helena de Fontenay", "Van der Berg" after
    "Jo van der Berg"."""
    return 1 < len(tokens) < len(known) and [t.lower() for t in known[-len(tokens):]] == [t.lower() for t in tokens] \
        and known[-len(tokens)][:1].islower()


#: "The Lord Mayor", "the chief executive": a title alone, pointing back to the person who holds it.
_DEFINITE_TITLE = re.compile(r"(?:the|The)\s++(?P<title>[^,;:]{2,60})")


class NameBook:
    """The people met so far in one article, to resolve surnames and pronouns."""

    def __init__(self) -> None:
        self.people: list[Speaker] = []
        self.unnamed: list[Speaker] = []
        self.last: Optional[Speaker] = None
        self.pending: Optional[Speaker] = None

    def learn_unnamed(self, speaker: Speaker) -> None:
        """Remember an unnamed speaker with a body ("a spokesperson for the Victorian Government"),
        for a later "The spokesperson said"."""
        if speaker.kind == "anonymous" and speaker.org:
            self.unnamed.append(speaker)

    def _same_unnamed(self, speaker: Speaker) -> Optional[Speaker]:
        """The unnamed speaker met last whom a definite description with no body points back to:
        "The spokesperson" after "a spokesperson for the Victorian Government"."""
        if speaker.org or not re.match(r"(?:the|The)\s", speaker.title or ""):
            return None
        return next((u for u in reversed(self.unnamed) if u.name == speaker.name), None)

    def hold(self, speaker: Speaker) -> None:
        """Keep the unnamed holder of a role the story names before the person ("The manager of the
        Harbour Gambling Program says ..."), for the next person it names with no title of their own."""
        if speaker.kind == "anonymous" and speaker.org and speaker.official and re.match(r"The\s", speaker.title or ""):
            self.pending = speaker

    def learn(self, speaker: Speaker) -> Speaker:
        """Remember a named speaker (full names only grow the book); the speaker as remembered.

        The first person named after a role held back (:meth:`hold`) with no title, role or
        body of their own holds it: "The manager of the Harbour Gambling Program says only a
        few get help. / Jo Roe gave a report to the board." makes Jo Roe that manager.
        """
        if speaker.kind != "named" or not speaker.name:
            return speaker
        held, self.pending = self.pending, None
        if held is not None and not (speaker.title or speaker.role or speaker.org) \
                and not any(p.name == speaker.name for p in self.people):
            speaker = replace(speaker, title=held.title, role=held.role, org=held.org, official=held.official)
        self.people.append(speaker)
        return speaker

    def _by_title(self, speaker: Speaker) -> Optional[Speaker]:
        """The person met last whose title or role holds the words of a bare definite title:
        "The Lord Mayor said" after "The Lord Mayor of Belfast, Councillor Jo Roe, ..."."""
        m = _DEFINITE_TITLE.fullmatch((speaker.title or "").strip())
        if m is None or not _patterns()["role"].search(m.group("title")):
            return None
        words = re.compile(rf"(?<![\w]){re.escape(' '.join(m.group('title').split()))}(?![\w])", re.IGNORECASE)
        for known in reversed(self.people):
            if words.search(" ".join(filter(None, (known.title, known.role)))):
                return known
        return None

    def resolve(self, speaker: Speaker) -> Speaker:
        """The speaker with its full name and, when missing, title and org from earlier."""
        if speaker.kind == "pronoun":
            if self.last is not None and self.last.kind in ("anonymous", "org"):
                return self.last  # "A spokeswoman said that...": "she said" is still unnamed
            return replace(self.last, kind="pronoun") if self.last else speaker
        if speaker.kind == "anonymous":
            return self._by_title(speaker) or self._same_unnamed(speaker) or speaker
        if speaker.kind != "named" or not speaker.name:
            return speaker
        tokens = speaker.name.split()
        for known in reversed(self.people):
            ktoks = known.name.split() if known.name else []
            if not ktoks:
                continue
            same = ktoks == tokens
            partial = len(tokens) == 1 and len(ktoks) > 1 and tokens[0] in (ktoks[0], ktoks[-1]) or (
                1 < len(tokens) < len(ktoks) and ktoks[-len(tokens):] == tokens) or _same_surname(tokens, ktoks) \
                or _family_name_before_given(tokens, ktoks)  # "Ms De Boeck": Minne De Boeck; "Wong": Robert Wong Yao-wing
            if same or partial:
                return Speaker(
                    name=known.name, kind="named", title=speaker.title or known.title,
                    role=speaker.role or known.role, org=speaker.org or known.org,
                    official=speaker.official or known.official,
                )
        slip = next((k for k in reversed(self.people) if k.name and _misspelt(tokens, k.name.split())), None)
        if slip is not None:  # "Malin said" after "Michelle Malkin": no one else of that name
            return replace(slip, title=speaker.title or slip.title, role=speaker.role or slip.role,
                           org=speaker.org or slip.org, official=speaker.official or slip.official)
        return speaker
