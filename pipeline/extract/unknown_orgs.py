"""Organisations the data file does not know, from a speaker phrase's capitalised words.

:func:`unknown_org` reads a body by its shape (capitalised words holding an organisation
word, "Harbour Trust", or an acronym; a name with commas whole), else takes the model's ORG
entity unless it is a role word, a remit ("Regional Director for Wales"), a town after "in",
an elected member's seat ("MP for Eastham") or a street ("the branch on Old Market Street").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

from pipeline.extract.lexicon import lexicon, single_roles
from pipeline.extract.regions import place
from pipeline.wordlists import data_file

#: The tail of a body's name with commas: ", Culture, Media and Sport".
_NAME_LIST_TAIL = re.compile(r", [A-Z][\w'\u2019-]*(?:, [A-Z][\w'\u2019-]*){0,3} (?:and|&) [A-Z][\w'\u2019-]*")


def unknown_org(text: str, nlp: Any = None) -> Optional[str]:
    """An organisation not in the data file, from its capitalised name.

    A name with commas ("Department for Work, Skills and Pensions") is read
    whole; the model's entity is taken unless it is a piece of that name or
    a word of a title ("Home" of "Home Secretary").
    """
    shaped = _shaped_org(text)
    if nlp is not None:
        roles = single_roles()
        for ent in nlp(text).ents:
            following = text[ent.end_char:].split()
            if ent.label_ != "ORG" or (following and following[0].lower().strip(",.") in roles and " " not in ent.text):
                continue
            found = re.sub(r"^the\s+", "", ent.text, flags=re.I)
            if found.lower() in roles:
                continue  # "a GP in Northfield", "the CEO": a role word the model reads as a body is no body
            if not shaped and _place_only(found):
                continue  # "Regional Director for Wales": the model reads a remit as a body
            if place(found) is not None and _PLACE_PREPOSITION.search(text, 0, ent.start_char):
                continue  # "who runs the line from a church hall in Dayton": a town after "in" is where, not who
            if _seat_before().search(text, 0, ent.start_char):
                continue  # "MP for Eastham", "Senator for Harbour County": a seat, not a body
            if found.split()[-1] in _address_words():
                continue  # "volunteers at the branch on Old Market Street": an address, not a body
            return shaped if shaped and found in shaped else found
    return shaped


#: A preposition of place right before a word: what follows it is where, not a body ("in Dayton").
_PLACE_PREPOSITION = re.compile(r"\b(?:in|from|near|across|around|outside)\s++(?:the\s++)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _seat_before() -> re.Pattern[str]:
    """An elected member's title and its "for" right before a word: what follows is their seat."""
    offices = "|".join(re.escape(w) for w in lexicon().cues.get("post_nominal_offices", []))
    return re.compile(rf"\b(?:{offices}|(?<!staff\s)(?<!board\s)[Mm]ember|[Cc]ouncill?or|[Ss]enator|[Rr]epresentative|[Aa]ssembly(?:member|man|woman))"
                      rf"\s++for\s++(?:the\s++)?$")


@lru_cache(maxsize=1)
def _address_words() -> frozenset[str]:
    """The last words of a street's name ("Street", "Road": ``address_words`` of ``data/body_cues.json``)."""
    return frozenset(data_file("body_cues.json")["address_words"])


def _place_only(words: str) -> bool:
    """Whether words are only a country, nation or region of the gazetteer ("Wales", "Northern Ireland")."""
    found = place(words)
    return found is not None and found.kind in ("country", "nation", "region")


def _shaped_org(text: str) -> Optional[str]:
    """Capitalised words holding an organisation word ("Harbour Trust"), or an acronym."""
    words = lexicon().cues["org_words"]
    for m in re.finditer(r"(?:\b(?:of|for|at|from|with)\s+(?:the\s+)?|^(?:[Tt]he\s+|[Aa]n?\s+)?)((?:[A-Z][\w'\u2019!&.-]*)(?:\s+(?:of|and|for|the|on|[A-Z][\w'\u2019!&.-]*))*)", text):
        cand = re.sub(r"(?<!\s)(?:\s++(?:of|and|for|the|on))++$", "", m.group(1))
        cand = re.sub(r"['\u2019]s$", "", cand)
        tail = _NAME_LIST_TAIL.match(text, m.start(1) + len(cand))
        if tail:
            cand += tail.group()
        cand = _without_title(cand)
        if _title_shaped(cand):
            continue  # "Interim Director of Programs at Harbour Centre": the title, then the body
        toks = cand.split()
        acronym = len(toks) == 1 and toks[0].isupper() and len(toks[0]) > 1 and toks[0].lower() not in single_roles() \
            and toks[0] not in lexicon().cues.get("post_nominal_offices", [])  # "the MP" names no body
        if any(t.strip("'\u2019s,") in words for t in toks) or acronym:
            return cand
    return None


def _title_shaped(cand: str) -> bool:
    """Whether capitalised words are a title ending in a role before "of" or "for" ("Interim
    Director of Programs", "Regional Manager for Wales"), not a body ("Department of Health")."""
    toks = cand.split()
    for i, tok in enumerate(toks):
        if tok in ("of", "for"):
            return i > 0 and toks[i - 1].lower() in single_roles()
    return False


def _without_title(cand: str) -> str:
    """Capitalised words without the title before the body: "President and CEO for Crisis
    Services" -> "Crisis Services"; "Department for Education" keeps its words."""
    toks = cand.split()
    roles = single_roles()
    for i, tok in enumerate(toks):
        if tok in ("of", "for") and i > 0:
            if all(t.lower() in roles or t in ("and", "&") for t in toks[:i]):
                rest = toks[i + 1:]
                return " ".join(rest[1:] if rest[:1] == ["the"] else rest) or cand
            break
    return cand
