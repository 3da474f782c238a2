"""Parts whose sentence points back at a whole stated before them ("Of those, ... while ...", "Of last year's total",
"Most of them ...:", "... leaving N who ..."), and lists of lines under a heading ending with a colon
(``pipeline/check/pointed_sums.py``).  Sentences of our own writing that vary the pointer, the joiner, how far back
the whole is and the order of the parts, with neighbours that must stay unchecked: a split far off its whole
(another split), parts of parts, a funnel, places beside the whole, a list under a heading that misses its whole.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _sums(text: str) -> list[tuple[float, str, list[float]]]:
    record = extract_article(text, source="pointed_sums.txt", published="2025-02-01")
    by_id = {c.id: c.value for c in record.counts}
    return [(c.stated, c.verdict, sorted(by_id[i] for i in c.inputs)) for c in record.checks if c.kind == "sum"]


@pytest.mark.parametrize("text, total, verdict, parts", [
    # "Of those" and a word that splits the whole in two: a near miss is a misprint
    ("Stop It Now! heard from 1,640 people in Derby in 2024. Of those, 1,200 used its website, while 440 called the "
     "helpline.", 1640, "consistent", [440, 1200]),
    ("Stop It Now! heard from 1,740 people in Derby in 2024. Of those, 1,200 used its website, while 440 called the "
     "helpline.", 1740, "inconsistent", [440, 1200]),
    ("The charity heard from 980 people in Fife in 2024, against 800 in 2023. Of these, 610 phoned, whereas 330 "
     "used the online course.", 980, "inconsistent", [330, 610]),
    # a total named by its place or year, two fact sentences back
    ("The helpline took 6,100 contacts from Scotland in 2024. Glasgow gave 1,900 of them and Dundee 500. Of the "
     "Scottish total, 5,000 came through the website, while 1,100 were calls.", 6100, "consistent", [1100, 5000]),
    ("Contacts from Kent reached 2,210 in 2024, up from 1,900 in 2023. That is a rise of 16 per cent. Of last "
     "year's total, 1,610 used the website, while 600 phoned.", 2210, "consistent", [600, 1610]),
    # "Most of them" with a colon, the whole several sentences back, smaller figures between
    ("In 2024, 4,300 people in Avon contacted the charity. Bath accounted for 700 of them. The figure for Bath had "
     "been 520 in 2023. Most of them never called: 3,900 used the website, while 400 rang.", 4300, "consistent",
     [400, 3900]),
    # "leaving": what is left of the whole (agreement only)
    ("In all, 12,000 people used the service in 2024. The website did most of the work: 10,500 people used its "
     "modules, leaving 1,500 who spoke to an adviser.", 12000, "consistent", [1500, 10500]),
    ("The line received 30,000 calls in the year. Advisers answered 8,000, leaving 22,000 unanswered.", 30000,
     "consistent", [8000, 22000]),
    # the first part's own words point back (agreement only)
    ("The line heard from 2,400 people in Kent in 2024. Men made 1,900 of the contacts and women 500.", 2400,
     "consistent", [500, 1900]),
    # three parts after a total named by its year
    ("The charity said 3,100 people in Essex contacted it in 2024. Of the 2024 total, 1,800 used the website, 1,000 "
     "called and 300 used the live chat.", 3100, "consistent", [300, 1000, 1800]),
    # the parts set off after their total in its sentence
    ("In total, 1,980 people got in touch with the gambling support service in 2024 \u2013 540 through its freephone "
     "line and 1,440 through the self-assessment tool on its website.", 1980, "consistent", [540, 1440]),
    # a total word opening the sentence of a total after its parts
    ("In 2024 the helpline took 610 calls from Luton, and 1,290 people from the town used its website. Together that "
     "makes 1,900 contacts.", 1900, "consistent", [610, 1290]),
    ("The line took 1,100 calls from Leeds in 2024. A further 700 came from Bradford and 400 from York in 2024. In "
     "total, 2,200 calls came from the three cities that year.", 2200, "consistent", [400, 700, 1100]),
    # lines under a heading, with bullets or labels
    ("The listening line took 1,530 contacts from Bury residents in 2024.\n\nHow they got in touch:\n\n- calls: 900\n"
     "- webchats: 450\n- emails: 180", 1530, "consistent", [180, 450, 900]),
])
def test_parts_point_back_at_their_whole(text, total, verdict, parts):
    assert (total, verdict, parts) in _sums(text), _sums(text)


@pytest.mark.parametrize("text, total", [
    # a split far off its whole: another split, not a misprint
    ("The charity took 1,100 calls from Surrey in 2024. Of those, 400 were about a partner, while 200 were about a "
     "son.", 1100),
    # parts that overlap, with no word that splits
    ("The helpline heard from 1,300 people in Norfolk in 2023. Of these, 620 were men and 240 were under 25.", 1300),
    # a funnel
    ("The course had 1,000 starters in 2023. Of those, 300 finished every module and 90 went on to call.", 1000),
    # places beside the whole, not parts of it
    ("The helpline took 2,000 calls from Leeds in 2023. Salford callers made 800 calls, while Bolton callers made "
     "700.", 2000),
    # the figures after a dash are a comparison's, not parts
    ("The line took 2,000 calls in 2024 - up from 1,500 in 2023 and 500 in 2022.", 2000),
    # a total word after figures of another year: no parts of it
    ("The line took 1,500 calls in 2023. In 2024 it took 700 in Leeds and 500 in York. In total, 2,000 calls came in "
     "2024.", 2000),
    # a list under a heading that misses its whole: agreement only
    ("The line took 1,180 contacts from Bury in 2024.\n\nHere is how they got in touch:\n\n- calls: 640\n"
     "- webchats: 390\n- emails: 120", 1180),
])
def test_no_inconsistent_sum_where_the_words_split_nothing(text, total):
    assert all(not (stated == total and verdict == "inconsistent") for stated, verdict, _ in _sums(text)), _sums(text)
