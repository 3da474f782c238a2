"""The span a claim's own words put between the two figures it compares: "trebled in two years", "nearly doubled in
five years", "up 25 per cent in a year", "rose by 30 per cent in six months".

A change or a multiplier that names no period of its own but says how far apart its figures are compares the one
pair of figures of its measure and place that span apart (its own period's figure and the one that span before, when
it names its period), not the figure just before the latest: a run of three years ("360 in 2022, 640 in 2023, 1,010
in 2024") holds one two-year comparison, the one of "trebled in two years", beside two one-year ones; "in a year"
over that run names none of them.  A claim whose span no pair of figures fits is no claim on the two latest figures
either ("doubled in three years" beside figures of 2023 and 2024 only).  The words are
``check_words.json``'s ``span_prepositions`` and ``span_units``; the number is a word of ``numbers.json``'s
``units``, "a", or digits.
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date
from functools import lru_cache
from typing import Optional

from pipeline.check.evidence import Evidence
from pipeline.check.multiplier_pairs import check_words
from pipeline.extract.numbers import words as number_words
from pipeline.records import Check, Count, Fact
from pipeline.wordlists import alternation

#: How many characters after a claim its span may stand ("have trebled in two years", "rose by 30 per cent in a year").
SPAN_REACH = 40
#: How many days a period's start may differ from the one a span points at (months of 28 to 31 days).
START_SLACK = 4


@lru_cache(maxsize=1)
def _span_regex() -> tuple[re.Pattern[str], dict[str, int], dict[str, int]]:
    """The span pattern, the months of each unit, the value of each number word."""
    words = check_words()
    units: dict[str, int] = words["span_units"]
    numbers = {w.lower(): int(v) for w, v in number_words()["units"].items()}
    numbers.update({"a": 1, "an": 1})
    pattern = re.compile(
        rf"[^.;:!?]{{0,{SPAN_REACH}}}?\b(?:{alternation(words['span_prepositions'], loose_spaces=True)})\s{{1,3}}"
        rf"(?P<n>{alternation(numbers)}|\d{{1,2}})\s{{1,3}}(?P<u>{alternation(units)})\b", re.I)
    return pattern, {u.lower(): m for u, m in units.items()}, numbers


def span_months(claim: Fact, ev: Evidence) -> Optional[int]:
    """The months between the two periods a claim compares, as its words right after it name them ("in two
    years": 24), or ``None``."""
    if not ev.text:
        return None
    pattern, units, numbers = _span_regex()
    m = pattern.match(ev.text, claim.end, min(claim.end + SPAN_REACH + 40, claim.sentence[1]))
    if m is None:
        return None
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else numbers.get(n)
    return count * units[m.group("u").lower()] if count else None


def months_before(day: str, months: int) -> date:
    """The date ``months`` months before ``day`` (an ISO date), its day kept within the month."""
    d = date.fromisoformat(day[:10])
    total = d.year * 12 + d.month - 1 - months
    year, month = divmod(total, 12)
    for dd in (d.day, 30, 29, 28):
        try:
            return date(year, month + 1, dd)
        except ValueError:
            continue
    raise ValueError(day)


def span_before(later: tuple[str, str], months: int, periods: list[tuple[str, str]]) -> Optional[tuple[str, str]]:
    """The one period of ``periods`` that starts ``months`` before ``later`` does and is as long, or ``None``."""
    start = months_before(later[0], months)
    end = months_before(later[1], months)
    found = [p for p in periods if abs((date.fromisoformat(p[0][:10]) - start).days) <= START_SLACK
             and abs((date.fromisoformat(p[1][:10]) - end).days) <= START_SLACK]
    return found[0] if len(found) == 1 else None


def off_span(check: Check, claim: Fact, ev: Evidence) -> Check:
    """``check`` made ``unverifiable`` when it is ``inconsistent`` on two dated counts that are not as far apart as
    the claim's words say ("doubled in three years" judged on 2023 and 2024): they are another comparison's."""
    months = span_months(claim, ev) if check.verdict == "inconsistent" else None
    counts = [c for c in (ev.get(i, Count) for i in check.inputs) if c is not None and c.period_start and c.period_end]
    if months is None or len(counts) != 2:
        return check
    old, new = sorted(counts, key=lambda c: c.period_start)
    if span_before((new.period_start, new.period_end), months, [(old.period_start, old.period_end)]) is not None:
        return check
    return dataclasses.replace(check, verdict="unverifiable", explanation=check.explanation
                               + "; the claim's words put its figures further apart than these, so no verdict")
