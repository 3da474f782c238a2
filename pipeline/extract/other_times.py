"""Times a count's sentence names that are not the count's own.

"The figures, published in March, show the line took 3,300 calls": March is when the figures
came out, not their period, so the count is as undated as if March were not there (ANNOTATION.md
decision 6 gives a figure its own period, or none). "Ms Green, who became director in 2019, said
the line now takes 90 calls a day": 2019 is the aside's, and a standing rate takes no period from it.
The words are data (``data/other_times.json``).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from pipeline.wordlists import alternation

DATA = Path(__file__).resolve().parent.parent / "data" / "other_times.json"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    release = re.compile(rf"\b(?:{alternation(data['release_words'], loose_spaces=True)})\s++(?:(?:in|on|at)\s++)?$",
                         re.I)
    aside = re.compile(rf",\s*+(?:{alternation(data['aside_openers'], loose_spaces=True)})\b[^,;:]*+$", re.I)
    return release, aside


def release_date(text: str, mention: Optional[Any]) -> bool:
    """Whether ``mention`` (a time in ``text``) is the date figures were published: "published in March"."""
    if mention is None or mention.relative is not None:
        return False
    return bool(_patterns()[0].search(text, max(0, mention.start - 24), mention.start))


def in_aside(text: str, mention: Optional[Any], offset: int) -> bool:
    """Whether ``mention`` lies in a comma-bound aside ("Ms Green, who became director in 2019, said") that
    closes before the figure at ``offset`` (both offsets in ``text``)."""
    if mention is None or mention.end > offset:
        return False
    close = text.find(",", mention.end, offset)
    return close >= 0 and bool(_patterns()[1].search(text, max(0, mention.start - 80), mention.start))
