"""The body a spokesperson speaks for, named by capitalised words no list knows.

"A spokesman for Gambler's Help said", "a spokeswoman for Kindred", "A Gambler's Help
spokesman": papers name the body a spokesperson speaks for right after "spokesman for" (or
"of", "at", "from") or right before the spokes-word. The capitalised words there are that
body, not a person (a possessive "Gambler's" inside them does not make them a name), and the
whole run is the body, not the piece of it the model reads as an organisation ("Gambler"), also when the
name lists its parts with commas ("A spokesperson for Bath, Swindon and Wiltshire Integrated Care Board").
"""
from __future__ import annotations

import re
from typing import Optional

_RUN = r"[A-Z][\w'\u2019&!.-]*+(?:[^\S\n]++(?:(?:of|for|and|on|&)[^\S\n]++)?(?:the[^\S\n]++)?[A-Z][\w'\u2019&!.-]*+){0,6}"
#: A body whose name lists its parts with commas before "and": "Bath, Swindon and Wiltshire Integrated Care Board",
#: "Mental Health, Wellbeing and Recovery Highland"; each item is one to three capitalised words. A comma with no
#: "and" after it ends the body ("a spokesman for Kent Police, Tom Roe, said").
_ITEM = r"[A-Z][\w'\u2019-]*+(?:[^\S\n]++[A-Z][\w'\u2019-]*+){0,2}"
#: The list may close an office's name after its "for", and its last item open on "the": "the Office of the Police and
#: Crime Commissioner for Devon, Cornwall and the Isles of Scilly".
_OFFICE_FOR = r"[A-Z][\w'\u2019-]*+(?:[^\S\n]++(?:(?:of|and|&)[^\S\n]++)?(?:the[^\S\n]++)?[A-Z][\w'\u2019-]*+){0,6}[^\S\n]++for[^\S\n]++"
LISTED = rf"(?:{_OFFICE_FOR})?(?:{_ITEM},[^\S\n]++){{1,4}}{_ITEM}[^\S\n]++(?:and|&)[^\S\n]++(?:the[^\S\n]++)?{_RUN}"
_SPOKES = r"spokes(?:man|woman|person|people)"
#: "spokesman for (the) X" and "a/the X spokesman"; each capitalised word matched possessively.
_AFTER = re.compile(rf"\b{_SPOKES}[^\S\n]++(?:for|of|at|from)[^\S\n]++(?:the[^\S\n]++)?(?P<body>{LISTED}|{_RUN})")
_BEFORE = re.compile(rf"\b(?:[Aa]n?|[Tt]he)[^\S\n]++(?P<body>{_RUN})[^\S\n]++{_SPOKES}\b")


def spokes_body(phrase: str) -> Optional[tuple[str, int, int]]:
    """(body, start, end) of the body a spokesperson of the phrase speaks for, or None."""
    m = _AFTER.search(phrase) or _BEFORE.search(phrase)
    if m is None:
        return None
    body = re.sub(r"['\u2019]s?$", "", m.group("body").rstrip("."))
    return (body, m.start("body"), m.start("body") + len(body)) if body else None


_SPOKES_WORD = re.compile(rf"\b{_SPOKES}\b", re.IGNORECASE)
#: A relative clause opening after a comma: ", which runs ...", ", that funds ...".
_BODY_CLAUSE = re.compile(r",[^\S\n]++(?:which|that)[^\S\n]")


def without_body_clause(phrase: str) -> str:
    """A spokesperson's phrase without the relative clause that describes their body ("A spokesperson for Harbour
    Trust, which runs Calm Waters on behalf of the Welsh Government" -> "A spokesperson for Harbour Trust"): the
    bodies the clause names are the body's partners, never the speaker's own."""
    m = _SPOKES_WORD.search(phrase)
    cut = _BODY_CLAUSE.search(phrase, m.end()) if m else None
    return phrase[:cut.start()] if cut else phrase
