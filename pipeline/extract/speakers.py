"""Who is speaking: a speaker phrase parsed into name, title, role and organisation.

An attribution such as ``Chief Constable Simon Bailey, the National Police
Chiefs' Council's lead on child protection`` is split at its commas; the segment
holding a name (after a rank from ``data/titles.txt``, an honorific, or a run of
capitalised words) gives the speaker, the other segments the description.
Which body a speaker speaks for (the word lists, known and unknown
organisations, kind words, police forces) is :mod:`pipeline.extract.organisations`,
whose public names are importable from here too.  A
:class:`NameBook` remembers the people met so far in an article, so that
"Mr Findlater" or "he" later resolve to the full name introduced earlier
(:mod:`pipeline.extract.name_book`, with :class:`Speaker`). Which words are a
person's name is :mod:`pipeline.extract.person_names`; how a phrase is cut
into segments and where a title after a name ends,
:mod:`pipeline.extract.speaker_segments`. Their public names import from here too.
"""
from __future__ import annotations

import re
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
from pipeline.extract.members import member_body
from pipeline.extract.kind_references import reference_owner, referenced_body, untold_since
from pipeline.extract.regions import place
from pipeline.extract.spokespeople import spokes_body, without_body_clause
from pipeline.extract.titled_bodies import place_owned, portfolio_before, titled_body
from pipeline.extract.trailing_titles import without_trailing_modifiers
from pipeline.extract.unit_parents import body_of_initials, unit_parent
from pipeline.wordlists import alternation, data_file
from pipeline.extract.person_names import (
    NAME_RUN,
    NAME_TOKEN,
    before_title_role,
    clean_name,
    find_name,
    is_title,
    speaker_patterns,
    without_country_first,
)
from pipeline.extract.name_book import NameBook, Speaker
from pipeline.extract.speaker_segments import (
    closing_title,
    copula_title,
    is_lead_in,
    post_nominal,
    relative_role,
    split_segments,
)

__all__ = [
    "AGE", "APOSTROPHES", "DATA", "NAME_RUN", "NAME_TOKEN", "RELATIVE", "Lexicon", "NameBook", "Speaker",
    "before_title_role", "body_for_role", "charity_for_role", "clean_name", "closing_title", "copula_title", "find_name",
    "force_for_rank", "government_for_office", "is_lead_in", "is_title", "lexicon", "parse_speaker",
    "split_segments", "told_kinds", "without_country_first",
]

RELATIVE = re.compile(r"^(?:who|whose|which|that|of|from|in|aged)\b", re.I)
AGE = re.compile(r"^(?:aged\s+)?\d{1,3}$")
#: "whose organisation runs the hotline": a relative clause saying the speaker's body does the work.
_BODY_CLAUSE = re.compile(r"whose\s++(?:organi[sz]ation|charity|group|team|service|agency|company)\b", re.I)


@lru_cache(maxsize=1)
def _help_seeker() -> re.Pattern[str]:
    """A relative clause saying the person sought help: "who contacted the line", "who first rang Samaritans"."""
    verbs = alternation(data_file("offices.json")["help_seeking_verbs"], loose_spaces=True)
    return re.compile(rf"(?i:who[^\S\n]++(?:(?:first|later|then|also|once|finally|had|has|have|eventually)[^\S\n]++){{0,2}}"
                      rf"(?:{verbs})[^\S\n]++)(?:(?i:the|a|an|this|that|its|their|us)(?![\w-])|[A-Z])")


@lru_cache(maxsize=1)
def _household() -> frozenset[str]:
    """Words after "whose" naming the speaker's own household ("whose family was helped"): a member of the public."""
    return frozenset(data_file("offices.json")["household_words"])


#: A government office ending a title in lower case: "wellbeing minister", "justice secretary".
_PORTFOLIO = re.compile(r"(?<![\w-])[a-z][\w-]*+[^\S\n]++(?:minister|secretary)(?![\w-])")
#: "whose son", "whose daughter's": a relative clause whose subject is the speaker's relative.
_WHOSE_PRIVATE = re.compile(r"whose\s++[\w-]++", re.IGNORECASE)
#: What a place before it makes a local part of a body named elsewhere: "the Barrow branch", "its Leeds centre".
_BRANCH_WORDS = "branch|office|centre|center|group"


