"""Which of the model's people in a narrative fragment are names: the filters
:func:`pipeline.extract.narrative_names.first_named` reads the model's PERSON entities through.

A one-word place beside a longer name ("Former Armagh GAA star Jo Roe"), a seat or a member's office before a
member's name ("Skye and Lochaber MSP Jo Roe", "Alliance MLA for South Belfast Jo Roe"), a unit ("Public Protection
Branch"), a town after "from", a paper after "told the", a known body the model reads as a person ("Refuge"), a
description of a private person ("One Glasgow woman"), the object of a lead-in clause ("Speaking on Harbour FM's
Morning Show") and a body's possessive before a role ("Harbour Line's founder, Nia Holt,") are no person.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.regions import place
from pipeline.extract.speaker_kinds import describes_someone
from pipeline.extract.speakers import (APOSTROPHES, before_title_role, is_lead_in, is_title, lexicon,
                                       without_country_first)
from pipeline.wordlists import alternation


#: A possessive, a lower-case role and a capitalised appositive: "Harbour Line's founder, Nia Holt," (the model's
#: person "Harbour Line's" owns the role; the name is the appositive's).
_OWNER_OF_ROLE = re.compile(r"['\u2019]s[^\S\n]++(?:[a-z][\w-]*+[^\S\n]++){0,3}[a-z][\w-]*+,[^\S\n]*+[A-Z]")
#: A preposition of place right before a name: "a man from Reading" names a town.
_PLACE_BEFORE = re.compile(r"\b(?:from|in|of|at|near)\s*$", re.I)
#: A telling verb and "the" right before capitalised words: the paper told ("told the Chronicle"), no person.
_TOLD_THE = re.compile(r"\b(?:told|tells|telling|tell)[^\S\n]++the[^\S\n]*+$", re.I)


#: A preposition of place, then one or more capitalised words and "and"/"or" right before a word: "in Cork and ".
_PLACE_LIST_BEFORE = re.compile(r"\b(?:from|in|of|at|near|across|between)\s++(?:[A-Z][\w'\u2019-]*+,?\s++){1,4}(?:and|or|&)\s++$")


def _place_beside_a_name(ent: Any, people: list[Any]) -> bool:
    """Whether the model's person is one word that is a place of the gazetteer while it also finds a
    person of two or more words that is no place in the same fragment ("Former Armagh GAA star Jo
    Roe", "centres in Sligo and Kerry, Ms Jo Doyle said"): the place is where, the other is who."""
    return " " not in ent.text and place(ent.text) is not None and any(
        p is not ent and " " in p.text and place(p.text) is None for p in people)


@lru_cache(maxsize=1)
def _seat_then_office() -> re.Pattern[str]:
    """The rest of a seat's name and a member's office after its first word, up to the member's name: " and
    Lochaber MSP " of "Skye and Lochaber MSP Jo Roe"."""
    offices = alternation(lexicon().cues["post_nominal_offices"])
    return re.compile(rf"(?:[^\S\n]++(?:and|&)[^\S\n]++[A-Z][\w'\u2019-]*+){{0,2}}[^\S\n]++(?:{offices})[^\S\n]++(?=[A-Z])")


def _seat_before_a_name(ent: Any, people: list[Any], fragment: str) -> bool:
    """Whether the model's person is one word that opens the seat of a member named right after the office
    ("Skye" of "Skye and Lochaber MSP Jo Roe"): the seat is where, the member is who."""
    if " " in ent.text:
        return False
    m = _seat_then_office().match(fragment, ent.end_char)
    return m is not None and any(p.start_char == m.end() for p in people)


def _office_before_a_name(ent: Any, people: list[Any]) -> bool:
    """Whether the model's person is a party's words and a member's office ("Alliance MLA", "Sinn Féin MLA":
    ``post_nominal_offices``) with a person after it in the same fragment ("... MLA for South Belfast Jo Roe"):
    the party or seat and the office are the title, the other is who."""
    words = ent.text.split()
    return 2 <= len(words) <= 4 and words[-1] in lexicon().cues["post_nominal_offices"] and any(
        p.start_char >= ent.end_char and " " in p.text for p in people if p is not ent)


def _member_after_office(fragment: str, ent: Any) -> bool:
    """Whether the model's organisation (or facility, or place) right after a member's office and "for" is the seat
    and the member's name ("Foyle Jo Roe" of "Sinn Féin MLA for Foyle Jo Roe"): capitalised words no known body, whose
    leading words are the seat's place."""
    words = ent.text.split()
    return ent.label_ in ("ORG", "FAC", "GPE") and 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) \
        and _office_for_before().search(fragment, max(0, ent.start_char - 40), ent.start_char) is not None \
        and lexicon().find_org(ent.text) is None and _without_seat(fragment, ent.start_char, ent.end_char) > ent.start_char


