"""Speakers: a day's name is no person, an age stands for a private person, "a <place> branch" points to the charity
named before, and an acronym's possessive inside a body's name is dropped.

Sentences of our own writing, varied along: the day (Christmas Eve, Boxing Day, New Year's Eve, Good Friday), the
lead-in's verb (said, told the paper), the age (digits, words) and what follows it (a town, a relative clause), the
article before "branch" (a, the), and the acronym before the body's name.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

_HEAD = "Branch busy over the holidays\n\n18 January 2023\n\nSamaritans said its volunteers answered 1,950 calls in December.\n\n"


def _quotes(text: str) -> list:
    return list(extract_article(text, source="t.txt").quotes)


@pytest.mark.parametrize("lead", [
    "A caller who contacted the branch on Christmas Eve, and who asked not to be named, said:",
    "A woman who rang on Boxing Day said:",
    "One man, who called on New Year's Eve, said:",
    "A caller who got through on Good Friday told the paper:",
])
def test_a_days_name_is_no_speaker(lead):
    [quote] = _quotes(_HEAD + lead + ' "I was sitting alone in my flat. The volunteer stayed with me."\n')
    assert (quote.speaker, quote.official) == (None, False)


@pytest.mark.parametrize("lead", [
    "A 19-year-old from Great Yarmouth who texted the line earlier this year told the Chronicle:",
    "A 19-year-old from Great Yarmouth told the Chronicle:",
    "A 19-year-old who texted the line said:",
    "A nineteen-year-old from Lowestoft said:",
    "A 45-year-old mother from Leeds said:",
])
def test_an_age_stands_for_a_private_speaker(lead):
    [quote] = _quotes(_HEAD + lead + ' "I did not think I could say the words out loud, so texting made it easier."\n')
    assert (quote.speaker, quote.org, quote.official) == (None, None, False)


@pytest.mark.parametrize("description, private", [
    ("A 19-year-old from Great Yarmouth", True),
    ("an 18-year-old who rang the line", True),
    ("a nineteen-year-old", True),
    ("The 56-year-old", False),  # points back to someone named before
    ("the club's 56-year-old manager", False),
])
def test_an_age_after_a_is_a_private_persons_word(description, private):
    from pipeline.extract.person_names import speaker_patterns
    assert (speaker_patterns()["private"].search(description) is not None) is private


@pytest.mark.parametrize("lead, org", [
    ("Eoin, who volunteers at a Dublin branch, said:", "Samaritans"),
    ("Eoin, who volunteers at the Dublin branch, said:", "Samaritans"),
    ("Eoin, who volunteers at one local branch, said:", "Samaritans"),
    # no part of a body after "a": no body
    ("Eoin, who volunteers at a Dublin school, said:", None),
])
def test_a_branch_after_a_points_to_the_charity_before(lead, org):
    [quote] = _quotes(_HEAD + lead + ' "People think we give advice. We listen."\n')
    assert quote.org == org


@pytest.mark.parametrize("lead, org", [
    ("A spokesperson for the HSE's National Office for Suicide Prevention said:",
     "HSE National Office for Suicide Prevention"),
    ("A spokesman for the HSE\u2019s Health and Wellbeing Division said:", "HSE Health and Wellbeing Division"),
    # a name's own possessive after no acronym stays
    ("A spokeswoman for The Children's Society said:", "The Children's Society"),
])
def test_an_acronyms_possessive_inside_a_bodys_name_is_dropped(lead, org):
    [quote] = _quotes(_HEAD + lead + ' "We would encourage anyone in distress to reach out."\n')
    assert quote.org == org
