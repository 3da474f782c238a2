"""A running total (twenty-third round, sums23): ``pipeline/check/running_totals.py`` adds the parts a sentence tells
as added ("also", "as well as", "on top of", "a further") to the figure told before, up to the total a running verb
("bringing the total number of contacts to") or a word of consequence and a total word ("meaning ... in all")
closes them with.  Sentences of our own writing that vary each dimension at once: the verb, the total's noun and
its length, the word of addition, the number of parts in the sentence (one to three), how far back the earlier
figure is (one to three fact sentences, a comparison's base between), the channel nouns (calls, emails, texts,
webchats, letters; people and contacts), the total words after the total; and neighbours that must stay unchecked
or undecided: a far miss, parts of one measure, no running words, two earlier figures of one measure.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _checks(text: str) -> list[tuple[float, str, list[float]]]:
    record = extract_article(text, source="running_totals.txt", published="2025-06-01")
    by_id = {c.id: c.value for c in record.counts}
    return [(c.stated, c.verdict, sorted(by_id[i] for i in c.inputs if i in by_id))
            for c in record.checks if c.kind == "sum" and c.relation is None]


#: Earlier figures that are a guess: another channel told in a sentence before the one taken, at either distance;
#: a figure limited to a group by its own words.
OTLEY = "The Otley line handled 1,500 webchats in 2024. It answered 21,000 calls in 2024. "
OTLEY_APART = ("The Otley line handled 1,500 webchats in 2024.\n\nThe charity thanked its volunteers.\n\n"
               "Its volunteers answered 21,000 calls. ")
ADULTS = "The service answered 21,000 calls from adults in 2024. "
ILKLEY = "The Ilkley branch answered 900 texts in 2024. It took 8,200 calls in 2024. "

#: (text, total, verdict, parts): the dimension each row varies is said before it.
AGREEING_AND_MISPRINTED = [
    # "also", one part, "taking the total number of contacts <clause> to", a comparison's base between
    ("Volunteers at the Harrogate branch answered 20,400 calls in 2024. That compares with 18,900 the year before. "
     "The branch also replied to 2,150 emails, taking the total number of contacts it handled to 22,550.",
     22550, "consistent", [2150, 20400]),
    # the same, a misprint of the total within a tenth: inconsistent
    ("Volunteers at the Harrogate branch answered 20,400 calls in 2024. That compares with 18,900 the year before. "
     "The branch also replied to 2,150 emails, taking the total number of contacts it handled to 22,650.",
     22650, "inconsistent", [2150, 20400]),
    # "also", two parts, "bringing the total number of contacts <noun with a year> to", the earlier figure next door
    ("The Ripon line took 9,300 calls in 2024. It also answered 1,240 emails and 610 text messages, bringing the "
     "total number of contacts it dealt with in 2024 to 11,150.", 11150, "consistent", [610, 1240, 9300]),
    # "as well as" at the sentence's start, two parts, "meaning ... in all"
    ("Volunteers in Selby took 4,870 calls between January and March. As well as calls, they answered 520 emails and "
     "dealt with 95 letters, meaning the branch handled 5,485 contacts in all.", 5485, "consistent", [95, 520, 4870]),
    # the same, misprinted
    ("Volunteers in Selby took 4,870 calls between January and March. As well as calls, they answered 520 emails and "
     "dealt with 95 letters, meaning the branch handled 5,585 contacts in all.", 5585, "inconsistent", [95, 520, 4870]),
    # "in addition to", three parts, "making ... in total", the earlier figure three sentences back
    ("The Whitby helpline answered 3,100 calls last year. The busiest month was January. That is a rise of 8% on the "
     "year before, the charity said. In addition to calls, it handled 400 webchats, 210 emails and 90 texts, making "
     "3,800 contacts in total.", 3800, "consistent", [90, 210, 400, 3100]),
    # "a further", one part, "pushing the total to", people
    ("The Scarborough service heard from 1,650 people by phone in 2024. A further 430 people used its webchat, "
     "pushing the total to 2,080.", 2080, "consistent", [430, 1650]),
    # a running verb alone (no word of addition), two parts, "the overall total to"
    ("The Malton line took 6,000 calls in 2024. Its volunteers answered 700 emails and 300 texts, which took its "
     "overall total to 7,000.", 7000, "consistent", [300, 700, 6000]),
    # "on top of", "giving a total of"
    ("The Thirsk line answered 2,500 calls in 2024. On top of those, it replied to 340 emails, giving a total of "
     "2,840 contacts.", 2840, "consistent", [340, 2500]),
    # "also", "so ... altogether", misprinted by an excess
    ("Counsellors in Settle took 1,200 calls in 2024. They also answered 360 webchats, so the service had 1,520 "
     "contacts altogether.", 1520, "inconsistent", [360, 1200]),
    # fix23: an excess is an error whatever the earlier figure, one guessed among several sentences too (another
    # channel two sentences back, or one with a paragraph between), one limited to a group ("from adults")
    (OTLEY + "It also replied to 3,000 emails, taking the total number of contacts it dealt with to 23,500.",
     23500, "inconsistent", [3000, 21000]),
    (OTLEY_APART + "A further 3,000 people wrote to it, bringing the total to 23,000.", 23000, "inconsistent",
     [3000, 21000]),
    (ADULTS + "It also replied to 3,000 emails, bringing the total to 23,000.", 23000, "inconsistent", [3000, 21000]),
    (ILKLEY + "It also answered 700 webchats and 300 emails, which took its total to 9,000.", 9000, "inconsistent",
     [300, 700, 8200]),
    # a shortfall, the earlier figure the one figure told before and not limited to a group ("from Keighley" is a
    # place): an error
    ("The Keighley line took 6,400 calls from Keighley in 2024. It also answered 500 webchats, bringing the total to "
     "7,100.", 7100, "inconsistent", [500, 6400]),
    ("The Ilkley branch took 8,200 calls in 2024. It also answered 700 texts and 300 emails, which took its total to "
     "9,800.", 9800, "inconsistent", [300, 700, 8200]),
    # the earlier figure told again, in the headline or a sentence before, rounded: the same figure, no guess
    ("Ripon line answers more than 9,000 calls\n\nThe Ripon line took 9,300 calls in 2024. It also answered 1,240 "
     "emails and 610 text messages, bringing the total number of contacts it dealt with in 2024 to 11,350.", 11350,
     "inconsistent", [610, 1240, 9300]),
    ("Around 9,000 calls came in. The Ripon line took 9,300 calls in 2024. It also answered 1,240 emails and 610 "
     "text messages, bringing the total number of contacts it dealt with in 2024 to 11,350.", 11350, "inconsistent",
     [610, 1240, 9300]),
]


@pytest.mark.parametrize("text, total, verdict, parts", AGREEING_AND_MISPRINTED)
def test_a_running_total_adds_the_earlier_figure(text, total, verdict, parts):
    assert (float(total), verdict, sorted(map(float, parts))) in _checks(text), _checks(text)


NO_VERDICT = [
    # a far miss (more than a tenth): the earlier figure is likely another's, so no "inconsistent"
    ("Volunteers at the Harrogate branch answered 20,400 calls in 2024. The branch also replied to 2,150 emails, "
     "taking the total number of contacts it handled to 30,550.", 30550),
    # no running words: the total word is in a clause of its own after "and"
    ("The Ripon line took 9,300 calls in 2024. It also answered 1,240 emails and 610 text messages, and 12,000 "
     "people in all used its website.", 12000),
    # two earlier figures of one measure: which one the parts are added to is unknown
    ("The Ripon line took 9,300 calls in 2024, and 4,100 calls from men. It also answered 1,240 emails, bringing "
     "the total to 10,640.", 10640),
    # no word of addition and no running verb: "in all" after a clause of its own
    ("The Selby line took 4,870 calls in 2024. Its volunteers answered 520 emails and 95 letters, while 6,000 "
     "contacts in all came from the county.", 6000),
    # fix23: a shortfall where the earlier figure is a guess (an earlier addition may be skipped): the verb, the word
    # of addition, the number of parts, the distance, the group word ("from adults", "made by men") vary
    (OTLEY + "It also replied to 3,000 emails, taking the total number of contacts it dealt with to 25,500.", 25500),
    (OTLEY_APART + "A further 3,000 people wrote to it, bringing the total to 25,000.", 25000),
    (ILKLEY + "It also answered 700 webchats and 300 emails, which took its total to 9,800.", 9800),
    (ADULTS + "It also replied to 3,000 emails, bringing the total to 25,000.", 25000),
    ("The Keighley line took 6,400 calls made by men in 2024. As well as calls, it answered 500 webchats, meaning it "
     "handled 7,300 contacts in all.", 7300),
]


@pytest.mark.parametrize("text, total", NO_VERDICT)
def test_no_inconsistent_running_total_where_the_words_do_not_make_one(text, total):
    assert not [c for c in _checks(text) if c[0] == total and c[1] == "inconsistent"], _checks(text)


#: A list set off after its total (a dash, a colon, a bracket) is the total told again: a near miss is a misprint
#: when the parts are told apart (by channel or place); a far miss, or parts not told apart, gives no "inconsistent".
SET_OFF = [
    ("In 2024, 3,120 people in Dorset contacted the service - 2,200 through its website and 820 by phone.",
     3120, "inconsistent", [820, 2200]),
    ("In 2024, 3,020 people in Dorset contacted the service - 2,200 through its website and 820 by phone.",
     3020, "consistent", [820, 2200]),
    ("Last year 5,480 people in Devon got in touch: 3,900 through the website, 1,100 by calling the helpline and "
     "400 by email.", 5480, "inconsistent", [400, 1100, 3900]),
    ("In 2024 the service heard from 3,120 people in Dorset (2,200 through its website and 820 by phone).",
     3120, "inconsistent", [820, 2200]),
    # fix23: closed by its bracket or a second dash, the sentence going on after it
    ("In 2024 the service heard from 3,120 people in Dorset (2,200 through its website and 820 by phone) and said "
     "demand was rising.", 3120, "inconsistent", [820, 2200]),
    ("In 2024, 3,120 people in Dorset - 2,200 through its website and 820 by phone - contacted the service.",
     3120, "inconsistent", [820, 2200]),
]


@pytest.mark.parametrize("text, total, verdict, parts", SET_OFF)
def test_a_list_set_off_after_its_total(text, total, verdict, parts):
    assert (float(total), verdict, sorted(map(float, parts))) in _checks(text), _checks(text)


@pytest.mark.parametrize("text, total", [
    # a far miss: another list
    ("In 2024, 4,500 people in Dorset contacted the service - 2,200 through its website and 820 by phone.", 4500),
    # fix23: an open list, its shortfall no error: words that make it some of the total or parts of parts ("of them",
    # "among others", "some of whom", "including"), after the last part or before the first; dash, bracket, colon
    ("In 2024, 3,120 people in Dorset contacted the service - 2,200 of them through its website and 820 by phone.",
     3120),
    ("In 2024, 3,120 people in Dorset contacted the service - 2,200 through its website and 820 by phone, among "
     "others.", 3120),
    ("In 2024 the service heard from 3,120 people in Dorset (2,200 through its website and 820 by phone, some of whom "
     "also wrote).", 3120),
    ("Last year 5,480 people in Devon got in touch: 3,900 through the website, 1,100 by calling the helpline and 400 "
     "by email, among other ways.", 5480),
    ("Last year 5,480 people in Devon got in touch: including 3,900 through the website, 1,100 by calling the "
     "helpline and 400 by email.", 5480),
])
def test_no_inconsistent_from_a_far_set_off_list(text, total):
    assert not [c for c in _checks(text) if c[0] == total and c[1] == "inconsistent"], _checks(text)
