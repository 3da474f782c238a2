"""Number finding: figures, qualifiers, percentages, spelled-out and vague numbers, and what is not a number."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from pipeline import extract_article
from pipeline.extract.number_values import parse_figure, spelled_value
from pipeline.extract.numbers import find_numbers


def found(text: str) -> list[tuple]:
    return [(n.value, n.qualifier, n.percent) for n in find_numbers(text)]


@pytest.mark.parametrize("text, expected", [
    ("In 2021, 18,036 people sought help.", [(18036, "exact", False)]),
    ("more than 24,000 people", [(24000, "more_than", False)]),
    ("over 12,000 children", [(12000, "more_than", False)]),
    ("above 300 callers", [(300, "more_than", False)]),
    ("in excess of 5,000 calls", [(5000, "more_than", False)]),
    ("at least 500 people a month", [(500, "at_least", False)]),
    ("about 520 arrests each month", [(520, "about", False)]),
    ("around 1,200 men", [(1200, "about", False)]),
    ("approximately 75 callers", [(75, "about", False)]),
    ("nearly 3,000 calls", [(3000, "nearly", False)]),
    ("almost 900 people", [(900, "nearly", False)]),
    ("fewer than 40 calls", [(40, "fewer_than", False)]),
    ("under 250 people", [(250, "fewer_than", False)]),
    ("up to 60 people a week", [(60, "up_to", False)]),
    ("a 99 per cent increase", [(99, "exact", True)]),
    ("a 99 percent increase", [(99, "exact", True)]),
    ("a 99% increase", [(99, "exact", True)]),
    ("rose by 12.5 per cent", [(12.5, "exact", True)]),
    ("more than 150% in Cumbria", [(150, "more_than", True)]),
    ("nearly four hundred people", [(400, "nearly", False)]),
    ("twelve hundred callers", [(1200, "exact", False)]),
    ("two thousand five hundred men", [(2500, "exact", False)]),
    ("2.5 million people", [(2500000, "exact", False)]),
    ("a quarter of callers were women", [(25, "exact", True)]),
    ("one in five callers", [(20.0, "exact", True)]),
    ("tens of thousands of men", [(10000, "vague", False)]),
    ("hundreds of people", [(100, "vague", False)]),
])
def test_numbers_and_qualifiers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Call the helpline on 0808 1000 900 for support.",
    "Ring Samaritans free on 116 123.",
    "The state's (800) 327-5050 helpline is free.",
    "Call 1-800-522-4700 any time.",
    "Calls to 1-800-GAMBLER went up.",
    "Ring 800-HELPNOW or 1-888-ADMIT-IT tonight.",
    "A 1-800 helpline opened in the state.",
    "Lifeline is on 13 11 14.",
    "Ring 1300 659 467 for support.",
    "The helpline opened in 2002.",
    "Posted: Fri 18th Mar 2022",
    "Published 18 March 2022 at 10:30",
    "during its 20th anniversary year",
    "images of under 18s and under 18's",
    "a man aged 45 from Leeds",
    "a 45-year-old man",
    "a two-week campaign over the twelve-month period",
    "in the last 12 months",
    "a £5m grant",
    "since Covid-19 began",
    "visit stopitnow.org.uk/help/2021 or email news@site2022.com",
    "one caller said",
    # a year after a preposition of time stays a year before a count noun
    "In 2022 calls to the line went up.",
    "Since 2019 callers have come from every county.",
    "during 2020 people stayed at home",
])
def test_not_numbers(text):
    assert found(text) == []


@pytest.mark.parametrize("phrase, value", [
    ("four hundred", 400), ("twenty-one", 21), ("a thousand", 1000), ("three million", 3000000),
    ("one hundred and twenty", 120), ("nineteen", 19), ("banana", None),
])
def test_spelled_value(phrase, value):
    assert spelled_value(phrase) == value


def test_offsets_cover_the_qualifier_and_figure():
    text = "Last year more than 24,000 people called."
    [n] = find_numbers(text)
    assert text[n.start:n.end] == "more than 24,000"
    assert text[n.num_start:n.num_end] == "24,000"


def test_decimals_are_counted_for_precision():
    [n] = find_numbers("a rise of 98.95%")
    assert n.decimals == 2 and n.percent


@given(st.integers(min_value=0, max_value=10**9))
def test_any_grouped_figure_parses_back(n):
    text = f"{n:,}"
    assert parse_figure(text) == n
    [m] = find_numbers(f"In total {text} people called.")
    assert m.value == n


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["%", " per cent", " percent"]))
def test_any_percentage_parses(n, sign):
    [m] = find_numbers(f"a rise of {n}{sign} on last year")
    assert (m.value, m.percent) == (n, True)


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(
    [("more than", "more_than"), ("at least", "at_least"), ("about", "about"), ("nearly", "nearly"),
     ("fewer than", "fewer_than"), ("up to", "up_to")]))
def test_any_qualifier_is_kept(n, qual):
    phrase, name = qual
    [m] = find_numbers(f"Figures show {phrase} {n:,} people called.")
    assert (m.value, m.qualifier) == (n, name)


@pytest.mark.parametrize("text, value", [
    ("The line helped 2019 people last year.", 2019),
    ("It took 2022 calls in the first month.", 2022),
])
def test_a_year_like_figure_before_a_count_noun_is_a_count(text, value):
    assert [n.value for n in find_numbers(text)] == [value]


@pytest.mark.parametrize("text, expected", [
    # a thousands group printed with a stray space after its comma is one figure before a count noun
    ("Figures show 276, 414 people sought advice.", [276414]),
    ("In 2022, 118, 250 people sought advice.", [118250]),        # a year and its comma before: no list
    ("about 3, 500 callers rang", [3500]),
    ("the 12, 040 calls it took", [12040]),
    # ... and stays apart in a list, before other nouns, or after an age
    ("the numbers 12, 276, 414 people", [12, 276, 414]),
    ("calls: 5, 120 and 300", [5, 120, 300]),
    ("aged 12, 134 people", [134]),
    ("a total of 1,204, 345 people", [1204, 345]),
    ("In 2021, 18, 200 days later", [18]),
    ("open 24/7, 365 days a year", []),
    # ... and after words that make the first figure a whole its parts are told of (sums23)
    ("Of the 540, 212 callers were men", [540, 212]),
    ("of those 960, 415 people rang twice", [960, 415]),
    ("Among the 88, 120 calls came", [88, 120]),
    ("Out of the 300, 140 people were women", [300, 140]),
    ("Of these 1,200, 600 contacts were calls", [1200, 600]),
    ("most of the 276, 414 people", [276414]),  # "most of the": no whole, the stray space still joins
    # ... after "Out of" with no determiner, "and of those" in a clause (attrs23; not_numbers.whole_opener_before)
    ("Of the 622, 391 callers were gamblers.", [622, 391]),
    ("The line took 700 calls. Of those 622, 391 came from men.", [700, 622, 391]),
    ("Out of 480, 95 called twice.", [480, 95]),
    ("Among the 310, 120 were women.", [310, 120]),
    ("It took 622 calls, and of those 622, 391 came from men.", [622, 622, 391]),
    # near misses: a stray space in one thousands group stays one figure
    ("Figures show 276, 414 people sought advice.", [276414]),
    ("Some of the 276, 414 people were men.", [276414]),
    ("In 2022, 118, 250 people sought advice.", [118250]),
])
def test_stray_space_in_a_thousands_group(text, expected):
    assert [n.value for n in find_numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("make up one per cent of the calls", [(1, True)]),
    ("one percent of callers", [(1, True)]),
    ("one of them called", []),            # "one" alone is a pronoun
    ("one caller in 80", [(1.2, True)]),
])
def test_one_per_cent_is_a_figure(text, expected):
    assert [(n.value, n.percent) for n in find_numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # not counts: the second year of a span, a note mark at a sentence's end, "N-strong"
    ("it took 9,800 calls in 2019-20, up from 7,100 in 2016\u201317.", [9800, 7100]),
    ("it took 9,800 calls in 2019/20.", [9800]),
    ("over and above the 400 a month it answers (2). The report says", [400]),
    ("over and above the 400 a month it answers (2).", [400]),
    ("Most of these people (74) were from Leeds.", [74]),              # a figure in brackets mid-sentence counts
    ("She leads a 45-strong team of volunteers.", []),
    # thousands grouped by a space alone, before a word
    ("almost 6 000 people sought support", [6000]),
    ("almost 6 000 Yorkshire callers", [6000]),
    ("Call 116 123 for free", []),                                   # a phone number stays one
    ("In 2019, 12 000 people called", [12000]),
    ("the figures were 12, 340 500 people", [12, 340, 500]),           # after a list: apart
])
def test_not_counts_and_space_grouped_thousands(text, expected):
    assert [n.value for n in find_numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the end of a range of days after a month is a day, not a count
    ("Calls rose 80 per cent from May 3 to 9 - 140 calls in 2019 to 252 in 2020.", [140, 252]),
    ("Between March 3-9 the line took 400 calls.", [400]),
    ("From June 1 until 14, some 25 people called the line.", [25]),
    # near misses: no month before the range, or a figure too large for a day
    ("Calls to the line rose from 12 to 29 in August.", [12, 29]),
    ("From May 2 to 45 callers a day, the line grew fast.", [45]),
])
def test_the_end_of_a_range_of_days(text, expected):
    assert [c.value for c in extract_article(text, source="days.txt", published="2020-09-10").counts] == expected


@pytest.mark.parametrize("text, expected", [
    # "and" after a day joins a count, not a day, unless "between" opens the range and no noun follows
    ("The helpline closed on May 3 and 12 callers were turned away.", [12]),
    ("Between May 3 and 25 callers a day rang the line in 2023.", [25]),
    ("On March 8 and 40 volunteers answered the line.", [40]),
    # "between ... and" a day with no noun after it is still a day
    ("Between May 3 and 9, the line took 400 calls.", [400]),
])
def test_and_after_a_day_joins_a_count(text, expected):
    assert [c.value for c in extract_article(text, source="days.txt", published="2023-09-10").counts] == expected
