"""The channel a count's own noun names: "300 calls" by phone, "240 texts" by text, "90 live chats" by chat.

Calls and texts are two channels of one line, not one measure over time, though the measures put both
in the helpline family (:func:`pipeline.extract.inheritance.akin`): a change is never linked to a call count
and a text count as its pair (:mod:`pipeline.extract.base_links`), and the checks give no "inconsistent" on
such a pair found by search (:mod:`pipeline.check.unlike_counts`).  A noun of no channel ("contacts",
"people", "enquiries") names none, and such a count may be any channel's.  The nouns are in
``data/count_channels.json``.

The channels any words name (:func:`channels_named`: "rang the helpline", "through the self-check tool on its
website", "by phone, email or live chat") and the measure they make (:func:`measure_of_channels`) are read from
``named_channels`` there too.
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


#: A phone that is a device, not the line's channel: "12,000 of these were from mobile phones".
_DEVICE = re.compile(r"\b(?:mobile|smart)\s{1,3}$", re.I)
#: "called" that names, not rings: "a charity called Shout", "a service called 'Talk'".
_NAMING = re.compile(r"\s{1,3}(?-i:[A-Z\"'\u201c\u2018])")


@lru_cache(maxsize=1)
def _channel_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern of every channel word, and each word's channel."""
    data = data_file("count_channels.json")
    of = {fold(word): channel for channel, words in data["named_channels"].items() for word in words}
    of.update({fold(phrase): "website" for phrase in data["online_phrases"]})
    return re.compile(rf"(?<![\w-])(?P<word>{alternation(of)})(?![\w-])", re.I), of


def channels_named(words: str) -> set[str]:
    """The channels ``words`` name: "phone", "website", "message" and "line" (a helpline or an adviser, no channel)."""
    pattern, of = _channel_words()
    found = set()
    for m in pattern.finditer(words):
        word = fold(m.group("word"))
        if word == "called" and _NAMING.match(words, m.end()):
            continue  # "a charity called Shout": a name, no call
        elif of[word] != "phone" or not _DEVICE.search(words, max(0, m.start() - 12), m.start()):
            found.add(of[word])
    return found


def measure_of_channels(channels: set[str]) -> Optional[str]:
    """The measure of a count whose own words name ``channels``; ``None`` when they name no channel."""
    if "message" in channels or {"phone", "website"} <= channels or {"website", "line"} <= channels:
        return "helpline_contacts"  # "by phone, email or live chat", "its phone line or website"
    if "phone" in channels:
        return "helpline_calls"
    if "website" in channels:
        return "website_users"
    return None
