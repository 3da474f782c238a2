"""A change linked to the two counts it compares, wherever the article states them.

Every text here is our own writing; each table varies one shape: the base count in
another clause or sentence, the earlier figure named by its period ("the previous
year's 640"), "that figure rose to N" in the period after, and a headline's
"doubled" whose counts come later in the body.
"""
from __future__ import annotations

from typing import Optional

import pytest

from pipeline import extract_article


def _extract(text: str, published: Optional[str] = None):
    return extract_article(text, source="comparison.txt", published=published)


def _count(record, value):
    found = [c for c in record.counts if c.value == value]
    assert found, f"no count {value} in {[c.value for c in record.counts]}"
    return found[0]


def _year(date: Optional[str]) -> Optional[str]:
    return date[:4] if date else None


# text, later count, earlier count, the earlier count's year
BASE_ELSEWHERE = [
    ("Last year 3,150 people in Kent called the helpline.\n\n"
     "That is a rise of 50 per cent from 2019, which saw 2,100 people get in touch.",
     3150, 2100, "2019"),
    ("Last year 3,150 people in Kent called the helpline.\n\n"
     "That is 50 per cent more than in 2019, when 2,100 people got in touch.",
     3150, 2100, "2019"),
    ("A total of 880 people in Fife contacted the service in 2021, a rise of 60 per cent "
     "from the previous year's 550.",
     880, 550, "2020"),
    ("In 2022, 1,212 men in Devon sought help, an increase of 1 per cent on 2021's 1,200.",
     1212, 1200, "2021"),
    ("A total of 410 callers from Powys rang the line, up 64 per cent on the year before's 250.",
     410, 250, None),
]


@pytest.mark.parametrize("text,later,earlier,year", BASE_ELSEWHERE)
def test_base_count_in_another_clause(text, later, earlier, year):
    record = _extract(text)
    change = next(p for p in record.percentages if p.kind == "change")
    new, old = _count(record, later), _count(record, earlier)
    assert change.count_ref == new.id
    assert change.base_count_ref == old.id
    assert _year(old.period_start) == year
    assert [c.verdict for c in record.checks if c.kind == "percentage"] == ["consistent"]


# "last year" with no date known is fixed by the year the change compares with
def test_last_year_anchored_by_the_base_year():
    record = _extract("Last year 3,150 people in Kent called the helpline.\n\n"
                      "That is a rise of 50 per cent from 2019, which saw 2,100 people get in touch.")
    change = next(p for p in record.percentages if p.kind == "change")
    assert _year(_count(record, 3150).period_start) == "2020"
    assert (_year(change.period_start), _year(change.base_period_start)) == ("2020", "2019")


# text, earlier count, later count, stated change
FOLLOWING_PERIOD = [
    ("Between January and June 2019, 150 people from Kent contacted the helpline. "
     "In the following six-month period that figure rose to 240 - a rise of 60 per cent.", 150, 240),
    ("Between January and June 2019, 150 people from Kent contacted the helpline. "
     "Over the next six months that number climbed to 240, an increase of 60 per cent.", 150, 240),
    ("In the three months to March 2020, 300 people from Fife contacted the service. "
     "In the next quarter that figure grew to 480, a 60 per cent rise.", 300, 480),
]


@pytest.mark.parametrize("text,earlier,later", FOLLOWING_PERIOD)
def test_that_figure_rose_in_the_following_period(text, earlier, later):
    record = _extract(text)
    change = next(p for p in record.percentages if p.kind == "change")
    old, new = _count(record, earlier), _count(record, later)
    assert (change.count_ref, change.base_count_ref) == (new.id, old.id)
    assert new.period_start is None  # "the following six-month period" is left unstated
    assert change.period_start is None
    assert change.base_period_start == old.period_start
    assert [c.verdict for c in record.checks if c.kind == "percentage"] == ["consistent"]


# a period after another, left unstated: the count inherits nothing
@pytest.mark.parametrize("phrase", ["In the following six-month period", "Over the next three months",
                                    "During the subsequent quarter", "In the next six months"])
def test_following_period_is_not_inherited(phrase):
    record = _extract(f"Between January and June 2019, 150 people from Kent called the helpline. "
                      f"{phrase} 210 people from Kent called it.")
    assert _count(record, 150).period_start == "2019-01-01"
    assert _count(record, 210).period_start is None


# headline or opening line, body, stated factor and qualifier, expected verdict
OPENING_DOUBLED = [
    ("Calls to the helpline doubled", "Last year 1,000 people in Kent called the helpline.\n\n"
     "That is up from 500 people who called in 2019.", "consistent"),
    ("Helpline calls double", "Last year 1,300 people in Kent called the helpline.\n\n"
     "That is up from 500 people who called in 2019.", "inconsistent"),
    ("THE number of people calling a helpline more than doubled last year.",
     "A total of 1,300 people in Kent called the helpline in 2021, up from 500 in 2020.", "consistent"),
    ("THE number of people calling a helpline more than doubled last year.",
     "A total of 900 people in Kent called the helpline in 2021, up from 500 in 2020.", "inconsistent"),
]


