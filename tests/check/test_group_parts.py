"""A share whose subject is a group a count before was said to be (twenty-third round, shares23b;
``pipeline/check/group_parts.py``).

"Men therefore made up 84 per cent of callers." after "Of them, 1,050 were men and 200 were women.": the part is the
count whose own clause names the group, the whole the count its sentence's counts add up to (then a disagreement is
a verdict), else the whole before it (agreement only).  The table varies the group (men, women, family members), the
verb (made up, make up, accounted for, represented), an adverb between, a hedge, the words that point back ("of
callers", "of the total", "of them", "of all callers"), the part's wording ("1,050 were men", "1,050 men"), the number
of parts (two, three, parts that add up to no whole), a paragraph between, a comparison's base before, and the\ngroup named before its figure or after it, the link between the parts (and, while, but).
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from test_named_wholes import MIDDLE, decided

TOOK = "The line took 1,250 calls in 2024. "
SPLIT = TOOK + "Of them, 1,050 were men and 200 were women. "
THREE = TOOK + "Of them, 700 were gamblers, 350 were family members and 200 were friends. "
SHORT = TOOK + "Of them, 700 were gamblers and 350 were family members. "
BEFORE = TOOK + "Men accounted for 1,050 of them and women for 200. "
RISE = "The line took 1,250 calls in 2024, up from 1,000 in 2023. Of them, 1,050 were men and 200 were women. "


@pytest.mark.parametrize("text, stated, expected", [
    (SPLIT + "Men therefore made up 84 per cent of callers.", 84.0, [("consistent", [1050, 1250])]),
    # "of callers" for 1,250 calls: people are no measure of the calls, so a miss is no verdict (fix24)
    (SPLIT + "Men therefore made up 80 per cent of callers.", 80.0, []),
    (SPLIT + "Men therefore made up 80 per cent of calls.", 80.0, [("inconsistent", [1050, 1250])]),
    (SPLIT + "Women accounted for 16% of the total.", 16.0, [("consistent", [200, 1250])]),
    (SPLIT + "Women accounted for 20% of the total.", 20.0, [("inconsistent", [200, 1250])]),
    (SPLIT + MIDDLE + "Men made up about 84% of them.", 84.0, [("consistent", [1050, 1250])]),
    (TOOK + "There were 1,050 men and 200 women among the callers. Men made up 84 per cent of all callers.", 84.0,
     [("consistent", [1050, 1250])]),
    (TOOK + "Of them, 1,050 men and 200 women rang the line. Men made up 84 per cent of callers.", 84.0,
     [("consistent", [1050, 1250])]),
    (THREE + "Family members represented 28% of callers.", 28.0, [("consistent", [350, 1250])]),
    (THREE + "Family members represented 25% of callers.", 25.0, []),
    (THREE + "Family members represented 25% of all calls.", 25.0, [("inconsistent", [350, 1250])]),
    # parts that add up to no whole: the whole before the part's sentence, agreement only (700 is a sibling)
    (SHORT + "Family members represented 28% of callers.", 28.0, [("consistent", [350, 1250])]),
    (SHORT + "Family members represented 25% of callers.", 25.0, []),
    (RISE + "Men now make up nearly 85 per cent of callers.", 85.0, [("consistent", [1050, 1250])]),
    (RISE + "Men now make up 90 per cent of callers.", 90.0, []),
    (RISE + "Men now make up 90 per cent of the total.", 90.0, [("inconsistent", [1050, 1250])]),
    # each group named before its figure ("Men ... 1,050 and women ... 200"): the group after the link ("and",
    # "while", "but") is the later count's, never the earlier's; the link, the verb, an elided verb, either group
    (BEFORE + "Women made up 16% of callers.", 16.0, [("consistent", [200, 1250])]),
    (BEFORE + "Women made up 20% of callers.", 20.0, []),
    (BEFORE + "Men made up 84% of callers.", 84.0, [("consistent", [1050, 1250])]),
    (BEFORE + "Men made up 80% of callers.", 80.0, []),
    (TOOK + "Men made 1,050 of the calls while women made 200. Women accounted for 16 per cent of the total.", 16.0,
     [("consistent", [200, 1250])]),
    (TOOK + "Men made 1,050 of the calls while women made 200. Women accounted for 20 per cent of the total.", 20.0,
     []),
    (TOOK + "Men rang 1,050 times but women rang 200 times. Women represented 20% of callers.", 20.0, []),
    (TOOK + "Gamblers made 700 of them and family members 350 and friends 200. Friends made up 20% of callers.", 20.0,
     []),
    # each group named after its figure, whatever the link: still the count before it
    (TOOK + "Of them, 1,050 were men while 200 were women. Men made up 80% of all calls.", 80.0,
     [("inconsistent", [1050, 1250])]),
])
def test_a_part_its_subjects_group_names(text, stated, expected):
    assert decided(text, stated) == expected


@pytest.mark.parametrize("text, stated", [
    # no count was said to be the group
    (TOOK + "Of them, 1,050 were men. Young people made up 30% of callers.", 30.0),
    # the share's words name a whole of their own
    (SPLIT + "Men made up 80 per cent of visits to the website.", 80.0),
])
def test_no_check_without_the_groups_count(text, stated):
    assert decided(text, stated) == []
