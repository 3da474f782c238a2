"""Shapes of a percentage's kind (change or share) that the word-by-word rules of
:func:`pipeline.extract.ratios.percentage_kind` misread: a change against a baseline told after the figure
("45 per cent above normal", "30 per cent compared with 2019"), a change whose "by" or "up" a hedge or an
adjective keeps from the figure ("down by roughly almost 8 percent", "up by a remarkable 25%"), a change named in
brackets ("an increase (31%)", "(+22%)"), the later level of a pair of levels written with one percent sign
("grew from 8.4 to 12%"), a change's size told as a count and restated as a percentage ("The increase of 1,784
- or 159% -", "up 410, or 28%"), a fraction word restated by its figure ("more than half, or 54 per cent,"), a share
that is the agent of a passive ("raised by 58 per cent of callers") or the
subject of a verb ("72% said their gambling had decreased"), and the later percentage of a list whose verb is
told once ("calls were up 48% and texts 210%").

The phrases are in ``data/measures.json`` (``change_after``, ``share_subject_verbs``) and
``data/numbers.json`` (the hedges); every pattern is bounded.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from pipeline.extract.measures import lexicon, word_regex
from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.number_patterns import words as number_words
from pipeline.wordlists import alternation

#: A kind and its direction: ("change", "increase"), ("share", None).
Kind = tuple[str, Optional[str]]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    after = lexicon()["change_after"]
    hedges = alternation(number_words()["qualifiers"])
    change = alternation([*lexicon()["change_words"]["increase"], *lexicon()["change_words"]["decrease"]])
    return {
        **{f"after_{d}": re.compile(rf"\s{{1,3}}(?:{alternation(after[d], loose_spaces=True)})\b", re.I) for d in after},
        # hedges and an adjective with its article between "by"/"up"/"down" and the figure
        "hedges_end": re.compile(rf"(?:\b(?:{hedges})\s{{1,3}}){{1,3}}$|\b(?:a|an)\s{{1,3}}[a-z]{{3,20}}\s{{1,3}}$", re.I),
        "by_end": re.compile(r"\b(?:(?P<dir>up|down)\s{1,3}(?:by\s{1,3})?|by\s{1,3})$", re.I),
        # a change's size told as a count, then restated as a percentage: "The increase of 1,784 - or 159% -", "up
        # 410, or 28%", "a rise of 1,784 calls (159%)" (not "1,784 more, or 159%": a count the extractor reads as no
        # difference, which the percentage would then take as its later figure)
        "restated_difference": re.compile(
            rf"(?:\b(?:{change})\s{{1,3}}(?:(?:of|by)\s{{1,3}})?(?:(?:{hedges})\s{{1,3}}){{0,3}}\d[\d,]{{0,11}}"
            rf"(?:\s{{1,3}}[a-z]{{2,12}})?)"
            rf"\s{{0,3}}(?:[,(\u2013\u2014]|\s-)\s{{0,3}}(?:(?:or|that\s{{1,3}}is)\s{{1,3}})?(?:(?:{hedges})\s{{1,3}}){{0,3}}$", re.I),
        "bracket": re.compile(rf"\b(?:{change})\s{{0,3}}\(\s{{0,2}}(?P<plus>\+)?$|\(\s{{0,2}}\+$", re.I),
        # a change set off by a dash right after its noun: "The increase - almost 30% - followed ..."
        "dashed": re.compile(rf"\b(?:{change})\s{{0,3}}[-\u2013\u2014]\s{{0,3}}(?:(?:{hedges})\s{{1,3}}){{0,3}}$", re.I),
        # what a restated fraction word follows when it is a change: "up by more than a quarter (27%)"
        "fraction_change": re.compile(rf"(?:\b(?P<dir>up|down)\s{{1,3}}(?:by\s{{1,3}})?|\b(?:{change})\s{{1,3}}(?:of|by)\s{{1,3}}"
                                      rf"|\bby\s{{1,3}})(?:(?:{hedges})\s{{1,3}}){{0,3}}(?:(?:a|an|one)\s{{1,3}})?(?:two\s{{1,3}}|three\s{{1,3}})?$", re.I),
        "level_pair": re.compile(rf"\bfrom\s{{1,3}}(?:(?:{hedges})\s{{1,3}})?\d{{1,3}}(?:\.\d{{1,3}})?\s{{0,3}}(?:to|-|\u2013)\s{{0,3}}$", re.I),
        "passive_by": re.compile(r"\b(?:is|are|was|were|been|being)\s{1,3}(?:[a-z]{2,15}ly\s{1,3})?[a-z]{2,20}(?:ed|en)\s{1,3}by\s{1,3}$", re.I),
        "of_after": re.compile(r"\s{1,3}of\s{1,3}[a-z]", re.I),
        "subject_of": re.compile(rf"\s{{1,3}}(?:[a-z]{{2,20}}s\s{{1,3}})?(?:{alternation(lexicon()['share_subject_verbs'])})\b", re.I),
        "near_change": re.compile(rf"\b(?:{change})\b(?:\s{{1,3}}[a-z]{{1,20}}){{0,2}}\s{{0,3}}$", re.I),
        "list_gap": re.compile(r"\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})(?:[a-z-]{2,20}\s{1,3}){1,2}$", re.I),
        "restated_fraction": re.compile(r"\b(?:half|thirds?|quarters?|fifths?|tenths?)\s{0,2}(?:,\s{0,2}|\(\s{0,2}|\s)or\s{1,3}$"
                                        r"|\b(?:half|thirds?|quarters?|fifths?|tenths?)\s{0,2}\(\s{0,2}$", re.I),
        "pair_after": re.compile(r"\bfrom\s{1,3}(?:[a-z]{2,12}\s{1,3})?\d[\d,.]{0,12}\b[^.;]{0,60}?\bto\s{1,3}(?:[a-z]{2,12}\s{1,3})?\d", re.I),
        "clause_end": re.compile(r"\s{0,3}(?:[,.;:)!?]|\band\b|\bwhile\b|\bbut\b|\bwhereas\b|$)", re.I),
    }


def _direction(text: str) -> Optional[str]:
    for direction in ("increase", "decrease"):
        if word_regex("change_words", direction).search(text):
            return direction
    return None


def stated_kind(before: str, after: str, rest: str = "") -> Optional[Kind]:
    """The kind a percentage's own shape gives, from the sentence's words before it (``before``, up to its hedge),
    the clause's after it (``after``) and the sentence's after it (``rest``); ``None`` when its shape is none of
    this module's.  A bracketed percentage before a from-to pair is left to ``pipeline.extract.pairs``, which
    sizes the pair with it when the pair goes its change word's way."""
    pats = _patterns()
    fraction = pats["restated_fraction"].search(before[-40:])
    if fraction:  # "more than half, or 54 per cent, of the callers": a fraction word restated, of its kind
        head = before[-40:][:fraction.start()]
        told = pats["fraction_change"].search(head[-60:])
        if told:  # "up by more than a quarter (27%)": the fraction was a change, and so is its figure
            word = (told.group("dir") or "").lower()
            return "change", {"up": "increase", "down": "decrease"}.get(word) or _direction(head) or "increase"
        return "share", None
    if pats["level_pair"].search(before):
        return "share", None  # "grew from 8.4 to 12%": the later of two levels
    for direction in ("increase", "decrease"):
        if pats[f"after_{direction}"].match(after):
            return "change", direction  # "45 per cent above normal", "120% over usual"
    if pats["after_either"].match(after) and not pats["of_after"].match(after):
        return "change", _direction(before) or "increase"  # "30 per cent compared with 2019"
    if pats["passive_by"].search(before) and pats["of_after"].match(after):
        return "share", None  # "the problem was raised by 58 per cent of callers"
    told = pats["restated_difference"].search(before[-80:])
    if told:  # "The increase of 1,784 - or 159% -": the size of a change told as a count, then as a percentage
        return "change", _direction(told.group()) or "increase"
    dashed = pats["dashed"].search(before[-40:])
    if dashed:  # "The increase - almost 30% - followed a campaign": the change's figure set off after its noun
        return "change", _direction(dashed.group()) or "increase"
    bracket = pats["bracket"].search(before[-40:])
    if bracket and not pats["pair_after"].search(rest[:120]):  # "saw an increase (31%)", "(+35%)"
        return "change", "increase" if bracket.group("plus") or "+" in bracket.group() else _direction(bracket.group()) or "increase"
    hedged = pats["hedges_end"].search(before[-60:])
    if hedged:
        by = pats["by_end"].search(before[-60:][:hedged.start()])
        if by:  # "down by roughly almost 8 percent", "risen by a remarkable 25%"
            word = (by.group("dir") or "").lower()
            return "change", {"up": "increase", "down": "decrease"}.get(word) or _direction(before) or "increase"
    if pats["subject_of"].match(after) and not pats["near_change"].search(before[-40:]):
        return "share", None  # "72% said their gambling had decreased", "61% were made at night"
    return None


def is_list_gap(gap: str) -> bool:
    """Whether the text between two percentages is a comma or "and" and a noun or two: "%, emails ", "% and texts "."""
    return bool(_patterns()["list_gap"].fullmatch(gap))


def listed_kind(before_gap: str, after: str, previous: Optional[NumberMention],
                kind_of: Callable[[NumberMention], Kind]) -> Optional[Kind]:
    """A percentage after another one in its sentence with only a noun or two between them, and nothing after it
    but the clause's end, is of the earlier one's kind when that is a change: "calls were up 48% and texts 210%",
    "chats are up 35%, emails 480% and texts 90%" (``before_gap``: the text from the earlier percentage to this
    one; ``kind_of`` gives the earlier one's kind)."""
    pats = _patterns()
    if previous is None or not pats["list_gap"].fullmatch(before_gap) or not pats["clause_end"].match(after):
        return None
    kind = kind_of(previous)
    return kind if kind[0] == "change" else None
