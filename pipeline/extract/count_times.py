"""The measure of "N times" after a verb of use: "was contacted 161,170 times", "turned to the helpline 3,870
times", "texted the line 900 times" (``times_verbs`` and ``times_verbs_of_helpline`` of ``data/measures.json``);
"N times" before a comparative is a multiplier, no count ("three times more likely").

Read by :func:`pipeline.extract.count_steps` for a figure whose unit is "times".
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.measures import lexicon
from pipeline.wordlists import alternation, fold


def times_of(unit: Optional[str], before: str, after: Optional[str] = None) -> Optional[str]:
    """The measure of "was contacted 161,170 times", "was accessed 1,500 times", "contacted the helpline 15,435
    times": a verb of use before "N times", its object between them."""
    if unit != "times" or (after is not None and _times_compared(after)):
        return None  # "40 times more likely", "four times the number": a multiplier, whatever verb is before
    match = re.search(r"\b([a-z]+)(?:\s{1,3}(?:the|its|our|their|a)\s{1,3}([a-z-]{1,20}))?\s*$", before)
    found = _times_verb(match.group(1), match.group(2) or "", before) if match else None
    return found or _times_of_named(before)


def _times_verb(verb: str, object_words: str, before: str) -> Optional[str]:
    """The measure a verb (or a verb and its particle) before "N times" gives it, its object ``object_words``:
    ``times_verbs``; a verb of writing ("texted", "emailed": ``times_verbs_of_helpline``) only when its object names
    the helpline ("texted the line 900 times"; never "emailed the council 400 times", "texted friends 400 times"),
    or, with no object, when the verb named the helpline as its object earlier in the sentence (``before``: "texted
    the line 900 times ..., when they texted 300 times")."""
    lex = lexicon()
    verb = verb.lower()
    found = lex["times_verbs"].get(verb)
    if found is None or verb not in lex["times_verbs_of_helpline"]["verbs"]:
        return found
    if not object_words.strip():
        return found if _helpline_object(verb).search(before) else None
    words = f" {' '.join(object_words.lower().split())} "
    return found if any(f" {w} " in words for w in lex["times_verbs_of_helpline"]["objects"]) else None


@lru_cache(maxsize=8)
def _helpline_object(verb: str) -> re.Pattern[str]:
    """A verb of writing and, at most four words on, an object that names the helpline ("texted the line")."""
    objects = alternation(lexicon()["times_verbs_of_helpline"]["objects"])
    return re.compile(rf"\b{re.escape(verb)}\s{{1,3}}(?:[a-z'\u2019-]{{1,20}}\s{{1,3}}){{0,3}}?(?:{objects})\b", re.I)


@lru_cache(maxsize=1)
def _times_comparative() -> re.Pattern[str]:
    """ "times" and a comparative after a figure ("40 times higher", "three times more likely": ``times_comparatives``
    of ``data/measures.json``): a multiplier, no count of uses."""
    return re.compile(rf"\s{{0,3}}times\s{{1,3}}(?:{alternation(lexicon()['times_comparatives'])})\b", re.I)


def _times_compared(after: str) -> bool:
    return _times_comparative().match(after) is not None


#: The last words before "N times": a verb of use and its object of up to six words ("called the hot line",
#: "called 13 11 14", "visited the Get Help site").
_LAST_WORDS = re.compile(r"(?<![\w!'\u2019-])(?:[\w!'\u2019-]{1,20}\s{1,3}){1,7}$")


def _times_of_named(before: str) -> Optional[str]:
    """The measure of "N times" after a verb of use whose object is a name or a number of up to four words
    ("Americans called the hot line 47,000 times", "Victorians called 13 11 14 some 304 427 times")."""
    match = _LAST_WORDS.search(before[-110:])
    if match is None:
        return None
    verbs = lexicon()["times_verbs"]
    every = [fold(w) for w in match.group().split()]
    words = every[:-1]
    for i in range(len(words) - 1, -1, -1):  # the nearest verb, past its object; a verb and its particle
        for n in (3, 2, 1):  # ("reached out to", "turned to the National Gambling Helpline 3,870 times")
            phrase = " ".join(words[i:i + n])
            if len(words) - i >= n and phrase in verbs:
                return _times_verb(phrase, " ".join(every[i + n:]), before)
    return None
