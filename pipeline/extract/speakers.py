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
:mod:`pipeline.extract.speaker_segments`. Their public names import from here too. Who the
speaker is by the words of the description (a member of the public, a document, the head noun of
an unnamed speaker) is :mod:`pipeline.extract.speaker_kinds`; the shapes of the body a description
names (a branch, initials, a department, a seat or portfolio that is no body),
:mod:`pipeline.extract.speaker_bodies`.
"""
from __future__ import annotations

import re
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
    told_kinds,
    unknown_org,
)
from pipeline.extract.body_in_title import (
    body_after_kind,
    body_segment,
    former_member,
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
from pipeline.extract.titled_bodies import place_owned, titled_body
from pipeline.extract.trailing_titles import without_trailing_modifiers
from pipeline.extract.unit_parents import body_of_initials, unit_parent
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
from pipeline.extract.speaker_bodies import (
    branch_after,
    department,
    fuller_before,
    seat_of_member,
    spelt_out,
    whole_shaped_body,
    without_speaker,
)
from pipeline.extract.speaker_kinds import (
    WHOSE_PRIVATE,
    cut_description,
    describes_someone,
    document_words,
    head_noun,
    asked_name_first,
    help_seeker,
    member_office,
    household_words,
    private_first,
    title_before_name,
    unnamed_group,
    without_org,
)
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

#: An aside that the speaker is no kin of someone ("who is not related to the service manager", "no relation"): no title.
#: An acronym's possessive inside a body's name ("HSE's National Office for Suicide Prevention"): the owner is no part
#: of the name's own words, which papers write both ways ("the HSE National Office"); a name's own "'s" ("Children's
#: Society", "Gambler's Help") follows no acronym.
_ACRONYM_OWNER = re.compile(r"\b(?P<owner>[A-Z]{2,6})['\u2019]s(?=[^\S\n]++[A-Z])")
_RELATION_ASIDE = re.compile(r"(?:who[^\S\n]++(?:is|was)[^\S\n]++|who['\u2019]s[^\S\n]++)?(?:no[^\S\n]++relation|not[^\S\n]++related)\b", re.I)


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
    phrase = asked_name_first(phrase)  # "A volunteer listener, who asked to be identified only as Huw": Huw
    if not phrase:
        return None
    if phrase in cues["pronouns"]:
        return Speaker(name=None, kind="pronoun", title=cues["pronouns"][phrase])
    seat_office = member_office(phrase)
    if seat_office is not None and lex.org_kinds.get((lex.find_org(phrase) or ("",))[0]) != "party":
        # "the Foyle MLA", "the Lagan Valley MLA": a seat, no person nor body; the member named before (NameBook)
        return Speaker(name=seat_office, kind="anonymous", title=phrase, role=None, org=None, official=True)
    segments = [relative_role(seg) for seg in split_segments(phrase) if not _RELATION_ASIDE.match(seg)]
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
        if found and whole_shaped_body(seg):
            continue  # "In a statement, Harbour Trust said": a body no list knows, by its shape, is no person
        if found and title_before_name(found[0], segments[i + 1:], seg[:found[2]]):
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
                  and not (inside and e.start_char < inside[2] and inside[1] < e.end_char)
                  and not describes_someone(joined, e)]  # "A Norwich mother who called the helpline": a place
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
    description = cut_description(titled[0]) if titled else (for_body[0] if for_body else "")
    org_span = lex.find_org(", ".join(descriptions)) if descriptions else None
    org = org_span[0] if org_span else None
    if org is not None:
        org = fuller_before(org, context_orgs)
        org = parent_of_known(", ".join(descriptions), org) or org  # "the Stop It Now project at the University Forensic Centre"
    if org is None and descriptions:
        joined = ", ".join(descriptions)
        org = department(spelt_out(unknown_org(joined, nlp), context_orgs), context_orgs)
        org = None if unit_alone(org) else without_title_words(org)  # "Regional Programme Manager", "Board": no body
        titled = titled_body(joined)  # "Console chief executive", "CEO of MOVE Ireland": the body the title names
        if titled is not None and (org is None or not 0 <= joined.find(org) < joined.find(titled)):
            org = spelt_out(titled, context_orgs)
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
        if org is not None and org in joined and branch_after(org).search(joined):
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
    org = _ACRONYM_OWNER.sub(r"\g<owner>", org) if org else org  # "the HSE's National Office": the HSE National Office
    role = without_org(description, first_span) if description else None
    plain = description.replace(spoken[0], "") if spoken else description  # "Gambler's Help" is a body's name
    private = bool(description) and private_first(" ".join(plain.split()[:4]))
    # "Jo Roe, whose son called the line": a relative of someone who called is a private person
    private = private or any(WHOSE_PRIVATE.match(d) and (speaker_patterns()["private"].fullmatch(d.split()[1])
                                                          or d.split()[1].lower() in household_words()) for d in descriptions)
    private = private or any(help_seeker().match(d) for d in descriptions)  # "Tom, who contacted the line": a user
    private = private or (org is None and unnamed_group(description))  # "who runs a peer support group": a peer
    if private and not rank:
        org = None  # "a former offender who sought help via the Stop It Now! helpline" speaks for no body
    if org is not None and former_member(description, org):
        org = None  # "a former Navy diver": a force or service the speaker has left is no body they speak for
    official_role = bool(description) and bool(speaker_patterns()["role"].search(description))
    if named is None and description and document_words(description):
        org = org or (context_orgs[-1] if context_orgs else None)  # "The report said:": the words of the body behind it
        return Speaker(name=head_noun(description), kind="anonymous", title=description, role=None, org=org, official=bool(org))
    if named is None:
        if not description:
            return None
        first = description.split()[0].lower()
        plural = speaker_patterns()["private"].fullmatch(first) is not None  # "Abusers, she says, call and say:"
        if org is None and ((first not in cues["anonymous_starts"] and not plural) or not (private or official_role)):
            return None
        bare_anaphor = re.fullmatch(r"(?:the|its)\s+\w+", description, re.I) is not None
        kind = "org" if org and not private and not official_role and (bare_anaphor or first_span and first_span[1] <= 4) else "anonymous"
        return Speaker(name=org if kind == "org" else head_noun(description), kind=kind,
                       title=description if kind != "org" else None,
                       role=None if kind == "org" else role, org=org, official=(not private) and bool(org or official_role))
    title = rank or description or office or None
    org = without_speaker(org, name, rank, description)
    org = None if org and seat_of_member(org, phrase) else org  # "Borders MSP Iain Roe": the seat
    org = None if place_owned(org) else org  # "Derbyshire's Police and Crime Commissioner": a place's office
    official = (not private) and bool(rank or org or official_role or for_body or office)
    if org is not None and org not in lex.org_kinds:
        org = re.sub(r"['\u2019]s$", "", org)  # "the Harbour Trust's helpline team": the body, not its possessive
    return member_body(Speaker(name=name, kind="named", title=title, role=role, org=org, official=official), phrase)
