"""Tests for pipeline.periods: period mentions, resolution, previous periods, datelines."""
from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.periods import (
    Period,
    PeriodMention,
    find_periods,
    period_at,
    previous_period,
    resolve,
    year_period,
)
from pipeline.read.datelines import parse_date, parse_dateline

D = datetime.date
PUB = D(2022, 3, 18)


def _rows(text: str, published: datetime.date | None = None) -> list[tuple]:
    return [(m.text, m.role, *(m.period.iso() if m.period else (None, None)), m.relative)
            for m in find_periods(text, published=published)]


# (sentence, published, expected [(text, role, start, end, relative)])
FIND = [
    ("Some 1,312 people rang the line in 2019.", None,
     [("in 2019", "time", "2019-01-01", "2019-12-31", None)]),
    ("Requests for help more than doubled during 2021.", None,
     [("during 2021", "time", "2021-01-01", "2021-12-31", None)]),
    ("In the year ending March 2021 officers made 700 arrests.", None,
     [("In the year ending March 2021", "time", "2020-04-01", "2021-03-31", None)]),
    ("In the year to 5 April 2021 there were 40 referrals.", None,
     [("In the year to 5 April 2021", "time", "2020-04-06", "2021-04-05", None)]),
    ("Between January and June this year, 300 people called.", PUB,
     [("Between January and June this year", "time", "2022-01-01", "2022-06-30", "this_year")]),
    ("Between January and June this year, 300 people called.", None,
     [("Between January and June this year", "time", None, None, "this_year")]),
    ("Between November and February 2021 calls fell.", None,
     [("Between November and February 2021", "time", "2020-11-01", "2021-02-28", None)]),
    ("Calls rose in the first half of 2019.", None,
     [("in the first half of 2019", "time", "2019-01-01", "2019-06-30", None)]),
    ("The second half of 2020 was quieter.", None,
     [("The second half of 2020", "time", "2020-07-01", "2020-12-31", None)]),
    ("In the last quarter of 2021 and in Q1 2022 chats grew.", None,
     [("In the last quarter of 2021", "time", "2021-10-01", "2021-12-31", None),
      ("in Q1 2022", "time", "2022-01-01", "2022-03-31", None)]),
    ("Contacts have doubled in the last 12 months.", None,
     [("in the last 12 months", "time", None, None, "last_12_months")]),
    ("Contacts have doubled in the last twelve months.", PUB,
     [("in the last twelve months", "time", None, None, "last_12_months")]),  # decision 6: null
    ("During the past 12 months, 900 people sought help.", PUB,
     [("During the past 12 months", "time", None, None, "last_12_months")]),
    ("Three towns saw rises of 80% over the twelve-month period.", PUB,
     [("over the twelve-month period", "time", None, None, "same_period")]),
    ("The line has taken 30,000 calls since 2002.", None,
     [("since 2002", "time", "2002-01-01", None, None)]),
    ("The service began in 2005 and since then 30,000 people have used it.", None,
     [("in 2005", "time", "2005-01-01", "2005-12-31", None),
      ("since then", "time", "2005-01-01", None, None)]),
    ("Since then, 500 people have called.", None,
     [("Since then", "time", None, None, "since_then")]),
    ("Calls have grown every month since March 2020.", None,
     [("since March 2020", "time", "2020-03-01", None, None)]),
    ("The target is to halve waiting times by 2025.", None,
     [("by 2025", "time", None, "2025-12-31", None)]),
    ("Its report says in 2018 the agency counted 70,000 offenders.", None,
     [("in 2018", "time", "2018-01-01", "2018-12-31", None)]),
    ("Figures for 2019 and 2020 were released.", None,
     [("for 2019", "time", "2019-01-01", "2019-12-31", None),
      ("2020", "time", "2020-01-01", "2020-12-31", None)]),
    ("Referrals rose between 2018 and 2020.", None,
     [("between 2018 and 2020", "time", "2018-01-01", "2020-12-31", None)]),
    ("Arrests fell from 2016 to 2019.", None,
     [("from 2016 to 2019", "time", "2016-01-01", "2019-12-31", None)]),
    ("In 2019/20 the force made 410 arrests, and 520 in 2020-21.", None,
     [("In 2019/20", "time", "2019-04-01", "2020-03-31", None),
      ("in 2020-21", "time", "2020-04-01", "2021-03-31", None)]),
    ("Spending in the financial year 2021/22 was higher.", None,
     [("in the financial year 2021/22", "time", "2021-04-01", "2022-03-31", None)]),
    ("The campaign ran in March 2021.", None,
     [("in March 2021", "time", "2021-03-01", "2021-03-31", None)]),
    # one year's name for a year that ends in it: a US state's fiscal year runs from July
    ("The line took 3,000 calls in fiscal year 2023.", None,
     [("in fiscal year 2023", "time", "2022-07-01", "2023-06-30", None)]),
    ("Calls rose in fiscal 2022 and again in FY2023.", None,
     [("in fiscal 2022", "time", "2021-07-01", "2022-06-30", None),
      ("in FY2023", "time", "2022-07-01", "2023-06-30", None)]),
    ("It took 7,000 calls in the 2010 financial year.", None,
     [("in the 2010 financial year", "time", "2009-04-01", "2010-03-31", None)]),
    ("More people called this year than last year.", PUB,
     [("this year", "time", "2022-01-01", None, "this_year"),  # the year so far: no end yet
      ("than last year", "base", None, None, "previous_year")]),
    ("Last year 200 people called.", PUB,
     [("Last year", "time", "2021-01-01", "2021-12-31", "last_year")]),
    # base periods
    ("It was a 75 per cent increase from 2017, when 400 people called.", None,
     [("from 2017", "base", "2017-01-01", "2017-12-31", None)]),
    ("Calls were up 20% compared with 2018.", None,
     [("compared with 2018", "base", "2018-01-01", "2018-12-31", None)]),
    ("Chats rose 12% on 2018.", None,
     [("on 2018", "base", "2018-01-01", "2018-12-31", None)]),
    ("There were more calls in 2020 than in 2019.", None,
     [("in 2020", "time", "2020-01-01", "2020-12-31", None),
      ("than in 2019", "base", "2019-01-01", "2019-12-31", None)]),
    ("That is a 60% increase on the previous year.", None,
     [("on the previous year", "base", None, None, "previous_year")]),
    ("Calls rose by a third on the year before.", None,
     [("on the year before", "base", None, None, "previous_year")]),
    ("Visits were up 15% on last year.", PUB,
     [("on last year", "base", None, None, "previous_year")]),
    ("It reported a 20% year-on-year rise.", None,
     [("year-on-year", "base", None, None, "year_earlier")]),
    ("Chats rose 5% on the same period last year.", None,
     [("on the same period last year", "base", None, None, "year_earlier")]),
    # previous (not a base)
    ("There were 900 calls, compared with 300 the previous year.", None,
     [("the previous year", "previous", None, None, "previous_year")]),
]


