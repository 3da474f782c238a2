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

A body of that kind told after the named one, by an indefinite "a crisis centre" (:func:`indefinite_kinds`),
is the one a later reference means: "The Kestrel Centre closed last year. Harbour Trust now runs a crisis
centre in York. Jo Roe, manager of the centre" speaks for the body that runs it (a running verb,
``running_verbs``, after the body: "Harbour Trust now runs", "Harbour Trust, which operates"; or "run by
Harbour Trust" after the kind word), and for no body when no one runs it ("A new crisis centre opened in
March."). :func:`untold_since` puts it in place of a body named before it.

Each pattern is linear: the words between the determiner and the kind word are at most five,
each matched possessively; the words before an indefinite are read in a window of fixed size.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple, Optional

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


class Indefinite(NamedTuple):
    """A body of a kind told by an indefinite ("a crisis centre"): where, the kind word, how many bodies the
    article named before it, and the body that runs it (None: no body is told to)."""

    offset: int
    kind: str
    named_before: int
    runner: Optional[str]


class ToldKinds(dict):  # type: ignore[type-arg]
    """The kind words told so far (kind word -> the body the text last called so, as
    :func:`pipeline.extract.organisations.told_kinds` finds them) and ``indefinite``: each kind word's
    last :class:`Indefinite`."""

    def __init__(self, told: dict[str, str], indefinite: Optional[dict[str, Indefinite]] = None) -> None:
        super().__init__(told)
        self.indefinite: dict[str, Indefinite] = dict(indefinite or {})


#: The words of a body's name, up to its last: capitalised words and the small words that join them.
_NAME_WORDS = re.compile(r"(?:(?:[A-Z0-9][\w'\u2019&!.-]*+|of|for|the|and|&)(?:[^\S\n]++|$)){0,8}")
#: Subjects that may be the body named before: "It now runs a helpline".
_PRONOUNS = frozenset({"It", "They", "He", "She", "We", "This", "That", "Which", "Who"})
#: The words before a running verb read for its subject, at most.
_WINDOW = 200


@lru_cache(maxsize=1)
def _indefinite_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = body_cues()
    kinds = alternation([k for k in cues["reference_kinds"] if k not in cues["branch_kinds"]])
    verbs = alternation(cues["running_verbs"], loose_spaces=True)
    adverbs = alternation(cues["running_adverbs"])
    follow = alternation(cues["after_indefinite_kind"])
    indefinite = re.compile(
        rf"\b(?P<det>[Aa]n?)[^\S\n]++(?:(?!{_JOINERS}\b|an?\b|and\b|or\b)[a-z][\w'\u2019-]*+[^\S\n]++){{0,4}}?"
        rf"(?P<kind>{kinds})(?=[^\S\n]*+(?:[.,;:!?)\n]|$)|[^\S\n]++(?:{follow})\b)")
    runner_before = re.compile(
        rf"(?:(?P<subject>[A-Z][\w'\u2019&!-]*+)|,?[^\S\n]++(?:which|that|who))[^\S\n]++(?:(?:{adverbs})[^\S\n]++){{0,2}}"
        rf"(?:{verbs})[^\S\n]++$")
    runner_after = re.compile(rf"[^\S\n]++(?:{verbs})[^\S\n]++by[^\S\n]++(?:the[^\S\n]++)?(?=[A-Z])")
    return indefinite, runner_before, runner_after


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, read back at most :data:`_WINDOW` characters."""
    lo = max(0, at - _WINDOW)
    stop = text.rfind(". ", lo, at)
    return max(stop + 2 if stop >= 0 else lo, text.rfind("\n", lo, at) + 1, lo)


def indefinite_kinds(text: str, offsets: list[int], names: list[str]) -> list[Indefinite]:
    """Each body of a reference kind the text tells by an indefinite, in text order: with the body named
    in its sentence that runs it ("Harbour Trust now runs a crisis centre", "a crisis centre run by Harbour
    Trust"), or, opening its sentence, with none ("A new crisis centre opened in March."). ``offsets`` and
    ``names`` are the bodies the article names, in text order. An indefinite any other way ("Jo is a
    manager at a crisis centre", "Harbour Trust is a charity") tells no new body."""
    indefinite, before, after = _indefinite_patterns()
    out = []
    for m in indefinite.finditer(text):
        start = _sentence_start(text, m.start())
        named_before = bisect.bisect_left(offsets, m.start())
        runner: Optional[str] = None
        by = after.match(text, m.end())
        if by:  # "a crisis centre run by Harbour Trust": the body named right after "by"
            i = bisect.bisect_left(offsets, by.end())
            runner = names[i] if i < len(offsets) and offsets[i] <= by.end() + 1 else None
        lead = before.search(text, max(start, m.start() - _WINDOW), m.start()) if runner is None else None
        if lead:  # "Harbour Trust now runs a crisis centre": the body whose name runs into the verb's subject
            end = lead.start("subject") if lead.group("subject") else lead.start()
            i = bisect.bisect_left(offsets, end + 1) - 1
            runner = names[i] if i >= 0 and offsets[i] >= start and _NAME_WORDS.fullmatch(text, offsets[i], end) else None
        opens = m.start() == start and m.group("det")[0] == "A"
        # "Open Door now runs a helpline": a subject no one took for a body still runs a body of its own, not the one
        # named before; a pronoun ("It now runs a helpline") may be that one
        unnamed = lead is not None and lead.group("subject") is not None and lead.group("subject") not in _PRONOUNS
        if runner is not None or (opens and not by) or unnamed:
            out.append(Indefinite(m.start(), m.group("kind").lower(), named_before, runner))
    return out


def untold_since(description: str, before: list[str], told: Optional[dict[str, str]], org: Optional[str]) -> Optional[str]:
    """The body a title's reference means when ``org``, the body found for it among ``before``, was named
    before an indefinite of its kind word that no body of that kind named since follows: the body that runs
    the one told by the indefinite, or None when no one does (see the module's docstring); else ``org``."""
    fresh = getattr(told, "indefinite", None)
    kind = reference_kind(description) if fresh and org else None
    told_by = fresh.get(kind) if kind else None
    if told_by is None or told_by.named_before > len(before):
        return org
    since = before[told_by.named_before:]
    own = re.compile(rf"(?<![\w-]){re.escape(kind)}(?![\w-])", re.IGNORECASE)
    if org in since or any(own.search(b) for b in since) or (told_by.runner is None and since):
        return org
    return told_by.runner
