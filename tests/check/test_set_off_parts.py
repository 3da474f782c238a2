"""A share first, its part set off right after it, its whole told before (twenty-third round, shares23b;
``pipeline/check/referred_wholes.py``, ``pipeline/check/bare_wholes.py``).

"Around one in five calls came in between midnight and 6am - 4,800 of them": the share's own words may hold a figure
that is no fact ("6am", "10pm"); "Women made up 42% of callers, 1,200 in all.": a whole named by its bare noun
closing its clause is all that the noun counts, so a part set off after it by commas (closed by a comma, a dash or
the sentence's end) makes a disagreement a verdict.  The table varies the link (dash, "of them", "in all", "in total",
comma, bracket, the sentence's end), the share as written (one in N, per cent, %), the noun (calls, contacts,
callers), the distance to the whole (the sentence before, a paragraph between), a comparison's base between, and
the rivals that leave a bare noun no verdict (two wholes in one sentence, a whole another share restates, the rest
of a list).  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from test_named_wholes import MIDDLE, decided

RISE = "The line answered 24,000 calls in 2024, up from 20,000 in 2023. "
TOOK = "The helpline took 3,000 contacts in 2024. "


@pytest.mark.parametrize("text, stated, expected", [
    # a figure of the share's own words that is no fact: "6am", "10pm"; the base of a comparison passed over
    (RISE + "Around one in five calls came in between midnight and 6am - 4,800 of them.", 20.0,
     [("consistent", [4800, 24000])]),
    ("The line answered 24,000 calls in 2024. About 20% of calls came in after 10pm - 4,800 in all.", 20.0,
     [("consistent", [4800, 24000])]),
    ("The line answered 24,000 calls in 2024." + MIDDLE + "About 20 per cent of calls came in after 10pm (4,800).",
     20.0, [("consistent", [4800, 24000])]),
    # no words that point back: agreement only
    (RISE + "Around one in four calls came in between midnight and 6am - 4,800 of them.", 25.0, []),
    # a bare noun closing its clause, the part set off by commas (the sentence's end closes it), a dash
    (TOOK + "Women made up 40% of callers, 1,200 in all.", 40.0, [("consistent", [1200, 3000])]),
    (TOOK + "Women made up 42% of callers, 1,200 in all.", 42.0, [("inconsistent", [1200, 3000])]),
    (TOOK + "Women made up 42 per cent of contacts, 1,200 in total.", 42.0, [("inconsistent", [1200, 3000])]),
    (TOOK + "Women made up 42 per cent of contacts - 1,200 in all - the charity said.", 42.0,
     [("inconsistent", [1200, 3000])]),
    ("The helpline took 3,000 texts in 2024. Women made up 42% of contacts, 1,200 in all.", 42.0,
     [("inconsistent", [1200, 3000])]),
    # a share with its part before it in the sentence, then the share first; a comparison's base before
    ("The helpline took 3,000 calls in 2024, up from 2,500 in 2023. Some 30% of them were under 25 (900 people), "
     "while women made up 41% of callers, 1,200 in all.", 41.0, [("inconsistent", [1200, 3000])]),
    # a figure set off in brackets or dashes after a share that names no whole
    ("The line took 622 calls in 2023, compared with 520 in 2022. Roughly one in five (124) were from the city "
     "itself.", 20.0, [("consistent", [124, 622])]),
    ("The line took 622 calls in 2023. Some 20% - 124 - came from the city.", 20.0, [("consistent", [124, 622])]),
    ("The line took 622 calls in 2023. Roughly one in four (124) were from the city itself.", 25.0, []),
])
def test_a_part_set_off_after_its_share(text, stated, expected):
    assert decided(text, stated) == expected


@pytest.mark.parametrize("text, stated", [
    # two wholes the bare noun may mean in one sentence: the calls or all contacts
    ("The helpline took 3,000 contacts in 2024, 1,800 of them calls. Women made up 42% of callers, 1,200 in all.",
     42.0),
    # the rest of a list: its whole is the list's
    ("In 2024, 58% of callers (870 callers) rang about their own thoughts. The other 42% of callers, 630 in all, rang "
     "about someone else.", 42.0),
    # the count before is a part another share restates, no whole
    ("In 2024, 58% of callers (870 callers) rang about their own thoughts. Some 45% of callers, 630 in all, rang "
     "about someone else.", 45.0),
])
def test_no_inconsistent_when_the_bare_noun_may_mean_another(text, stated):
    assert all(v != "inconsistent" for v, _ in decided(text, stated)), decided(text, stated)
