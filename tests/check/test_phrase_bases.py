"""The base a change's own phrase names wins over any other figure (``pipeline/check/phrase_bases.py``,
``corroborated_bases.py``, ``multiplier_bases._BASE_GAP``, ``extract/multiplier_links._OBJECT``): "a fourfold rise
on the N recorded in YEAR", "doubled from the N ...", "compared with the N", "up P per cent on YEAR, when ... N".
Sentences of our own writing, varying the link word, the noun of the change, the hedge, the periods (years,
financial years, quarters, half-years), the place of the later figure (same sentence, the sentence before,
another paragraph, a headline over the body) and the other figures around; the ambiguous ones must never get
"inconsistent".
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _verdicts(text: str, kind: str, stated: float, published: str = "2025-03-01") -> list[str]:
    record = extract_article(text, source="phrase_bases.txt", published=published)
    return [c.verdict for c in record.checks if c.kind == kind and abs((c.stated or 0) - stated) < 0.06]


#: (text, kind, stated, verdict): the verdict the first check of that kind and stated value must have.
DECIDED = [
    # a multiplier's noun of change, the base after "on the", the later figure before it in the sentence,
    # a count of another year in the next sentence (the rival base)
    ("The charity said 1,640 people in Fife used its line in 2024, a fourfold rise on the 410 recorded in 2022. "
     "The 2023 figure was 900.", "multiplier", 4.0, "consistent"),
    ("The charity said 1,640 people in Fife used its line in 2024, a fourfold rise on the 300 recorded in 2022. "
     "The 2023 figure was 900.", "multiplier", 4.0, "inconsistent"),
    ("The line took 930 calls from Angus in 2024, a threefold increase on the 310 logged in 2021.",
     "multiplier", 3.0, "consistent"),
    ("The line took 930 calls from Angus in 2024, a threefold increase compared with the 310 logged in 2021.",
     "multiplier", 3.0, "consistent"),
    # "doubled from the N": the later figure in the sentence before, a change in the claim's sentence that gives
    # the same pair (the arithmetic ties them), half-years and financial years
    ("The service handled 4,800 chats with people in Cumbria in the first half of 2024. The figure has doubled "
     "from the 2,400 recorded over the same six months of 2023, a rise of 100%.", "multiplier", 2.0, "consistent"),
    ("The service handled 4,100 chats with people in Cumbria in the first half of 2024. The figure has doubled "
     "from the 2,400 recorded over the same six months of 2023, a rise of 71%.", "multiplier", 2.0,
     "inconsistent"),
    ("The line answered 6,020 calls from Devon in 2023/24. The number has almost doubled from the 3,300 taken in "
     "2021/22, a rise of 82 per cent.", "multiplier", 2.0, "consistent"),
    ("The line answered 7,020 calls from Devon in 2023/24. The number has more than doubled from the 3,300 taken "
     "in 2021/22, a rise of 113 per cent.", "multiplier", 2.0, "consistent"),
    # a change of a total, "on YEAR, when ... N" after a breakdown by place that ends on another place
    ("The line answered 6,000 calls from Kent in 2023/24. Dover accounted for 1,500 and Ashford 1,200. The total "
     "was up 24 per cent on 2022/23, when the line logged 4,800 calls from the county.", "percentage", 24.0,
     "inconsistent"),
    ("The line answered 6,000 calls from Kent in 2023/24. Dover accounted for 1,500 and Ashford 1,200. The total "
     "was up 25 per cent on 2022/23, when the line logged 4,800 calls from the county.", "percentage", 25.0,
     "consistent"),
    # the base written ahead of the change, linked as its later figure: an opening "Compared with ..., when ...",
    # "up from N in YEAR", quarters and financial years, the later figure in the sentence before
    ("The line took 810 calls from Hull between January and March. Compared with the same quarter of 2024, when "
     "the figure stood at 600, the increase was 35 per cent.", "percentage", 35.0, "consistent"),
    ("Gamblers in Powys turned to the helpline 1,300 times in 2023/24. The total is up from 1,000 in 2022/23, a "
     "rise of 30 per cent.", "percentage", 30.0, "consistent"),
    ("The line took 810 calls from Hull between January and March. Compared with the same quarter of 2024, when "
     "the figure stood at 600, the increase was 45 per cent.", "percentage", 45.0, "inconsistent"),
    ("Gamblers in Powys turned to the helpline 1,300 times in 2023/24. The total is up from 1,000 in 2022/23, a "
     "rise of 40 per cent.", "percentage", 40.0, "inconsistent"),
    # a figure with no noun after "there were", its clause closed by a dash
    ("The service had 2,400 chats with people in Kent in 2024. A year earlier there were 1,600 \u2013 an increase "
     "of 50 per cent.", "percentage", 50.0, "consistent"),
    ("The service had 2,400 chats with people in Kent in 2024. A year earlier there were 1,600 - an increase "
     "of 50 per cent.", "percentage", 50.0, "consistent"),
    ("The service had 2,400 chats with people in Kent in 2024. A year earlier there were 1,600 - an increase "
     "of 60 per cent.", "percentage", 60.0, "inconsistent"),
]


@pytest.mark.parametrize("text, kind, stated, verdict", DECIDED)
def test_the_base_its_phrase_names(text, kind, stated, verdict):
    assert _verdicts(text, kind, stated)[:1] == [verdict]


#: Ambiguous bases: two candidate bases of different periods, a base of another place or thing, a "when" figure that
#: may be the later one, a hedge the pair cannot settle, a headline over a body of several pairs. None may be refuted.
AMBIGUOUS = [
    ("Calls from Essex rose 20 per cent in 2024, when the line took 1,500. In 2023 it took 1,000 and in 2022 "
     "it took 1,250.", "percentage", 20.0),
    ("The line heard from 2,000 people in 2024, a fourfold rise on the 500 recorded in 2021. In Perth the "
     "2022 figure was 900 and the 2023 figure was 1,300.", "multiplier", 4.0),
    ("Demand trebled last year. The line took 3,000 calls in 2024 and 1,100 in 2023, while its webchat went from "
     "400 to 1,200.", "multiplier", 3.0),
    ("Calls doubled in the final quarter. The line took 800 calls between October and December, compared with "
     "the 420 in the same quarter of 2023 and 610 in the quarter before.", "multiplier", 2.0),
    ("The number of people who used the website has more than trebled from the 1,200 of 2021, while calls to the "
     "line reached 2,900 in 2024.", "multiplier", 3.0),
    ("Calls from Leeds have nearly doubled on the 700 taken in 2022. Across Yorkshire the line took 2,400 calls "
     "in 2024.", "multiplier", 2.0),
    ("The figure has doubled from the 900 volunteers trained in 2021. The helpline took 5,000 calls in 2024.",
     "multiplier", 2.0),
    ("A fourfold rise on the 300 recorded by police in 2020 was reported. The charity took 2,000 calls in 2024 "
     "and 900 in 2023.", "multiplier", 4.0),
    ("Contacts rose 40 per cent on 2022, when the line was only open at night and took 600 calls. In 2024 it "
     "took 1,300 calls and in 2023 it took 800.", "percentage", 40.0),
    ("The helpline said calls had doubled from the 1,000 of its first year. It took 1,500 calls in 2023 and "
     "2,600 in 2024.", "multiplier", 2.0),
    ("The line took 810 calls from Hull in the spring. Compared with 2022, when it took 500 calls and 300 webchats, "
     "the increase was 35 per cent.", "percentage", 35.0),
    ("Calls from Hull rose to 900 in 2024. Compared with the year its webchat opened, when the figure stood at 600, "
     "the increase was 35 per cent.", "percentage", 35.0),
    ("The charity took 2,400 calls in 2024. Up from 1,000 in 2021, texts rose by 70 per cent.", "percentage", 70.0),
]


@pytest.mark.parametrize("text, kind, stated", AMBIGUOUS)
def test_an_ambiguous_base_is_never_refuted(text, kind, stated):
    assert "inconsistent" not in _verdicts(text, kind, stated)
