"""Periods settled by arithmetic among compatible figures rather than by wording.

- A change whose sentence holds only the figure it started from ("The figure has doubled from the 5,680 recorded over
  the same six months of 2023, a rise of 70%"; "..., when the figure stood at 872, the increase was 51 per cent") is of
  the later figure the stated change leads to from it: its period is that figure's, its base the count's.
- An undated share beside the part and whole it was worked out from ("Almost four in ten conversations - 3,702 -
  involved people from Glasgow") is of their period.

Sentences of our own writing, varied along: the word order (base before or after the change), the nouns, the hedge of
the change or share (exact, more than, nearly, about), the direction, the distance in sentences, the number of
candidate figures, and the cases where the arithmetic fails or is ambiguous and the rule must stay silent.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipeline import extract_article
from pipeline.extract.earlier_in_sentence import changes_as_stated
from pipeline.extract.share_figures import share_fits


def _d(value, qualifier="exact", direction="increase"):
    return SimpleNamespace(value=value, qualifier=qualifier, direction=direction)


@pytest.mark.parametrize("value, qualifier, direction, earlier, later, expected", [
    (70.0, "exact", "increase", 5680, 9640, True),  # 69.7% rounds to 70
    (70.0, "exact", "increase", 5680, 9000, False),  # 58%
    (51.0, "exact", "increase", 872, 1318, True),  # 51.1%
    (50.0, "more_than", "increase", 800, 1250, True),  # 56%
    (50.0, "more_than", "increase", 800, 1190, False),  # 48.8%: not more than half
    (50.0, "more_than", "increase", 800, 1600, False),  # 100%: far beyond "more than 50"
    (40.0, "nearly", "increase", 1000, 1380, True),  # 38%
    (40.0, "nearly", "increase", 1000, 1410, False),  # 41%: not "nearly"
    (25.0, "about", "decrease", 1200, 905, True),  # a fall of 24.6%
    (25.0, "exact", "decrease", 1200, 1500, False),  # a rise, not a fall
    (12.5, "exact", "increase", 800, 900, True),  # one decimal place
    (12.5, "exact", "increase", 800, 901, False),  # 12.6%
])
def test_changes_as_stated(value, qualifier, direction, earlier, later, expected):
    assert changes_as_stated(_d(value, qualifier, direction), _d(earlier), _d(later)) is expected


def test_a_hedged_count_is_no_evidence():
    assert changes_as_stated(_d(70.0), _d(5680, "about"), _d(9640)) is False


@pytest.mark.parametrize("value, qualifier, part, whole, expected", [
    (27.0, "exact", 311, 1148, True),  # 27.1%
    (27.0, "exact", 330, 1148, False),  # 28.7%
    (40.0, "nearly", 3702, 9640, True),  # 38.4%: "almost four in ten"
    (40.0, "nearly", 3902, 9640, False),  # 40.5%
    (25.0, "more_than", 1012, 3870, True),  # 26.1%
    (25.0, "more_than", 900, 3870, False),  # 23.3%
    (33.3, "about", 1030, 3120, True),  # 33.0%
    (50.0, "exact", 1200, 1000, False),  # a part larger than its whole
])
def test_share_fits(value, qualifier, part, whole, expected):
    assert share_fits(value, qualifier, part, whole) is expected


_HEAD = "Calls to line rise\n\n3 July 2024\n\n"


@pytest.mark.parametrize("body, year, base_year", [
    # the base's own sentence, the base before the change
    ("The line handled 9,640 conversations in the first half of 2024.\n\n"
     "The figure is up from the 5,680 recorded over the same six months of 2023, a rise of 70%.\n", 2024, 2023),
    # the base in a "when" clause, the change after it
    ("A total of 1,318 people contacted the helpline between January and March this year.\n\n"
     "Compared with the same three months of 2023, when the figure stood at 872, the increase was 51 per cent.\n",
     2024, 2023),
    # a year apart, a hedge on the change
    ("The service took 2,460 calls in 2023.\n\nIt had taken 1,580 calls in 2022, a rise of more than 50 per cent.\n",
     2023, 2022),
])
def test_a_change_beside_its_earlier_figure_is_of_the_later(body, year, base_year):
    record = extract_article(_HEAD + body, source="t.txt")
    changes = [p for p in record.percentages if p.kind == "change"]
    assert changes and (changes[-1].period_start or "")[:4] == str(year)
    assert (changes[-1].base_period_start or "")[:4] == str(base_year)


@pytest.mark.parametrize("body, year", [
    # the arithmetic fails: the change stays with its count (no later figure it leads to)
    ("The line handled 9,640 conversations in the first half of 2024.\n\n"
     "The figure is up from the 7,100 recorded over the same six months of 2023, a rise of 70%.\n", "2023"),
])
def test_a_change_the_arithmetic_does_not_support_is_left(body, year):
    record = extract_article(_HEAD + body, source="t.txt")
    changes = [p for p in record.percentages if p.kind == "change"]
    assert changes and (changes[-1].period_start or "")[:4] != "2024"


@pytest.mark.parametrize("body, value, year", [
    # part set off in the share's sentence, whole two sentences before
    ("The line handled 9,640 conversations in the first half of 2024.\n\nMost were at night.\n\n"
     "Almost four in ten conversations - 3,702 - involved people from Glasgow.\n", 40.0, "2024"),
    # part and whole both in sentences before, an exact share
    ("The line handled 1,148 contacts between January and March 2024.\n\n"
     "Calls made up 604 of the contacts, texts 311 and emails 233.\n\nTexts accounted for 27% of all contacts.\n",
     27.0, "2024"),
])
def test_an_undated_share_takes_the_period_of_its_part_and_whole(body, value, year):
    record = extract_article(_HEAD + body, source="t.txt")
    shares = {p.value: p.period_start for p in record.percentages if p.kind == "share"}
    assert (shares.get(value) or "")[:4] == year


@pytest.mark.parametrize("body, value", [
    # no part and whole with that ratio: undated as before
    ("The line handled 9,640 conversations in the first half of 2024.\n\nMost were at night.\n\n"
     "Almost four in ten people say they know someone who has called.\n", 40.0),
    # a share a speaker states stays the speaker's
    ("The line handled 1,148 contacts between January and March 2024, and 311 were texts.\n\n"
     "\"About 27% of all our contacts are texts now,\" she said.\n", 27.0),
])
def test_a_share_without_its_figures_stays_undated(body, value):
    record = extract_article(_HEAD + body, source="t.txt")
    shares = {p.value: p.period_start for p in record.percentages if p.kind == "share"}
    assert value in shares and shares[value] is None
