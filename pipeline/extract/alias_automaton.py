"""Finding an organisation's aliases in a text with an Aho-Corasick automaton that agrees with the patterns.

:class:`pipeline.extract.lexicon.Lexicon` looks for every alias of ``data/orgs.jsonl`` at once:
with one automaton per case rule when it reads the text and the aliases as the patterns
(longest alternation between word boundaries) would (:func:`_automaton_reads`,
:func:`_automaton_key`), else with the patterns. Here are those tests, the leftmost-longest
choice among the automaton's overlapping matches (:func:`_leftmost_longest`) and the alias a
caseless match stands for (:func:`_caseless_key`).
"""
from __future__ import annotations

import re
from functools import lru_cache


def _is_word(ch: str) -> bool:
    """Whether ``ch`` is a word character as ``\\w`` reads it."""
    return ch.isalnum() or ch == "_"


@lru_cache(maxsize=4096)
def _needs_patterns(ch: str) -> bool:
    """Whether a character that is not ASCII keeps a text from the automaton: a letter that matches
    an ASCII one only when case is ignored (the Kelvin sign, the long s, the dotted capital I), one
    that changes length in lower case, or a lone surrogate, which the automaton cannot read."""
    return "\ud800" <= ch <= "\udfff" or re.fullmatch("[a-z]", ch, re.IGNORECASE) is not None or len(ch.lower()) != 1


def _automaton_reads(text: str) -> bool:
    """Whether the automaton (over lower-cased text for the caseless aliases) finds exactly what the patterns find."""
    return text.isascii() or not any(_needs_patterns(ch) for ch in set(text) if not ch.isascii())


def _automaton_key(key: str, sensitive: bool) -> bool:
    """Whether the automaton finds the alias ``key`` wherever its pattern does, in a text that
    :func:`_automaton_reads`: every alias of ASCII letters; with case, every alias; without case
    (the key lower-case, the text lowered), an alias whose other letters are :func:`_plain_letter`
    ("garda síochána")."""
    return key.isascii() or all(not "\ud800" <= ch <= "\udfff" and (sensitive or _plain_letter(ch))
                                for ch in set(key) if not ch.isascii())


@lru_cache(maxsize=256)
def _plain_letter(ch: str) -> bool:
    """Whether a lower-case character that is not ASCII matches, case ignored, only where the lowered
    text has it: one character in each case, and none of the letters ``re`` matches to another
    beside its own cases (its table ``re._casefix``: the dotless i, the long s, the Greek sigmas...).
    False when that table is not there to look at."""
    extra = getattr(getattr(re, "_casefix", None), "_EXTRA_CASES", None)
    if extra is None or _needs_patterns(ch) or ch.lower() != ch:
        return False
    upper = ch.upper()
    return len(upper) == 1 and upper.lower() == ch and ord(ch) not in extra and ord(upper) not in extra


def _caseless_key(names: dict[str, str], matched: str) -> str:
    """The lower-case alias a caseless match stands for ("ſtop it now", with a long s, is "stop it now")."""
    if matched.lower() in names:
        return matched.lower()
    return next(key for key in names if re.fullmatch(re.escape(key), matched, re.IGNORECASE))


def _leftmost_longest(text: str, hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The matches a longest-first alternation between ``(?<![\\w])`` and ``(?![\\w])`` finds, from every
    overlapping match of its words ``(word, start, end)``: at the leftmost start whose word stands
    alone, the longest such word, then on from its end."""
    longest: dict[int, tuple[int, int]] = {}
    for index, start, end in hits:
        if (start == 0 or not _is_word(text[start - 1])) and (end == len(text) or not _is_word(text[end])):
            if end > longest.get(start, (-1, -1))[0]:
                longest[start] = (end, index)
    out, reached = [], 0
    for start in sorted(longest):
        if start >= reached:
            end, index = longest[start]
            out.append((index, start, end))
            reached = end
    return out