@pytest.mark.parametrize("opening,body,verdict", OPENING_DOUBLED)
def test_opening_doubled_linked_to_body_counts(opening, body, verdict):
    record = _extract(f"{opening}\n\n{body}", published="2022-02-01")
    assert len(record.multipliers) == 1
    mult = record.multipliers[0]
    assert mult.count_ref and mult.base_count_ref
    [check] = [c for c in record.checks if c.kind == "multiplier"]
    assert check.inputs == [mult.base_count_ref, mult.count_ref]
    assert check.verdict == verdict


def test_doubled_in_the_body_is_not_linked_to_a_later_paragraph():
    text = ("Helpline figures\n\nThe charity said its work had grown.\n\nVolunteers answered more calls.\n\n"
            "Demand for the service has doubled, the charity said.\n\n"
            "A total of 1,300 people in Kent called the helpline in 2021, up from 500 in 2020.")
    record = _extract(text, published="2022-02-01")
    assert all(m.count_ref is None for m in record.multipliers)


def test_no_base_count_when_the_compared_figure_is_later():
    # "when" after a later period: the count is not an earlier figure of the change
    record = _extract("In 2021, 600 people in Kent called the helpline, up 20 per cent on 2020. "
                      "In 2022, when 700 people called, the line was extended.")
    change = next(p for p in record.percentages if p.kind == "change")
    assert change.base_count_ref is None


# a change stated again later without its counts takes those of the one change it restates
RESTATED = [
    ("The number of people from Kent who called rose by 60 per cent in six months.", "consistent"),
    ('"We have seen an increase of nearly 65 per cent of people seeking help in Kent," she said.', "consistent"),
    ('"We have seen an increase of about 60 per cent of people in Kent asking for help," she said.', "consistent"),
]


@pytest.mark.parametrize("restatement,verdict", RESTATED)
def test_restated_change_takes_the_counts(restatement, verdict):
    text = ("Between January and June 2019, 150 people from Kent contacted the helpline. "
            "In the following six-month period that figure rose to 240 - a rise of 60 per cent.\n\n"
            f"{restatement}")
    record = _extract(text)
    changes = [p for p in record.percentages if p.kind == "change"]
    assert len(changes) == 2 or restatement.startswith("The number")
    for change in changes:
        assert change.count_ref and change.base_count_ref
    assert {c.verdict for c in record.checks if c.kind == "percentage"} == {verdict}


def test_changes_after_a_following_period_take_no_earlier_period():
    text = ("Between January and June 2019, 150 people from Kent contacted the helpline. "
            "In the following six-month period that figure rose to 240 - a rise of 60 per cent.\n\n"
            "Surrey and Sussex saw steeper rises of 80 per cent and 95 per cent.")
    record = _extract(text)
    later = [p for p in record.percentages if p.value in (80, 95)]
    assert len(later) == 2
    assert all(p.period_start is None and p.base_period_start is None for p in later)


# a from-to pair: the "from" figure is the earlier one, the "to" figure the later, wherever the place words fall
@pytest.mark.parametrize("opening,body,later,earlier", [
    ("Calls to the helpline doubled last year",
     "Calls from Kent rose from 400 in 2020 to 800 in 2021, the charity said.", 800, 400),
    ("Calls to the helpline doubled last year",
     "In 2021, 900 people called the line.\n\nCalls from Kent rose from 400 to 800, the charity said.", 800, 400),
])
def test_opening_doubled_and_a_from_to_pair(opening, body, later, earlier):
    record = _extract(f"{opening}\n\n{body}", published="2022-02-01")
    mult = record.multipliers[0]
    ids = {c.value: c.id for c in record.counts}
    assert (mult.count_ref, mult.base_count_ref) == (ids[later], ids[earlier])


@pytest.mark.parametrize("text", [
    "A total of 40 people from Fife called in the three months to May, rising to 70 in the next three months, "
    "a rise of 75 per cent.",
    "Some 40 callers from Fife rang in spring, rising to 70 in the summer - a rise of 75 per cent.",
])
def test_place_from_is_no_from_to_pair(text):
    record = _extract(text)
    ids = {c.value: c.id for c in record.counts}
    change = next(p for p in record.percentages if p.kind == "change")
    assert (change.count_ref, change.base_count_ref) == (ids[70], ids[40])


