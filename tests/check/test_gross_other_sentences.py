"""A change that misses counts not both in its own sentence by more than a quarter (``gross_rel``) is more
likely set against another pair (another year's, place's or part's) than misprinted: no verdict.  Within its
own sentence, or by a small margin, the disagreement stands.  Sentences of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def verdicts(text: str, stated: float) -> list[str]:
    record = extract_article(text, source="gross.txt", published="2024-02-01")
    return [c.verdict for c in record.checks if c.kind == "percentage" and c.stated == stated]


@pytest.mark.parametrize("text, stated, verdict", [
    ("Calls to the helpline rose 12% to 4,500 in 2023. In 2022 the helpline took 3,000 calls.", 12.0,
     "unverifiable"),
    ("The helpline took 4,500 calls in 2023, a rise of 12%.\n\nIn 2022 it took 3,000 calls.", 12.0, "unverifiable"),
    ("The line answered 2,600 chats in 2022, down 9% on the year before.\n\nIn 2021 it answered 3,900 chats.", 9.0,
     "unverifiable"),
    # a small miss across sentences stands
    ("The helpline took 4,500 calls in 2023, a rise of 40%.\n\nIn 2022 it took 3,000 calls.", 40.0, "inconsistent"),
    # a wide miss within the change's own sentence stands
    ("Calls to the helpline rose by 12% in 2023, from 3,000 in 2022 to 4,500.", 12.0, "inconsistent"),
])
def test_gross_miss_across_sentences(text, stated, verdict):
    assert verdicts(text, stated) == [verdict]
