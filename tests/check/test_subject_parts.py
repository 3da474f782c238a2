"""A share with no figure of its own whose subject names its part (shares21, ``pipeline/check/subject_parts.py``).

"Website users made up 62 per cent of the total" after "Of the 5,000, 3,100 used its self-help website and the
remaining 1,900 rang the helpline": the part is the one count of the website's users before it, the whole the count the
extractor gave it to; a disagreement is then a verdict.  Two counts of the subject's measure are two parts: no check.
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from test_named_wholes import MIDDLE, decided

SPLIT = ("In 2024 some 5,000 people got in touch with the service. Of the 5,000, 3,100 used its self-help website and "
         "the remaining 1,900 rang the helpline.")


@pytest.mark.parametrize("text, stated, verdict, inputs", [
    (SPLIT + MIDDLE + "Website users therefore made up 62 per cent of the total.", 62.0, "consistent", [3100, 5000]),
    (SPLIT + MIDDLE + "Website users made up 60 per cent of the total.", 60.0, "inconsistent", [3100, 5000]),
    (SPLIT + MIDDLE + "Users of the website accounted for about 60 per cent of them.", 60.0, None, None),
])
def test_a_part_its_subject_names(text, stated, verdict, inputs):
    got = decided(text, stated)
    if verdict is None:  # the subject's noun is not the last word before the verb: not this rule's
        assert all(v != "inconsistent" for v, _ in got), got
    else:
        assert got == [(verdict, inputs)]


@pytest.mark.parametrize("text, stated", [
    # two counts of the subject's measure in the nearest sentence holding one: two parts, no check
    ("In 2024 some 5,000 people got in touch. Of the 5,000, 3,100 used its website and 1,200 used its forum "
     "website." + MIDDLE + "Website users made up 60 per cent of the total.", 60.0),
    # the share's words point at no total: not this rule's
    (SPLIT + MIDDLE + "Website users made up 60 per cent of visits to the charity.", 60.0),
])
def test_no_inconsistent_without_one_part(text, stated):
    assert all(v != "inconsistent" for v, _ in decided(text, stated)), decided(text, stated)
