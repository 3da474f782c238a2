"""A speaker phrase cut into its pieces, and the titles set after a name.

:func:`split_segments` cuts a phrase at commas, parentheses and dashes but keeps the commas of a body's
name ("A Department for Work, Skills and Pensions spokesperson"); :func:`is_lead_in` tells a clause that
opens the sentence ("Speaking to the Post"); :func:`relative_role` reads "who directs the helpline" as a
role; :func:`post_nominal` takes the letters written after a name ("MP", "OBE"); :func:`closing_title` and
:func:`copula_title` find a title after a name (", the director of services for X.", "is Outreach
Director at X").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.organisations import lexicon
from pipeline.extract.person_names import is_title, word_alternation
from pipeline.wordlists import fold


#: A body's name cut by its commas: "Department for Work" + "Skills and Pensions spokesperson".
#: Also after "the" or a possessive: "the Police" + "Fire and Crime Commissioner", "Kent's Police" + "Fire and ...".
_NAME_LIST_END = re.compile(r"(?:\b(?:for|of|and|&|the|The)\s+|['\u2019]s\s+|,\s)[A-Z][\w'\u2019-]*$")
_NAME_LIST_ITEM = re.compile(r"[A-Z][\w'\u2019-]*")
#: The item after the comma is one to three capitalised words before "and": "Skills and", "North Somerset and".
_NAME_LIST_NEXT = re.compile(r"[A-Z][\w'\u2019-]*+(?:\s++[A-Z][\w'\u2019-]*+){0,2}\s++(?:and|&)\s++[A-Z]")
#: A title set after a name and closing its sentence: ", the director of services for Connex Ontario.".
_CLOSING_APPOSITIVE = re.compile(r",\s*+(?P<title>[^,.;:!?\"\u201c\u201d]{2,120}?)(?=\.(?:\s|$)|$)")
#: A title stated with "is" after a name, with or without an article: "Jo Roe is Outreach Director at FirstLink".
_COPULA_TITLE = re.compile(r"\s++(?:is|was|has\s++been)\s++(?P<title>(?:the\s++|an?\s++)?[A-Za-z][^,.;:!?\"\u201c\u201d]{2,120})")


def closing_title(rest: str) -> int:
    """The length of a title that follows a name up to the end of its sentence (", the director of
    services for Connex Ontario."), or 0: only words that hold a role ("director", "researcher")."""
    m = _CLOSING_APPOSITIVE.match(rest)
    return m.end("title") if m and is_title(m.group("title")) and not m.group("title").lstrip().startswith(("who", "which")) else 0


def copula_title(rest: str) -> Optional[str]:
    """The title a narrative gives with "is" right after a name ("Jo Roe is Outreach Director at
    FirstLink", "... is the principal investigator at the centre"), when it holds a role."""
    m = _COPULA_TITLE.match(rest)
    return m.group("title") if m and is_title(m.group("title")) else None


def split_segments(phrase: str) -> list[str]:
    """``phrase`` cut at commas and parentheses, each piece stripped.

    The commas of a body's name are kept: "A Department for Work, Skills and
    Pensions spokesperson" is one segment, since the piece after the comma
    continues a list of capitalised words that ends in "and Pensions".
    """
    parts = [p.strip(" .:;") for p in re.split(r"(?:(?<!\s)\s++)?[,()]\s*+|(?<!\s)\s++[\u2013\u2014-]\s++", phrase)]
    parts = [p for p in parts if p]
    out: list[str] = []
    for i, part in enumerate(parts):
        # "Culture" in "Department for Digital, Culture, Media and Sport": one more item of the list
        item = _NAME_LIST_ITEM.fullmatch(part) is not None and i + 1 < len(parts) and (
            _NAME_LIST_NEXT.match(parts[i + 1]) is not None or _NAME_LIST_ITEM.fullmatch(parts[i + 1]) is not None)
        if out and _NAME_LIST_END.search(out[-1][-60:]) and (_NAME_LIST_NEXT.match(part) or item):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def is_lead_in(segment: str) -> bool:
    """A clause that opens a sentence before the speaker: "Speaking to the Post", "Announcing the funding"."""
    words = segment.split()
    first = words[0]
    # "Speaking to the Post" opens a clause; "Gambling Helpline", "Reading Council" are names
    named = len(words) > 1 and words[1][:1].isupper()
    return first.lower() in lexicon().cues["lead_ins"] or (
        first[:1].isupper() and first.endswith("ing") and len(first) > 5 and not named)


def relative_role(segment: str) -> str:
    """A relative clause as a role: "who directs the helpline" -> "director of the helpline"."""
    words = segment.split()
    if len(words) < 3 or words[0].lower() != "who":
        return segment
    verbs = lexicon().cues.get("relative_roles", {})
    for n in (3, 2, 1):  # "who has been a volunteer" before "who has ..."
        verb = fold(" ".join(words[1:1 + n]))
        if verb in verbs and len(words) > 1 + n:
            return f"{verbs[verb]} {' '.join(words[1 + n:])}".strip()
    return segment


@lru_cache(maxsize=1)
def _post_nominal_pattern() -> re.Pattern[str]:
    cues = lexicon().cues
    words = word_alternation(tuple(cues.get("post_nominal_offices", [])) + tuple(cues.get("post_nominal_honours", [])))
    return re.compile(rf"(?<=[a-z'\u2019])(?:\s++(?:{words})(?![\w]))++$")


def post_nominal(segment: str) -> tuple[str, Optional[str]]:
    """A segment without the letters after a name, and the office they name, if any:
    "John Alexander MP" -> ("John Alexander", "MP"); "Jo Roe OBE" -> ("Jo Roe", None)."""
    offices = set(lexicon().cues.get("post_nominal_offices", []))
    if _post_nominal_pattern().fullmatch("x " + segment, 1) is not None:  # "Jo Roe, LCSW, director": letters alone
        return "", next((w for w in segment.split() if w in offices), None)
    m = _post_nominal_pattern().search(segment)
    if m is None or not any(ch.isupper() for ch in segment[:m.start()]):
        return segment, None  # "the MP", "the local MP": a title alone, with no name before it
    office = next((w for w in m.group().split() if w in offices), None)
    return segment[:m.start()], office
