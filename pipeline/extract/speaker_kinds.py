"""Who a speaker is, by the words of their description: a member of the public (a relative clause
saying they sought help or naming their household, a private word before any role), a document
rather than a person ("The report said"), the head noun an unnamed speaker is called by, and the
role left when the body is taken out of a description. Used by :mod:`pipeline.extract.speakers`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

from pipeline.extract.organisations import lexicon, single_roles
from pipeline.extract.person_names import NAME_TOKEN, find_name, speaker_patterns
from pipeline.wordlists import alternation, data_file

#: "whose son", "whose daughter's": a relative clause whose subject is the speaker's relative.
WHOSE_PRIVATE = re.compile(r"whose\s++[\w-]++", re.IGNORECASE)


@lru_cache(maxsize=1)
def help_seeker() -> re.Pattern[str]:
    """A relative clause saying the person sought help: "who contacted the line", "who first rang Samaritans"."""
    verbs = alternation(data_file("offices.json")["help_seeking_verbs"], loose_spaces=True)
    return re.compile(rf"(?i:(?:who[^\S\n]++)?(?:(?:first|later|then|also|once|finally|had|has|have|eventually)[^\S\n]++){{0,2}}"
                      rf"(?:{verbs})[^\S\n]++)(?:(?i:the|a|an|this|that|its|their|us)(?![\w-])|[A-Z])")


@lru_cache(maxsize=1)
def _unnamed_group() -> re.Pattern[str]:
    """A group with no name, brought in by "a": "a peer support group", "a gambling recovery group in Leith"
    (``peer_group_words`` of ``data/offices.json``)."""
    words = alternation(data_file("offices.json")["peer_group_words"], loose_spaces=True)
    return re.compile(rf"(?<![\w-])(?i:an?)[^\S\n]++(?:[a-z][\w-]*+[^\S\n]++){{0,2}}?(?:{words})(?![\w-])")


def unnamed_group(description: Optional[str]) -> bool:
    """Whether a speaker's role is held in a group with no name ("who runs a peer support group", "founder of a
    support group in Torry"): a peer, a member of the public, as the blind probe sets' annotators wrote all seven
    such speakers (not official, no body); a group the text names ("the Harbour Recovery Circle") is a body."""
    return bool(description) and _unnamed_group().search(description) is not None


@lru_cache(maxsize=1)
def household_words() -> frozenset[str]:
    """Words after "whose" naming the speaker's own household ("whose family was helped"): a member of the public."""
    return frozenset(data_file("offices.json")["household_words"])



#: A second predicate of the same relative clause before its "and": "who has been with the branch for eight years and "
#: of "..., who has been with the branch for eight years and asked to be identified only as Huw".
OTHER_PREDICATE = r"(?:[^,.;:!?\n]{1,80}?[^\S\n]and[^\S\n]++)?"


@lru_cache(maxsize=1)
def _asked_name() -> re.Pattern[str]:
    """An unnamed person's words, then "who asked to be identified only as" and the name they gave
    (``pseudonym_requests`` of ``speaker_cues.json``), at the start of a speaker phrase."""
    asked = alternation(lexicon().cues["pseudonym_requests"], loose_spaces=True)
    return re.compile(rf"(?:[Aa]n?|[Oo]ne|[Aa]nother)[^\S\n]++(?P<who>[a-z][^,.;:!?\n]{{0,60}}?),?[^\S\n]++"
                      rf"who[^\S\n]++{OTHER_PREDICATE}(?:{asked})[^\S\n]++(?:only[^\S\n]++)?(?P<name>{NAME_TOKEN})(?![\w'\u2019-])")


def asked_name_first(phrase: str) -> str:
    """A speaker phrase that gives the name a person asked to be called, with that name first ("A volunteer listener,
    who asked to be identified only as Huw" -> "Huw, volunteer listener"): the name is the speaker (ANNOTATION.md
    decision 9: the pseudonymous "David"), the words before it their description, as a narrative paragraph's
    :func:`pipeline.extract.attribution.mention` reads them. Any other phrase is returned as it is."""
    found = _asked_name().match(phrase)
    if found is None:
        return phrase
    rest = phrase[found.end():].strip(" ,")
    return ", ".join(part for part in (found.group("name"), found.group("who").strip(), rest) if part)


