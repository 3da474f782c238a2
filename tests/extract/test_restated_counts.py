"""Figures whose own words restate the count before them (extract19, ``pipeline/extract/restated_counts.py``).

A count of people whose verb is "did so" or "did the same" ("210 people from the county did so"), a count told as
that count's rate ("That works out at about 244 people every month", "..., or around 72 people a month") and "N
times" as the earlier figure of a comparison ("compared with 1,688 times in 2022") count what the count before them
counts; a rate that restates its total is dated as the total is. Neighbours keep their own reading: "did not",
"did so much", a rate with a fate of its own ("are referred to the police"), "three times as many". Sentences of our
own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.restated_counts import did_so_after, rate_restated

Y25, Y24, Y23, Y22 = (f"{y}-01-01" for y in (2025, 2024, 2023, 2022))


def _counts(text: str) -> dict[int, tuple]:
    record = extract_article("Helpline figures\n\n" + text, source="restated.txt", published="2025-06-02")
    return {int(c.value): (c.measure, c.period_start) for c in record.counts}


@pytest.mark.parametrize("text, expected", [
    # "did so", "did the same" after a noun of people: the count before's measure, their own period
    ("In 2024, 380 people from Surrey contacted the Stop It Now helpline. In 2022, 205 people from the county did so.",
     {380: ("helpline_contacts", Y24), 205: ("helpline_contacts", Y22)}),
    ("In 2024, 1,460 men in Wiltshire called the Stop It Now helpline. In 2023 only 990 men in Wiltshire did the same.",
     {1460: ("helpline_calls", Y24), 990: ("helpline_calls", Y23)}),
    ("Stop It Now says 742 people in Dorset contacted it in 2024, against the 515 people who did so in 2022.",
     {742: ("helpline_contacts", Y24), 515: ("helpline_contacts", Y22)}),
    # the count before told as a rate: its measure, dated as it is
    ("The Stop It Now helpline was contacted by 4,320 people in 2024. That works out at about 360 people every month.",
     {4320: ("helpline_contacts", Y24), 360: ("helpline_contacts", Y24)}),
    ("The Stop It Now helpline was contacted by 1,104 people in 2023. That is 92 people a month.",
     {1104: ("helpline_contacts", Y23), 92: ("helpline_contacts", Y23)}),
    ("The Stop It Now helpline was contacted by 2,184 people in 2024. Across the year that is an average of around "
     "182 people a month.", {2184: ("helpline_contacts", Y24), 182: ("helpline_contacts", Y24)}),
    # "N times", the earlier figure of a comparison: what the "N times" count before counts
    ("The Stop It Now helpline was contacted 2,716 times in 2024, compared with 1,902 times in 2023.",
     {2716: ("helpline_contacts", Y24), 1902: ("helpline_contacts", Y23)}),
    ("Gamblers rang the National Gambling Helpline 8,130 times in 2024, against 6,045 times in 2022.",
     {8130: ("helpline_calls", Y24), 6045: ("helpline_calls", Y22)}),
])
def test_a_figure_restating_the_count_before_counts_what_it_counts(text: str, expected: dict) -> None:
    found = _counts(text)
    for value, reading in expected.items():
        assert found.get(value) == reading, (value, found)


@pytest.mark.parametrize("text, value, measure", [
    # neighbours: a verb of their own, a fate of their own, a multiplier
    ("In 2024, 610 people in Essex contacted the Stop It Now helpline. In a poll, 120 people there did not know of it.",
     120, "other"),
    ("In 2024, 830 people from Leicester contacted the Stop It Now helpline, while 36 volunteers did so much to help.",
     36, "other"),
    ("In 2024, 950 people in Kent called the Stop It Now helpline. Some 30 people a month are referred to the police.",
     30, "other"),
    ("The Samaritans branch in Hull heard from 2,000 callers in 2023. It trains 14 people a month as listeners.",
     14, "other"),
])
def test_neighbours_keep_their_own_reading(text: str, value: int, measure: str) -> None:
    assert _counts(text).get(value, ("none",))[0] == measure


def test_a_multiplier_after_n_times_is_no_count() -> None:
    found = _counts("The Stop It Now helpline was contacted 840 times in 2024, three times as many as in 2021.")
    assert found == {840: ("helpline_contacts", Y24)}


@pytest.mark.parametrize("after_noun, restates", [
    (" from the county did so.", True),
    (" who did so in 2022/23.", True),
    (" in North Yorkshire did the same.", True),
    (" did.", True),
    (" did not.", False),
    (" did so much to help.", False),
    (" didn't.", False),
    (" called the line.", False),
])
def test_did_so_after(after_noun: str, restates: bool) -> None:
    assert did_so_after(after_noun) is restates


@pytest.mark.parametrize("before, after_noun, restated", [
    ("That is ", " a month.", True),
    ("That works out at ", " every week, the charity said.", True),
    ("The line took 1,200 calls, or ", " a month.", True),
    ("Some ", " a month are referred to the police.", False),
    ("That is ", " a month more than in 2022.", False),
    ("It trains ", " a month.", False),
])
def test_rate_restated(before: str, after_noun: str, restated: bool) -> None:
    assert rate_restated(before, after_noun) is restated
