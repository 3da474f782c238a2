"""Light boilerplate removal on whole lines of an article's text.

Only whole lines go: a lone "Advertisement" or "Share this article", a "Spotted
something? Got a story?" appeal, a teaser for another article ("Lesen Sie auch:
...", "À lire aussi", "Czytaj też: ..."), and a "Latest News" / "Related articles" /
"More from ..." heading together with the list of headlines under it.  The word
lists are in ``data/boilerplate.json``.  Nothing inside a paragraph is changed.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.settings import DATA_DIR
from pipeline.wordlists import alternation

DATA = DATA_DIR / "boilerplate.json"

#: A headline in a list of links is at most this many words.
HEADLINE_WORDS = 25
#: A line of more words than this is a paragraph of the article.
PARAGRAPH_WORDS = 40
#: The longest headline after a teaser's lead ("Read also: ...").
TEASER_CHARS = 160

_STRIP = re.compile(r"^[\W_]++|(?<![\W_])[\W_]++$")
_BULLET = re.compile(r"^\s*+(?:[-*•·▪►>]|\d{1,2}[.)])\s++")


@dataclass(frozen=True)
class Lists:
    """The compiled contents of ``boilerplate.json``."""

    lone: frozenset[str]
    headings: frozenset[str]
    prefixes: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    teaser_leads: frozenset[str]
    teaser: re.Pattern[str]


@lru_cache(maxsize=1)
def lists() -> Lists:
    """The boilerplate word lists (cached)."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return Lists(
        lone=frozenset(data["lone_lines"]),
        headings=frozenset(data["list_headings"]),
        prefixes=tuple(data["list_heading_prefixes"]),
        patterns=tuple(re.compile(p, re.I) for p in data["line_patterns"]),
        teaser_leads=frozenset(data["teaser_leads"]),
        # a lead, a colon or dash, then a headline of at most TEASER_CHARS characters
        teaser=re.compile(rf"^(?:{alternation(data['teaser_leads'], loose_spaces=True)})"
                          rf"\s*[:|\u2013\u2014>»-]\s*\S.{{0,{TEASER_CHARS}}}$", re.I),
    )


def _key(line: str) -> str:
    text = _BULLET.sub("", line.strip())
    if text.endswith("..."):
        return text.lower()
    return " ".join(_STRIP.sub("", text).lower().split())


def _words(line: str) -> int:
    return len(line.split())


def is_boilerplate_line(line: str) -> bool:
    """True for a line that is boilerplate on its own (a lone label or an appeal)."""
    return _is_boilerplate_line(line, _key(line))


def _is_boilerplate_line(line: str, key: str) -> bool:
    if not key:
        return False
    table = lists()
    if key in table.lone or line.strip().lower() in table.lone or key in table.teaser_leads:
        return True
    stripped = line.strip()
    if _words(stripped) > 60:
        return False
    return bool(table.teaser.match(stripped)) or any(p.search(stripped) for p in table.patterns)


def is_list_heading(line: str) -> bool:
    """True for a "Latest News" / "Related articles" / "More from X" heading line."""
    return _is_list_heading(_key(line))


def _is_list_heading(key: str) -> bool:
    table = lists()
    return bool(key) and _words(key) <= 8 and (
        key in table.headings or key.startswith(table.prefixes))


def _headline_run(lines: list[str], start: int) -> int:
    """Index after the run of headline-like lines from ``start`` (blank lines included)."""
    end = start
    for i in range(start, len(lines)):
        text = lines[i].strip()
        if not text:
            end = i + 1
            continue
        if _words(text) > HEADLINE_WORDS:
            break
        end = i + 1
    return end


@lru_cache(maxsize=4)  # the reader asks for the text, then for the lines it removed (outlet hints)
def strip_boilerplate(text: str) -> str:
    """``text`` without boilerplate lines and headline lists; blank-line structure kept."""
    lines = text.split("\n")
    keep: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        key = _key(line)  # read once for both questions
        if _is_list_heading(key):
            end = _headline_run(lines, i + 1)
            headlines = sum(1 for x in lines[i + 1:end] if x.strip())
            rest = lines[end:]
            if headlines >= 2:
                if not any(_words(x) > PARAGRAPH_WORDS for x in rest):
                    break  # the list runs to the end of the page
                i = end
                continue
        if _is_boilerplate_line(line, key):
            i += 1
            continue
        keep.append(line)
        i += 1
    out = "\n".join(keep)
    return re.sub(r"\n{3,}", "\n\n", out).strip("\n")


def removed_lines(text: str) -> list[str]:
    """The non-empty lines :func:`strip_boilerplate` would remove (for outlet hints)."""
    kept = set(strip_boilerplate(text).split("\n"))
    return [line for line in text.split("\n") if line.strip() and line not in kept]
