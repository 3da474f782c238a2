"""The helplines of ``data/helplines.jsonl`` and the topic words of ``data/topics.json``, and the
patterns that find them in a text folded to lower case.  Adding a helpline needs no code."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from pipeline.settings import DATA_DIR
from pipeline.wordlists import first_letter_alternation

DATA = DATA_DIR


@dataclass(frozen=True)
class Helpline:
    """A prevention helpline or charity and the names it goes by."""

    name: str
    kind: str
    country: str
    aliases: tuple[str, ...]
    #: names that are ordinary words too ("Lifeline", "a lifeline for families"): a name only as written
    as_written: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def helplines() -> tuple[Helpline, ...]:
    """The helplines of ``data/helplines.jsonl``."""
    out = []
    with open(DATA / "helplines.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                item = json.loads(line)
                written = tuple(item.get("as_written", []))
                # a name that is an ordinary word too ("CALM", "calm and clear") counts only as written, even the
                # helpline's own name
                aliases = tuple(a for a in dict.fromkeys([item["name"], *item.get("aliases", [])]) if a not in written)
                out.append(Helpline(item["name"], item["kind"], item.get("country", ""), aliases, written))
    return tuple(out)


@lru_cache(maxsize=1)
def topics() -> dict[str, tuple[str, ...]]:
    """The topic word lists of ``data/topics.json`` (keys starting ``_`` are notes)."""
    raw = json.loads((DATA / "topics.json").read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in raw.items() if not k.startswith("_")}


def _phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """The phrases, lower-cased, as whole words (of a folded text); grouped by first letter, so that a position
    tries the few phrases of its letter (the helpline words' 229 phrases: about 5x faster, the same matches)."""
    return re.compile(rf"(?<![\w])(?:{first_letter_alternation({p.lower() for p in phrases})})(?![\w])")


@lru_cache(maxsize=1)
def helpline_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every name, folded, and its helpline: the names that count only as written too, so that the
    cheap tests (which fold case) stay an upper bound of :func:`helplines_named`."""
    names = {}
    for h in helplines():
        for alias in (*h.aliases, *h.as_written):
            names[alias.lower()] = h.name
    return _phrase_regex(names), names


@lru_cache(maxsize=1)
def written_forms() -> dict[str, frozenset[str]]:
    """Folded name -> the spellings it counts in, for names that are ordinary words too."""
    forms: dict[str, set[str]] = {}
    for h in helplines():
        for alias in h.as_written:
            forms.setdefault(alias.lower(), set()).add(alias)
    return {k: frozenset(v) for k, v in forms.items()}


@lru_cache(maxsize=None)
def topic_regex(key: str) -> re.Pattern[str]:
    return _phrase_regex(topics()[key])


def fold(text: str) -> str:
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


def helplines_named(text: str) -> list[str]:
    """Canonical names of the helplines a text names, in first-mention order.

    A name that is an ordinary word too counts only as written ("Lifeline took 3,000 calls",
    not "a lifeline for families"), so ``text`` is given unfolded.
    """
    regex, names = helpline_regex()
    written = written_forms()
    folded = fold(text)
    aligned = len(folded) == len(text)  # lower() lengthens a few letters ("İ"): then look for the spelling anywhere

    anywhere: dict[str, bool] = {}  # folded name -> a spelling of it is in the text: searched once a name, not once a match

    def as_written(m: re.Match[str]) -> bool:
        name = m.group(0)
        forms = written.get(name)
        if forms is None:
            return True
        if aligned:
            return text[m.start():m.end()] in forms
        if name not in anywhere:
            anywhere[name] = any(f in text for f in forms)
        return anywhere[name]

    found = (names[m.group(0)] for m in regex.finditer(folded) if as_written(m))
    return list(dict.fromkeys(found))


@lru_cache(maxsize=None)
def phrases(key: str) -> tuple[str, ...]:
    return tuple(sorted({p.lower() for p in topics()[key]}))
