"""How a count is tied to a share as its part, or a share's words to a whole, by the article's structure (the
readings :mod:`pipeline.check.candidate_evidence` weighs): a part set off right after the share's words
(:func:`set_off`), the one count of the share's place in its sentence (:func:`own_place`), a listed part whose label
the share's clause repeats (:func:`label`); and the doubts on a whole: words between share and part that name a
sub-group (:func:`sub_whole`), a share naming a whole of its own (:func:`names_own_whole`).  Bounded regular
expressions over one sentence: linear.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.check.candidate_pairs import named_before
from pipeline.check.candidates import usable
from pipeline.check.claim_words import share_tail
from pipeline.check.evidence import Evidence
from pipeline.check.pair_places import own_places
from pipeline.extract.channels import channel_of
from pipeline.extract.set_off_parts import APPOSITION_END, set_off_noun, set_off_part, set_off_share, share_comma_noun
from pipeline.records import Count, Fact
from pipeline.wordlists import data_file

__all__ = ["set_off", "sub_whole", "names_own_whole", "own_place", "label", "whole_pointers", "WORDS"]


@lru_cache(maxsize=1)
def whole_pointers() -> frozenset[str]:
    """The words after a pointer that name everyone the whole counts (``data/share_evidence.json``)."""
    return frozenset(data_file("share_evidence.json")["whole_pointers"])


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    data = data_file("count_groups.json")
    words = {w for phrase in data["nouns"] for w in phrase.lower().split()} | set(data["adjectives"])
    return frozenset(words - set(data["adjective_nouns"]) - {"people", "aged", "of", "the"})


_DIGIT = re.compile(r"\d")
#: A word, digits kept inside it ("under-18s", "over-65s" are group words, not "under-" and "s").
WORDS = re.compile(r"[A-Za-z][A-Za-z0-9'\u2019-]*")
_WORDS = WORDS
#: Pointer words and determiners, which a capital opening a clause or a sentence may carry: no place's name.
_POINTERS = frozenset({"of", "the", "those", "these", "them", "all", "its", "their", "our", "this", "last", "year's"})


def _gap(claim: Fact, part: Count, ev: Evidence) -> Optional[str]:
    """The words between a share and its part written after it in its sentence, ``None`` when the part is not
    after the share in its sentence or a figure stands between them."""
    text = ev.text or ""
    if tuple(part.sentence) != tuple(claim.sentence) or part.start < claim.end:
        return None
    gap = text[claim.end:part.start]
    return None if _DIGIT.search(gap) else gap


def set_off(claim: Fact, part: Count, ev: Evidence) -> bool:
    """The part is set off right after the share's words, by a comma, a dash or a bracket, no figure between ("Nearly
    half of the callers, 918 people, ...", "28% of callers, 627 in total", "64 per cent - 1,240 - came ...")."""
    if _gap(claim, part, ev) is None:
        return False
    text = ev.text or ""
    before = text[claim.sentence[0]:part.start]
    after = text[part.end:claim.sentence[1]]
    if not (APPOSITION_END.match(after) or APPOSITION_END.match(after, len(_NOUN.match(after).group()))):
        return False  # "28% of callers, 460 of them from Leeds": a part of the part
    return set_off_part(before) or set_off_share(before, alone=True) or set_off_noun(before) is not None \
        or share_comma_noun(before, after) is not None or _set_off_of(before)


#: One noun right after a set-off part whose text stops at its figure ("- 1,100 people -").
_NOUN = re.compile(r"\s{0,3}[a-z]{0,20}")
#: A share's "of" and a noun of no unit, then the mark ("of those getting in touch - ", "of the callers, ").
_OF_MARK = re.compile(r"\bof(?:\s{1,3}[A-Za-z'\u2019-]{2,20}){1,4}\s{0,3}(?:,|[-\u2013\u2014(])\s{0,3}$")


def _set_off_of(before: str) -> bool:
    return _OF_MARK.search(before[-80:]) is not None