#: The verb of a relative clause right before a word: "who represents " (its object is a place or a thing, not who).
_RELATIVE_OBJECT = re.compile(r"(?<![\w-])who[^\S\n]++[a-z]++[^\S\n]++(?:the[^\S\n]++)?$")


def _unit_name(words: str) -> bool:
    """Whether the model's person ends in an organisation word: "Protection Branch", "Crisis Unit"."""
    return words.split()[-1] in lexicon().cues["org_words"] if words.split() else False


def _places_listed(fragment: str, ent: Any) -> bool:
    """Whether the model's person is a place of the gazetteer in a list after a preposition of
    place ("opened in Sligo and Kerry", "from Derry, Tyrone and Fermanagh")."""
    return place(ent.text) is not None and _PLACE_LIST_BEFORE.search(fragment[max(0, ent.start_char - 120):ent.start_char]) is not None


#: "King's Lynn", "Bishop's Stortford": one capitalised word after another's possessive is a place's last word.
_PLACE_POSSESSIVE = re.compile(r"(?<![\w'\u2019])[A-Z][a-z]++['\u2019]s\s++$")


@lru_cache(maxsize=1)
def lead_in_object() -> re.Pattern[str]:
    """The end of a lead-in clause before a name it holds: "Speaking on Harbour FM's ", "Writing in the "
    (its prepositions are ``lead_in_prepositions`` of ``speaker_cues.json``)."""
    words = alternation(lexicon().cues.get("lead_in_prepositions", [])) or "(?!)"
    return re.compile(rf"\b(?:{words})\s++(?:the\s++)?(?:(?:[\w.-]++\s++){{0,2}}[\w.-]++['\u2019]s\s++)?$")


def _in_lead_in(fragment: str, start: int) -> bool:
    """Whether the name at ``start`` is the object of a clause that opens the sentence before the
    speaker ("Speaking on Harbour FM's Morning Show, she said"): a programme or paper, not a person."""
    cut = max(fragment.rfind(ch, 0, start) for ch in ",.;:!?") + 1
    words = fragment[cut:start].strip()
    if re.fullmatch(r"(?i:according)\s+to", words):
        return False  # "According to Jo Roe, director of the line, most callers are young": Jo Roe speaks
    return bool(words) and is_lead_in(words) and lead_in_object().search(fragment[cut:start]) is not None


def _whole_body(words: str) -> bool:
    """Whether ``words`` are all a known body's name ("Refuge", "Samaritans'")."""
    flat = re.sub(r"['\u2019]s?$", "", words.translate(APOSTROPHES))
    found = lexicon().find_org(flat)
    return found is not None and found[1] == 0 and found[2] == len(flat)


def _inside_known_body(fragment: str, ent: Any) -> bool:
    """Whether the model's person lies inside a longer known body's name in the fragment: "Devon" of "Devon and
    Cornwall Police has issued a statement" (a place in the force's name, no person)."""
    flat = fragment.translate(APOSTROPHES)
    return any(start <= ent.start_char and ent.end_char <= end and end - start > len(ent.text)
               for start, end, _ in lexicon().org_spans(flat))


@lru_cache(maxsize=1)
def _kind_word_before() -> re.Pattern[str]:
    """A lower-case kind word of a body right before a name: "charity " of "the suicide prevention charity Turning
    Tide" (``reference_kinds`` of ``body_cues.json``)."""
    from pipeline.extract.body_in_title import body_cues
    return re.compile(rf"(?<![\w-])(?:{alternation(body_cues()['reference_kinds'])})[^\S\n]++$")


def _after_kind_word(fragment: str, start: int) -> bool:
    """Whether the model's person stands right after a body's kind word: the body's name, no person."""
    return _kind_word_before().search(fragment, max(0, start - 30), start) is not None


