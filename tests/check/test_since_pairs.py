"""A change counted "since" a period is judged on that period's figure and the one it reached
(``pipeline/check/since_pairs.py``), and "N times as many ... as in P, when B" takes the base its words give
(``multiplier_bases._BASE_GAP``, ``multiplier_bases.own_sentence_check``).  Sentences of our own writing; the
near-neighbours must keep no "inconsistent".
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _verdicts(text: str, kind: str, stated: float, published: str = "2025-03-01") -> list[tuple[str, list[float]]]:
    record = extract_article(text, source="since_pairs.txt", published=published)
    values = {c.id: c.value for c in record.counts}
    return [(c.verdict, sorted(values[i] for i in c.inputs if i in values)) for c in record.checks
            if c.kind == kind and abs((c.stated or 0) - stated) < 0.06]


@pytest.mark.parametrize("text, kind, stated, verdict, inputs", [
    # the later figure its own sentence reaches, the base a paragraph later: both verdicts
    ("Texts to the helpline from Fife have trebled since 2020, reaching 960 texts last year.\n\n"
     "In 2020 the line took 320 texts from Fife.", "multiplier", 3.0, "consistent", [320, 960]),
    ("Texts to the helpline from Fife have trebled since 2020, reaching 800 texts last year.\n\n"
     "In 2020 the line took 320 texts from Fife.", "multiplier", 3.0, "inconsistent", [320, 800]),
    ("People contacting the service about a partner have doubled since 2021, reaching 1,400 in the first half of "
     "this year.\n\nThe charity runs a helpline.\n\nIn the first half of 2021 it heard from 700 such people.",
     "multiplier", 2.0, "consistent", [700, 1400]),
    # the later figure the latest of the claim's place and measure, a year between them stated too
    ("Calls from Moray to the gambling line have doubled since 2018.\n\nThe line took 500 calls from Moray in 2024, "
     "against 420 in 2023.\n\nIn 2018 it took 250 calls from Moray.", "multiplier", 2.0, "consistent", [250, 500]),
    ("Calls from Angus to the gambling line have doubled since 2018.\n\nThe line took 430 calls from Angus in 2024, "
     "against 400 in 2023.\n\nIn 2018 it took 250 calls from Angus.", "multiplier", 2.0, "inconsistent", [250, 430]),
    # a financial year, a claim whose words name no measure: the measure of the figure of the period it counts from
    ("Demand from Ceredigion has grown fivefold since 2017/18.\n\nThe service supported 1,000 people from Ceredigion "
     "in 2023/24.\n\nIn 2017/18 it supported 200 people from Ceredigion.", "multiplier", 5.0, "consistent",
     [200, 1000]),
    # "N times as many ... as in P, when B": the base its words give, the later figure before it
    ("The line answered 2,400 calls from Tayside in 2024.\n\nThat total is twice as many calls as in 2019, when it "
     "answered 1,190.", "multiplier", 2.0, "consistent", [1190, 2400]),
    # an open period that is no "since" keeps the verdict its own sentence's pair gives
    ("Calls from Orkney reached 610 so far this year, up 20 per cent on the 560 of last year.", "percentage", 20.0,
     "inconsistent", [560, 610]),
])
def test_a_change_counted_since_a_period(text: str, kind: str, stated: float, verdict: str,
                                         inputs: list[float]) -> None:
    assert _verdicts(text, kind, stated)[:1] == [(verdict, inputs)]


@pytest.mark.parametrize("text, kind, stated", [
    # no figure of the period it counts from: the two latest are not its pair
    ("Calls from Bute to the line have doubled since 2019.\n\nThe line took 300 calls from Bute in 2024 and 200 in "
     "2023.", "multiplier", 2.0),
    # the figure of that period is another place's
    ("Calls from Arran to the line have doubled since 2019, reaching 300 in 2024.\n\nIn 2019 the line took 150 calls "
     "from Skye.", "multiplier", 2.0),
    # a group's figure against everyone's: the wrong way by far, more likely another thing's figure
    ("Calls from men to the line in Islay have doubled since 2020, reaching 90 in 2024.\n\nIn 2020 the line took 700 "
     "calls from Islay.", "multiplier", 2.0),
    # a claim of no place over one town's figures among several
    ("Calls to the line have trebled since 2019.\n\nIn 2024 it took 900 calls from Perth and 500 from Stirling.\n\n"
     "In 2019 it took 400 calls from Perth.", "multiplier", 3.0),
])
def test_near_pairs_give_no_inconsistent(text: str, kind: str, stated: float) -> None:
    assert "inconsistent" not in [v for v, _ in _verdicts(text, kind, stated)]
