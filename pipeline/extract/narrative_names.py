"""Where a fragment of narrative names its first person: the name a speaker phrase is built around.

:func:`first_named` reads the model's people (``nlp``), leaving out those that are a place, a seat, a
unit, a body, an outlet in a lead-in clause or a one-word description ("Former Armagh GAA star Jo
Roe", "Skye and Lochaber MSP Jo Roe", "Speaking on Harbour FM's Morning Show": :mod:`model_people`), then falls back on
the rules: a one-word name opening the fragment ("Ellie, 19, from Bradford,"), a pseudonym ("who we
are calling Tom"), a name in a segment, a run of capitalised words before a verb or after a role in
lower case ("York's new director Sandra Harper"). Used by :func:`pipeline.extract.attribution.mention`,
which builds the phrase around the name with :mod:`pipeline.extract.name_phrases`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

from pipeline.extract.model_people import lead_in_object, model_names
from pipeline.extract.organisations import single_roles, unknown_org
from pipeline.extract.regions import place
from pipeline.extract.speakers import NAME_RUN, clean_name, find_name, is_lead_in, is_title, lexicon, without_country_first
from pipeline.extract.speech import speech_patterns as _regexes, verb_alternation as _verbs
from pipeline.wordlists import alternation

#: Where someone is from, right before capitalised words: "A caller in ", "a man from ".
_FROM_BEFORE = re.compile(r"\b(?:from|in|near)\s*+$", re.I)


@lru_cache(maxsize=1)
def _one_name_opening_pattern() -> re.Pattern[str]:
    """A one-word name opening a paragraph, maybe in quote marks as a paper prints a pseudonym, set off by an age, a
    relative clause, "one of", where they are from, or an appositive describing a person ("a volunteer listener", "a
    34-year-old chef": an age or a word of a person within four words): "Ellie, 19, from Bradford,", "Hugh, who has
    volunteered ...", "Raj, one of the charity's advisers,", "Megan, from near Ely,", '"Rhys", a 34-year-old ...'."""
    person = alternation(tuple(w for w in lexicon().private if w.islower()) + tuple(sorted(single_roles())), loose_spaces=True)
    return re.compile(r"[^\S\n]*+[\"\u201c]?(?P<name>[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]++)[\"\u201d]?"
                      r"(?=,[^\S\n]++(?:(?:aged[^\S\n]++)?\d{1,3},|who[^\S\n]|whose[^\S\n]"
                      r"|one[^\S\n]++of[^\S\n]|from[^\S\n]++(?:near[^\S\n]++)?[A-Z]"
                      rf"|(?P<person>an?[^\S\n]++(?:[\w'\u2019-]++[^\S\n]++){{0,3}}?(?:\d{{1,3}}-year-old|(?i:{person})s?)(?![\w-]))))")


def _one_name_opening(fragment: str) -> Optional[tuple[int, int]]:
    """Where a one-word name opening the fragment is (:func:`_one_name_opening_pattern`); not a body or a word of
    the lists ("Samaritans, who ..."), nor a place unless an appositive describes a person ("Leeds, whose ...": a
    place; "Moira, a volunteer listener": a person)."""
    m = _one_name_opening_pattern().match(fragment)
    if m is None:
        return None
    word = m.group("name")
    if (place(word) is not None and not m.group("person")) or lexicon().find_org(word) is not None or is_title(word) \
            or word in lexicon().cues["not_names"] or word in lexicon().cues["pronouns"]:
        return None
    return m.span("name")


#: Lower-case words holding a role, then a name: " chief executive Greg Lyle".
_ROLE_THEN_NAME = re.compile(rf"[^\S\n]++(?P<words>(?:[a-z][\w-]*+[^\S\n]++){{1,3}}?)(?P<name>{NAME_RUN})")


def _role_then_name(text: str, end: int) -> Optional[int]:
    """Where the name ends that follows a role in lower case right after the capitalised run ending
    at ``end`` (the run is then the body: "Harbour Community Health chief executive Greg Lyle"); None
    when no role and name of two words follow."""
    m = _ROLE_THEN_NAME.match(text, end)
    if m is None or " " not in m.group("name") or not is_title(m.group("words")):
        return None
    return m.end("name")


#: A lower-case word, then a run of capitalised words: "director Sandra Harper".
_ROLE_THEN_RUN = re.compile(rf"(?<![\w'\u2019-])(?P<role>[a-z][a-z-]*+)[^\S\n]++(?P<name>{NAME_RUN})")


def _name_after_role(fragment: str) -> Optional[tuple[int, int]]:
    """Where the first person named right after a role in lower case stands ("the charity's new
    director Sandra Harper is ..."), for narrative the model does not read: two to four capitalised
    words that are no body, no place and no more titles; None when there is none."""
    roles = single_roles()
    for m in _ROLE_THEN_RUN.finditer(fragment):
        name = m.group("name")
        if " " not in name or len(name.split()) > 4:
            continue
        words = " ".join(fragment[max(0, m.start("role") - 40):m.end("role")].split()[-3:])  # "chief executive", "branch director"
        if not (m.group("role") in roles or is_title(words)) or clean_name(name) != name:
            continue
        if lexicon().find_org(name) is not None or place(name) is not None or unknown_org(name) is not None:
            continue
        return m.span("name")
    return None


def _inside_body(segment: str, name: str) -> bool:
    """Whether a name found in a segment is part of a body's name the segment holds, known or
    found by its shape ("Men's Development" of "The Men's Development Network")."""
    body = lexicon().find_org(segment)
    shaped = body[0] if body else unknown_org(segment)
    return bool(shaped) and name in shaped and name != shaped


def first_named(fragment: str, nlp: Any = None) -> Optional[tuple[int, int]]:
    """Where the first person a narrative fragment names stands (start and end of the name), or None
    when it names no one: the model's first person that is a name, else the first the rules find."""
    names: list[tuple[int, int]] = []
    if nlp is not None:
        names = model_names(fragment, nlp)
    if not names:
        found = _one_name_opening(fragment)  # "Ellie, 19, from Bradford, contacted ...": the model saw no person
        if found is not None:
            names.append(found)
    if not names:
        m = _regexes()["pseudonym"].search(fragment) or _regexes()["pseudonym_note"].search(fragment) \
            or _regexes()["pseudonym_asked"].search(fragment)
        if m:  # "a man from Reading, who we are calling Tom,": the name the paper gives him
            names.append(m.span("name"))
    if not names:
        for seg in re.finditer(r"[^,.;:!?]+", fragment):
            found = find_name(seg.group().strip())
            if found and is_lead_in(seg.group().strip()) and lead_in_object().search(seg.group().strip()[:found[2]]):
                continue  # "Speaking to Radio Tay, Jo Roe said": the outlet is no person
            if found and _inside_body(seg.group().strip(), found[0]):
                continue  # "The Harbour Men's Network, which ...": words of a body's name are no person
            if found and (found[1] or " " in found[0]):
                off = seg.start() + (len(seg.group()) - len(seg.group().lstrip()))
                names.append((off + found[2], off + found[3]))
                break
        if not names:
            m = re.match(rf"({NAME_RUN})(?=\s+[a-z]|,)", fragment.lstrip())
            if m and " " in m.group(1) and lexicon().find_org(m.group(1)) is None and clean_name(m.group(1)) == m.group(1):
                lead = len(fragment) - len(fragment.lstrip())
                # "Harbour Community Health chief executive Greg Lyle said": a body before its role, the name after
                names.append((m.start(1) + lead, (_role_then_name(fragment.lstrip(), m.end(1)) or m.end(1)) + lead))
        if not names:
            m = re.search(rf"(?<![\w])({NAME_RUN})(?=\s+(?:{_verbs()})\b)", fragment)
            if m and " " in m.group(1) and not _FROM_BEFORE.search(fragment[:m.start(1)]):  # "A caller in Market Harborough told"
                names.append((m.end(1) - len(without_country_first(m.group(1), fragment[:m.start(1)])), m.end(1)))
        if not names:
            found = _name_after_role(fragment)  # "York's new director Sandra Harper is determined to ..."
            if found is not None:
                names.append(found)
    return names[0] if names else None
