"""Two counts of a change that are no pair, though the extractor linked them or a search found them.

Three shapes, each read from the counts' own words:

- **two channels**: "240 calls in 2021 and 300 texts in 2022" count calls and texts, two channels of one
  line (``data/count_channels.json``), not one measure over time;
- **a place for each count**: "The Leeds line took 240 calls in 2021 and the York line 300 in 2022": the
  sentence names one of the counts' places before or after both and another between them, so each count is
  of its own place, even when both were given the sentence's places;
- **a change of a group**: "That is an increase of 20% in calls from young people." names a group
  (:mod:`pipeline.extract.count_groups`) that neither count is of ("240 calls in 2021 and 300 calls in 2022").

A pair so made may still agree with the claim by chance, but a disagreement proves nothing: an
"inconsistent" becomes ``unverifiable``, saying why; agreement stands (:func:`no_verdict_on_unlike`).
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache
from typing import Optional

from pipeline.check.evidence import Evidence
from pipeline.check.group_pairs import has_own_noun
from pipeline.extract.count_groups import GROUP_REACH, count_group
from pipeline.extract.channels import channel_of
from pipeline.extract.measures import lexicon
from pipeline.records import Check, Count, Fact
from pipeline.wordlists import alternation

#: The words that say what a change changed: "an increase of 20% in calls ...", "in the number of".
_OF = r"\s{1,3}(?:in|of|among)\s{1,3}(?:the\s{1,3}(?:number|amount|total)\s{1,3}of\s{1,3})?"
#: The noun after those words, with the word after it that may make a group ("young callers").
_NOUN = re.compile(r"(?P<first>[a-z]{3,20})(?:\s{1,3}[a-z]{3,20})?", re.I)


@lru_cache(maxsize=1)
def _change_of() -> re.Pattern[str]:
    """After a claim, maybe its change word ("a 20% rise"), then :data:`_OF`."""
    words = [w for ws in lexicon()["change_words"].values() for w in ws]
    return re.compile(rf"(?:\s{{1,3}}(?:{alternation(words)}))?{_OF}", re.I)


def channel(count: Count) -> Optional[str]:
    """The channel the count's own noun names ("300 texts": text), ``None`` for a noun of none or no noun."""
    return channel_of(count.text)


def channels_apart(old: Count, new: Count) -> Optional[str]:
    """The reason two counts are of two channels, or ``None``."""
    a, b = channel(old), channel(new)
    if a is None or b is None or a == b:
        return None
    return f"the counts are of two channels ({old.text!r} by {a}, {new.text!r} by {b}), not one measure over time"


def places_apart(old: Count, new: Count, ev: Evidence) -> Optional[str]:
    """The reason two counts of one sentence are each of its own place, or ``None``: of the places the counts
    were given, the sentence names some between the two counts and others, none the same, before or after both."""
    if tuple(old.sentence) != tuple(new.sentence) or not ev.text:
        return None
    places = set(old.regions or []) | set(new.regions or [])
    if len(places) < 2:
        return None
    first, second = sorted((old, new), key=lambda c: c.start)
    s, e = old.sentence
    between: set[str] = set()
    outside: set[str] = set()
    mentions = _mentions(ev)
    for i in range(bisect.bisect_left(mentions, (s,)), len(mentions)):
        start, end, name = mentions[i]
        if start >= e:
            break
        if name in places:
            if first.end <= start and end <= second.start:
                between.add(name)
            elif start < first.start or second.end <= start:
                outside.add(name)
    if not between or not outside or between & outside:
        return None
    return (f"the sentence names {' and '.join(sorted(outside))} for one count and {' and '.join(sorted(between))} "
            "for the other: two places, not one over time")


def _mentions(ev: Evidence) -> list[tuple[int, int, str]]:
    """Every mention of a place in the record, (start, end, name) in text order: built once per record, so that
    a check reads only its sentence's."""
    key = ("unlike_counts.mentions",)
    if key not in ev.memo:
        ev.memo[key] = sorted((m[0], m[1], r.name) for r in ev.record.regions for m in r.mentions)
    return ev.memo[key]


def claim_group(claim: Fact, ev: Evidence) -> Optional[tuple[str, int]]:
    """The group the words right after a change name ("an increase of 20% in calls from young people": young
    people; "a 20% rise in young callers") and where those words end, ``None`` when they name none."""
    text = ev.text
    if not text:
        return None
    sentence_end = claim.sentence[1]
    m = _change_of().match(text, claim.end, sentence_end)
    noun = _NOUN.match(text, m.end(), sentence_end) if m else None
    if noun is None:
        return None
    group = count_group(noun.group(), text[:sentence_end], noun.end("first"))
    return (group, min(sentence_end, noun.end() + GROUP_REACH)) if group else None


def group_unnamed(claim: Fact, old: Count, new: Count, ev: Evidence) -> Optional[str]:
    """The reason a change of a group is not judged on the pair, or ``None``: the change names a group, neither
    count is of it, each has its own noun, and their sentences name the group nowhere but in the change's words."""
    named = claim_group(claim, ev)
    if named is None or any(getattr(c, "group", None) == named[0] for c in (old, new)):
        return None
    group, words_end = named
    if not all(has_own_noun(c) for c in (old, new)):
        return None  # "from 240 to 300": the figures say nothing of what they count
    for s, e in {tuple(c.sentence) for c in (old, new)}:
        sentence = ev.text[s:e].lower()
        if (s, e) == tuple(claim.sentence):  # the change's own words are no count's
            sentence = sentence[:claim.start - s] + sentence[words_end - s:]
        if group in sentence:
            return None  # "Calls from young people rose from 240 calls to 300 calls"
    return f"the change is of {group}, and the counts are of the whole ({old.text!r}, {new.text!r})"


def no_verdict_on_unlike(check: Check, claim: Fact, ev: Evidence) -> Check:
    """An "inconsistent" on two counts that are no pair (:func:`channels_apart`, :func:`places_apart`,
    :func:`group_unnamed`) becomes ``unverifiable``, saying why; agreement stands."""
    if check.verdict != "inconsistent" or len(check.inputs) != 2:
        return check
    old, new = (ev.get(ref, Count) for ref in check.inputs)
    if old is None or new is None:
        return check
    why = channels_apart(old, new) or places_apart(old, new, ev) or group_unnamed(claim, old, new, ev)
    if why is None:
        return check
    return dataclasses.replace(check, verdict="unverifiable", explanation=f"{check.explanation}; {why}, so no verdict")
