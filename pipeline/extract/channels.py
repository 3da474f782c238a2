"""The channel a count's own noun names: "300 calls" by phone, "240 texts" by text, "90 live chats" by chat.

Calls and texts are two channels of one line, not one measure over time, though the measures put both
in the helpline family (:func:`pipeline.extract.inheritance.akin`): a change is never linked to a call count
and a text count as its pair (:mod:`pipeline.extract.base_links`), and the checks give no "inconsistent" on
such a pair found by search (:mod:`pipeline.check.unlike_counts`).  A noun of no channel ("contacts",
"people", "enquiries") names none, and such a count may be any channel's.  The nouns are in
``data/count_channels.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.wordlists import alternation, data_file, fold


@lru_cache(maxsize=1)
def _channel_nouns() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of every channel noun at the end of a count's words, and each noun's channel."""
    channels = data_file("count_channels.json")["channels"]
    of = {noun: channel for channel, nouns in channels.items() for noun in nouns}
    return re.compile(rf"(?<![\w-])(?P<noun>{alternation(of)})$", re.I), of


def channel_of(words: Optional[str]) -> Optional[str]:
    """The channel the words of a count name at their end ("300 texts": text), ``None`` for none."""
    pattern, of = _channel_nouns()
    m = pattern.search((words or "").strip())
    return of[fold(m.group("noun"))] if m else None


def two_channels(a: Optional[str], b: Optional[str]) -> bool:
    """Whether the words of two counts name two channels ("240 calls", "300 texts")."""
    x, y = channel_of(a), channel_of(b)
    return x is not None and y is not None and x != y
