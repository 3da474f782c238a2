"""A change in the sentence of its earlier figure, after the later one, is of the later period on the earlier.

"The line took 2,600 calls in 2023/24. In 2022/23 it took 2,000, so calls have gone up by 30%." dated the change by
its own sentence (2022/23 on 2021/22); it compares the two sentences' figures: 2023/24 on 2022/23
(``extract/compared_change.change_on_earlier_sentence``). Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

FY23, FY22, FY21 = ("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31"), ("2021-04-01", "2022-03-31")
Y23, Y22, Y21 = ("2023-01-01", "2023-12-31"), ("2022-01-01", "2022-12-31"), ("2021-01-01", "2021-12-31")
H24, H23 = ("2024-01-01", "2024-06-30"), ("2023-01-01", "2023-06-30")


def _change(text: str, published: str = "2024-07-28"):
    record = extract_article("Helpline figures\n\n" + text, source="earlier.txt", published=published)
    [change] = [p for p in record.percentages if p.kind == "change"]
    counts = {c.id: c.value for c in record.counts}
    return change, counts


@pytest.mark.parametrize("text, period, base, values", [
    ("The line took 2,600 calls in 2023/24. In 2022/23 it took 2,000, so calls have gone up by 30%.",
     FY23, FY22, (2600, 2000)),
    ("Some 1,200 people called the helpline in the first half of 2024. In the first half of 2023 the figure was "
     "800, meaning calls were up 50 per cent.", H24, H23, (1200, 800)),
    ("The helpline answered 5,500 calls in 2023/24. That was up 10% on the 5,000 calls it took in 2022/23.",
     FY23, FY22, (5500, 5000)),
    ("In 2023 the helpline heard from 880 people. In 2022 it heard from 800, and the rise of 10 per cent is the "
     "first in three years.", Y23, Y22, (880, 800)),
    ("The charity said 1,300 people rang the line in 2023. During 2022 the total was 1,000: a 30% increase.",
     Y23, Y22, (1300, 1000)),
    ("Calls to the line reached 700 in 2022-23. In 2021-22 it took 560 calls, which means a rise of 25 per cent.",
     ("2022-04-01", "2023-03-31"), ("2021-04-01", "2022-03-31"), (700, 560)),
])
def test_the_change_compares_the_sentence_before(text, period, base, values):
    change, counts = _change(text)
    assert (change.period_start, change.period_end) == period
    assert (change.base_period_start, change.base_period_end) == base
    assert (counts.get(change.count_ref), counts.get(change.base_count_ref)) == values


@pytest.mark.parametrize("text, period, base", [
    # its own base named: the change is of its own sentence's year
    ("In 2023 the helpline heard from 900 people. In 2022 it heard from 750, a rise of 25 per cent on 2021.", Y22, Y21),
    # no count in the change's sentence: the change is of the year it names
    ("Last year 1,200 people called the helpline. In 2022 calls rose by 20%.", Y22, Y21),
    # the sentence before is two years on, not one: left as before
    ("The line took 900 calls in 2023. In 2021 it took 800, a rise of 12 per cent.", Y21, ("2020-01-01", "2020-12-31")),
    # another measure in the sentence before: left as before
    ("The website had 9,000 visits in 2023. In 2022 the line took 2,000 calls, a rise of 30 per cent.", Y22, Y21),
    # a difference in the change's sentence is no earlier figure; the base is the count after "over"
    ("The line took 4,200 calls in 2023. That is an increase of 1,200 calls or 40% over the 3,000 calls it took in "
     "2022.", Y23, Y22),
    # a later figure for another place: left as before
    ("The line took 900 calls from Kent in 2023. In 2022 it took 700 calls from Essex, up 20 per cent.", Y22, Y21),
])
def test_neighbours_keep_their_reading(text, period, base):
    change, _ = _change(text)
    assert (change.period_start, change.period_end) == period
    assert (change.base_period_start, change.base_period_end) == base
