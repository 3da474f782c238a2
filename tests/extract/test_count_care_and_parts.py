"""People a face-to-face or group service cared for, a part before its whole, and a change's size whose subject
points back.

Sentences of our own writing, varied along: the service named as subject (support groups, counselling service,
therapists, face-to-face groups), the verb (worked with, supported, saw), a channel at a distance beside it, the
figure's noun (people, men, callers), a part "of them" in the next sentence; the whole's noun and the relative clause
after it, a part that names its own channel; the change's verb (was up by, rose by, was down by, up) and its subject.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

_BEFORE = "Calls to line double\n\n14 June 2023\n\nThe charity helpline dealt with 2,340 calls and webchats in 2022/23.\n\n"


def _measures(text: str) -> dict[int, str]:
    return {int(c.value): c.measure for c in extract_article(text, source="t.txt").counts}


@pytest.mark.parametrize("sentence, measure", [
    ("Its face-to-face support groups worked with 212 people during the year.", "other"),
    ("Its support groups worked with 212 people during the year.", "other"),
    ("The counselling service supported 212 men during the year.", "other"),
    ("During the year its therapists saw 212 people.", "other"),
    # a channel at a distance beside the service: a total of the line's use too
    ("Its helpline and support groups supported 212 people during the year.", "helpline_contacts"),
    # no care service as the subject; a programme or a therapy named is not enough
    ("Its advisers supported 212 people during the year.", "helpline_contacts"),
    ("Its therapy programme has helped 212 people since 2005, the charity said.", "helpline_contacts"),
    ("The helpline supported 212 people during the year.", "helpline_contacts"),
    # a line's own noun
    ("Its group sessions supported 212 callers during the year.", "helpline_calls"),
])
def test_people_a_care_service_worked_with_are_other(sentence, measure):
    assert _measures(_BEFORE + sentence + "\n")[212] == measure


@pytest.mark.parametrize("after, measure", [
    ("Sixty-four of them were in Glasgow.", "other"),
    ("Some 64 of them were in Glasgow.", "other"),
])
def test_a_part_of_people_cared_for_is_of_those(after, measure):
    text = _BEFORE + "Its face-to-face support groups worked with 212 people during the year. " + after + "\n"
    assert _measures(text)[64] == measure


@pytest.mark.parametrize("sentence, part, measure", [
    ("GamCare said 412 of the 1,005 people who called or used its live chat from Devon in 2022 were under 35.", 412,
     "helpline_contacts"),
    ("The line said 412 of the 1,005 people who called it in 2022 were under 35.", 412, "helpline_calls"),
    ("The charity said 412 of the 1,005 people who used its website in 2022 were under 35.", 412, "website_users"),
])
def test_a_part_before_its_whole_counts_what_the_whole_counts(sentence, part, measure):
    assert _measures("Helpline report\n\n15 March 2023\n\n" + sentence + "\n")[part] == measure


@pytest.mark.parametrize("sentence", [
    "The total was up by 165 on 2021, when 840 people from the county got in touch.",
    "The total was up 165 on 2021.",
    "The figure was down by 165 on 2021.",
    "The total rose by 165 on 2021.",
    "That was up by 165 on the year before.",
])
def test_a_change_size_whose_subject_points_back_is_a_difference(sentence):
    text = ("Helpline report\n\n15 March 2023\n\nThe helpline said 1,005 people called or used its live chat from Devon "
            "in 2022.\n\n" + sentence + "\n")
    assert _measures(text)[165] == "other"
