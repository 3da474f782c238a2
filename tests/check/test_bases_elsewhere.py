"""A change's two figures stated where papers put them: its base after "on the" or "than the" with no noun of
its own, a figure given as "it was N", the later figure in the sentence before ("That total was down from
800"), and one relative time ("the following year") shared by a change and its count.  Sentences of our own
writing; neighbours that name another measure, place or group, or no figure, keep "unverifiable" or no check.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _checks(text: str, kind: str, stated: float) -> list[str]:
    record = extract_article(text, source="bases_elsewhere.txt", published="2024-03-01")
    return [c.verdict for c in record.checks if c.kind == kind and c.stated == stated]


@pytest.mark.parametrize("text, stated, verdict", [
    # the base after "on the" / "than the", no noun of its own: it counts what the later figure counts
    ("The website had 14,000 visitors in 2023, up 12 per cent on the 12,500 in 2022.", 12.0, "consistent"),
    ("The website had 14,000 visitors in 2023, up 20 per cent on the 12,500 in 2022.", 20.0, "inconsistent"),
    ("The forum had 61,000 users in 2023, 22 per cent more than the 50,000 of 2022.", 22.0, "consistent"),
    ("Its chat service held 900 sessions in 2023, 10% fewer than the 1,000 of 2022.", 10.0, "consistent"),
    ("The line answered 5,400 calls last year, 8 per cent higher than the 5,000 it answered in 2022.", 8.0,
     "consistent"),
    ("Contacts reached 1,260 in 2023, 5 per cent up on the 1,200 recorded in 2022.", 5.0, "consistent"),
    ("The line took 600 calls in 2021. In 2022 calls were 7 per cent more than the 600 of 2021, at 642.", 7.0,
     "consistent"),
    # a figure given as "it was N": what the sentence before counts
    ("The helpline heard from 410 people in Lancashire in 2023. In 2022 it was 290, so contacts rose by 41 per "
     "cent.", 41.0, "consistent"),
    ("In 2021, 640 people from Wales contacted the line. The following year it was 880, a rise of 37.5 per "
     "cent.", 37.5, "consistent"),
    ("In 2021, 640 people from Wales contacted the line. The following year it was 880, a rise of 45 per cent.",
     45.0, "inconsistent"),
    ("The line took 1,000 calls in 2022. In 2023 it was 1,150, a rise of 15 per cent.", 15.0, "consistent"),
    ("The line took 1,000 calls in 2022. In 2023 it was 1,150, a rise of 17 per cent.", 17.0, "inconsistent"),
    # the later figure in the sentence before, the sentence itself holding only the base
    ("The line heard from 700 people across Gwent in 2023. That total was down from 800 in 2022, a fall of 15 "
     "per cent.", 15.0, "inconsistent"),
    ("The line heard from 700 people across Gwent in 2023. That total was down from 800 in 2022, a fall of 12.5 "
     "per cent.", 12.5, "consistent"),
    ("In all, 2,400 people called the helpline in 2023. This was up from 2,000 in 2022, a rise of 20 per cent.",
     20.0, "consistent"),
    # a change that points back at a total, after the total's parts: the total, not the last part
    ("The line took 4,860 calls from Yorkshire in 2023. West Yorkshire accounted for 2,140 of them and South "
     "Yorkshire for 1,250 of them. The total was 8 per cent higher than in 2022, when the line took 4,500 calls.",
     8.0, "consistent"),
    ("The charity heard from 900 people in 2023: 600 by phone and 300 online. That total was 12.5 per cent "
     "up on 2022, when 800 people got in touch.", 12.5, "consistent"),
])
def test_a_change_is_judged_on_the_figures_the_article_states(text, stated, verdict):
    assert _checks(text, "percentage", stated) == [verdict]


@pytest.mark.parametrize("text, stated", [
    # the base of another measure: arrests before helpline contacts
    ("Police arrested 120 people in 2023. That total was up from 100 in 2022, and contacts to the helpline "
     "rose by 35 per cent.", 35.0),
    # the sentence before counts another thing than the base
    ("The charity trained 700 volunteers in 2023. That was down from 800 calls in 2022, a fall of 15 per cent.",
     15.0),
    # a later figure dated before its base is no later figure
    ("The line heard from 700 people in 2021. That total was down from 800 in 2022, a fall of 15 per cent.",
     15.0),
    # "The total" after counts of another measure: no total of the change's
    ("Police made 300 arrests in 2023 and 120 in 2022. The total of calls to the helpline was 8 per cent "
     "higher.", 8.0),
    # "it was" before a year or a figure with a noun of its own: no count of the sentence before
    ("The line took 410 calls in 2023. In 2022 it was 290 miles away, and calls rose by 41 per cent.", 41.0),
])
def test_neighbours_get_no_verdict(text, stated):
    assert set(_checks(text, "percentage", stated)) <= {"unverifiable"}


@pytest.mark.parametrize("text, kind, stated, verdict", [
    # parts set off from the total, or each of the total's own places: a sum
    ("Officers said 1,530 people across Thames Valley contacted the line in 2022 - 610 from Berkshire, 540 from "
     "Oxfordshire and 480 from Buckinghamshire.", "sum", 1530.0, "inconsistent"),
    ("The line took 5,000 calls, 3,000 from Kent and 2,000 from Essex.", "sum", 5000.0, "consistent"),
    ("5,260 of the calls came from Yorkshire, including 2,270 from South Yorkshire and 1,950 from West "
     "Yorkshire.", "sum", 5260.0, "consistent"),
    ("The line took 1,300 calls from Kent and Essex in 2022, 800 from Kent and 500 from Essex.", "sum", 1300.0,
     "consistent"),
])
def test_a_total_and_its_parts_by_place_are_summed(text, kind, stated, verdict):
    assert _checks(text, kind, stated) == [verdict]


@pytest.mark.parametrize("text, first", [
    # places side by side: the first figure is no total of the others
    ("The helpline heard from 310 people in Newport, 240 in Caerphilly and 150 in Torfaen in 2023.", 310.0),
    ("The line took 900 calls from Leeds, 400 from York and 300 from Hull last year.", 900.0),
    ("In 2023 there were 1,200 contacts from Kent, 700 from Essex and 400 from Surrey.", 1200.0),
])
def test_places_side_by_side_are_no_total(text, first):
    assert _checks(text, "sum", first) == []


@pytest.mark.parametrize("text, verdict", [
    # a multiplier's base right after it, "the" and a figure of no noun of its own
    ("The website recorded 52,000 visits in 2023, nearly double the 27,500 who used it the year before.",
     "consistent"),
    ("The website recorded 52,000 visits in 2023, nearly double the 21,500 who used it the year before.",
     "inconsistent"),
    ("The line took 1,210 calls in 2023, double the 600 it took in 2021.", "consistent"),
    ("The line took 1,210 calls in 2023, double the 480 it took in 2021.", "inconsistent"),
])
def test_a_multiplier_is_judged_on_the_base_it_names(text: str, verdict: str) -> None:
    assert _checks(text, "multiplier", 2.0) == [verdict]


@pytest.mark.parametrize("text, stated, verdict", [
    # a change pointing back at a sentence of a total and its parts set off by a dash or a colon: the total's change
    ("Stop It Now! was contacted by 2,700 people in 2023 - 1,500 by phone and 1,150 online. That was a rise of 20% "
     "on 2022, when 2,300 people got in touch.", 20.0, "inconsistent"),
    ("Stop It Now! was contacted by 2,760 people in 2023 - 1,600 by phone and 1,160 online. That was a rise of 20% "
     "on 2022, when 2,300 people got in touch.", 20.0, "consistent"),
    ("In total, 2,616 people got in touch in 2023: 486 through its freephone line and 2,130 online. That is up 35% "
     "on 2022, when 1,870 people got in touch.", 35.0, "inconsistent"),
])
def test_a_change_after_a_total_and_its_parts_is_the_totals(text: str, stated: float, verdict: str) -> None:
    assert _checks(text, "percentage", stated) == [verdict]