def sub_whole(claim: Fact, part: Count, whole: Count, ev: Evidence) -> bool:
    """The words between a share and its part name a group, a place or a channel its whole is not ("half of the
    men, 400", "a third of callers from Leeds, 120", "a quarter of the chats, 500" of 6,000 contacts): the share is
    of that sub-group, whose whole the article may not state; so is a pointer with words of its own that are not
    one of ``whole_pointers`` ("of those who rang back").  "Callers" are the phone's only when the article
    states a count of calls apart ("half of the callers" of 3,000 contacts, 1,000 of them calls)."""
    gap = _gap(claim, part, ev) or ""
    words = _WORDS.findall(gap)
    if any(w.lower() in _group_words() for w in words):
        return True
    if any(w[0].isupper() and w.lower() not in _POINTERS for w in words):
        return True
    lower = [w.lower() for w in words]
    pointer = next((i for i, w in enumerate(lower) if w in ("those", "these", "them")), None)
    if pointer is not None and lower[pointer + 1:] and " ".join(lower[pointer + 1:]) not in whole_pointers():
        return True  # "of those who rang back, 900": a sub-group; "of those getting in touch" is everyone
    own = _channel(whole)
    for w in words:
        ch = channel_of(w.lower())
        if ch is None or ch == own:
            continue
        if ch != "phone" or any(usable(c) and c is not whole and c.value > part.value and _channel(c) == ch
                                for c in ev.record.counts):
            return True
    return False


def _channel(count: Count) -> Optional[str]:
    """The channel a count's words or its measure name (a count of helpline calls is the phone's)."""
    return channel_of(count.text or "") or ("phone" if count.measure == "helpline_calls" else None)


def names_own_whole(claim: Fact, ev: Evidence) -> bool:
    """The words right after the share name a whole of their own, not a bare noun or a pointer ("a third of calls to
    the regional team", "a fifth of the calls from men"): the share is of that whole, which the article may not
    state ("a quarter of all contacts", "of those getting in touch", "of callers" are bare)."""
    text = ev.text or ""
    dash = _DASH.search(text, claim.end, claim.sentence[1])  # "a third of the calls - 1,300 - came": stop there
    words = (share_tail(claim, text[:dash.start()]) if dash else []) or share_tail(claim, text)
    # (a share set off itself, "1,500 - about a quarter - came from Carlisle", keeps the words after its dash)
    if not words:
        return False
    if words[0] != "of":
        return True
    rest = [w for w in words[1:] if w not in _DETERMINERS]
    return len(rest) > 1 and rest[0] not in ("those", "these", "them")


#: A dash that sets off a part ("a third of the calls - 1,300 - came"): the share's words stop there.
_DASH = re.compile(r"\s[-\u2013\u2014]\s")
_DETERMINERS = frozenset({"the", "all", "its", "their", "our", "this", "of"})


def own_place(claim: Fact, part: Count, ev: Evidence) -> bool:
    """The share's sentence is about a place named before the share, the part is that place's only count in the
    article and stands in that sentence ("Leeds accounted for a fifth of all calls, with 300 from the city")."""
    where = set(own_places(claim))
    if not where or set(own_places(part)) != where or tuple(part.sentence) != tuple(claim.sentence):
        return False
    if part.group or not named_before(claim, ev.text or ""):
        return False  # "Leeds, where 120 calls came from students": the part of a group, not the place's
    text = ev.text or ""
    span = text[claim.sentence[0]:part.start] if part.start < claim.start else text[claim.end:part.start]
    if _RELATIVE.search(span):
        return False  # "Leeds, whose night service alone logged 120 calls, accounted for": a count of a part of it
    same = [c for c in ev.record.counts if usable(c) and set(own_places(c)) == where]
    return same == [part]


_RELATIVE = re.compile(r"\b(?:where|whose|which|who|whom|when|while)\b", re.I)


def label(claim: Fact, part: Count, ev: Evidence, sibs: dict[str, set[str]]) -> bool:
    """The part is a listed part (of a total's breakdown) in the share's sentence or the one before, labelled by a
    channel or a group right before it, and the share's own clause names that label before the share ("calls 604,
    texts 311 and emails 233", then "Texts made up 27% of all contacts")."""
    if part.id not in sibs or not (tuple(part.sentence) == tuple(claim.sentence) or ev.near(part, claim)):
        return False
    text = ev.text or ""
    before = _WORDS.findall(text[max(part.sentence[0], part.start - 30):part.start])
    if not before:
        return False
    word = before[-1].lower()
    if channel_of(word) is None and word not in _group_words():
        return False
    clause = {w.lower() for w in _WORDS.findall(_CLAUSE.split(text[claim.sentence[0]:claim.start])[-1])}
    others = {w for w in _WORDS.findall(text[claim.sentence[0]:claim.start].lower()) if w in _group_words()}
    return word in clause and others <= {word}  # "Among young people, texts made up 45%": a sub-group's share


#: Where a share's own clause starts: after the last comma, semicolon, colon, dash or "and" before it.
_CLAUSE = re.compile(r"[,;:\u2013\u2014]|\s-\s|\band\b")
