"""Counts that count no use of a helpline or a website, whatever measure their words give.

Plain predicates over the words around a count, for :func:`pipeline.extract.facts.extract_counts`
to ask once it has a measure; a count they name is recorded with measure ``other``
(ANNOTATION.md decisions 2 and 4):

- a figure one imagines, hopes for or fears, not one that happened: a modal or a hope before it in its
  clause ("would take 40 calls at most", "some callers may ring 20 times", "could reach 60,000");
- people on a waiting list ("230 men are on the waiting list", "Seventeen men are waiting to start") or in
  custody ("300 individuals in custody for fraud");
- victims and survivors ("610 victims", "830 adult survivors"), even beside a helpline's words or an offence;
- the size of a study's group in a statistician's notation ("Men in the pilot study (n = 36)");
- people met in person, told anywhere in the count's own words ("38 people had face-to-face meetings");
- people a face-to-face or group service cared for, named as the subject before the figure ("Its face-to-face
  support groups worked with 212 people": :func:`cared_for_by`).

The word lists are in ``data/other_uses.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.wordlists import alternation, data_file

#: How far back (characters) a modal or a hope may stand before its figure.
MODAL_REACH = 60
#: How far after a count's noun its waiting list may be named.
WAITING_REACH = 50


def words() -> dict:
    """The word lists of ``data/other_uses.json``."""
    return data_file("other_uses.json")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    w = words()
    return {
        # the modal, then at most four lower-case words (its verb, a particle, an article) right before the figure;
        # lower-case only: "In May 2,000 calls" names a month
        "hypothetical": re.compile(rf"(?<![\w-])(?:{alternation(w['hypothetical_before'])})"
                                   r"(?:\s{1,3}[a-z][a-z'-]{0,15}){0,4}\s{1,3}$"),
        "never_user_after": re.compile(rf"^(?:\s{{1,3}}(?-i:[a-z][a-z-]{{1,20}})){{0,4}}?\s{{1,3}}"
                                       rf"(?:{alternation(w['never_users'])})\b", re.I),
        "in_person": re.compile(rf"(?<![\w-])(?:{alternation(w['in_person'], loose_spaces=True)})(?![\w-])", re.I),
        "care_service": re.compile(rf"(?<![\w-])(?:{alternation(w['care_services'], loose_spaces=True)})(?![\w-])",
                                   re.I),
        "line_user": re.compile(rf"(?:{alternation(w['line_users'], loose_spaces=True)})", re.I),
        "remote": re.compile(rf"(?<![\w-])(?:{alternation(w['remote_channels'])})(?![\w-])", re.I),
        "held": re.compile(rf"^\s{{1,3}}(?:{alternation(w['held'])})\b", re.I),
        "held_but_used": re.compile(rf"\b(?:{alternation(w['held_but_used'])})\b", re.I),
        # up to five words between the noun and the list: "men are currently on waitlists", "are on the waiting list"
        "waiting": re.compile(rf"^(?:[\s,]{{1,3}}[\w'-]{{1,20}}){{0,5}}?[\s,]{{1,3}}(?:{alternation(w['waiting'])})\b",
                              re.I),
    }


def is_hypothetical(before: str) -> bool:
    """Whether a modal or a hope stands before a figure in its clause (``before``: the clause's words before the
    figure and its hedge): "would take", "may ring", "hopes to train another"."""
    return bool(_patterns()["hypothetical"].search(before[-MODAL_REACH:]))


def is_waiting(after_noun: str) -> bool:
    """Whether the words after a count's noun put the people it counts on a waiting list: "are on the waiting
    list", "are waiting to start", "are still waiting for places"; or, right after the noun, in
    custody ("300 individuals in custody"), unless a verb of use follows ("120 men behind bars rang the line")."""
    pats = _patterns()
    held = pats["held"].match(after_noun[:30])
    return bool(pats["waiting"].match(after_noun[:WAITING_REACH])
                or (held and not pats["held_but_used"].search(after_noun, held.end(), held.end() + 60)))


def never_user(unit: Optional[str], after: str = "") -> bool:
    """Whether a count's noun names people a helpline's figures never count ("victims", "adult survivors",
    "child victim-survivors"), also as the head of up to four lower-case words after the figure (``after``:
    "310 child abuse survivors")."""
    if unit and unit.split()[-1].lower() in words()["never_users"]:
        return True
    return bool(_patterns()["never_user_after"].match(after[:100]))


#: A noun in quote marks right after a figure: "two “turning points”", "three 'warning signs'".
_QUOTED_NOUN = re.compile(r"\s{1,3}[\"\u201c\u2018'](?P<words>[a-z][a-z-]{1,30}(?:\s{1,3}[a-z][a-z-]{1,30}){0,2})[\"\u201d\u2019']")


def quoted_noun(after: str) -> Optional[str]:
    """The head of the words in quote marks right after a figure, which is what it counts ("two “turning
    points”" -> "points"): a writer's term, no unit of ours, so no helpline figure; ``None`` when none follows."""
    match = _QUOTED_NOUN.match(after)
    return match.group("words").split()[-1] if match else None


#: A statistician's notation for the size of a group right before a figure: "(n = 36)", "(N=1,050)".
_SAMPLE_SIZE = re.compile(r"(?<![\w-])[nN]\s{0,2}=\s{0,2}$")


def is_sample_size(before: str) -> bool:
    """Whether a figure is the size of a study's group written "n = 36": the people studied, no helpline's use."""
    return bool(_SAMPLE_SIZE.search(before[-8:]))


def met_in_person(own_words: str) -> bool:
    """Whether a count's own words (its figure to the next figure or its clause's end) say its people or contacts
    were met in person ("38 people had face-to-face meetings at the branch", "met 310 people in person", "5,000
    people who used its drop-in centres", "visits to the branch"); not when the same words
    name a channel at a distance too, which makes the count a total across channels ("9,000 contacts by
    phone, face to face and by email")."""
    pats = _patterns()
    return bool(pats["in_person"].search(own_words)) and not pats["remote"].search(own_words)


def cared_for_by(subject: str, unit: Optional[str]) -> bool:
    """Whether the words of a count's clause before its figure (``subject``: "Its face-to-face support groups
    worked with", "The counselling service supported") name a service that cares for people face to face or in
    groups (``care_services``, or an ``in_person`` word), and no channel at a distance ("Its helpline and groups
    supported"): the count is of that service's participants, no use of the line (ANNOTATION.md decision 4).
    Not when the figure's own noun is a line's ("supported 400 callers": ``line_users``)."""
    pats = _patterns()
    if unit and pats["line_user"].fullmatch(unit.strip()):
        return False
    return bool(pats["care_service"].search(subject) or pats["in_person"].search(subject)) \
        and not pats["remote"].search(subject)
