"""The one comparison a change points back at: "from 38 to 61 ... That is a rise of 60%" judged both ways.

A change or a multiplier whose sentence holds no count and names no time, and whose words point back ("That is an
increase of 110%", "The charity says that's a rise of 60%", "This means calls more than doubled"), states the
comparison of the sentences right before it.  When those sentences (the one before, and the one before that when the
first holds a single figure) hold exactly two figures of one known measure, and they are the only figures of that
measure the article has stated so far, the pair is the claim's beyond doubt: the paper has compared nothing else.
Then a mismatch is the paper's misstatement and the check is ``inconsistent``; a gross miss (the wrong direction, or
off by more than ``gross_rel``) says the pointer may mean something else and keeps no verdict.  Only a check left
``unverifiable`` by every other rule is judged here.
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache
from decimal import Decimal
from typing import Optional, Union

from pipeline.check.check_builders import _check
from pipeline.check.evidence import Evidence, before, is_number, place
from pipeline.check.multiplier_bases import gross_factor
from pipeline.check.multiplier_pairs import word_alternation
from pipeline.check.claim_measures import measure_family
from pipeline.check.period_pairs import pair_verdict
from pipeline.check.tolerances import Tolerances
from pipeline.records import Check, Count, Multiplier, Percentage

__all__ = ["pointed_pair_check"]

Claim = Union[Percentage, Multiplier]

#: A time the claim's own sentence names: then it states a comparison of its own, not the one before.
_NAMES_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b(?:year|month|week|period|annual|annually|quarter)s?\b", re.I)


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words before a claim that point back at what was just said ("that's", "meaning"), and words that date a
    sentence's figure next to the one before ("the previous year"): ``check_words.json`` ``pair_pointers``,
    ``pair_next_times``."""
    pointers = word_alternation("pair_pointers").replace("'", "[\u2019']")
    return (re.compile(rf"\b(?:{pointers})(?![\w\u2019'])", re.I),
            re.compile(rf"\b(?:{word_alternation('pair_next_times')})\b", re.I))


def _points_back(claim: Claim, ev: Evidence) -> bool:
    """The claim's sentence holds no count, names no time and points back before the claim."""
    own = tuple(claim.sentence)
    if not ev.text or ev.counts_in(own):
        return False
    if _NAMES_TIME.search(ev.text, own[0], own[1]):
        return False
    return bool(_words()[0].search(ev.text, own[0], claim.start))


def _index(ev: Evidence) -> tuple[dict[str, list[int]], set[tuple[int, int]]]:
    """The starts of the record's counts by measure family, sorted, and the sentences holding a percentage or a
    multiplier (built once per record, so each claim's look is a bisection)."""
    key = ("pointed_pairs",)
    if key not in ev.memo:
        starts: dict[str, list[int]] = {}
        for c in ev.record.counts:
            family = measure_family(c.measure)
            if family:
                starts.setdefault(family, []).append(c.start)
        for found in starts.values():
            found.sort()
        claimed = {tuple(f.sentence) for f in [*ev.record.percentages, *ev.record.multipliers]}
        ev.memo[key] = (starts, claimed)
    return ev.memo[key]


def _pair(claim: Claim, ev: Evidence) -> Optional[tuple[Count, Count]]:
    """The two figures of the sentences right before the claim, when they are the only figures of their measure the
    article has stated before the claim; ``None`` otherwise."""
    own = tuple(claim.sentence)
    previous = ev.neighbour(own, -1)
    if previous is None:
        return None
    window = [previous]
    found = list(ev.counts_in(previous))
    if len(found) == 1:
        earlier = ev.neighbour(previous, -1)
        if earlier is not None:
            window.append(earlier)
            found = list(ev.counts_in(earlier)) + found
    if len(found) != 2:
        return None
    a, b = found
    family = measure_family(a.measure)
    if family is None or family != measure_family(b.measure) or a.value == b.value:
        return None
    if any(c.difference or c.rate or c.qualifier == "vague" or not is_number(c.value) or c.value <= 0 for c in found):
        return None
    starts, claimed = _index(ev)
    if any(span in claimed for span in window):
        return None  # the sentences before state a comparison of their own
    if bisect.bisect_left(starts.get(family, []), own[0]) > 2:
        return None  # an earlier figure of the measure: the paper may compare it instead
    if not _over_time(a, b, ev.text):
        return None  # "500 calls from men and 300 from women in 2020": two groups, not one thing over time
    return (a, b) if a.value < b.value else (b, a)


#: "from 38 to 61": the word before the earlier figure of one sentence's pair; "to" ends the few words between.
_FROM = re.compile(r"\bfrom\s{1,3}$", re.I)
#: The most characters between the two figures of "from A (in 2023) to B".
FROM_TO_GAP = 30


def _over_time(a: Count, b: Count, text: str) -> bool:
    """Whether two figures (``a`` first in the text) are one thing at two times: their periods one before the other;
    or, in one sentence, "from A to B"; or, in two, periods that follow one another, or the later sentence naming a
    time next to the other's ("In the previous year it received 240.").  Two sentences of years apart ("1,200 calls in
    2017. In 2020 it took 1,800.") may be two points of a run whose other years the paper left out: no."""
    if tuple(a.sentence) != tuple(b.sentence):
        return _next_to(a, b) or _next_to(b, a) or bool(_words()[1].search(text, b.sentence[0], b.sentence[1]))
    if before(a, b) or before(b, a):
        return True
    between = text[a.end:b.start].split() if 0 < b.start - a.end <= FROM_TO_GAP else []
    opened = _FROM.search(text[max(a.sentence[0], a.start - 12):a.start])
    return bool(between and between[-1].lower() == "to" and opened)


def _next_to(earlier: Count, later: Count) -> bool:
    """``earlier``'s period ends the day before ``later``'s begins."""
    if not (earlier.period_end and later.period_start):
        return False
    try:
        ends = date.fromisoformat(earlier.period_end[:10])
        return ends + timedelta(days=1) == date.fromisoformat(later.period_start[:10])
    except ValueError:
        return False


def pointed_pair_check(check: Check, claim: Claim, ev: Evidence, tol: Tolerances) -> Check:
    """``check`` unless it is ``unverifiable`` and ``claim`` points back at the one comparison before it: then the
    claim judged on that pair, both ways (a gross miss keeps ``check``)."""
    if check.verdict != "unverifiable" or not _points_back(claim, ev):
        return check
    if isinstance(claim, Percentage) and (claim.kind != "change" or claim.direction not in ("increase", "decrease")):
        return check
    found = _pair(claim, ev)
    if found is None:
        return check
    small, large = found
    falling = claim.direction == "decrease" if isinstance(claim, Percentage) else claim.factor < 1
    old, new = (large, small) if falling else (small, large)
    v = pair_verdict(claim, old, new, tol)
    if v.verdict == "unverifiable":
        return check
    if v.verdict == "inconsistent":
        gross = gross_factor(v.computed, Decimal(repr(claim.factor)), tol.gross_rel) \
            if isinstance(claim, Multiplier) else v.gross
        if gross:
            return check
    kind = "multiplier" if isinstance(claim, Multiplier) else "percentage"
    stated = float(claim.factor if isinstance(claim, Multiplier) else claim.value)
    made = _check(kind, claim, [old, new], stated, v,
                  prefix=f"the one pair of figures it points back at, {place(old)} to {place(new)}")
    return made
