"""Bodies a story names in full with their short name in brackets after: "The SA Depression and
Anxiety Group (Sadag) has fielded ...", "the Harbour Gambling Support Network (HGSN)".

A run of capitalised words followed at once by a bracketed short name that begins with the run's
first letter is a body when the run holds an organisation word (``org_words`` of
``speaker_cues.json``) or the short name is the run's initials, and its last word is no place's
(``place_heads`` of ``body_cues.json``: "Greater Harbour City (GHC)"). The short name standing alone
later in the story ("Sadag, which runs ...") is a mention of the same body, under its full name,
so that "the organisation's operations director" finds it. Bodies the data file knows are left
to it.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.body_in_title import JOINER, NAME_JOINERS, body_cues
from pipeline.extract.organisations import lexicon
from pipeline.wordlists import alternation

_CAP = r"[A-Z][\w&\u2019'-]*+"
_PATTERN = re.compile(
    rf"(?<![\w'\u2019-])(?P<run>{_CAP}(?:[^\S\n]++(?:{JOINER}[^\S\n]++)?{_CAP}){{1,8}})"
    rf"[^\S\n]*+\((?P<short>[A-Z][A-Za-z&]{{1,9}})\)")


def _words(run: str) -> list[str]:
    """A run's words without "The" and the like at its start and joiners at its ends."""
    words = run.split()
    while words and (words[0] in ("The", "A", "An", "Its", "Their", "Our") or words[0] in NAME_JOINERS):
        words = words[1:]
    while words and words[-1] in NAME_JOINERS:
        words = words[:-1]
    return words


def _initials(words: list[str]) -> tuple[str, str]:
    """The initials of the capitalised words, and of every word but "and", "the" and "&"."""
    return "".join(w[0] for w in words if w[:1].isupper()), "".join(w[0].upper() for w in words if w not in ("and", "&", "the"))


def _body(run: str, short: str) -> Optional[str]:
    """The run's name when it is a body its short name stands for, else None."""
    words = _words(run)
    if len(words) < 2 or words[0][:1] != short[:1]:
        return None
    org_words = set(lexicon().cues["org_words"])
    caps, every = _initials(words)
    if not (any(w in org_words for w in words) or short.upper() in (caps, every)) or words[-1] in body_cues()["place_heads"]:
        return None  # "Greater Harbour City (GHC)": a place
    name = " ".join(words)
    known = lexicon().find_org(name)
    return None if known is not None else name


def bracketed_bodies(text: str) -> list[tuple[int, str]]:
    """(offset, "full name (short name)") of each body named with its short name in brackets, and of
    each later mention of that short name alone. Two passes over the text, whatever the number of
    bodies: the bracketed names, then one search for all their short names."""
    out: list[tuple[int, str]] = []
    named: dict[str, tuple[int, str]] = {}  # short name -> (where it was defined, "full (short)")
    for m in _PATTERN.finditer(text):
        name = _body(m.group("run"), m.group("short"))
        if name is None:
            continue
        full = f"{name} ({m.group('short')})"  # as annotators write such a body: "Harbour Gambling Support Network (HGSN)"
        out.append((m.start("run") + m.group("run").find(name.split()[0]), full))
        named.setdefault(m.group("short"), (m.end(), full))
    if named:
        alone = re.compile(rf"(?<![\w'\u2019(-])(?:{alternation(named)})(?![\w)-])")
        out += [(a.start(), named[a.group()][1]) for a in alone.finditer(text) if a.start() >= named[a.group()][0]]
    return sorted(set(out))
