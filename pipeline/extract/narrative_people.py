"""Who the narrative introduces: the people and bodies a paragraph without quotes names, learned into
the article's :class:`~pipeline.extract.name_book.NameBook` for the quotes after it.

:func:`learn_introduced` remembers the person a narrative paragraph names (with a role the paragraph before
held back, a pseudonym in quote marks, a title given by "She is the director of ..."), and makes them
the speaker of a later "she said" when the paragraph reports their speech ("Jane Roe said demand grew",
"According to Jane Roe, ...") or opens on them with a title when no one was met before; a body reporting
speech ("The Department of Health said its ...") is that speaker too. :func:`learn_after` and
:func:`learn_described` learn the title and body a sentence gives a person met before by a surname alone
('"...," said Jo Roe. Roe is the director of ...'); :func:`reported_by` finds the speaker of reported
speech before a quote in the same paragraph.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any, Optional

from pipeline.extract.attribution import PRONOUN_COPULA, SENTENCE_BREAK, mention
from pipeline.extract.whole_words import word_at
from pipeline.extract.quotemarks import DOUBLE, SINGLE
from pipeline.extract.pronoun_referents import co_subjects, reporter
from pipeline.extract.organisations import single_roles
from pipeline.extract.speakers import NAME_TOKEN, NameBook, Speaker, is_title, lexicon, parse_speaker
from pipeline.extract.speech import speech_patterns as _regexes, verb_alternation as _verbs
from pipeline.wordlists import alternation


@lru_cache(maxsize=1)
def _reporter_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    v = _verbs()
    kinds = alternation(tuple(lexicon().cues["anaphors"]), loose_spaces=True)
    return (re.compile(rf"(?:^|[.!?]\s++)(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.?\s++)?{NAME_TOKEN})\s++(?:{v})\b"),
            re.compile(rf"(?:^|[.!?,]\s++)(?P<who>(?i:the|its)\s++(?:[a-z-]++\s++)?(?i:{kinds}))\s++(?:{v})\b"))


def reported_by(pre: str, book: NameBook) -> Optional[str]:
    """The speaker of reported speech in the narrative before a quote in the same paragraph, who
    the quote after it belongs to: a surname of a person met before ("Roe says the rise is real."),
    or a body by its kind word ("the charity says that ..."). None otherwise."""
    surname, body = _reporter_patterns()
    for m in surname.finditer(pre):
        last = m.group("who").split()[-1]
        if any(p.name and p.name.split()[-1] == last for p in book.people):
            return m.group("who")
    m = body.search(pre)
    return m.group("who") if m else None


#: A one-word name in single quote marks, as papers print a pseudonym: "spokesman 'Mick' said".
_QUOTED_NAME = re.compile(r"(?<![\w'\u2018\u2019])['\u2018](?P<name>[A-Z][a-z]++)['\u2019](?![\w'\u2019])")


def _unquoted_names(paragraph: str) -> str:
    """The paragraph with the quote marks around one-word names left out ("spokesman Mick said")."""
    return _QUOTED_NAME.sub(lambda m: m.group("name"), paragraph)


#: Reported speech opened by its source: "According to Jo Roe, director of the line, ...".
_ACCORDING = re.compile(r"(?i:according)\s++to\s")


def learn_introduced(paragraph: str, book: NameBook, nlp: Any, orgs: list[str], told: dict[str, str], held: Optional[str] = None) -> None:
    """Remember the person a narrative paragraph introduces, for later surnames; ``held`` is a role
    the paragraph before ended on with no name (:mod:`held_roles`), theirs when they have none. A
    one-word name the paper sets in quote marks (a pseudonym: "spokesman 'Mick'") is learned with
    its role too, so a later "Mick said" has it."""
    paragraph_as_printed = paragraph
    paragraph = _unquoted_names(paragraph)  # "But spokesman 'Mick' said ...": the marks are the paper's, not a quote
    phrase = mention(paragraph, nlp)
    later = PRONOUN_COPULA.search(paragraph, paragraph.find(phrase) + len(phrase)) if phrase else None
    if later is not None:
        phrase = f"{phrase.rstrip(' ,')}, {later.group(1)}"  # "Jo Roe ... . She is the director of the line."
    speaker = parse_speaker(phrase, nlp=nlp, context_orgs=orgs, told=told) if phrase else None
    bare = speaker is not None and speaker.kind == "named" and bool(speaker.name) and paragraph.lstrip().startswith(speaker.name)
    if held and bare and not (speaker.title or speaker.role or speaker.org or speaker.official):  # "Caller Jo Roe" has a word of her own
        speaker = parse_speaker(f"{phrase.rstrip(' ,')}, {held}", nlp=nlp, context_orgs=orgs, told=told) or speaker
    # a one-word name is learned with the words that describe it: a pseudonym in quote marks ("spokesman 'Mick'"),
    # or a name opening the paragraph with its role ("Raj, one of the charity's advisers, said ...")
    described = speaker is not None and bool(speaker.title or speaker.role) and (
        _QUOTED_NAME.search(paragraph_as_printed or "") or bare)
    if speaker is not None and speaker.kind == "named" and speaker.name and (" " in speaker.name or described):
        known = book.learn(book.resolve(speaker))
        if re.search(rf"\b(?:{_verbs()})\b", paragraph[paragraph.find(phrase) + len(phrase):]) or _ACCORDING.match(phrase):
            book.last = known  # reported speech ("Jane Roe said demand grew", "According to Jane Roe, ..."): a later "she said" is hers
        elif paragraph.lstrip().startswith(phrase) and book.last is None and speaker.official and speaker.title \
                and co_subjects(paragraph, nlp) is None:  # "Dr Ian Cole and Dr Rob Lane visited ...": neither alone
            book.last = known  # "Det Sgt Ben Ash of X welcomed the figures. / He said:": the paragraph's subject, no one before
    said = reporter(paragraph, nlp)
    titled = _titled_reporter(paragraph, book) if said is None and phrase is None else None
    if titled is not None:
        book.last = titled  # "Health Minister Jo Roe and Chief Constable Sam Lee met staff. / The minister said ...": his
    if isinstance(said, Speaker):
        book.last = said  # "One caller, a mother of two, said she ...": a later "she said" is the caller's
    elif said is not None and said != phrase:  # "Mark Day presented the figures, and Jane Roe said ...": hers
        other = parse_speaker(said, nlp=nlp, context_orgs=orgs, told=told)
        other = book.resolve(other) if other is not None and other.kind == "named" else None
        if other is not None and other.name and " " in other.name:
            book.last = book.learn(other)
    if phrase:
        _learn_others(paragraph, paragraph.find(phrase) + len(phrase), book, nlp, orgs, told)
    body = _reporting_body(paragraph, nlp, orgs, told, book)
    if body is not None:
        book.last = body  # "The Department of Health said its strategy...": the quote after is the body's
        book.hold(body)  # "The manager of X says ...": the person the story names next may hold the role
        book.learn_unnamed(body)  # "A Department of Health spokesperson said ...": a later "the spokesperson added"


def _titled_reporter(paragraph: str, book: NameBook) -> Optional[Speaker]:
    """The person met before whose title holds the bare definite title that opens a paragraph of reported speech
    ("The minister said his department ..."), or None (:meth:`NameBook._by_title`)."""
    m = _definite_reporter().match(paragraph)
    if m is None:
        return None
    return book._by_title(Speaker(name=m.group("title").split()[-1].lower(), kind="anonymous", title=m.group("title"),
                                  role=None, org=None, official=True))


@lru_cache(maxsize=1)
def _definite_reporter() -> re.Pattern[str]:
    """"The minister said", "The chief constable added": "The", one or two lower-case words, a speech verb."""
    return re.compile(rf"[^\S\n]*+(?P<title>The(?:[^\S\n]++[a-z][\w-]*+){{1,2}}?)[^\S\n]++(?:{_verbs()})\b")


#: How many more people after its first a narrative paragraph is read for (each read costs the rest of it).
_MORE_PEOPLE = 3


def _learn_others(paragraph: str, start: int, book: NameBook, nlp: Any, orgs: list[str], told: dict[str, str]) -> None:
    """Remember the title and body of the other people a narrative paragraph names with one, from
    ``start`` on ("..., after he met its manager Steve Hart", "including practice lead Morag Bell",
    "the line's director, Jan Pike"), for a later "Mr Hart said"; a person met before keeps what they
    had, and whom a pronoun means does not change."""
    for _ in range(_MORE_PEOPLE):
        rest = paragraph[start:]
        found = mention(rest, nlp) if rest.strip() else None
        at = rest.find(found) if found else -1
        if at < 0:
            return
        title = _near_title(rest[:at]) if found[:1].isupper() else ""
        start += at + len(found)
        found = title + found  # "and Chief Constable Karen Reid" where the model's person is "Constable Karen Reid"
        other = parse_speaker(found, nlp=nlp, context_orgs=orgs, told=told)
        named_at = found.find(other.name) if other is not None and other.kind == "named" and other.name else -1
        if named_at > 0 and _near_title(found[:named_at]) != found[:named_at]:  # "... after meeting the line's director, Jan Pike"
            other = parse_speaker(_near_title(found[:named_at]) + found[named_at:], nlp=nlp, context_orgs=orgs, told=told)
        if other is not None and other.org and not _names_body(found, other.org):
            other = replace(other, org=None)  # "WASHINGTON (AP) ... with President Donald Trump": no body of his
        if other is not None and other.kind == "named" and other.name and " " in other.name \
                and (other.title or other.role or other.org) and not _a_name(other.title) and not _bare_title(other) \
                and not any(p.name == other.name for p in book.people):
            book.learn(other)


def _names_body(phrase: str, body: str) -> bool:
    """Whether a phrase about a person names the body it gives them, or points to one: a word of the body's
    name ("Apple CEO Tim Cook"), "its" or a possessive ("its manager Steve Hart", "the line's director")."""
    if re.search(r"(?<![\w-])its\s|['\u2019]s\s", phrase, re.I):
        return True
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'\u2019-]+", body) if len(w) > 2 and w[:1].isupper()}
    return any(w.lower() in words for w in re.findall(r"[A-Za-z][\w'\u2019-]+", phrase))


def _bare_title(person: Speaker) -> bool:
    """Whether a person is given only one capitalised title word and no body ("President Donald Trump",
    "Director Jo Roe" in passing): too little to say whom they speak for, so they are not learned from
    the middle of a narrative paragraph."""
    words = (person.title or "").split()
    return len(words) == 1 and words[0][:1].isupper() and not person.org


def _a_name(title: Optional[str]) -> bool:
    """Whether a title is only capitalised words that are no title: the next name of a list ("writers
    including Neil Gaiman, Jo Walton, ..."), not "Chief Constable"."""
    words = (title or "").split()
    return bool(words) and all(w[:1].isupper() for w in words) and not is_title(title)


#: Words a title right before a name may hold besides capitalised words and roles: "its new director".
_TITLE_WORDS = frozenset(("its", "the", "their", "our", "his", "her", "local", "new", "former", "senior", "deputy", "acting", "interim"))


#: Lower-case words that never modify a role: "with President", "including practice lead".
_NOT_MODIFIERS = frozenset(("of", "for", "at", "with", "to", "from", "in", "on", "by", "and", "or", "but", "as", "a", "an",
                            "including", "met", "meeting", "thanked", "who", "which", "that", "after", "before", "said"))


def _near_title(before: str) -> str:
    """The words right before a name that can be its title, read back from the name: capitalised words,
    possessives, roles, ``_TITLE_WORDS``, and one other lower-case word right before a lower-case role
    ("former probation officer"); "said the council would renew its grant after meeting the line's
    director, " -> "the line's director, "."""
    words = before.split(" ")
    keep = len(words)
    roles = single_roles()
    loose = 0  # a lower-case word that is no role was taken: "probation" of "former probation officer"
    for i in range(len(words) - 1, -1, -1):
        word = words[i].strip(",")
        if not word:
            keep = i
            continue
        bare = word.lower()
        if word[:1].isupper() or bare.endswith(("'s", "’s")) or bare in roles or bare in _TITLE_WORDS:
            loose = 0
        elif not loose and i + 1 < len(words) and words[i + 1].strip(",") in roles and bare not in _NOT_MODIFIERS:
            loose = 1  # "probation" of "former probation officer"; not "with" of "with President"
        else:
            break
        keep = i
    return " ".join(words[keep:])


def _reporting_body(paragraph: str, nlp: Any, orgs: list[str], told: dict[str, str],
                    book: Optional[NameBook] = None) -> Optional[Speaker]:
    """The unnamed speaker of reported speech that opens a paragraph: a body ("The Department
    said its...") or a role with a body ("A council spokeswoman said that..."), else None."""
    m = _regexes()["reported_subject"].match(paragraph)
    if m is None:
        return None
    speaker = parse_speaker(m.group("who"), nlp=nlp, context_orgs=orgs, told=told)
    if speaker is not None and speaker.kind == "anonymous" and book is not None:
        speaker = book.resolve(speaker)  # "The spokesperson said ...": the one met before
    return speaker if speaker is not None and speaker.kind in UNNAMED and speaker.org else None


#: Speakers given no name (ANNOTATION.md: ``speaker`` is null when unnamed): "a friend
#: replied:", "A Home Office spokesperson said:", "The charity said:". Title, role and org stay.
UNNAMED = ("anonymous", "org")


def learn_after(text: str, tail: tuple[int, int], book: NameBook, nlp: Any, orgs: list[str], told: dict[str, str]) -> None:
    """Remember who the sentences after a quote paragraph's attribution describe: '"...," said Jo
    Roe. Roe is the director of the Harbour Trust.' The sentence holding the attribution is left
    to it; a later sentence that names someone with a title is learned, and changes no one's turn."""
    for sentence in SENTENCE_BREAK.split(text[tail[0]:tail[1]].strip())[1:]:
        if not re.search(f"[{DOUBLE}]|(?<![\\w])[{SINGLE}]", sentence):  # a possessive's apostrophe is no quote mark
            learn_described(sentence, book, nlp, orgs, told)


def _full_names(fragment: str, book: NameBook) -> str:
    """The fragment with the first surname of a person met before written in full ("Roe, who
    founded ..." -> "Jo Roe, who founded ..."), so that a surname alone is read as a name."""
    for known in reversed(book.people):
        toks = known.name.split() if known.name else []
        if len(toks) < 2:
            continue
        start = word_at(fragment, toks[-1])
        if start is not None and not fragment[:start].rstrip().endswith(toks[-2]):
            return fragment[:start] + known.name + fragment[start + len(toks[-1]):]
    return fragment


def learn_described(fragment: str, book: NameBook, nlp: Any, orgs: list[str], told: dict[str, str]) -> None:
    """Remember the title and body a narrative fragment gives a person met before by a surname
    alone ("Roe, who founded the Harbour Trust in 2001, ..."); book.last stays as it is."""
    phrase = mention(_full_names(fragment, book), nlp)
    speaker = parse_speaker(phrase, nlp=nlp, context_orgs=orgs, told=told) if phrase else None
    if speaker is None or speaker.kind != "named" or not speaker.name or not (speaker.org or speaker.official):
        return
    known = book.resolve(speaker)
    if known.name and " " in known.name and any(same_name(known.name, p.name) for p in book.people if p.name):
        book.people.append(known)


def same_name(full: Optional[str], said: str) -> bool:
    """Whether a name in the book is the speaker's: the same name, or the speaker's one word its
    surname ('"...," Roe told WXYZ. Amy Roe is the clinical director of ...')."""
    return bool(full) and (full == said or " " not in said and " " in full and full.split()[-1] == said)
