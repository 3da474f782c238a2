"""A lead-in clause naming an outlet, run into the speaker's name with no comma (issue 10, tenth
round). Phrases of our own writing, annotated before the extractor ran. All our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.lead_in_outlets import with_outlet_comma
from pipeline.extract.speakers import parse_speaker


@pytest.mark.parametrize("phrase,expected", [
    ("Speaking to The Harbour Echo Paul", "Speaking to The Harbour Echo, Paul"),
    ("Speaking to the Gazette Jo Roe", "Speaking to the Gazette, Jo Roe"),
    ("Talking to BBC Radio Kent Jo Roe", "Talking to BBC Radio Kent, Jo Roe"),
    ("Writing in the Northern Star Amy Holt", "Writing in the Northern Star, Amy Holt"),
    ("Speaking to Harbour FM Ann", "Speaking to Harbour FM, Ann"),
    # a comma already, no outlet word, or nothing after the outlet: as it is
    ("Speaking to the Post, Paul", "Speaking to the Post, Paul"),
    ("Speaking at the Harbour Trust Ann Lee", "Speaking at the Harbour Trust Ann Lee"),
    ("Speaking to the Harbour Echo", "Speaking to the Harbour Echo"),
    ("Jo Roe", "Jo Roe"),
])
def test_comma_after_an_outlet_a_lead_in_names(phrase, expected):
    assert with_outlet_comma(phrase) == expected


@pytest.mark.parametrize("phrase,name", [
    ("Speaking to The Harbour Echo Paul", "Paul"),
    ("Talking to BBC Radio Kent Jo Roe", "Jo Roe"),
    ("Speaking to the Westbury Times Dr Amy Holt", "Amy Holt"),
    ("Writing in the Evening Post Tom Vine", "Tom Vine"),
])
def test_the_name_after_an_outlet_is_the_speaker(nlp, phrase, name):
    assert parse_speaker(phrase, nlp=nlp).name == name
