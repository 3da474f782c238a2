"""A comparison told in two sentences, the later figure first: "took 790 calls in 2024-25. In 2023-24 it answered 410."

The second sentence restates the first's figure for the year before it; the sentences after go on about the later
year ("Newport callers made up the largest group, with 318 calls": 2024-25), as they do after "A year earlier it took
410" (issue 10: a comparison is about its later period; ``inheritance.Context._named_year_before``). Only the first
figure of the sentence right after a count of its measure, dated one year (financial or calendar) before it. A part
of that earlier figure ("Of those, 200 were women.", "200 of them") is of its whole's year (``own_times.part_of_before``).
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

FY24, FY23, FY22 = ("2024-04-01", "2025-03-31"), ("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31")
Y24, Y23, Y22 = ("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31"), ("2022-01-01", "2022-12-31")


def _periods(text: str, published: str = "2025-07-02") -> dict[int, tuple]:
    record = extract_article("Helpline figures\n\n" + text, source="named.txt", published=published)
    return {int(c.value): (c.period_start, c.period_end) for c in record.counts}


@pytest.mark.parametrize("text, periods", [
    ("The line answered 790 calls in 2024-25.\n\nIn 2023-24 it answered 410.\n\n"
     "Newport callers made up the largest group, with 318 calls, followed by Caerphilly with 176.",
     {790: FY24, 410: FY23, 318: FY24, 176: FY24}),
    ("Lifeline took 2,310 calls from Belfast in 2023/24. In 2022/23 the service took 2,050 calls.\n\n"
     "A breakdown shows the north of the city made 940 calls.", {2310: FY23, 2050: FY22, 940: FY23}),
    ("The branch answered 15,600 calls in 2024.\n\nIn 2023 it answered 12,480.\n\nVolunteers also replied to 2,300 emails.",
     {15600: Y24, 12480: Y23, 2300: Y24}),
    ("The Samaritans branch took 9,200 calls in 2023. In 2022 it took 7,100. Emails and text messages to the branch also went up, to 1,406.",
     {9200: Y23, 7100: Y22, 1406: Y23}),
    # neighbours: the earlier year first sets the context; two years back is no restatement of the year before;
    # a figure of another measure; a sentence that names its year keeps it
    ("In 2023 the line took 700 calls. In 2024 it took 910. Ipswich accounted for 350 of them.",
     {700: Y23, 910: Y24, 350: Y24}),
    ("The helpline heard from 900 people in 2024. In 2022 it heard from 610 people. Of those, 200 were women.",
     {900: Y24, 610: Y22, 200: Y22}),
    ("The line took 790 calls in 2024-25. In 2023-24 the charity trained 40 volunteers. It held 120 workshops.",
     {790: FY24, 40: FY23, 120: FY23}),
    ("The line took 790 calls in 2024-25. In 2023-24 it took 410. In 2023-24 Newport made 150 calls.",
     {790: FY24, 410: FY23, 150: FY23}),
    # a part of the earlier figure is of its whole's year: "Of those", "Of the 610", "of them"
    ("The helpline heard from 900 people in 2024. In 2023 it heard from 610 people. Of those, 200 were women.",
     {900: Y24, 610: Y23, 200: Y23}),
    ("The helpline heard from 900 people in 2024. In 2023 it heard from 610 people. Of the 610, 200 were women.",
     {900: Y24, 610: Y23, 200: Y23}),
    ("The helpline heard from 900 people in 2024. In 2023 it heard from 610 people. Some 200 of them were women.",
     {900: Y24, 610: Y23, 200: Y23}),
    ("The helpline heard from 900 people in 2024. In 2023 it heard from 610 people. Of the 900, 300 were women.",
     {900: Y24, 610: Y23, 300: Y24}),
])
def test_the_sentences_after_go_on_about_the_later_year(text, periods):
    got = _periods(text)
    assert {k: got.get(k) for k in periods} == periods
