"""A change is never judged on a group's count against the whole's ("300 calls from young people"
against "240 calls"): unverifiable, not "inconsistent".  Counts of one group, or a bare figure after a
group's count ("... compared to 300 in 2022"), are still judged.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def verdicts(text: str, kind: str) -> list[str]:
    record = extract_article(text, source="t.txt", published="2024-03-01")
    return [c.verdict for c in record.checks if c.kind == kind]


@pytest.mark.parametrize("text, kind, expected", [
    ("The helpline took 240 calls in 2021 compared to 300 calls from young people in 2022, a rise of 20%.",
     "percentage", ["unverifiable"]),
    ("The helpline received 240 calls in 2021, while 300 calls were made by women in 2022, a rise of 20%.",
     "percentage", ["unverifiable"]),
    ("The line took 240 calls in 2021 and 300 calls from the north in 2022, an increase of 20%.",
     "percentage", ["unverifiable"]),
    ("The line had 240 contacts in 2021 and 300 contacts by text in 2022, up 20%.", "percentage", ["unverifiable"]),
    ("The line took 240 calls in 2021 and 300 young callers in 2022, a rise of 20%.", "percentage", ["unverifiable"]),
    ("The line took 240 calls in 2021. In 2022 it took 300 calls from women, a rise of 20%.",
     "percentage", ["unverifiable"]),
    ("The line took 240 calls in 2021, while 300 calls came from young people in 2022, a rise of 20%.",
     "percentage", ["unverifiable"]),
    ("The line took 240 calls in 2021 compared to 330 calls from new callers in 2022, a rise of 20%.",
     "percentage", ["unverifiable"]),
    ("The line took 240 calls in 2021 and 330 calls were from women in 2022, a rise of 20%.",
     "percentage", ["unverifiable"]),
    # one group, or the whole, over time: judged
    ("The helpline took 240 calls from young people in 2021 and 300 calls from young people in 2022, a rise of 20%.",
     "percentage", ["inconsistent"]),
    ("The helpline took 240 calls from young people in 2021 compared to 300 in 2022, a rise of 25%.",
     "percentage", ["consistent"]),
    ("The helpline took 240 calls in 2021 compared to 300 calls in 2022, a rise of 20%.",
     "percentage", ["inconsistent"]),
])
def test_group_against_whole(text, kind, expected):
    assert verdicts(text, kind) == expected


@pytest.mark.parametrize("first, second, expected", [
    ("The Stop It Now helpline took 300 calls from young people in Kent in 2022.",
     "The Stop It Now helpline took 2,000 calls in Kent in 2022.", []),
    ("The Stop It Now helpline took 300 calls from young people in Kent in 2022.",
     "The Stop It Now helpline took 350 calls from young people in Kent in 2022.", ["inconsistent"]),
    ("The Stop It Now helpline took 2,000 calls in Kent in 2022.",
     "The Stop It Now helpline took 2,500 calls in Kent in 2022.", ["inconsistent"]),
])
def test_group_against_whole_across_articles(first, second, expected):
    from pipeline.check.across import check_across
    records = [extract_article(text, source=f"{n}.txt", published="2024-03-01", url=f"https://example.org/{n}")
               for n, text in enumerate((first, second))]
    assert [c.verdict for c in check_across(records) if c.kind == "cross_article"] == expected
