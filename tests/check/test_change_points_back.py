"""A change in a sentence of its own that points back at the one comparison of the sentence before.

"The line received 443 calls last year, compared to 337 in 2019. That's an increase of 24%.": the change's
sentence opens with a word that points back ("That", "This", "It"), holds no figure, names no time and ends
with the change; the sentence right before holds one pair of counts of two periods.  The words tie the pair
to the change, so a miss is a verdict too.  Near misses keep the search's rule (agreement only).  Sentences
of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _verdicts(text: str, stated: float) -> list[str]:
    record = extract_article(text, source="points_back.txt", published="2021-03-01")
    return [c.verdict for c in record.checks if c.kind == "percentage" and c.stated == stated]


@pytest.mark.parametrize("text, stated, verdict", [
    ("The line received 443 calls last year, compared to 337 in 2019. That's an increase of 24%.", 24.0,
     "inconsistent"),
    ("The line received 443 calls last year, compared to 337 in 2019. That's an increase of 31%.", 31.0,
     "consistent"),
    ("The charity answered 2,400 calls in 2020, up from 2,000 in 2019. It is a rise of 30 per cent.", 30.0,
     "inconsistent"),
    ("The service heard from 1,500 people in 2020 and 1,200 in 2019. This was a rise of 25 per cent.", 25.0,
     "consistent"),
    ("Calls fell from 900 in 2019 to 720 in 2020. That is a drop of 20 per cent.", 20.0, "consistent"),
    ("In 2019 the website had 9,000 visitors, against 12,600 in 2020. This represents a 40 per cent increase.",
     40.0, "consistent"),
    # a subject that points back, and a tail naming the base the pair's earlier count is of
    ("Requests for help went from 3,000 in 2015-16 to 4,400 in 2018-19. The numbers are up 46 percent since "
     "2015-16.", 46.0, "inconsistent"),
    ("The line took 600 calls in 2020, compared to 500 in 2019. The figure is up 20 per cent on 2019.", 20.0,
     "consistent"),
    ("The line took 600 calls in 2020, compared to 500 in 2019. The total is up 25 per cent since 2019.", 25.0,
     "inconsistent"),
])
def test_a_change_that_points_back_is_judged_on_the_pair_before(text, stated, verdict):
    assert _verdicts(text, stated) == [verdict]


@pytest.mark.parametrize("text, stated", [
    # two groups of one period: no comparison over time
    ("The line took 500 calls from men and 300 calls from women in 2020. That is an increase of 60%.", 60.0),
    # words after the change name another group
    ("The line took 600 calls in 2020, compared to 500 in 2019. That's an increase of 30% in calls from young "
     "people.", 30.0),
    # the change's sentence names its own time
    ("The line received 443 calls last year, compared to 337 in 2019. It was a rise of 24% on the year before.",
     24.0),
    # the pair stands one in each of two sentences: the search's rule, agreement only
    ("The line took 1,200 calls in 2017. In 2020 it took 1,800 calls. That is a 40 per cent increase.", 40.0),
    # the base the change names is not the earlier count's period
    ("Requests for help went from 3,000 in 2015-16 to 4,400 in 2018-19. The numbers are up 46 percent since "
     "2017-18.", 46.0),
    # a subject that points back, but words of another thing after the change
    ("The line took 600 calls in 2020, compared to 500 in 2019. The figure is up 25 per cent among men.", 25.0),
    # a sentence that opens with no word pointing back
    ("The line received 443 calls last year, compared to 337 in 2019. Officials reported an increase of 24%.",
     24.0),
])
def test_near_misses_give_no_inconsistent(text, stated):
    assert "inconsistent" not in _verdicts(text, stated)


@pytest.mark.parametrize("text, stated, verdicts", [
    # the change's sentence names another thing than the pair before counts: not that pair
    ("Police made 300 arrests in 2023 and 120 in 2022. That number of calls to the line was 8 per cent higher.",
     8.0, {"unverifiable"}),
    ("Officers charged 90 men in 2021 and 60 in 2020. That is a rise of 12 per cent in calls to the helpline.",
     12.0, {"unverifiable"}),
    # the same thing named in the change's sentence: still the pair, still both verdicts
    ("The line took 600 calls in 2020, compared to 500 in 2019. The total of calls was 30 per cent higher.", 30.0,
     {"inconsistent"}),
    ("The line took 600 calls in 2020, compared to 500 in 2019. The total of calls was 20 per cent higher.", 20.0,
     {"consistent"}),
])
def test_a_change_naming_another_measure_is_not_judged_on_the_pair_before(text, stated, verdicts):
    assert set(_verdicts(text, stated)) <= verdicts | {"unverifiable"} and \
        (verdicts == {"unverifiable"} or set(_verdicts(text, stated)) == verdicts)
