"""Changes and multipliers linked to the two counts they compare, wherever the article states them (changes21):

- a span claim dated by the base its own sentence gives ("It had 260 contacts in 2023, so the figure more than doubled
  in twelve months"): the later figure the span after it (``period_choice._dated_by_its_base``), agreement only;
- a list's figures each of their own place ("540 contacts came from Exeter, 610 from the rest of Devon ...",
  ``fact_places._OWN_PLACE``, ``place_lists._PLACE_THEN_FIGURE``), so the place's own pair is found;
- a base "from the city-region" placed as the place before it (``inherited_places.REGION_ANAPHORA``);
- a change worded as a fraction more ("almost a fifth more calls", ``number_patterns`` ``fraction_more``).

Sentences of our own writing; the near-neighbours must keep no "inconsistent".
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _verdicts(text: str, kind: str, stated: float, published: str = "2025-03-01") -> list[tuple[str, list[float]]]:
    record = extract_article(text, source="changes21.txt", published=published)
    values = {c.id: c.value for c in record.counts}
    return [(c.verdict, sorted(values[i] for i in c.inputs if i in values)) for c in record.checks
            if c.kind == kind and abs((c.stated or 0) - stated) < 0.06]


LIST = ("The service heard from 1,650 people across Devon and Somerset in 2024.\n\n"
        "Of that total, 540 contacts came from Exeter, 610 from the rest of Devon and 500 from Somerset.\n\n")


@pytest.mark.parametrize("text, kind, stated, verdict, inputs", [
    # a span claim dated by its base: the figure a span on
    (LIST + "Exeter accounted for 260 contacts in 2023, so the city's figure more than doubled in twelve months.",
     "multiplier", 2.0, "consistent", [260, 540]),
    (LIST + "Exeter accounted for 290 contacts in 2023, so the city's figure nearly doubled in twelve months.",
     "multiplier", 2.0, "consistent", [290, 540]),
    # a list's item of its own place: Exeter's own pair, not the total of every place the sentence names
    (LIST + "In 2023 the service heard from 250 people in Exeter.\n\nCalls from Exeter have more than doubled in "
     "a year.", "multiplier", 2.0, "consistent", [250, 540]),
    # "since P, when B ... from the city-region": the base placed as the place before, the latest figure of it
    ("The line took 2,120 calls from Merseyside in 2024, up from 1,700 in 2023.\n\nThe number has nearly doubled "
     "since 2020, when 1,100 calls were made from the city-region.\n\nOf the 2,120, 1,300 came from men.",
     "multiplier", 2.0, "consistent", [1100, 2120]),
    # "trebled in the last financial year" over a list of two places: the pair of both, a misprint caught
    ("Calls from Fife and Angus trebled in the last financial year.\n\nThe line logged 700 calls from Fife and "
     "Angus in 2023/24.\n\nIn 2022/23, the figure stood at 260.\n\nFife accounted for 430 of the 2023/24 calls, with "
     "270 coming from Angus.", "multiplier", 3.0, "inconsistent", [260, 700]),
    ("Calls from Fife and Angus trebled in the last financial year.\n\nThe line logged 780 calls from Fife and "
     "Angus in 2023/24.\n\nIn 2022/23, the figure stood at 260.\n\nFife accounted for 480 of the 2023/24 calls, with "
     "300 coming from Angus.", "multiplier", 3.0, "consistent", [260, 780]),
    # a fraction more: the pair of its sentence's years
    ("The line was contacted almost a fifth more often in 2024 than in 2023.\n\nIt took 5,950 contacts in 2024, up "
     "from 5,000 in 2023.", "percentage", 20.0, "consistent", [5000, 5950]),
])
def test_a_change_linked_to_its_counts(text: str, kind: str, stated: float, verdict: str,
                                       inputs: list[float]) -> None:
    assert _verdicts(text, kind, stated)[:1] == [(verdict, inputs)]


@pytest.mark.parametrize("text, kind, stated", [
    # a span claim dated by its base, the later figure off: agreement only, never "inconsistent"
    (LIST + "Exeter accounted for 400 contacts in 2023, so the city's figure more than doubled in twelve months.",
     "multiplier", 2.0),
    # no figure a span after the base: nothing to judge
    ("Exeter accounted for 260 contacts in 2023, so the city's figure more than doubled in twelve months.",
     "multiplier", 2.0),
    # "since 2020" with a second 2024 figure of the place: no one figure it reached, so 2023's is no verdict
    ("The line took 2,120 calls from Merseyside in 2024, up from 1,700 in 2023.\n\nThe number has nearly doubled "
     "since 2020, when 1,100 calls were made from the city-region.\n\nIn 2024 the region also saw 1,300 calls.",
     "multiplier", 2.0),
    ("The line took 2,120 calls from Merseyside in 2024, up from 1,700 in 2023.\n\nThe number has nearly doubled "
     "since 2020, when 1,100 calls were made from the city-region.\n\nOf the 2,120, 1,300 came from men.",
     "multiplier", 2.0),
    # the base "from the city-region" with no place before it: the latest figure of another place is no verdict
    ("The line took 2,120 calls from Merseyside in 2024.\n\nThe number has nearly doubled since 2020, when 1,500 "
     "calls were made nationally.", "multiplier", 2.0),
])
def test_near_pairs_keep_no_inconsistent(text: str, kind: str, stated: float) -> None:
    assert all(verdict != "inconsistent" for verdict, _ in _verdicts(text, kind, stated))