@lru_cache(maxsize=256)
def _branch_after(org: str) -> re.Pattern[str]:
    """``org`` then a word of :data:`_BRANCH_WORDS` ("the Barrow branch"), compiled once per body: one
    pattern a body, through ``re``'s own cache, pushed out the fixed patterns it keeps."""
    return re.compile(rf"(?<![\w]){re.escape(org)}\s++(?:{_BRANCH_WORDS})\b")


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
    phrase = without_body_clause(phrase)  # "A spokesperson for X, which runs Y on behalf of Z": X's
    if not phrase:
        return None
    if phrase in cues["pronouns"]:
        return Speaker(name=None, kind="pronoun", title=cues["pronouns"][phrase])
    segments = [relative_role(seg) for seg in split_segments(phrase)]
    offices = [post_nominal(seg) for seg in segments]
    segments = [seg for seg, _ in offices if seg]
    office = next((o for _, o in offices if o), None)
    if len(segments) > 1 and any(speaker_patterns()["aside"].fullmatch(seg) for seg in segments[1:]):
        segments = [segments[0]] + [seg for seg in segments[1:] if not speaker_patterns()["aside"].fullmatch(seg)]  # "Abusers, Jo says, call"
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
        if org is not None and speaker_patterns()["kind_possessive"].search(joined):
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
            and speaker_patterns()["role"].search(", ".join(descriptions)):  # a role, not "who first rang the line"
        org = referenced_body(", ".join(descriptions), context_orgs, told) or org  # "assistant director of the group"
    if descriptions:
        org = untold_since(", ".join(descriptions), context_orgs, told, org)  # "Harbour Trust now runs a crisis centre"
    org = without_trailing_modifiers(org, ", ".join(descriptions))  # "Cedar Line Regional Manager": the Cedar Line
    role = _without_org(description, first_span) if description else None
    plain = description.replace(spoken[0], "") if spoken else description  # "Gambler's Help" is a body's name
    private = bool(description) and _private_first(" ".join(plain.split()[:4]))
    # "Jo Roe, whose son called the line": a relative of someone who called is a private person
    private = private or any(_WHOSE_PRIVATE.match(d) and (speaker_patterns()["private"].fullmatch(d.split()[1])
                                                          or d.split()[1].lower() in _household()) for d in descriptions)
    private = private or any(_help_seeker().match(d) for d in descriptions)  # "Tom, who contacted the line": a user
    if private and not rank:
        org = None  # "a former offender who sought help via the Stop It Now! helpline" speaks for no body
    if org is not None and former_member(description, org):
        org = None  # "a former Navy diver": a force or service the speaker has left is no body they speak for
    official_role = bool(description) and bool(speaker_patterns()["role"].search(description))
    if named is None and description and _document_words(description):
        org = org or (context_orgs[-1] if context_orgs else None)  # "The report said:": the words of the body behind it
        return Speaker(name=_head_noun(description), kind="anonymous", title=description, role=None, org=org, official=bool(org))
    if named is None:
        if not description:
            return None
        first = description.split()[0].lower()
        plural = speaker_patterns()["private"].fullmatch(first) is not None  # "Abusers, she says, call and say:"
        if org is None and ((first not in cues["anonymous_starts"] and not plural) or not (private or official_role)):
            return None
        bare_anaphor = re.fullmatch(r"(?:the|its)\s+\w+", description, re.I) is not None
        kind = "org" if org and not private and not official_role and (bare_anaphor or first_span and first_span[1] <= 4) else "anonymous"
        return Speaker(name=org if kind == "org" else _head_noun(description), kind=kind,
                       title=description if kind != "org" else None,
                       role=None if kind == "org" else role, org=org, official=(not private) and bool(org or official_role))
    title = rank or description or office or None
    org = _without_speaker(org, name, rank, description)
    org = None if org and _seat_of_member(org, phrase) else org  # "Borders MSP Iain Roe": the seat
    org = None if place_owned(org) else org  # "Derbyshire's Police and Crime Commissioner": a place's office
    official = (not private) and bool(rank or org or official_role or for_body or office)
    if org is not None and org not in lex.org_kinds:
        org = re.sub(r"['\u2019]s$", "", org)  # "the Harbour Trust's helpline team": the body, not its possessive
    return member_body(Speaker(name=name, kind="named", title=title, role=role, org=org, official=official), phrase)


def _seat_of_member(org: str, description: str) -> bool:
    """Whether the body found is the seat of a member's office, right before it ("Borders" of "Borders MSP",
    "Lochaber" of "Skye and Lochaber MSP"), and no party ("Labour MP" keeps Labour)."""
    if lexicon().org_kinds.get(org) == "party":
        return False
    offices = alternation(lexicon().cues["post_nominal_offices"])
    return re.search(rf"(?<![\w-]){re.escape(org)}(?:[^\S\n]++(?:and|&)[^\S\n]++[A-Z][\w'\u2019-]*+){{0,2}}"
                     rf"[^\S\n]++(?:{offices})(?![\w-])", description) is not None


def _without_speaker(org: Optional[str], name: Optional[str], rank: Optional[str], description: str) -> Optional[str]:
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
    person = speaker_patterns()["role"].search(description) or speaker_patterns()["private"].search(description)
    if person:
        return person.group() if person.group().isupper() else person.group().lower()
    core = re.split(r"(?<!\s)\s++(?:for|from|of|at|with|who|in|on|to)\s++|,", description, maxsplit=1)[0]
    words = core.split()
    return words[-1].strip(".,;:'\u2019") if words else description


def _private_first(words: str) -> bool:
    """Whether the opening words of a description make a private person: a word of one ("a mother of two", "a former
    offender") before any role word; after a role it names the role's field ("head of perpetrator services", "manager
    of the caller support team": an official)."""
    private = speaker_patterns()["private"].search(words)
    if private is None:
        return False
    role = speaker_patterns()["role"].search(words)
    return role is None or role.start() >= private.start()
