"""What the ends of a pair with no noun of their own count, by their clause's own words (extract20).

"webchats from people in Wales rose from 150 to 410": the noun right after "from" names where the things came from,
not what the figures count (``count_nouns._unit_before``); "the number of people getting in touch": every form of
the verb "get in touch" is a contact (``cues.helpline_contacts``); "pose some degree of sexual risk": an estimate of
offenders, as "pose a sexual risk" is. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _measures(text: str) -> dict[int, str]:
    record = extract_article("Helpline figures\n\n" + text, source="pair-measures.txt", published="2024-05-20")
    return {c.value: c.measure for c in record.counts}


@pytest.mark.parametrize("text, expected", [
    ("Over the same period, texts from people in Fife rose from 120 to 305.", {120: "helpline_contacts",
                                                                              305: "helpline_contacts"}),
    ("In 2024, chats from young people in Kent went from 88 to 140.", {88: "helpline_contacts", 140: "helpline_contacts"}),
    ("In Hull, the number of people getting in touch rose from 230 to 415.", {230: "helpline_contacts",
                                                                             415: "helpline_contacts"}),
    ("The agency believes some 640,000 men in the UK pose some degree of sexual risk to children.",
     {640000: "estimated_offenders"}),
    # neighbours
    ("Calls from people in Leeds rose from 150 to 410.", {150: "helpline_calls", 410: "helpline_calls"}),
    ("The number of volunteers rose from 40 to 65.", {40: "other", 65: "other"}),
    ("About 2,300 people got in touch with the line in 2023.", {2300: "helpline_contacts"}),
])
def test_pair_ends_count_what_their_clause_names(text, expected):
    measures = _measures(text)
    for value, measure in expected.items():
        assert measures[value] == measure, value
