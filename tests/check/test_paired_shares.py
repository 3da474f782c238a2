"""A share with no figure in its sentence judged on the one pair the article writes as "N of the M" (twenty-fourth
round, shares24; ``pipeline/check/paired_shares.py``).

"Nearly half of people in Devon who contacted the line last year were under 35" ... "412 of the 1,005 people who
called from Devon in 2022 gave an age below 35": the pair the text itself writes as part and whole, the only one of
the share's place and period, is the share's; a disagreement is a verdict when both clauses end on the same word or
figure (the predicate), else agreement only, and none when another share of the article lacks a figure of its own.
The table varies the pair's form ("N of the M", "N of the M <noun>", "Of the M ..., N"), the share's hedge (nearly,
more than, about), the predicate's last word (a figure, a word, a range ending on the figure), the order (share first or after the pair), the
distance (next paragraph, a paragraph between), a predicate the pair does not repeat, a second share without a
figure, a share naming no place, a pair of another year, and both verdicts.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from test_named_wholes import MIDDLE, decided

AGE = "Nearly half of people in Cumbria who called the line last year were under 30.\n\n"
WOMEN = "Nearly half of people in Cumbria who called the line last year were women.\n\n"
MEN = "More than a third of callers from Cumbria last year were men.\n\n"
NIGHT = "About 40% of calls from Cumbria last year came after midnight." + MIDDLE


def said(n: int, year: int = 2024) -> str:
    return f"The charity said {n} of the 1,000 people who called from Cumbria in {year} gave an age under 30."


@pytest.mark.parametrize("text, stated, expected", [
    (AGE + said(450), 50.0, [("consistent", [450, 1000])]),
    (AGE + said(400), 50.0, [("inconsistent", [400, 1000])]),
    (MEN + "In all, 360 of the 1,000 callers from Cumbria in 2024 were men.", 33.3, [("consistent", [360, 1000])]),
    (MEN + "In all, 300 of the 1,000 callers from Cumbria in 2024 were men.", 33.3, [("inconsistent", [300, 1000])]),
    (NIGHT + "Of the 1,000 calls from Cumbria in 2024, 400 came after midnight.", 40.0, [("consistent", [400, 1000])]),
    (NIGHT + "Of the 1,000 calls from Cumbria in 2024, 300 came after midnight.", 40.0,
     [("inconsistent", [300, 1000])]),
    # the share after the pair, restating it
    (said(400) + " That means nearly half of people in Cumbria who called last year were under 30.", 50.0,
     [("inconsistent", [400, 1000])]),
    # a range ends on the share's figure: no tie, agreement only
    (AGE + "The charity said 300 of the 1,000 people who called from Cumbria in 2024 were aged 18 to 30.", 50.0, []),
    (AGE + "The charity said 470 of the 1,000 people who called from Cumbria in 2024 were aged 18 to 30.", 50.0,
     [("consistent", [470, 1000])]),
    # the pair's clause ends on another word: agreement only
    (WOMEN + said(470), 50.0, [("consistent", [470, 1000])]),
    (WOMEN + said(400), 50.0, []),
])
def test_a_share_on_the_pair_the_article_writes(text, stated, expected):
    assert decided(text, stated) == expected


@pytest.mark.parametrize("text, stated", [
    # another share without a figure: the pair may be the other's
    ("Nearly half of people in Cumbria who called the line last year were women. A third were under 30.\n\n"
     + said(470), 50.0),
    # the share names no place nor period: it could be of anything
    ("Nearly half of people who called the line were under 30.\n\n" + said(400), 50.0),
    # the pair is of another year than the share's
    (AGE + said(400, 2023), 50.0),
])
def test_no_check_when_the_pair_may_be_anothers(text, stated):
    assert decided(text, stated) == []