def _member_taken_for_body(ent: Any) -> bool:
    """Whether the model's organisation is a person's name and a member's letters ("Delyth Roe MS"): two or three
    capitalised words that are no known body or place, then the office."""
    words = ent.text.split()
    if ent.label_ != "ORG" or not 3 <= len(words) <= 4 or words[-1] not in lexicon().cues["post_nominal_offices"]:
        return False
    name = " ".join(words[:-1])
    return all(w[:1].isupper() for w in words[:-1]) and lexicon().find_org(name) is None and place(name) is None \
        and place(words[0]) is None and not any(is_title(w) for w in words[:-1])


@lru_cache(maxsize=1)
def _office_for_before() -> re.Pattern[str]:
    """A member's office and "for" right before a word: "MLA for " of "SDLP MLA for Foyle Jo Roe"."""
    offices = alternation(lexicon().cues["post_nominal_offices"])
    return re.compile(rf"(?<![\w'\u2019-])(?:{offices}|Member)[^\S\n]++for[^\S\n]++$")


def _without_seat(fragment: str, start: int, end: int) -> int:
    """Where the name begins in the model's person that opens with a member's seat ("Foyle" of "Foyle Jo Roe" after
    "MLA for "): after the leading words that are a place, so long as two words are left."""
    if not _office_for_before().search(fragment, max(0, start - 40), start):
        return start
    words = fragment[start:end].split()
    for cut in range(1, len(words) - 1):
        if place(" ".join(words[:cut])) is not None:
            return start + len(" ".join(words[:cut])) + 1
    return start


def model_names(fragment: str, nlp: Any) -> list[tuple[int, int]]:
    """Where the model's people in a narrative fragment stand (start and end of each name) that are names:
    not a place, a seat, a member's office, a unit, a body, an outlet in a lead-in clause or a one-word description.
    "UK and Ireland Jo Roe": the country ends the body before the name."""
    people = [e for e in nlp(fragment).ents if (e.label_ == "PERSON" and not _after_kind_word(fragment, e.start_char))
              or _member_taken_for_body(e) or _member_after_office(fragment, e)]
    return [(max(e.end_char - len(without_country_first(e.text, fragment[:e.start_char])),
                 _without_seat(fragment, e.start_char, e.end_char)), e.end_char) for e in people
            if not _place_beside_a_name(e, people)  # "Former Armagh GAA star Jo Roe": the county is no person
            and not _seat_before_a_name(e, people, fragment)  # "Skye and Lochaber MSP Jo Roe": the seat is no person
            and not _office_before_a_name(e, people)  # "Alliance MLA for South Belfast Jo Roe": the party's office
            and not _unit_name(e.text)  # "Public Protection Branch": a unit, no person
            and not _PLACE_BEFORE.search(fragment[:e.start_char])  # "a man from Reading" names a town
            and not _TOLD_THE.search(fragment[:e.start_char])  # "told the Chronicle": the paper, no person
            and not before_title_role(fragment, e.end_char)  # "Volunteer Branch Director, Jo Roe": a title
            and not _places_listed(fragment, e)  # "centres in Cork and Kerry": a place of a list
            and not (" " not in e.text and _PLACE_POSSESSIVE.search(fragment[:e.start_char]))
            and not _whole_body(e.text)  # the model reads "Refuge" as a person
            and not _inside_known_body(fragment, e)  # "Devon and Cornwall Police has issued ...": the force's place
            and not describes_someone(fragment, e)  # "One Glasgow woman, who asked to be called Louise,"
            and not (" " not in e.text and is_title(e.text))  # "Volunteer numbers fell": a role word is no name
            and not (" " not in e.text and _RELATIVE_OBJECT.search(fragment, 0, e.start_char))  # "who represents Foyle"
            and not _in_lead_in(fragment, e.start_char)
            and not _OWNER_OF_ROLE.match(fragment, e.end_char - 2)  # "Harbour Line's founder, Nia Holt,": the owner
            and not _OWNER_OF_ROLE.match(fragment, e.end_char)  # "Harbour's operations manager, Neil Grant,": the model's "Harbour"
            and e.text[:1].isupper()]  # the model reads "rang twice" as a person: names are capitalised
