"""A title that names its body only by a kind word pointing back, the body named elsewhere in the
article: "assistant director of the group", "head of sales at the lottery", "the manager of
the programme", "the club's co-founder", "manager at Dunmore's branch", "Director of the Eastholm
and Westvale branch".

Papers name a body once, in the lead or the sentence that introduces it, and then call it by what
it is. The reference is a definite one ("the", "its", "our", "their", or a place's possessive:
"Dunmore's branch"), at most five words before a kind word (``reference_kinds`` of
``body_cues.json``) that no capitalised name follows ("the group Parents Against Harm" names a
body of its own, read elsewhere). The body it points to, among those the article named before:

- a **branch** (``branch_kinds``: "branch", "office", "chapter") is a local part of the body the
  article names most, a charity of ``orgs.jsonl`` first ("Director of the Eastholm branch" in a
  story about Samaritans speaks for Samaritans);
- any other kind word is the body named last whose name holds the word ("the centre" ->
  "Fenwick Crisis Centre", "the lottery" -> "Kestrel State Lottery"), else the body the text
  itself last called by that word (``told``), else, for a word any body may be called by
  (``generic_reference_kinds``: "group", "organisation", "programme") with at most one word
  before it ("the group", "the local group"; "the police emergency helpline" describes a body of
  its own), the body the article names most (not a police force or a government, whose people
  have titles of their own).

Each pattern is linear: the words between the determiner and the kind word are at most five,
each matched possessively.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.body_in_title import body_cues
from pipeline.extract.organisations import generic_org, lexicon, named_most_before, public_body
from pipeline.extract.regions import place
from pipeline.wordlists import alternation


#: Words that open a phrase of their own: never between a reference's determiner and its kind word.
_JOINERS = r"(?i:the|its|our|their|of|at|for|with|from|in|on|who|which)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    kinds = alternation(body_cues()["reference_kinds"])
    return re.compile(
        rf"(?:\b(?i:the|its|our|their)|\b(?P<owner>[A-Z][\w-]*+)['\u2019]s)[^\S\n]++(?P<between>(?:(?!{_JOINERS}\b)[\w'\u2019&-]++[^\S\n]++){{0,5}}?)"
        rf"(?P<kind>{kinds})(?:['\u2019]s)?(?![\w'\u2019-])(?![^\S\n]++[A-Z])")


def _reference(description: str) -> Optional[re.Match[str]]:
    """The first reference of the description: a kind word in lower case (a capitalised one is a
    word of a name: "the state's Gambling Disorder Program"), with no capitalised word between it
    and its determiner but the place of a branch ("the Eastholm and Westvale branch")."""
    for m in _pattern().finditer(description):
        capitals = re.search(r"(?<![\w'\u2019-])[A-Z]", m.group("between"))
        if not capitals or m.group("kind") in body_cues()["branch_kinds"]:
            return m
    return None


def reference_kind(description: str) -> Optional[str]:
    """The kind word a title points back with ("group" of "assistant director of the group"), or None."""
    m = _reference(description)
    return m.group("kind") if m else None


def reference_owner(description: str) -> Optional[str]:
    """The capitalised word whose possessive opens the reference ("Dunmore" of "manager at Dunmore's
    branch"): a place that says where, never the body itself; None when there is none."""
    m = _reference(description)
    return m.group("owner") if m else None


def referenced_body(description: str, before: list[str], told: Optional[dict[str, str]] = None) -> Optional[str]:
    """The body a title's kind word points back to among ``before`` (the bodies named before the
    quote, oldest first), or None (see the module's docstring)."""
    m = _reference(description)
    if m is None:
        return None
    kind = m.group("kind")
    cues = body_cues()
    bodies = [b for b in before if not generic_org(b) and place(b) is None]
    if kind in cues["branch_kinds"]:
        kinds = lexicon().org_kinds
        charities = [b for b in bodies if kinds.get(b) == "charity"]
        return named_most_before(charities or [b for b in bodies if not public_body(b)], [])
    own = re.compile(rf"(?<![\w-]){re.escape(kind)}(?![\w-])", re.IGNORECASE)
    named = next((b for b in reversed(bodies) if own.search(b)), None)
    if named or (told or {}).get(kind):
        return named or (told or {})[kind]
    if kind in cues["generic_reference_kinds"] and len(m.group("between").split()) <= 1:  # not "the police emergency helpline"
        return named_most_before([b for b in bodies if not public_body(b)], [])
    return None
