"""A stated difference ("up by 400", "an increase of 400", "400 more", "400 fewer") is never a level of a change.

A percentage or a multiplier compares two levels; the size of a change is neither of them.  Read as the later
level, "up by 400 on the 2,200 of the year before - an 18% increase" would be (400 - 2,200) / 2,200, a fall, and a
false "inconsistent".  The table varies the wording of the difference, the order (the difference before or after
the base, before the level), the sentence (the level in the same sentence or the one before), the direction and
the claim (a percentage, a multiplier), and has a misprint or two, which must still be caught on the right pair.
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.check.evidence import as_level
from check_factories import count

LEVELS = [
    # text, kind, verdict, (earlier, later) levels
    # "the previous year's N" after the difference, the level in the sentence before
    ("The line took 2,600 calls in 2024.\n\nThe rise of 400 on the previous year's 2,200 is an 18% increase.",
     "percentage", "consistent", (2200, 2600)),
    ("The line took 2,600 calls in 2024.\n\nThis is 400 more than the previous year's 2,200, an 18% increase.",
     "percentage", "consistent", (2200, 2600)),
    ("The line took 2,600 calls in 2024.\n\nIt means an increase of 400 on the previous year's 2,200, or an 18% rise.",
     "percentage", "consistent", (2200, 2600)),
    ("In 2024 the line took 2,600 calls.\n\nThat was up by 400 on last year's 2,200 - an 18% increase.",
     "percentage", "consistent", (2200, 2600)),
    # a fall: "N fewer", "fell by N"
    ("The line took 1,800 calls in 2024.\n\nThat was 400 fewer than the previous year's 2,200, an 18% fall.",
     "percentage", "consistent", (2200, 1800)),
    ("The line took 1,800 calls in 2024.\n\nThey fell by 400 from the previous year's 2,200, a drop of 18%.",
     "percentage", "consistent", (2200, 1800)),
    # the base before the difference
    ("The line took 2,600 calls in 2024.\n\nCompared with the previous year's 2,200, it was up by 400, a rise of 18%.",
     "percentage", "consistent", (2200, 2600)),
    # the level, the difference and the base in one sentence
    ("The line took 2,600 calls in 2024, up by 400 on the previous year's 2,200, an 18% increase.",
     "percentage", "consistent", (2200, 2600)),
    ("Contacts reached 2,600 in 2024, a rise of 400 on the 2,200 of 2023 and an increase of 18%.",
     "percentage", "consistent", (2200, 2600)),
    ("The service heard from 1,800 people in 2024, 400 fewer than the 2,200 it heard from in 2023, a fall of 18%.",
     "percentage", "consistent", (2200, 1800)),
    # the difference opens the sentence, before the level
    ("Up by 400 on the 2,200 of 2023, calls to the line reached 2,600 in 2024, an 18% rise.",
     "percentage", "consistent", (2200, 2600)),
    # both levels in the sentence before, the difference and the change after them
    ("The line took 2,200 calls in 2023 and 2,600 in 2024.\n\nThat was up by 400, a rise of 18%.",
     "percentage", "consistent", (2200, 2600)),
    # a multiplier: the difference is no level of a "doubled" either
    ("Calls to the line doubled to 2,400 in 2024, up by 1,200 on the 1,200 of 2023.",
     "multiplier", "consistent", (1200, 2400)),
    ("The line took 2,400 calls in 2024.\n\nIt was up by 1,200 on the previous year's 1,200, double the number.",
     "multiplier", "consistent", (1200, 2400)),
    ("Calls to the line trebled to 3,600 in 2024, 2,400 more than the previous year's 1,200.",
     "multiplier", "consistent", (1200, 3600)),
    # misprints: caught on the levels the sentence ties by its difference (2,200 + 400 = 2,600)
    ("The line took 2,600 calls in 2024.\n\nThis is 400 more than the previous year's 2,200, a 25% increase.",
     "percentage", "inconsistent", (2200, 2600)),
    ("The line took 2,600 calls in 2024.\n\nThis is 400 more than the previous year's 2,200, a 20% increase.",
     "percentage", "inconsistent", (2200, 2600)),
    ("The line took 2,600 calls in 2024, up by 400 on 2023's total of 2,200, a 20% increase.",
     "percentage", "inconsistent", (2200, 2600)),
]


@pytest.mark.parametrize("text, kind, verdict, levels", LEVELS)
def test_a_difference_is_no_level(text: str, kind: str, verdict: str, levels: tuple[int, int]) -> None:
    record = extract_article(text, source="levels.txt", published="2025-03-01")
    values = {c.id: c.value for c in record.counts}
    sizes = {c.id for c in record.counts if c.difference}
    assert sizes, "the difference was not extracted"
    checks = [c for c in record.checks if c.kind == kind]
    assert [(c.verdict, tuple(values[i] for i in c.inputs)) for c in checks] == [(verdict, levels)], \
        [c.explanation for c in checks]
    assert not sizes & set(checks[0].inputs)


@pytest.mark.parametrize("direction, level", [("increase", False), ("decrease", False), (None, True)])
def test_as_level(direction: str | None, level: bool) -> None:
    figure = count("c1", 400)
    figure.difference = direction
    assert (as_level(figure) is figure) is level
    assert as_level(None) is None
