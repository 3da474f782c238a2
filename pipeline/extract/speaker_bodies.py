"""Which body a parsed speaker's description names, in the shapes the speaker parser meets: a
whole segment that is one body by its shape, a local branch of a body named elsewhere, a body
spelt by its initials or by the end of a fuller name given before, a department named before a
minister's office, and the words that are the speaker's own rather than the body's (a seat, a
portfolio, a name the capitalised run went on into). Used by :mod:`pipeline.extract.speakers`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.body_in_title import opens_clause
from pipeline.extract.organisations import lexicon
from pipeline.extract.titled_bodies import portfolio_before
from pipeline.wordlists import alternation

#: A government office ending a title in lower case: "wellbeing minister", "justice secretary".
_PORTFOLIO = re.compile(r"(?<![\w-])[a-z][\w-]*+[^\S\n]++(?:minister|secretary)(?![\w-])")
#: What a place before it makes a local part of a body named elsewhere: "the Barrow branch", "its Leeds centre".
_BRANCH_WORDS = "branch|office|centre|center|group"


@lru_cache(maxsize=256)
def branch_after(org: str) -> re.Pattern[str]:
    """``org`` then a word of :data:`_BRANCH_WORDS` ("the Barrow branch"), compiled once per body: one
    pattern a body, through ``re``'s own cache, pushed out the fixed patterns it keeps."""
    return re.compile(rf"(?<![\w]){re.escape(org)}\s++(?:{_BRANCH_WORDS})\b")



def whole_shaped_body(segment: str) -> bool:
    """Whether a segment is all one body's name found by its shape ("Harbour Trust", "The Dunmore Police")."""
    shaped = lexicon().find_named_orgs(segment)
    return len(shaped) == 1 and re.fullmatch(rf"(?:the\s+)?{re.escape(shaped[0][1])}", segment.strip(), re.I) is not None



def seat_of_member(org: str, description: str) -> bool:
    """Whether the body found is the seat of a member's office, right before it ("Borders" of "Borders MSP",
    "Lochaber" of "Skye and Lochaber MSP"), and no party ("Labour MP" keeps Labour)."""
    if lexicon().org_kinds.get(org) == "party":
        return False
    offices = alternation(lexicon().cues["post_nominal_offices"])
    return re.search(rf"(?<![\w-]){re.escape(org)}(?:[^\S\n]++(?:and|&)[^\S\n]++[A-Z][\w'\u2019-]*+){{0,2}}"
                     rf"[^\S\n]++(?:{offices})(?![\w-])", description) is not None


def without_speaker(org: Optional[str], name: Optional[str], rank: Optional[str], description: str) -> Optional[str]:
    """The body without the words that are the speaker's own: a name the body's capitalised run
    went on into ("Project manager for the Office of Gambling Dana Wick" -> "Office of Gambling"),
    and a minister's portfolio, which is no body ("Health Minister Jo Roe", "Social Services")."""
    if org and name and org.endswith(" " + name):
        org = org[:-len(name)].strip() or None
    if org and rank and rank.lower() == "minister" and org == description.strip():
        org = None
    at = description.find(org) if org else -1
    if at > 0 and portfolio_before(description[:at]):
        org = None  # "Deputy Mayor for Policing and Crime": the portfolio after the office's "for"
    if org and org not in lexicon().org_kinds and _PORTFOLIO.search(description) and \
            re.match(rf"(?i:the[^\S\n]++)?{re.escape(org)}[^\S\n]++[a-z]", description.strip()):
        org = None  # "Social wellbeing minister Jo Roe": the portfolio's first word, no body
    return org



#: A body's initials, maybe as a possessive before a part of it: "BCT", "DPH's Office of Problem Gambling".
_INITIALS = re.compile(r"(?P<initials>[A-Z]{2,6})(?:['\u2019]s\s.*)?")


def spelt_out(org: Optional[str], context_orgs: list[str]) -> Optional[str]:
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


def department(org: Optional[str], context_orgs: list[str]) -> Optional[str]:
    """A body found by its shape as the fuller name the article gave it before: "Health and Human
    Services" (of a Secretary's title) -> "US Department of Health and Human Services"."""
    trimmed = _without_trailing_office(org)
    return fuller_before(trimmed, context_orgs) if trimmed and trimmed != org else org


def fuller_before(org: str, context_orgs: list[str]) -> str:
    """The body named before whose fuller name ends with ``org``'s: "Lifeline" after "Valleys
    Lifeline" is Valleys Lifeline; else ``org``."""
    return next((n for n in reversed(context_orgs) if n != org and n.endswith(" " + org) and not opens_clause(n)), org)
