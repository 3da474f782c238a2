"""Shares that exhaust one whole: "60% were men, 32% women and the remaining 8% did not say".

A list of shares is one partition of a whole, to be checked as adding up to 100%
(ANNOTATION.md decision 10, ``kind: sum``, ``stated: 100``), when the shares

- stand in one sentence (a bullet is a sentence of its own), with no semicolon
  between them, and count the same thing of the same place and period;
- never name two different wholes ("60% of callers ... 70% of texters");
- and either a closing word stands right before the last of them ("the remaining
  8%", "the rest", "the other 8%": ``partition_closers`` in ``data/measures.json``),
  or, with no closing word, every share is exact and they add up to 100 within
  their rounding (each exact share allows half a unit of its last digit either side).

A closing word ends a list: what follows in the sentence may start another one.
A closed list that falls short of 100 is left out when the sentence before holds
shares too (the list may have begun there), so no "inconsistent" rests on a list
cut at a sentence break.  Shares of two wholes side by side ("60% of callers were
men and 40% women, while 70% of texters were women and 30% men") add up to 200
with no closing word, and are never summed.
"""
from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import Optional

from pipeline.extract.inheritance import Resolved, periods_equal
from pipeline.extract.measures import word_regex

#: The words a share says it is "of" ("40% of callers"): up to three words after "of (the)".
_OWN_WHOLE = re.compile(r"\s{0,3}of\s{1,3}(?:the\s{1,3}|all\s{1,3}|those\s{1,3}|these\s{1,3})?([a-z]++(?:\s[a-z]++){0,2})",
                        re.I)
#: Words that are no whole of their own after "of" ("40% of them", "8% of all").
_NO_WHOLE = frozenset({"them", "those", "these", "which", "whom", "it", "all", "the", "cases"})


@lru_cache(maxsize=1)
def _closer() -> re.Pattern[str]:
    words = word_regex("partition_closers").pattern
    return re.compile(rf"{words}[\s,(]{{1,4}}(?:(?:about|around|some|nearly|almost|just|over)\s{{1,3}})?$", re.I)


def closes_list(before: str) -> bool:
    """Whether the words right before a share close a list of shares ("... and the remaining ")."""
    return bool(_closer().search(before[-40:]))


def _whole(item: Resolved) -> Optional[str]:
    """The whole a share names right after it ("40% of callers" -> "callers"), if any."""
    d = item.draft
    after = d.sentence.text[d.end - d.sentence.start:d.end - d.sentence.start + 60]
    m = _OWN_WHOLE.match(after)
    if m is None:
        return None
    word = m.group(1).lower().split()[0]
    return None if word in _NO_WHOLE else word


def _rounding(item: Resolved) -> Fraction:
    """Half a unit of the share's last written digit: 8% -> 1/2, 12.5% -> 1/20."""
    text = item.draft.text
    m = re.search(r"\d+\.(\d+)", text)
    return Fraction(1, 2) / Fraction(10) ** (len(m.group(1)) if m else 0)


def _alike(a: Resolved, b: Resolved) -> bool:
    """Same measure, places and period: shares of one whole."""
    same_period = (a.period is None and b.period is None) or (
        a.period is not None and b.period is not None and periods_equal(a.period, b.period))
    return a.draft.measure == b.draft.measure and set(a.regions or []) == set(b.regions or []) and same_period


def _runs(shares: list[Resolved]) -> list[tuple[list[Resolved], bool]]:
    """The shares of one sentence cut into lists: at a semicolon, after a closing word; closed or not."""
    runs: list[tuple[list[Resolved], bool]] = []
    current: list[Resolved] = []
    for item in shares:
        d = item.draft
        s = d.sentence.start
        if current and ";" in d.sentence.text[current[-1].draft.end - s:d.start - s]:
            runs.append((current, False))
            current = []
        current.append(item)
        if closes_list(d.sentence.text[:d.start - s]):
            runs.append((current, True))
            current = []
    if current:
        runs.append((current, False))
    return runs


def _adds_up(run: list[Resolved]) -> bool:
    total = sum(Fraction(str(i.draft.value)) for i in run)
    slack = sum(_rounding(i) for i in run)
    return total - slack <= 100 < total + slack  # as the check reads the shares' rounding: [x - 1/2, x + 1/2)


def partitions(pcts: list[Resolved]) -> list[list[Resolved]]:
    """Every list of shares that exhausts one whole, each in text order (the last is the claim)."""
    by_sentence: dict[int, list[Resolved]] = {}
    for item in pcts:
        if item.draft.pct_kind == "share" and item.draft.kind == "percentage":
            by_sentence.setdefault(item.draft.sentence.start, []).append(item)
    found: list[list[Resolved]] = []
    starts = sorted(by_sentence)
    for n, start in enumerate(starts):
        shares = sorted(by_sentence[start], key=lambda i: i.draft.start)
        for run, closed in _runs(shares):
            if len(run) < 2 or not all(_alike(run[0], i) for i in run[1:]):
                continue
            wholes = {w for w in (_whole(i) for i in run) if w}
            if len(wholes) > 1:
                continue  # "60% of callers ... 40% of texters": two wholes
            if not closed and not (all(i.draft.qualifier == "exact" for i in run) and _adds_up(run)):
                continue
            total = sum(Fraction(str(i.draft.value)) for i in run)
            previous = by_sentence.get(starts[n - 1]) if n else None
            if closed and total < 100 and previous and run[0] is shares[0] \
                    and 0 <= start - previous[0].draft.sentence.end <= 3:
                continue  # the list may have begun in the sentence before
            found.append(run)
    return found
