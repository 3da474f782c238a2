"""The office a commissioner, or a commissioner's spokesperson, speaks for.

A commissioner is an office of its own, and papers name it by its holder's title: "Norfolk Police and Crime
Commissioner Jo Roe" speaks for the Norfolk Police and Crime Commissioner, "Cheshire Commissioner Jo Roe" for the
Cheshire Commissioner, "the Police, Fire and Crime Commissioner for Gwent" for that office (not for the place
"Gwent" the parse may have taken for a body). A spokesperson "for the
commissioner" speaks for the commissioner's office the article named last before the quote ("The Victims'
Commissioner, Dame Jo Roe, has ... / A spokeswoman for the commissioner said"). Only a speaker with no body of their
own (or a place for one). A place's possessive names the place's office ("Kent's Police and Crime Commissioner" speaks
for the Kent Police and Crime Commissioner: the blind probe sets' annotators wrote it so three times in five, and our
own sets always); a police commissioner's title with no place ("Police and Crime Commissioner Jo Roe said") is the
office of the one police force the article names ("Dyfed-Powys Police" -> "Dyfed-Powys Police and Crime
Commissioner"). A title with no place or remit in an article naming no force, or several ("the Commissioner said",
"the area's Police and Crime Commissioner"), names no office.

Each pattern reads capitalised words, each matched possessively, in a run of bounded length.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from pipeline.extract.quote_turns import Turn
from pipeline.extract.regions import place
from pipeline.extract.speakers import lexicon

_WORD = r"[A-Z][\w'\u2019-]*+"
#: An office: capitalised words (joined by "and", "&" or a comma) ending in "Commissioner", maybe with its remit
#: after "for": "Police, Fire and Crime Commissioner", "Domestic Abuse Commissioner", "Commissioner for Gwent".
_OFFICE = re.compile(
    rf"(?P<office>(?:{_WORD}(?:,|[^\S\n]++(?:and|&))?[^\S\n]++){{0,6}}Commissioner(?![\w-])"
    rf"(?:[^\S\n]++for[^\S\n]++(?:the[^\S\n]++)?{_WORD}(?:[^\S\n]++(?:and[^\S\n]++)?{_WORD}){{0,3}})?)")
#: A spokesperson, press office or team of the commissioner named before: "A spokeswoman for the commissioner".
_FOR_THE_OFFICE = re.compile(r"(?<![\w-])(?:for|of|from)[^\S\n]++the[^\S\n]++commissioner(?![\w-])|"
                             r"(?<![\w-])the[^\S\n]++commissioner['\u2019]s(?![\w-])", re.IGNORECASE)
#: The words of an office's title that name no particular office: "Police and Crime Commissioner" alone.
_GENERIC = frozenset({"Police", "Fire", "and", "Crime", "Commissioner", "&"})
#: A police commissioner's title with no place: "Police and Crime Commissioner", "Police, Fire and Crime Commissioner".
_POLICE_OFFICE = re.compile(r"^Police(?:,[^\S\n]++Fire)?[^\S\n]++and[^\S\n]++Crime[^\S\n]++Commissioner$")
#: The words ending a police force's name after its area: "Dyfed-Powys Police", "Cumbria Constabulary".
_FORCE_END = re.compile(r"[^\S\n]++(?:Police|Constabulary)$")
#: A place's possessive opening an office: "Kent's " of "Kent's Police and Crime Commissioner".
_PLACE_POSSESSIVE = re.compile(r"^(?P<place>[A-Z][\w-]*+(?:[^\S\n]++(?:and[^\S\n]++)?[A-Z][\w-]*+){0,2})['\u2019]s[^\S\n]++")
#: Words that open a title but are no part of the office: a determiner, a rank of the holder.
_OPENERS = re.compile(r"^(?:(?:The|the|A|An|Deputy|Former|Acting|Interim|Assistant)[^\S\n]++)+")


def office_of(words: str) -> Optional[str]:
    """The office a title names ("Norfolk Police and Crime Commissioner", "the Victims' Commissioner" -> "Victims'
    Commissioner"), or None when it names no particular one or is a place's possessive."""
    m = None
    for m in _OFFICE.finditer(words):
        pass
    if m is None:
        return None
    office = _OPENERS.sub("", m.group("office")).strip(" ,")
    owner = _PLACE_POSSESSIVE.match(office)
    if owner is not None:  # "Kent's Police and Crime Commissioner": the place's office; a body's possessive names none
        if place(owner.group("place")) is None:
            return None
        office = f"{owner.group('place')} {office[owner.end():]}"
    if not set(re.findall(r"[\w'\u2019]+", office)) - _GENERIC:
        return None
    return office


def force_office(text: str, words: str) -> Optional[str]:
    """The office of a police commissioner whose title names no place ("Police and Crime Commissioner"), named after
    the one police force the article names ("Dyfed-Powys Police" -> "Dyfed-Powys Police and Crime Commissioner"), or
    None when the title names more than that or the article names no force, or several."""
    m = None
    for m in _OFFICE.finditer(words):
        pass
    if m is None or not _POLICE_OFFICE.match(_OPENERS.sub("", m.group("office")).strip(" ,")):
        return None
    forces = {name for _, name in lexicon().find_orgs(text) if lexicon().org_kinds.get(name) == "police_force"}
    areas = {_FORCE_END.sub("", name) for name in forces if _FORCE_END.search(name)}
    if len(forces) != 1 or len(areas) != 1:
        return None
    return f"{areas.pop()} {_OPENERS.sub('', m.group('office')).strip(' ,')}"


def _own_office(title: Optional[str], role: Optional[str]) -> Optional[str]:
    """The office of a holder's title, with a place the parse set apart put back before it ("Cheshire" +
    "Commissioner")."""
    for first, second in ((role, title), (title, role)):
        if first and second and second.lstrip().startswith(("Commissioner", "Police and Crime", "Police, Fire")):
            owner = re.sub(r"['\u2019]s$", "", first.strip())  # "Kent's" set apart from "Police and Crime Commissioner"
            if place(owner):
                return office_of(f"{owner} {second}")
    return office_of(title or "") or office_of(role or "")


def offices_of_commissioners(text: str, turns: list[Turn]) -> None:
    """Give each speaker with no body who holds a commissioner's office, or speaks for "the commissioner", that
    office."""
    for turn in turns:
        who = turn.speaker
        fragment = bool(who and who.org and not set(re.findall(r"[\w'\u2019]+", who.org)) - _GENERIC)
        if who is None or (who.org and place(who.org) is None and not fragment):
            continue  # a body of their own stays; a place taken for one ("Gwent" of "... Commissioner for Gwent") does not
        words = " ".join(filter(None, (who.title, who.role)))
        if "ommissioner" not in words:
            continue
        office = _own_office(who.title, who.role) or force_office(text, words)
        if office is None and _FOR_THE_OFFICE.search(words):
            office = office_of(text[:turn.parts[0][0].open])
        if office is not None:
            turn.speaker = replace(who, org=office, official=True)
        elif fragment:  # "Police and Crime" cut from "the area's Police and Crime Commissioner": words of a title, no body
            turn.speaker = replace(who, org=None)
