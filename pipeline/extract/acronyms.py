"""A body's initials spelled out from the article that uses them.

Papers name a body in full once and by its initials after ("Samaritans of Singapore (SOS)",
"the Florida Council on Compulsive Gambling's (FCCG's) helpline", "the US Department of
Health and Human Services ... HHS Secretary"). :func:`spelled_out` finds the full name for
initials the data file does not know: the name set before them in brackets, else a run of
capitalised words whose initials end with them.
"""
from __future__ import annotations

import re
from typing import Optional

#: One capitalised word of a name, maybe with a possessive: "Gambling's", "US", "Singapore".
_CAP = r"[A-Z][\w&\u2019'-]*+"
#: Capitalised words, maybe joined by lower-case words: "Samaritans of Singapore".
_RUN = rf"{_CAP}(?:\s++(?:(?:of|on|for|and|&|the)\s++)?{_CAP}){{0,8}}"
_NAME_RUN = re.compile(_RUN)
_JOINERS = frozenset(("of", "on", "for", "and", "&", "the"))
_OPENERS = frozenset(("The", "A", "An", "Its", "Their", "Our"))
_POSSESSIVE = re.compile(r"['\u2019]s?$")
#: Initials as a body's name: two to six capitals.
INITIALS = re.compile(r"[A-Z]{2,6}")


def _words(run: str, openers: bool = False) -> list[str]:
    """A run's words without possessives and joiners at its ends; without "The" and the like at
    its start unless ``openers`` ("The Listening Service" is TLS)."""
    words = [_POSSESSIVE.sub("", w) for w in run.split()]
    while words and ((words[0] in _OPENERS and not openers) or words[0] in _JOINERS):
        words = words[1:]
    while words and words[-1] in _JOINERS:
        words = words[:-1]
    return words


def _initials(words: list[str]) -> tuple[str, str]:
    """The initials of the capitalised words, and of every word but "and", "the" and "&"."""
    caps = "".join(w[0] for w in words if w[:1].isupper())
    every = "".join(w[0].upper() for w in words if w not in ("and", "&", "the"))
    return caps, every


def spelled_out(initials: str, text: str) -> Optional[str]:
    """The full name of a body the text also calls by ``initials``, or None.

    "SOS" in a text with "Samaritans of Singapore (SOS)" -> "Samaritans of Singapore";
    "HHS" in a text naming the "US Department of Health and Human Services" -> that name
    (its last capitalised words have the initials). None for other words or no such name.
    """
    if not INITIALS.fullmatch(initials):
        return None
    bracketed = re.compile(rf"({_RUN})\s*+\(\s*+{re.escape(initials)}(?:['\u2019]s?)?\s*+\)")
    for m in bracketed.finditer(text):
        for words in (_words(m.group(1)), _words(m.group(1), openers=True)):
            if words and initials in _initials(words):
                return " ".join(words)
    for m in _NAME_RUN.finditer(text):
        words = _words(m.group())
        for end in range(len(words), 1, -1):  # "... Human Services on Monday": the name may end before the run
            if words[end - 1][:1].isupper() and any(i.endswith(initials) for i in _initials(words[:end])):
                return " ".join(words[:end])
    return None
