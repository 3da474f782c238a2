"""A headline written all in lower case, and a capitalised copy to match names in.

Some pages give their headline as a slug turned into words ("volunteer appeal
samaritans north devon and cornwall"): the names in it (a place, the charity)
have lost their capitals, so the case-sensitive place and organisation lists
miss them.  :func:`lower_headline` finds such a first line; :func:`capitalised`
gives a copy with each word's first letter in upper case, of the same length, so
that offsets found in the copy are offsets into the text.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Optional

from pipeline.settings import DATA_DIR

#: The first line of a text, up to its first newline.
_FIRST_LINE = re.compile(r"[^\n]*+")
#: A word: after a start, a space, a hyphen, a slash, a bracket or a double or curly opening mark.
_WORD = re.compile(r"(?:^|(?<=[\s(\"\u2018\u201c/-]))[a-z]++")
#: At least this many words make a line a headline rather than a stray word.
MIN_WORDS = 3


def lower_headline(text: str) -> Optional[tuple[int, int]]:
    """The (start, end) of the first line when it is a headline with no capital letter, else None.

    A line of at least :data:`MIN_WORDS` words of letters, none of them upper case;
    "samaritans north devon appeal" is one, "Samaritans appeal" and "2,000 calls" are not.
    """
    if not isinstance(text, str) or not text:
        return None
    line = _FIRST_LINE.match(text)
    words = re.findall(r"[a-z]{2,}", line.group()) if line else []
    if not line or len(words) < MIN_WORDS or any(c.isupper() for c in line.group()):
        return None
    return line.start(), line.end()


@lru_cache(maxsize=1)
def _lower_words() -> frozenset[str]:
    """The words names keep in lower case, from ``data/headline.json``."""
    return frozenset(json.loads((DATA_DIR / "headline.json").read_text(encoding="utf-8"))["lower_words"])


def capitalised(line: str) -> str:
    """``line`` with each word's first letter in upper case but for the words names keep in lower
    case, every other character kept: "north devon and cornwall" -> "North Devon and Cornwall"."""
    keep = _lower_words()
    return _WORD.sub(lambda m: m.group() if m.group() in keep else m.group()[0].upper() + m.group()[1:], line)
