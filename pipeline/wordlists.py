"""Word lists: reading a data file of them, and writing them as regular expressions; the helpers every
word-list module uses."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Iterable

from pipeline.settings import DATA_DIR


@lru_cache(maxsize=None)
def data_file(name: str) -> dict:
    """The word lists of ``pipeline/data/<name>``, a JSON file, read once."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def alternation(phrases: Iterable[str], *, loose_spaces: bool = False) -> str:
    """The phrases as one regex alternation, escaped, longest first (so at any position
    the longest phrase wins); with ``loose_spaces`` a space matches any run of whitespace."""
    escaped = [re.escape(p) for p in sorted(phrases, key=len, reverse=True)]
    if loose_spaces:
        escaped = [e.replace(r"\ ", r"\s+") for e in escaped]
    return "|".join(escaped)
