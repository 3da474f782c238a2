"""What a count counts by its own words: a list line's heading, and care words before its noun.

A list line takes what its heading says it counts: "The council areas with the most contacts in 2024 were:" over
"Glasgow: 412", "Calls to the helpline by district:" over "Maidstone: 140".

A list line ("<place>: <figure>") has no words of its own but its label; the heading it sits under is its words. A
count takes the channel its own words name (ANNOTATION.md decision 4), so a line takes the one channel its heading's
count nouns and cue words name, before the count it follows is asked (that count may be of another channel: "the
website recorded 19,600 visits ... The council areas with the most contacts were:"). A heading naming no channel, or
more than one, leaves the line to follow the count before it, as before.

A care word between a figure and its noun ("1,870 counselling sessions", "300 therapy sessions") makes it care given,
not a use of the helpline or the website (decision 4: therapy participants and the like are ``other``). Sessions are
decision 4's "self-help sessions", a website's, where their sentence names a website or self-help ("the Get Help
website recorded 196,400 sessions"); any other sessions are ``other`` ("Training takes place over ten weekly
sessions").
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.measures import cue_positions, lexicon, word_regex

#: The measures of a helpline's or a website's use: the ones a heading may give its lines.
CHANNEL_MEASURES = frozenset({"helpline_contacts", "helpline_calls", "website_users"})
#: A word of a heading: letters and inner hyphens, taken possessively (linear on any line).
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*+")


def heading_measure(heading: Optional[str]) -> Optional[str]:
    """The one channel measure a list's heading names by its count nouns ("contacts", "calls", "visits") and cue
    words ("got in touch"), else ``None``."""
    if not heading:
        return None
    lex = lexicon()
    found = {measure for _, _, measure in cue_positions(heading)}
    for m in _WORD.finditer(heading):
        word = m.group().lower()
        found.add(lex["unit_word_measures"].get(word) or lex["unit_measures"].get(lex["units"].get(word, ""), ""))
    found &= CHANNEL_MEASURES
    return next(iter(found)) if len(found) == 1 else None


def cared_for(between: str) -> bool:
    """Whether the words between a figure and its noun hold a care word (``care_words`` of ``data/measures.json``):
    "1,870 counselling sessions", "40 therapy sessions"."""
    return bool(between.strip()) and bool(word_regex("care_words").search(between))


#: Self-help or online use named in a sentence, beside ``website_words``.
_SELF_HELP = re.compile(r"(?<![\w-])(?:self-help|online)(?![\w-])", re.I)


def sessions_measure(sentence: str) -> str:
    """What a count of sessions counts: a website's users where its sentence names a website or self-help, else
    ``other`` (training, counselling)."""
    return "website_users" if word_regex("website_words").search(sentence) or _SELF_HELP.search(sentence) else "other"