# a change in the opening line, its counts in the body ("This number compares with ...")
@pytest.mark.parametrize("opening,body,verdict", [
    ("The helpline has reported a 40 per cent year-on-year rise in the number of people seeking help.",
     "In 2021, 1,400 callers from Kent contacted the helpline.\n\nThis number compares with 1,000 callers in 2020.",
     "consistent"),
    ("The helpline has reported a 50 per cent rise in the number of people seeking help.",
     "In 2021, 1,400 callers from Kent contacted the helpline, up from 1,000 in 2020.", "inconsistent"),
])
def test_opening_change_linked_to_body_counts(opening, body, verdict):
    record = _extract(f"Helpline figures\n\n{opening}\n\n{body}")
    change = next(p for p in record.percentages if p.kind == "change")
    ids = {c.value: c.id for c in record.counts}
    assert (change.count_ref, change.base_count_ref) == (ids[1400], ids[1000])
    assert [c.verdict for c in record.checks if c.kind == "percentage"] == [verdict]


# a change whose counts are in the next sentence: linked only when its own words name the measure
NEXT_SENTENCE = [
    ("The campaign drove a 60 per cent jump in calls to the helpline.", True),
    ("The campaign drove a 60 per cent rise, and a jump in calls to the helpline.", False),
    ("The campaign drove a 60 per cent rise in visits to the website.", False),   # another measure
]


@pytest.mark.parametrize("claim,linked", NEXT_SENTENCE)
def test_change_linked_to_the_next_sentence(claim, linked):
    text = ("Helpline figures\n\nThe charity ran a campaign.\n\nIt ran on radio and posters.\n\n"
            f"{claim}\n\nA total of 50 people from Fife called in spring, rising to 80 in the summer.")
    record = extract_article(text, source="next.txt")
    change = next(p for p in record.percentages if p.value == 60)
    ids = {c.value: c.id for c in record.counts}
    got = (change.count_ref, change.base_count_ref)
    assert got == ((ids[80], ids[50]) if linked else (None, None))


# a change over a span of years belongs to the last year, its base to the first
@pytest.mark.parametrize("text,period,base", [
    ("The helpline saw a 65% rise in callers from Kent between 2016 and 2018.", "2018", "2016"),
    ("Calls from Kent rose by 40 per cent from 2019 to 2021.", "2021", "2019"),
    ("Calls from Kent rose by 40 per cent in 2021 on the year before.", "2021", "2020"),
    ("Calls from Kent rose by 40 per cent in 2019/20.", "2019", "2018"),
])
def test_change_over_a_span_of_years(text, period, base):
    change = next(p for p in _extract(text).percentages if p.kind == "change")
    assert (_year(change.period_start), _year(change.base_period_start)) == (period, base)


def test_a_figure_of_another_comparison_is_no_base():
    # the change is on the previous year; the 300 of 2019 belongs to the "double" beside it
    record = _extract("In 2022, 700 people in Kent called the helpline. The figure is a 25% increase on the "
                      "previous year, and more than double the number in 2019, when 300 people called.")
    change = next(p for p in record.percentages if p.kind == "change")
    assert change.base_count_ref is None
    assert [c.verdict for c in record.checks if c.kind == "percentage"] != ["inconsistent"]


def test_headline_caption_and_body_doubled_are_one_claim():
    text = ("Kent helpline calls more than double\n\n"
            "The number of people in Kent who called the helpline more than doubled last year.\n\n"
            "Calls in Kent more than doubled last year. Picture: agency\n\n"
            "In 2021, 650 people in Kent called the helpline, up from 300 in 2020.")
    record = _extract(text, published="2022-02-01")
    assert len(record.multipliers) == 1
    assert [c.verdict for c in record.checks if c.kind == "multiplier"] == ["consistent"]


@pytest.mark.parametrize("text, verdicts", [
    # each change takes the count its own clause reached; a "from A to B" pair is the other change's
    ("Calls on the line are up 300% (from 1,000 to 4,000) and the number of chats is up by 30% on the "
     "previous year to 12,500.", {300.0: "consistent", 30.0: "unverifiable"}),
    ("Calls rose 50% from 200 to 300, and texts were up 20% on 2021 to 600.", {50.0: "consistent", 20.0: "unverifiable"}),
    # an undated figure before is not the base of a change that names its base period
    ("Some 300 people are in treatment. Calls are up 300% (from 1,000 to 4,000) and the number of sessions "
     "is up by 30% on the previous year to 12,500.", {300.0: "consistent", 30.0: "unverifiable"}),
])
def test_a_change_takes_the_count_it_reached_after_its_base(text, verdicts):
    record = extract_article(text, source="reach.txt")
    stated = {c.stated: c.verdict for c in record.checks if c.kind == "percentage"}
    assert stated == verdicts
