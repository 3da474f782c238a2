"""Word lists as regular expressions: the one helper every word-list module uses."""
from __future__ import annotations

import re
from typing import Iterable


def alternation(phrases: Iterable[str], *, loose_spaces: bool = False) -> str:
    """The phrases as one regex alternation, escaped, longest first (so at any position
    the longest phrase wins); with ``loose_spaces`` a space matches any run of whitespace."""
    escaped = [re.escape(p) for p in sorted(phrases, key=len, reverse=True)]
    if loose_spaces:
        escaped = [e.replace(r"\ ", r"\s+") for e in escaped]
    return "|".join(escaped)
