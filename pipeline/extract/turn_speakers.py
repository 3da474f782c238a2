"""The speaker of an attribution, resolved against the people and bodies met before.

:func:`resolve_speaker` parses an attribution's phrase (:func:`~pipeline.extract.speakers.parse_speaker`),
resolves a surname or pronoun to the person introduced earlier, and gives a person with a role but no
body the body the story names for it: a ranked officer's force, a minister's government, a charity's own
role's charity, the body of colleagues with such a role. :func:`role_held_back` gives a named speaker with
no description the role of the unnamed official the paragraph before is about ("A volunteer at X has won
an award. / Sue Hart said:").
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Optional, Sequence

from pipeline.extract.attribution import EPITHET, mention
from pipeline.extract.councils import council_for_councillor
from pipeline.extract.parties import party_before_office
from pipeline.extract.person_names import speaker_patterns
from pipeline.extract.role_before import role_before
from pipeline.extract.titled_bodies import place_owned, portfolio_before
from pipeline.extract.speakers import (
    NameBook,
    Speaker,
    body_for_role,
    charity_for_role,
    force_for_rank,
    government_for_office,
    is_title,
    lexicon,
    parse_speaker,
)
from pipeline.extract.speech import speech_patterns as _regexes


def resolve_speaker(who: Optional[str], book: NameBook, nlp: Any, fallback: Optional[str], orgs: tuple[list[str], list[str]],
             told: dict[str, str]) -> Optional[Speaker]:
    """The speaker of an attribution; ``orgs`` are the bodies named before the quote and from it on,
    ``told`` the body the text last called by each kind word."""
    orgs, later = orgs
    epithet = EPITHET.match(who) if who and fallback else None
    if epithet and not is_title(who.split(",")[0]) and epithet.group("head").lower() not in lexicon().cues["anaphors"] \
            and lexicon().find_org(who) is None and not _regexes()["new_person"].fullmatch(who.split(",")[0].strip()):
        near = parse_speaker(fallback, nlp=nlp, context_orgs=orgs, told=told)
        if near is not None and near.kind == "named":
            who = fallback  # '"...," says the former teacher': the person named just before
    speaker = parse_speaker(who, nlp=nlp, context_orgs=orgs, told=told) if who else None
    if speaker and speaker.kind == "pronoun" and fallback:
        near = parse_speaker(fallback, nlp=nlp, context_orgs=orgs, told=told)
        if near and near.kind == "named":
            book.learn(book.resolve(near))
            book.last = book.resolve(near)
    if speaker is None:
        return None
    speaker = book.resolve(speaker)
    person = speaker.kind == "named" or (speaker.kind == "pronoun" and bool(speaker.name))
    # a person's body, from the first of these that finds one: a police rank's force, an office's government,
    # a charity's role, a role naming its body, a body the role is held in, a member's party, a councillor's place
    finders = (lambda s: force_for_rank(s, orgs, later), lambda s: government_for_office(s, orgs, later),
               lambda s: charity_for_role(replace(s, kind="named"), orgs, later),
               lambda s: body_for_role(replace(s, kind="named"), orgs, later, book.people),
               lambda s: body_in_role(s, orgs, later), lambda s: party_before_office(" ; ".join(filter(None, (s.title, s.role, who)))),
               council_for_councillor)
    for find in finders if person else ():
        if speaker.org:
            break
        body = find(speaker)
        if body and not place_owned(body):  # "Derbyshire's Police": the words of a place's office, no body
            speaker = replace(speaker, org=body, official=True)
    if speaker.kind == "anonymous" and not speaker.org:
        charity = charity_for_role(replace(speaker, kind="named"), orgs, later)
        if charity:  # '"...," said a spokeswoman': the charity the story is about
            speaker = replace(speaker, org=charity, official=True)
    if speaker.kind == "named":
        speaker = book.learn(speaker)
    return speaker


def role_held_back(speaker: Speaker, narrative: str, nlp: Any, orgs: list[str], told: dict[str, str]) -> Speaker:
    """A named speaker with no description of their own takes the role and body of the unnamed
    official the narrative paragraph just before is about (:mod:`role_before`), when that
    paragraph names no person."""
    if speaker.kind != "named" or not speaker.name or speaker.title or speaker.role or speaker.org or speaker.official:
        return speaker
    subject = role_before(narrative)
    if subject and mention(narrative, nlp) is not None:
        return speaker  # the paragraph names a person of its own: the role is theirs
    described = parse_speaker(f"{speaker.name}, {subject}", nlp=nlp, context_orgs=orgs, told=told) if subject else None
    if described is None or described.kind != "named" or not described.org:
        return speaker
    org = next((o for o in reversed(orgs) if o.startswith(described.org + " ")), described.org)  # "Lantern" of "the Lantern line"
    return replace(speaker, title=described.title, role=described.role, org=org, official=True)


#: Capitalised runs of a role, where a body no list knows may be named: "founder of Harbour", "who runs Open Door".
_CAPITALISED_RUN = re.compile(r"(?<![\w'\u2019&-])[A-Z][\w'\u2019&!-]*+(?:[^\S\n]++[A-Z][\w'\u2019&!-]*+){0,3}")


def body_in_role(speaker: Speaker, before: Sequence[str], after: Sequence[str]) -> Optional[str]:
    """A body no list knows that the article names and an official's role names whole ("Mike Dunn, who
    founded Harbour": "founder of Harbour"), when no rule gave one: the role's first capitalised run that
    is a body named before the quote, else from it on. Only the role's runs are looked up (at most four)."""
    role = " ".join(filter(None, (speaker.role, speaker.title if speaker.title != speaker.role else None)))
    if not speaker.official or speaker_patterns()["private"].search(role):
        return None  # "Kim, a caller to Samaritans": a private person speaks for no body
    runs = [re.sub(r"['\u2019]s?$", "", m.group()) for m in _CAPITALISED_RUN.finditer(role) if _body_place(role, m)][:4]
    runs = [r for r in runs if lexicon().find_org(r) is None]  # a known body in the role was the parser's to take
    if not runs:
        return None
    return next((r for r in runs if _holds(before, r)), None) or next((r for r in runs if _holds(after, r)), None)


#: Words after which a role names the body it is held in: "founder of Harbour", "a counsellor at Harbour".
_BODY_LEADS = frozenset(("of", "at", "for", "with", "from", "founded", "runs", "leads", "chairs", "heads", "joined"))


def _body_place(role: str, run: re.Match[str]) -> bool:
    """Whether a capitalised run stands where a role names its body: first, after a word of
    ``_BODY_LEADS``, or as an owner ("Harbour's operations manager"); not inside a clause the parser took
    for a title ("... Prosecution Eva-Marie Persson took the decision")."""
    if portfolio_before(role[:run.start()]):
        return False  # "Deputy Mayor for Policing and Crime": a portfolio, no body
    before = role[:run.start()].split()[-1:]
    return not before or before[0].lower() in _BODY_LEADS or re.search(r"['\u2019]s?$", run.group()) is not None


def _holds(bodies: Sequence[str], name: str) -> bool:
    """Whether ``name`` is among ``bodies``: by their index when they are a :class:`Bodies` view."""
    holds = getattr(bodies, "holds", None)
    return holds(name) if holds is not None else name in bodies

