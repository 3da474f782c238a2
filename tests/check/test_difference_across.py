"""A stated difference whose two counts stand in its sentence and the one beside it (``difference_pairs._tied_across``,
``_closing_count``).

The pair is tied, so that a miss of any size is the paper's, when each of the two sentences holds that one count,
both count one known thing, the later count is of the difference's own period and the earlier of the period a year
before (or the base period it names).  A gross miss stays no verdict unless the earlier count is the difference's
own base, in its sentence ("That was up by 210 on the year before, when 3,490 ..."); an earlier count naming a place
the later does not, of another noun, or of a period further back is never tied.  When the sentence before holds
several counts, agreement may still pick the one the arithmetic closes on.  The table varies the word order (the
earlier count in the difference's sentence, or in the sentence after), the link ("up by", "an increase of", "more
than", "a fall of", "fewer than", "down"), the nouns (calls, contacts, texts, people, conversations), the periods
(calendar years, financial years, half years), the direction, the size of the miss and the headline above.
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from check_factories import differences_of


def _verdicts(text: str, difference: float) -> list[str]:
    return [c.verdict for c in differences_of(text, difference, published="2024-03-01") if c.verdict != "unverifiable"]


@pytest.mark.parametrize("text, difference, verdicts", [
    # the earlier count the difference's own base, the later the one count of the sentence before; a gross miss
    ("The charity answered 4,310 calls from Kent in 2022. That was up by 250 on the year before, when 4,160 calls "
     "were answered.", 250.0, ["inconsistent"]),
    ("The charity answered 4,310 calls from Kent in 2022. That was up by 150 on the year before, when 4,160 calls "
     "were answered.", 150.0, ["consistent"]),
    ("Staff logged 12,400 contacts in 2023. That was 600 fewer than in 2022, when 13,100 contacts were logged.",
     600.0, ["inconsistent"]),
    ("Staff logged 12,400 contacts in 2023. That was 700 fewer than in 2022, when 13,100 contacts were logged.",
     700.0, ["consistent"]),
    ("Helpline calls rise in Fife\n\nThe line took 2,244 calls from Fife in 2022/23. That was an increase of 390 on "
     "the previous financial year, when 1,954 calls were taken.", 390.0, ["inconsistent"]),
    # the earlier count in the sentence after, a miss within a quarter: the paper's
    ("Volunteers in Perth answered 2,815 calls in 2023, up by 55 on the year before. The branch answered 2,770 calls "
     "in 2022.", 55.0, ["inconsistent"]),
    ("Volunteers in Perth answered 2,815 calls in 2023, up by 45 on the year before. The branch answered 2,770 calls "
     "in 2022.", 45.0, ["consistent"]),
    ("The line handled 1,930 texts in 2022/23, a fall of 95 on the previous financial year. In 2021/22 it handled "
     "2,040 texts.", 95.0, ["inconsistent"]),
    ("Shout held 8,120 conversations in the first half of 2024, 640 more than a year earlier. In the first half of "
     "2023 it held 7,400 conversations.", 640.0, ["inconsistent"]),
    ("Shout held 8,120 conversations in the first half of 2024, 720 more than a year earlier. In the first half of "
     "2023 it held 7,400 conversations.", 720.0, ["consistent"]),
])
def test_a_pair_across_two_sentences(text, difference, verdicts):
    assert _verdicts(text, difference) == verdicts


@pytest.mark.parametrize("text, difference", [
    # a gross miss on a count of the sentence after: perhaps a part of that year's total
    ("Volunteers in Perth answered 2,815 calls in 2023, up by 95 on the year before. The branch answered 2,770 calls "
     "in 2022.", 95.0),
    ("Volunteers answered 2,815 calls in 2023, up by 95 on the year before. In 2022, 1,770 calls came from Perth.",
     95.0),
    ("The helpline took 5,000 calls in 2021, 1,500 more than in 2020.\n\nIn 2020 it took 4,000 calls.", 1500.0),
    # the earlier count names a place the later does not: another office's
    ("The helpline took 5,000 calls in 2021. That was 1,500 more than in 2020, when its Leeds office took 4,000 "
     "calls.", 1500.0),
    # a base further back than the year before
    ("The charity answered 4,310 calls from Kent in 2022. That was up by 250 on 2019, when 4,160 calls were "
     "answered.", 250.0),
    # texts against calls
    ("The charity answered 4,310 calls from Kent in 2022. That was up by 250 on the year before, when 4,160 texts "
     "were answered.", 250.0),
    # a difference of another thing, in its own words
    ("The branch answered 2,815 calls in 2023, with 95 more volunteers than the year before. The branch answered "
     "2,770 calls in 2022.", 95.0),
])
def test_no_inconsistent_on_a_guessed_pair(text, difference):
    assert "inconsistent" not in _verdicts(text, difference)


@pytest.mark.parametrize("text, difference, verdicts", [
    # the sentence before holds a part and its whole: the whole closes the arithmetic
    ("The line said 412 of the 1,005 people who called from Devon in 2022 were under 35. The total was up by 165 on "
     "2021, when 840 people from the county got in touch.", 165.0, ["consistent"]),
    ("Of the 2,310 calls the service took in 2023, 960 came from women. That was 410 more than in 2022, when it took "
     "1,900 calls.", 410.0, ["consistent"]),
    ("The service took 1,480 calls in 2023, and 3,100 people used its webchat. Calls were down by 120 on 2022, when "
     "1,600 calls were taken.", 120.0, ["consistent"]),
    # no count of the sentence before closes it: no verdict on a guess
    ("The line said 412 of the 1,005 people who called from Devon in 2022 were under 35. The total was up by 185 on "
     "2021, when 840 people from the county got in touch.", 185.0, []),
])
def test_the_one_count_that_closes_the_arithmetic(text, difference, verdicts):
    assert _verdicts(text, difference) == verdicts