@pytest.mark.parametrize("text, published, expected", FIND)
def test_find_periods(text, published, expected):
    assert _rows(text, published) == expected


@pytest.mark.parametrize("text, published, expected", FIND)
def test_offsets_cut_the_text(text, published, expected):
    for mention in find_periods(text, published=published):
        assert text[mention.start:mention.end] == mention.text
        assert mention.role in ("time", "base", "previous")


NEGATIVE = [
    "In 2019, 1,186 people from the county contacted the charity.",  # only the year
    "More than 24,000 people sought help.",
    "Men aged between 18 and 25 called the helpline.",
    "A man aged 45 and his son, 19, were arrested.",
    "It was a record during the charity's 20th anniversary year.",
    "Call the helpline free on 0808 1000 900.",
    "Call 0808 2020 2030 now, or 01632 2019 45.",
    "Sharing sexual images of under 18s is illegal, as is viewing under 18's images.",
    "See https://www.example.org/news/2019/stop-it-now for details.",
    "Email help2019@example.org or visit example.co.uk/news/in-2019 today.",
    "The charity helped 2019 people and found homes for 2000 families.",
    "A 2019 report found that prices rose by 2020%.",
    "Calls cost 2.2020 pence, a trivial 1,2019 total.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_periods(text):
    found = _rows(text, PUB)
    if text.startswith("In 2019,"):
        assert found == [("In 2019", "time", "2019-01-01", "2019-12-31", None)]
    else:
        assert found == []


@pytest.mark.parametrize("bad", ["", "   ", "\n\n", "2019", "in", "since then since then", "the previous year" * 50])
def test_odd_input_does_not_crash(bad):
    assert isinstance(find_periods(bad), list)


def _mention(text: str, published=None) -> PeriodMention:
    found = find_periods(text, published=published)
    assert len(found) == 1, found
    return found[0]


Y2021 = year_period(2021)
FY2021 = Period(D(2020, 4, 1), D(2021, 3, 31))
H1_2021 = Period(D(2021, 1, 1), D(2021, 6, 30))


# (mention text, anchor, published, expected (start, end))
RESOLVE = [
    ("up 10% on the previous year", Y2021, None, ("2020-01-01", "2020-12-31")),
    ("up 10% on the previous year", FY2021, None, ("2019-04-01", "2020-03-31")),
    ("up 10% on the previous year", H1_2021, None, ("2020-01-01", "2020-12-31")),
    ("up 10% on the previous year", None, PUB, (None, None)),
    ("a 20% year-on-year rise", H1_2021, None, ("2020-01-01", "2020-06-30")),
    ("compared with the same period last year", FY2021, None, ("2019-04-01", "2020-03-31")),
    ("over the same period", H1_2021, None, ("2021-01-01", "2021-06-30")),
    ("over the same period", None, PUB, (None, None)),
    ("compared with the previous quarter", Period(D(2021, 4, 1), D(2021, 6, 30)), None,
     ("2021-01-01", "2021-03-31")),
    ("in the last 12 months", None, PUB, ("2021-03-19", "2022-03-18")),  # its days; written as null (decision 6)
    ("in the last 12 months", Y2021, None, (None, None)),
    ("in the past year", None, D(2020, 2, 29), ("2019-03-01", "2020-02-29")),
    ("this year", None, PUB, ("2022-01-01", "2022-12-31")),
    ("last year", None, PUB, ("2021-01-01", "2021-12-31")),
    ("last month", None, D(2022, 1, 10), ("2021-12-01", "2021-12-31")),
    ("between January and June this year", None, PUB, ("2022-01-01", "2022-06-30")),
    ("the first half of last year", None, PUB, ("2021-01-01", "2021-06-30")),
    ("between March and May", Y2021, None, ("2021-03-01", "2021-05-31")),
    ("in 2019", None, None, ("2019-01-01", "2019-12-31")),
    ("Since then", Y2021, PUB, (None, None)),
]


@pytest.mark.parametrize("text, anchor, published, expected", RESOLVE)
def test_resolve(text, anchor, published, expected):
    found = resolve(_mention(text), anchor=anchor, published=published)
    days = Period.iso(found) if found else (None, None)  # a rolling span's days, which its record writes as null
    assert days == expected


PREVIOUS = [
    (year_period(2021), ("2020-01-01", "2020-12-31")),
    (FY2021, ("2019-04-01", "2020-03-31")),
    (H1_2021, ("2020-07-01", "2020-12-31")),
    (Period(D(2021, 7, 1), D(2021, 12, 31)), ("2021-01-01", "2021-06-30")),
    (Period(D(2021, 3, 1), D(2021, 3, 31)), ("2021-02-01", "2021-02-28")),
    (Period(D(2021, 1, 1), D(2021, 1, 31)), ("2020-12-01", "2020-12-31")),
    (Period(D(2021, 3, 19), D(2022, 3, 18)), ("2020-03-19", "2021-03-18")),
    (Period(D(2022, 3, 18), D(2022, 3, 18)), ("2022-03-17", "2022-03-17")),
    (Period(D(2002, 1, 1), None), (None, None)),
]


@pytest.mark.parametrize("period, expected", PREVIOUS)
def test_previous_period(period, expected):
    assert previous_period(period).iso() == expected


# period_at: (sentence, the figure to date, expected mention text or None)
PERIOD_AT = [
    ("Last week it said 2,400 people called in 2021 - a 50% rise from 2020, when 1,600 people called.",
     "2,400", "in 2021"),
    ("Last week it said 2,400 people called in 2021 - a 50% rise from 2020, when 1,600 people called.",
     "1,600", "from 2020"),
    ("Last week it said 2,400 people called in 2021 - a 50% rise from 2020, when 1,600 people called.",
     "50%", None),
    ("“In 2019 there were 300 arrests, and officers protected 900 children.”", "900", "In 2019"),
    ("Police said in 2018 there were 80 arrests, and officers now make 50 arrests a month.", "50", None),
    ("Police said in 2018 there were 80 arrests, and officers now make 50 arrests a month.", "80", "in 2018"),
    ("The line opened in 2004 and since then 9,000 people have called.", "9,000", "since then"),
    ("In 2021, 500 people called; the charity expects more.", "500", "In 2021"),
]


@pytest.mark.parametrize("text, figure, expected", PERIOD_AT)
def test_period_at(text, figure, expected):
    found = period_at(find_periods(text), text.index(figure))
    assert (found.text if found else None) == expected


DATELINES = [
    ("Posted: Fri 18th Mar 2022\n\nHeadline here\n", D(2022, 3, 18)),
    ("Headline\n\nLocal news\nThis article is old - Published: Friday, Mar 18th, 2022\n\nBody.", D(2022, 3, 18)),
    ("Headline\nPublished 18 March 2022\nBody text.", D(2022, 3, 18)),
    ("Headline\nLast updated: 18/03/2022 10:30\nBody text.", D(2022, 3, 18)),
    ("Headline\nLast updated: 05/01/2021\n", D(2021, 1, 5)),
    ("Headline\nMarch 18, 2022\nBody text.", D(2022, 3, 18)),
    ("Headline\nBy A Reporter\nPublished: 2 January 2021\nLast updated: 5 January 2021\n", D(2021, 1, 2)),
    ("Headline\nLast updated: 5 January 2021\nPosted on 2nd January 2021\n", D(2021, 1, 2)),
    ("Headline\nPublished: 2021-06-01T09:00:00Z\n", D(2021, 6, 1)),
    ("", None),
    ("Headline\nPublished: never\nIn 2019, 1,186 people called.", None),
    ("Call 0808 1000 900\nIn 2019 there were 300 arrests.\nMore than 24,000 people.", None),
    ("Headline\nPublished: 31/02/2022\n", None),
    ("\n".join(["line"] * 13) + "\nPublished 18 March 2022", None),
]


@pytest.mark.parametrize("text, expected", DATELINES)
def test_parse_dateline(text, expected):
    assert parse_dateline(text) == expected


DATES = [
    ("2022-03-18", D(2022, 3, 18)),
    ("2022-03-18T10:30:00+00:00", D(2022, 3, 18)),
    ("Fri, 18 Mar 2022 10:30:00 GMT", D(2022, 3, 18)),
    ("18 Mar 2022 10:30:00 +0000", D(2022, 3, 18)),
    ("18/03/2022", D(2022, 3, 18)),
    ("05/01/2021 10:30", D(2021, 1, 5)),
    ("18 March 2022", D(2022, 3, 18)),
    ("Friday 18th March 2022 at 10:30", D(2022, 3, 18)),
    ("March 18, 2022", D(2022, 3, 18)),
    ("", None),
    ("not a date", None),
    ("31/02/2022", None),
    ("2022-13-45", None),
]


@pytest.mark.parametrize("value, expected", DATES)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@given(st.integers(1990, 2039))
def test_in_year_is_that_year(year):
    mention = _mention(f"Calls rose in {year}.")
    assert mention.period == year_period(year)
    assert previous_period(mention.period) == year_period(year - 1)


@given(st.integers(1991, 2039), st.integers(1, 12))
def test_year_ending_and_its_previous(year, month):
    period = _mention(f"In the year ending {D(2000, month, 1):%B} {year} calls rose.").period
    assert period.end.year == year and period.end.month == month and (period.end + datetime.timedelta(1)).day == 1
    assert (period.end - period.start).days in (364, 365)
    before = previous_period(period)
    assert before.end + datetime.timedelta(days=1) == period.start


@settings(max_examples=60)
@given(st.dates(D(1995, 1, 1), D(2035, 12, 31)))
def test_generated_dateline(date):
    day = date.day
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    assert parse_dateline(f"Posted: {date:%a} {day}{suffix} {date:%b} {date.year}\n\nHeadline") == date


@settings(max_examples=80)
@given(st.text(max_size=200))
def test_any_text(text):
    for mention in find_periods(text, published=PUB):
        assert text[mention.start:mention.end] == mention.text


# ----------------------------------------------------------------------- seeds

def _gold(seeds_dir):
    return json.loads((seeds_dir.parent / "eval" / "seeds_gold.json").read_text(encoding="utf-8"))


def _line(text: str, cue: str) -> str:
    return next(line for line in text.splitlines() if cue in line)


def test_seed_datelines(seeds_dir):
    assert parse_dateline((seeds_dir / "north-west-wales-2022.txt").read_text(encoding="utf-8")) == D(2022, 3, 18)
    assert parse_dateline((seeds_dir / "hertfordshire-2020.txt").read_text(encoding="utf-8")) is None


def test_seed_count_periods(seeds_dir):
    """The period dating each gold count is found in its paragraph, or left unfixed."""
    checked, unfixed = 0, []
    for article in _gold(seeds_dir):
        text = (seeds_dir.parent / article["file"]).read_text(encoding="utf-8")
        published = D.fromisoformat(article["published"]) if article["published"] else None
        for count in article["counts"]:
            line = _line(text, count["cue"])
            offset = line.index(count["cue"]) + count["cue"].index(f"{count['value']:,}")
            mention = period_at(find_periods(line, published=published), offset)
            found = resolve(mention, anchor=None, published=published) if mention else None
            expected = (count["period_start"], count["period_end"])
            if mention is not None and mention.relative == "last_12_months":
                # the gold dates this figure by the year the article is about (the figure
                # before it anchors it, see rolling_periods); the text says "the past 12
                # months", a span counted back from publication and written as null
                assert (found.start, found.end) == (D(2021, 3, 19), D(2022, 3, 18)) and found.iso() == (None, None)
            elif mention is None and expected != (None, None) and not any(
                    m.role == "time" for m in find_periods(line)):
                # no period in the sentence: the caller takes it from the context
                unfixed.append(count["cue"])
            else:
                assert (found.iso() if found else (None, None)) == expected, count["cue"]
            checked += 1
    assert checked == 11 and len(unfixed) <= 1, unfixed


def test_seed_base_periods(seeds_dir):
    """Each gold change's base period is the base mention of its paragraph, resolved."""
    checked = 0
    for article in _gold(seeds_dir):
        text = (seeds_dir.parent / article["file"]).read_text(encoding="utf-8")
        for pct in article["percentages"]:
            line = _line(text, pct["cue"])
            anchor = Period(D.fromisoformat(pct["period_start"]), D.fromisoformat(pct["period_end"]))
            offset = line.index(pct["cue"])
            bases = [m for m in find_periods(line) if m.role == "base" and m.end > offset]
            times = [m for m in find_periods(line) if m.role == "time"]
            if not bases:
                # "over the twelve-month period": the base is the period before the context's
                assert [m.relative for m in times] == ["same_period"]
                continue
            base = resolve(bases[0], anchor=anchor, published=None)
            assert base.iso() == (pct["base_period_start"], pct["base_period_end"]), pct["cue"]
            checked += 1
    assert checked == 3


@pytest.mark.parametrize("sentence, start", [
    ("The line has answered more than 9,000 calls since the pandemic began.", "2020-03-01"),
    ("Calls have doubled since the start of the Covid-19 pandemic.", "2020-03-01"),
    ("Contacts have risen since the first lockdown.", "2020-03-23"),
])
def test_dated_events_open_a_period(sentence, start):
    [mention] = [m for m in find_periods(sentence) if m.role == "time"]
    assert mention.period.iso() == (start, None)
