"""Which body a speaker speaks for: the word lists of speaker phrases, and organisations.

Modules in data-flow order: :mod:`pipeline.extract.alias_automaton` (finding the aliases of
``data/orgs.jsonl`` in a text), :mod:`pipeline.extract.lexicon` (``data/titles.txt``,
``data/speech_verbs.txt``, ``data/orgs.jsonl`` and ``data/speaker_cues.json`` read once into
a :class:`Lexicon`, which finds a body by its name or an alias, canonicalised),
:mod:`pipeline.extract.unknown_orgs` (a body the file does not know, by its shape:
capitalised words holding an organisation word, an acronym, or the model's ORG entity),
:mod:`pipeline.extract.body_kinds` (a kind word pointing back, "the charity's director",
"Project manager": the body the text itself called so, see :func:`told_kinds`, else one of
that kind named before), then this one: for a ranked police officer named with no body, the
force the article names; for a charity's own role named with no body ("Jo Roe, director",
"chief executive officer"), the charity the article names; for a minister, the government.
The names of those modules are importable from here as before.
:mod:`pipeline.extract.speakers` parses the phrases; its names are importable
from there as before.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from pipeline.extract.alias_automaton import _automaton_key, _plain_letter  # noqa: F401  (re-exported: importable from here as before)
from pipeline.extract.body_kinds import (  # noqa: F401  (re-exported: importable from here as before)
    _force_words,
    _government_words,
    _shaped_as,
    anaphor_org,
    generic_org,
    public_body,
    told_kinds,
)
from pipeline.extract.lexicon import APOSTROPHES, DATA, Lexicon, lexicon, single_roles  # noqa: F401  (re-exported)
from pipeline.extract.regions import place
from pipeline.wordlists import alternation, data_file
from pipeline.extract.unknown_orgs import _place_only, unknown_org  # noqa: F401  (re-exported: importable from here as before)

if TYPE_CHECKING:
    from pipeline.extract.speakers import Speaker


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
    if speaker.role and not set(re.findall(r"[A-Za-z]+", speaker.role)) & ranks and not _OUR.search(speaker.role) \
            and not _force_unit(speaker.role):
        return None  # "who leads our online safety team", "who leads the team": the force's own unit
    kinds = lexicon().org_kinds
    forces = [n for n in reversed(before) if kinds.get(n) == "police_force"] + [n for n in after if kinds.get(n) == "police_force"]
    if not forces:  # a force the data file does not know, by its shape: "Dunmore Police", "Harbour Constabulary"
        forces = [n for n in reversed(before) if _shaped_as(n, _force_words())] + [n for n in after if _shaped_as(n, _force_words())]
    return forces[0] if forces else None


@lru_cache(maxsize=1)
def _force_unit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    offices = data_file("offices.json")
    units = alternation(offices["force_unit_words"], loose_spaces=True)
    scopes = alternation(offices["force_unit_scopes"], loose_spaces=True)
    # "the team", "the force's public protection unit", "its online abuse team": a unit named back, up to four words
    unit = re.compile(rf"(?<![\w-])(?:the|its)[^\S\n]++(?:force['\u2019]s[^\S\n]++)?(?:[\w-]++[^\S\n]++){{0,4}}?(?:{units})s?(?![\w-])",
                      re.IGNORECASE)
    return unit, re.compile(rf"(?<![\w-])(?:{scopes})(?![\w-])", re.IGNORECASE)


#: A ranked officer's role that heads a work of the force named in lower-case words alone: "head of public
#: protection", "head of crime" (no body, no capital: the force's own unit, as "head of the public protection unit").
_HEAD_OF_WORK = re.compile(r"(?:the[^\S\n]++)?(?i:head|director)[^\S\n]++of[^\S\n]++(?:[a-z][\w-]*+[^\S\n]++){0,3}[a-z][\w-]*+")


def _force_unit(role: str) -> bool:
    """Whether a ranked officer's role leads a unit of their force the text names back ("lead of the team", "head of
    the force's public protection unit") or by its work alone ("head of public protection"), with no remit of its own beyond the force ("the national policing lead")."""
    unit, scope = _force_unit_patterns()
    return bool(unit.search(role) or _HEAD_OF_WORK.fullmatch(role.strip(" ,"))) and not scope.search(role)


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


#: How long a role has been held, which names no body: " of nine years", " for 20 years", " of six months".
_TENURE = re.compile(r"[^\S\n]++(?:of|for|over)[^\S\n]++(?:[\w-]++[^\S\n]++){0,2}?(?:years?|months?|decades?)(?![\w-])", re.I)


def _without_place_remit(role: str) -> str:
    """A role without the place it covers at its end and without how long it was held: "Regional Director for
    Northern Ireland" -> "Regional Director", "A volunteer of nine years" -> "A volunteer"."""
    role = _TENURE.sub("", role)
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