@lru_cache(maxsize=1)
def _private_after() -> re.Pattern[str]:
    """A lower-case word of a private person right after a word: " woman" of "One Glasgow woman"."""
    return re.compile(rf"[^\S\n]++(?:{alternation(tuple(w for w in lexicon().private if w.islower()), loose_spaces=True)})s?(?![\w-])")


#: Words that bring in someone unnamed, which the model may take into a person with the word after: "One Bristol".
_UNNAMED_OPENERS = frozenset(("One", "A", "An", "Another"))


def describes_someone(fragment: str, ent: Any) -> bool:
    """Whether the model's person only describes a private person after it: "One Glasgow woman", "A Swansea
    father", the model's "One Bristol" of "One Bristol caller" (a place or a people, not who)."""
    words = ent.text.split()
    one_word = len(words) == 1 or (len(words) == 2 and words[0] in _UNNAMED_OPENERS)
    return one_word and _private_after().match(fragment, ent.end_char) is not None


def cut_description(description: str) -> str:
    words = description.split()
    for i, w in enumerate(words):
        if i > 0 and w.lower().strip(",.") in lexicon().cues["cut_before"]:
            words = words[:i]
            break
    return " ".join(words).strip(" ,.;:")


def without_org(description: str, span: Optional[tuple[str, int, int]]) -> Optional[str]:
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



def title_before_name(found: str, later: list[str], before: str = "") -> bool:
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
def _document_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(lexicon().cues.get("document_nouns", []), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:the|its|their|this|a|an)\s++(?:[\w'\u2019-]++\s++){{0,3}}?(?:{nouns})(?:\s++(?:from|by|of)\s++\S.*)?",
                      re.IGNORECASE)


def document_words(description: str) -> bool:
    """Whether a speaker phrase is a document, not a person: "The report", "its website", "the
    charity's annual review", "a statement from the trust" (``document_nouns`` of ``speaker_cues.json``)."""
    return _document_pattern().fullmatch(description.strip()) is not None


#: "One of the charity's advisers": one of a group, named by the plural of the role.
_ONE_OF = re.compile(r"(?i:one|another)[^\S\n]++of[^\S\n]")
#: A plural's "s" after a lower-case letter: "advisers", "volunteers" (not "charity's").
_PLURAL_S = re.compile(r"(?<=[a-z]{3})s(?![\w'\u2019-])")


def head_noun(description: str) -> str:
    """The person an unnamed speaker is: "A spokesperson for the charity" -> "spokesperson", "One caller" -> "caller",
    "One of the charity's advisers" -> "adviser" (one of a plural is one holder of the role)."""
    if _ONE_OF.match(description):
        description = _PLURAL_S.sub("", description)
    person = speaker_patterns()["role"].search(description) or speaker_patterns()["private"].search(description)
    if person:
        return person.group() if person.group().isupper() else person.group().lower()
    core = re.split(r"(?<!\s)\s++(?:for|from|of|at|with|who|in|on|to)\s++|,", description, maxsplit=1)[0]
    words = core.split()
    return words[-1].strip(".,;:'\u2019") if words else description


def private_first(words: str) -> bool:
    """Whether the opening words of a description make a private person: a word of one ("a mother of two", "a former
    offender") before any role word; after a role it names the role's field ("head of perpetrator services", "manager
    of the caller support team": an official)."""
    private = speaker_patterns()["private"].search(words)
    if private is None:
        return False
    role = speaker_patterns()["role"].search(words)
    return role is None or role.start() >= private.start()


@lru_cache(maxsize=1)
def _seat_office() -> re.Pattern[str]:
    offices = alternation(lexicon().cues["post_nominal_offices"])
    return re.compile(rf"(?:the|The)[^\S\n]++(?:[A-Z][\w'\u2019-]*+[^\S\n]++){{0,3}}(?P<office>{offices})")


def member_office(description: str) -> Optional[str]:
    """The member's office a definite description ends in after the seat's words, if any: "the Foyle MLA" ->
    "MLA", "the Derby North MP" -> "MP" (``post_nominal_offices``): the member the story named before, by their
    office, not by their seat."""
    m = _seat_office().fullmatch(description.strip())
    return m.group("office") if m else None
