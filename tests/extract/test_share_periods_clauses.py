"""A share's period and the clauses around it: a clause that compares the share with another figure, a present-tense
relative clause, and a fraction word before "of" and a plural noun.

Sentences of our own writing, varied along: the comparing words (in line with, roughly, well above, compared with,
about in line), the source word inside or outside the comparing clause, the share's place in the clause (its own
figure or the one compared), the verb's tense, where the time stands, the plural noun after "of".
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

_BEFORE = "Calls to line double\n\n14 June 2023\n\nAcross Scotland, the charity handled 2,964 contacts in 2022/23.\n\n"


@pytest.mark.parametrize("sentence, value, period", [
    ("Fife accounted for 6% of the national total, broadly in line with its share of the population.", 6.0,
     "2022-04-01"),
    ("Fife accounted for 6% of the national total, roughly its share of the population.", 6.0, "2022-04-01"),
    ("About 6% of the national total came from Fife, broadly in line with its population.", 6.0, "2022-04-01"),
    ("Fife accounted for 6% of the total, well above its 4% share of the Scottish population.", 6.0, "2022-04-01"),
    # the share inside the comparing clause is the population's: undated still
    ("Fife accounted for 6% of the total, well above its 4% share of the Scottish population.", 4.0, None),
    # a source word outside any comparing clause: a survey's figure, undated
    ("Fife accounted for 6% of the national total, according to a survey of users.", 6.0, None),
    ("A survey found 6% of respondents were from Fife.", 6.0, None),
])
def test_a_source_word_in_a_comparing_clause_does_not_undate_a_share(sentence, value, period):
    record = extract_article(_BEFORE + sentence + "\n", source="t.txt")
    [fact] = [p for p in record.percentages if p.value == value]
    assert fact.period_start == period


@pytest.mark.parametrize("sentence, period", [
    # a present-tense relative clause set off by commas: a standing figure
    ("The charity, which focuses on men, who account for around three-quarters of suicides, said awareness had "
     "grown since the pandemic.", None),
    ("Men, who make up 75% of suicides, called the line 2,000 times in 2022.", None),
    # the share's own clause is dated or past: dated
    ("In 2022, men made up three-quarters of callers.", "2022-01-01"),
    ("Men accounted for three quarters of suicides in 2022.", "2022-01-01"),
])
def test_a_share_in_a_present_relative_clause_takes_no_time_from_outside_it(sentence, period):
    record = extract_article("Charity report\n\n2 May 2023\n\n" + sentence + "\n", source="t.txt")
    [fact] = [p for p in record.percentages if p.value == 75.0]
    assert fact.period_start == period


@pytest.mark.parametrize("sentence, share", [
    ("Men account for around three-quarters of suicides.", 75.0),
    ("About a third of incidents happen at night.", 33.3),
    ("Nearly half of referrals came from schools.", 50.0),
    # no plural noun of things counted after "of"
    ("The line was quiet for half of its first year.", None),
    ("It took a quarter of an hour to answer.", None),
    ("Calls fell for a third of months last year.", None),
])
def test_a_fraction_before_of_and_a_plural_noun_is_a_share(sentence, share):
    record = extract_article("Charity report\n\n2 May 2023\n\n" + sentence + "\n", source="t.txt")
    values = [round(p.value, 1) for p in record.percentages if p.kind == "share"]
    assert values == ([share] if share is not None else [])
