"""The probe set of measures: short articles of our own about what a count counts; its ``gold.json`` was written
before the extractor was run on it, under ANNOTATION.md (decision 4: a phone's calls and callers are
``helpline_calls``, a website's visits and users ``website_users``, calls, chats and emails together, or an
unspecified "contacted", ``helpline_contacts``).

- ``tests/fixtures/measures15`` (branch measures15; 32 articles, 80 counts of a helpline's or a website's use): parts
  of a total each naming its channel ("Of those, 1,940 worked through its self-help pages, while 370 phoned the
  helpline"; "610 through its freephone number and 2,870 through the self-check tool on its website"), a bare figure
  after a verb of a line receiving whose noun is in the clause, the sentence or the headline before ("In 2022 it took
  2,150."; "the 3,100 it answered"), calls and messages, chats, emails, missed calls, "people who rang", website
  visits "when 40,300 people visited". Measures right: 53/78 before measures15, 76/78 after.
- ``tests/fixtures/counts16`` (branch counts16; 41 articles, 153 counts, most with no noun of their own): gapped
  lists of places ("Leeds accounted for 402 calls, Bradford 310 and Wakefield 95"; "Hull had 702, and York 415"),
  "the 2023 figure was N", "the 2024 figure of N", "N were phone calls", "calls at N", list lines under a heading
  ("April to September 2024: 1,050", "Texts: 1,507"), and neighbours that are no counts (years, ages, ranks, scores,
  phone numbers). Counts found 81 before counts16, 147 after; measures right 79/153 before, 146/153 after.
- ``tests/fixtures/regions17`` (branch regions17; 26 articles, 47 counts of a use): list lines under a heading that
  names their channel after a sentence about another ("The council areas with the most helpline contacts were:"),
  a website's sessions, "the combined total". Measures right 36/47 before regions17, 48/48 after.

``score.py`` scores the set (each F1 within 0.03 of the figure at the end of its branch), and the measures of the
counts are counted as the scorer pairs them (by value): the measures right must not fall.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.probe_sets import TOLERANCE, assert_f1_at_least, f1_rows, gold_and_records, gold_of_each_article, paired

#: name: (F1 per fact type at the end of its branch, counts with the right measure, articles, least scored counts)
SETS = {
    # score 0.986 at the end of measures15 (0.986 before; strict 0.922 -> 0.981; checks 8 of 9 found both times)
    "measures15": ({"counts": 0.99, "percentages": 1.00, "multipliers": 1.00, "checks": 0.94}, 76, 32, 80),
    # score 0.746 at the end of counts16 (0.666 before; counts F1 0.69 -> 0.98; percentages 0.00 both times: "each
    # half of the year" read as a 50% share; 18 of the 41 short articles judged not relevant)
    "counts16": ({"counts": 0.98, "multipliers": 1.00, "checks": 0.75}, 146, 41, 150),
    # regions17's list lines under a heading naming their channel, sessions, combined totals: measures right 36/47
    # before regions17, 48/48 at its end
    "regions17": ({"counts": 0.99}, 48, 26, 47),
}
BASELINES = f1_rows(SETS)


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_set_has_gold_for_each_article(name: str) -> None:
    gold = gold_of_each_article(name, SETS[name][2])
    assert sum(c["measure"] != "other" for g in gold for c in g["counts"]) >= SETS[name][3]


@pytest.mark.parametrize("name, kind, baseline", BASELINES)
def test_f1_does_not_fall_below_the_baseline(probe_f1: dict[str, dict[str, float]], name: str, kind: str,
                                             baseline: float) -> None:
    assert_f1_at_least(probe_f1, name, kind, baseline - TOLERANCE)


@pytest.mark.parametrize("name", sorted(SETS))
def test_measures_right_do_not_fall(probe_records: dict[str, Path], name: str) -> None:
    """Each gold count of a helpline's or a website's use paired with the record's first count of its value that
    is of such a use (as the scorer leaves ``other`` out): its measure is the gold's."""
    right = 0
    for gold, record in gold_and_records(name, probe_records[name]):
        for g, fact in paired(gold["counts"], record["counts"], lambda f: int(f["value"]),
                              keep=lambda f: f["measure"] != "other" and f.get("value") is not None):
            right += g["measure"] != "other" and fact is not None and fact["measure"] == g["measure"]
    assert right >= SETS[name][1], f"{name}: {right} measures right, fewer than {SETS[name][1]}"
