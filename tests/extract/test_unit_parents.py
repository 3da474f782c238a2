"""The body of a title with a unit and its department, and of initials before a title with
modifiers (issue 10, tenth round). Short titles of our own writing, annotated before the
extractor ran; each table varies one general shape. All sentences are our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.speakers import parse_speaker
from pipeline.extract.titled_bodies import titled_body
from pipeline.extract.unit_parents import body_of_initials, unit_parent


@pytest.mark.parametrize("description,org,parent", [
    ("head of Crisis Services for the Division of Public Safety", "Crisis Services", "Division of Public Safety"),
    ("manager of the Gambling Treatment Unit within the Department of Health", "Gambling Treatment Unit",
     "Department of Health"),
    ("chief of Prevention Services in the Ministry of Health and Social Care", "Prevention Services",
     "Ministry of Health and Social Care"),
    ("director of the Outreach Team of the Agency for Family Support", "Outreach Team", "Agency for Family Support"),
    # the body's shape ran the unit into its department and cut it short
    ("Director of Youth Services for the Division of Child and Family Health", "Youth Services for the Division of Child",
     "Division of Child and Family Health"),
    # no unit before the department, or no department after the unit
    ("head of policy for the Department of Health", "Department of Health", None),
    ("director of Crisis Services at Harbour Health", "Crisis Services", None),
    ("manager of the Harbour Trust for the Department of Health", "Harbour Trust", None),
])
def test_department_of_a_unit(description, org, parent):
    assert unit_parent(description, org) == parent


@pytest.mark.parametrize("phrase,org", [
    ("Jo Roe, head of Crisis Services for the Division of Public Safety", "Division of Public Safety"),
    ("Amy Holt, Director of Youth Services for the Division of Child and Family Health", "Division of Child and Family Health"),
])
def test_speaker_of_a_unit_speaks_for_its_department(nlp, phrase, org):
    assert parse_speaker(phrase, nlp=nlp).org == org


@pytest.mark.parametrize("description,body", [
    # initials, a title's modifier, a title-case role: the initials are the body
    ("HGS Assistant Executive Director", "HGS"),
    ("HGS Senior Manager", "HGS"),
    ("HGS Deputy Director", "HGS"),
    ("HGS Executive Director", "HGS"),
    # capitalised words before a title-case role may be the title's own: no body
    ("Harbour Senior Counsellor", None),
    ("Marketing Director", None),
])
def test_initials_before_a_title_with_modifiers(description, body):
    assert titled_body(description) == body


@pytest.mark.parametrize("org,before,body", [
    ("HGS Call Centre", ["Harbour Grief Service (HGS)"], "Harbour Grief Service (HGS)"),
    ("HGS Development", ["Harbour Grief Service (HGS)", "Samaritans"], "Harbour Grief Service (HGS)"),
    ("HGS Fundraising", ["Harbour Grief Service"], "Harbour Grief Service"),
    ("HGS Outreach Team", ["HGS"], "HGS"),
    # a place after the initials, no initials, initials of no body named before
    ("HGS Leeds", ["Harbour Grief Service (HGS)"], None),
    ("Harbour Call Centre", ["Harbour Grief Service (HGS)"], None),
    ("KLM Call Centre", ["Harbour Grief Service (HGS)"], None),
    ("HGS", ["Harbour Grief Service (HGS)"], None),
])
def test_body_whose_initials_open_a_unit(org, before, body):
    assert body_of_initials(org, before) == body


@pytest.mark.parametrize("phrase,before,org", [
    ("Jo Roe, a HGS Call Centre Manager", ["Harbour Grief Service (HGS)"], "Harbour Grief Service (HGS)"),
    ("HGS Development Manager, Amy Holt", ["Harbour Grief Service (HGS)"], "Harbour Grief Service (HGS)"),
])
def test_speaker_of_a_unit_named_by_initials(nlp, phrase, before, org):
    assert parse_speaker(phrase, nlp=nlp, context_orgs=before).org == org
