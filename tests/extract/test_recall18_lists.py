"""A list's figures after its first (recall18): the last item of a list whose first item took its noun from the
count before is still a count (ANNOTATION.md decision 2: every number that counts something), and "a further" or
"another" between a list's joining word and its figure adds one more part.  Neighbours: items carried from a count
of something else (arrests) stay that count's, a lone figure with a name of no place stays out, and a figure of a
conjunct whose subject is no known place takes none of the other items' places.  Sentences of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _counts(text: str) -> list[tuple[int, str, list[str]]]:
    record = extract_article(text, source="lists.txt", published="2025-06-01")
    return [(int(c.value), c.measure, c.regions) for c in record.counts]


@pytest.mark.parametrize("text, expected", [
    # a list set out after a colon (checks18b's inline rows): the total keeps its own place, each item its own, the
    # last item too
    ("Samaritans in Kent took 1,600 calls in 2024, as follows: Maidstone 600; Canterbury 550; Medway 450.",
     [(1600, "helpline_calls", ["Kent"]), (600, "helpline_calls", ["Maidstone"]),
      (550, "helpline_calls", ["Canterbury"]), (450, "helpline_calls", ["Medway"])]),
    # "followed by <place> with N" ending the sentence, after a figure that took its noun from the sentence before
    ("Samaritans in Devon took 2,000 calls in 2024. Exeter was the busiest, with 700, followed by Torbay with 380.",
     [(2000, "helpline_calls", ["Devon"]), (700, "helpline_calls", ["Exeter", "Torbay"]),
      (380, "helpline_calls", ["Exeter", "Torbay"])]),
    # "with a further N from <place>", "and another N from <place>": one more part of the list
    ("Stop It Now! heard from 900 people in 2024. Of those, 400 were from Cardiff and 210 from Swansea, "
     "with a further 90 from Newport.",
     [(900, "helpline_contacts", []), (400, "helpline_contacts", ["Cardiff"]), (210, "helpline_contacts", ["Swansea"]),
      (90, "helpline_contacts", ["Newport"])]),
    ("The Gambling Helpline took 800 calls in 2023: 420 came from Leeds, 200 from Wakefield and another 80 from York.",
     [(800, "helpline_calls", ["Leeds", "Wakefield", "York"]), (420, "helpline_calls", ["Leeds"]),
      (200, "helpline_calls", ["Wakefield"]), (80, "helpline_calls", ["York"])]),
    # "a further" after "and" with a period of its own
    ("The Samaritans branch took 700 calls in January 2024 and a further 650 in February 2024.",
     [(700, "helpline_calls", []), (650, "helpline_calls", [])]),
    # the place stressed ("itself", "alone"), still the subject of its figure
    ("The Gambling Helpline took 3,000 calls from the West Midlands in 2023. Birmingham itself saw the most, with 1,100.",
     [(3000, "helpline_calls", ["West Midlands"]), (1100, "helpline_calls", ["Birmingham"])]),
    ("Samaritans branches in Yorkshire answered 2,800 calls in 2023. Leeds alone accounted for 950, the charity said.",
     [(2800, "helpline_calls", ["Yorkshire"]), (950, "helpline_calls", ["Leeds"])]),
    # neighbours: items carried from a count of another thing stay that thing's; "itself" after no place is no list
    ("Samaritans took 1,300 calls in 2023. Police made 44 arrests in Maidstone that year, Medway 12 and Canterbury 9.",
     [(1300, "helpline_calls", []), (44, "arrests", ["Maidstone"]), (12, "arrests", ["Medway"]),
      (9, "arrests", ["Canterbury"])]),
    ("Samaritans took 2,200 calls in 2023. The charity itself saw the most growth in its history, with 12.",
     [(2200, "helpline_calls", [])]),
    # a conjunct whose subject is no known place takes none of the places the other items own
    ("Samaritans took 2,000 calls in 2023. Leeds accounted for 500 of them, Zedborough for 90 and York for 60.",
     [(2000, "helpline_calls", []), (500, "helpline_calls", ["Leeds"]), (90, "helpline_calls", []),
      (60, "helpline_calls", ["York"])]),
    # its neighbour: a known place there keeps its own
    ("Samaritans took 2,000 calls in 2023. Leeds accounted for 500 of them, Bradford for 90 and York for 60.",
     [(2000, "helpline_calls", []), (500, "helpline_calls", ["Leeds"]), (90, "helpline_calls", ["Bradford"]),
      (60, "helpline_calls", ["York"])]),
])
def test_list_items(text: str, expected: list) -> None:
    assert _counts(text) == expected
