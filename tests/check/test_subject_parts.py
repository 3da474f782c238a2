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


# twenty-second round (shares22a): the rule widened along the dimensions one wording failed on: a channel's noun as
# the subject ("Texts now make up"), an adverb that is no -ly word, the whole named by its bare noun closing its clause
# ("of contacts,"), the part the count whose own words carry the noun, the whole the total its sentence adds up to; and
# the subject's part is the share's evidence, not a nearby pair of other counts that happens to agree
CHANNELS = ("People in Kent contacted the line 4,000 times in 2023. There were 2,300 phone calls and 1,700 texts from "
            "the county in 2023. In 2022 the total was 3,100.")


@pytest.mark.parametrize("text, stated, verdict, inputs", [
    (CHANNELS + MIDDLE + "Texts now make up 43% of contacts, mostly from younger people.", 43.0, "consistent",
     [1700, 4000]),
    (CHANNELS + MIDDLE + "Texts now make up 45% of contacts, mostly from younger people.", 45.0, "inconsistent",
     [1700, 4000]),
    (CHANNELS + MIDDLE + "Phone calls still account for 58% of contacts.", 58.0, "consistent", [2300, 4000]),
    (CHANNELS + MIDDLE + "Phone calls still account for 61% of contacts.", 61.0, "inconsistent", [2300, 4000]),
    # 430 women (of the 3,100 of 2022? of 740?) would agree with 58% as a nearby pair: the subject's part decides
    (CHANNELS + " Texts now make up 58% of contacts. Women sent 430 of the 740 texts received in December.", 58.0,
     "inconsistent", [1700, 4000]),
])
def test_a_channel_its_subject_names(text, stated, verdict, inputs):
    assert decided(text, stated) == [(verdict, inputs)]


@pytest.mark.parametrize("text, stated", [
    # the channels do not add up to the total: the whole is a guess, agreement only
    ("People in Kent contacted the line 4,000 times in 2023. There were 2,300 phone calls and 1,500 texts from the "
     "county in 2023." + MIDDLE + "Texts now make up 45% of contacts.", 45.0),
    # "people" names no channel counted before
    (CHANNELS + MIDDLE + "Young people now make up 45% of contacts.", 45.0),
    # the whole has words of its own
    (CHANNELS + MIDDLE + "Texts now make up 45% of contacts to the Kent branch.", 45.0),
])
def test_no_inconsistent_channel_share_without_its_total(text, stated):
    assert all(v != "inconsistent" for v, _ in decided(text, stated)), decided(text, stated)
