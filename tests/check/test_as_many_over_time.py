""""N times as many ... in 2023 as in 2021" compares a figure with its own past: when its sentence holds no
pair of counts, the counts of the two times elsewhere in the text judge it, agreement only.  "Twice as many
men as women" stays a comparison of two groups.  Sentences of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def multiplier_verdicts(text: str) -> list[str]:
    record = extract_article(text, source="asmany.txt", published="2024-02-01")
    return [c.verdict for c in record.checks if c.kind == "multiplier"]


@pytest.mark.parametrize("text, verdicts", [
    ("Nearly twice as many people asked the charity for help in 2023 as in 2022.\n\n"
     "In 2022 the helpline was contacted by 3,000 people. In 2023 it was contacted by 5,700 people.", ["consistent"]),
    ("Three times as many people used the Stop It Now website in 2023 as in 2020.\n\n"
     "The site had 4,100 visitors in 2020 and 12,300 visitors in 2023.", ["consistent"]),
    # a pair that disagrees is not tied to the words: no verdict
    ("Nearly twice as many people asked the charity for help in 2023 as in 2022.\n\n"
     "In 2022 the helpline was contacted by 3,000 people. In 2023 it was contacted by 6,300 people.",
     ["unverifiable"]),
    # a year right after "as many" is the time it compares with ("... three times as many in 2019 (1,000)")
    ("In 2023, 3,000 people called the line - double the number in 2022 (1,500) and three times as many in "
     "2019 (1,000).", ["consistent", "consistent"]),
    ("The helpline heard from 2,000 people in 2023, four times as many in 2018 (500).", ["consistent"]),
    ("A total of 4,800 people rang the charity - almost double the number in 2022 (2,500) and nearly five times as "
     "many in 2019 (1,000).", ["consistent", "consistent"]),
    ("A total of 4,800 people rang the charity in 2023 - almost double the number in 2022 (2,500) and nearly five "
     "times as many in 2019 (1,000).", ["consistent", "consistent"]),
    # two groups: no change over time recomputes it
    ("Twice as many men as women called the helpline in 2023.\n\nThe charity thanked its volunteers.\n\n"
     "The helpline was contacted by 3,000 people in 2022 and 6,000 in 2023.", ["unverifiable"]),
])
def test_as_many_over_time(text, verdicts):
    assert multiplier_verdicts(text) == verdicts


@pytest.mark.parametrize("text", [
    # over time by its words, but the pair beside it is of two groups in one year
    "Three times as many women called in 2023 as did in 2022: 600 women and 350 men called in 2023.",
    "Twice as many people called the line in 2023 as in 2020, when 300 adults and 250 children rang it.",
])
def test_no_inconsistent_on_two_groups_for_a_change_over_time(text):
    assert "inconsistent" not in multiplier_verdicts(text)
