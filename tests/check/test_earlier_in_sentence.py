"""A change whose sentence gives only its earlier figure, the later one the total stated before ("In 2022 the
figure was 4,500, meaning a rise of 20 per cent"), and a count "from north of the border", which is no group.
Sentences of our own writing; neighbours with no words leading from the count to the change, a count of another
place, or a change of the count's own year keep their old reading.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _checks(text: str, stated: float) -> list[str]:
    record = extract_article(text, source="earlier_in_sentence.txt", published="2024-03-01")
    return [c.verdict for c in record.checks if c.kind == "percentage" and c.stated == stated]


@pytest.mark.parametrize("text, stated, verdict", [
    ("The charity said 5,400 people got in touch during 2023. In 2022 the figure was 4,500, meaning a rise of 20 "
     "per cent.", 20.0, "consistent"),
    ("The charity said 5,400 people got in touch during 2023. In 2022 the figure was 4,500, meaning a rise of 25 "
     "per cent.", 25.0, "inconsistent"),
    ("In all, 860 people across Gwent contacted the line in 2023. Of those, 300 were in Newport and 190 in "
     "Caerphilly. The total compares with 800 in 2022, a rise of 7.5 per cent.", 7.5, "consistent"),
    ("A total of 4,000 people in Norfolk contacted the line in 2023. The total was 3,200 in 2022, which makes a "
     "rise of 25 per cent.", 25.0, "consistent"),
    ("A total of 4,000 people in Norfolk contacted the line in 2023. One in four of them, 1,000 people, were "
     "women. The total was 3,200 in 2022, which makes a rise of 30 per cent.", 30.0, "inconsistent"),
    ("The helpline took 9,600 calls from the five cities in 2023. In 2022 the five cities made 8,000 calls, so "
     "the total rose by 20 per cent.", 20.0, "consistent"),
    # the total stated exactly, not the lede's rounded figure nor a rate
    ("Almost 7,000 people in Wales contacted the line last year. The charity said 6,840 people got in touch during "
     "2023, an average of 570 every month. In 2022 the total was 5,700, meaning the number has risen by 20 per "
     "cent.", 20.0, "consistent"),
    ("Figures show 2,100 people from north of the border contacted the service in 2023. That is up 40 per cent "
     "on 2022, when 1,500 people made contact.", 40.0, "consistent"),
])
def test_the_change_is_of_the_total_before_on_its_sentence_s_count(text, stated, verdict):
    assert _checks(text, stated) == [verdict]


@pytest.mark.parametrize("text, stated", [
    # nothing leads from the count to the change: the change is of its own year
    ("The charity heard from 5,400 people in 2023. In 2022 calls reached 4,500, a rise of 10 per cent.", 10.0),
    # the count before is of another place
    ("The line heard from 5,400 people in Kent in 2023. In 2022 the Essex figure was 4,500, meaning a rise of 30 "
     "per cent in Essex.", 30.0),
    # the count before is of the same year as the change's count
    ("The charity heard from 5,400 people in 2022. In 2022 the figure was 4,500, meaning a rise of 30 per cent.",
     30.0),
])
def test_neighbours_get_no_inconsistent(text, stated):
    assert "inconsistent" not in _checks(text, stated)
