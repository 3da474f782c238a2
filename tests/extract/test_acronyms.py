"""A body's initials spelled out from the article that uses them (issue 10, sixth round).

All sentences are our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.acronyms import spelled_out
from pipeline.extract.article import quotes_of


@pytest.mark.parametrize("initials,text,full", [
    # the name set before the initials in brackets, possessive or not
    ("TLS", "Calls to The Listening Service (TLS) rose.", "The Listening Service"),
    ("LS", "Calls to The Listening Service (LS) rose.", "Listening Service"),
    ("HOS", "Calls to Helpers of Seaton (HOS) rose.", "Helpers of Seaton"),
    ("DCCG", "The Dunmore Council on Compulsive Gambling's (DCCG's) line is busy.", "Dunmore Council on Compulsive Gambling"),
    # no brackets: a name whose last capitalised words have the initials
    ("HHS", "Figures came from the US Department of Health and Human Services on Monday.",
     "US Department of Health and Human Services"),
    ("DOH", "The Department of Health said calls rose.", "Department of Health"),
    # initials no name of the text spells out, and words that are no initials
    ("TLS", "Calls to the line rose by a third.", None),
    ("HHS", "Harbour Help Line staff answered.", None),
    ("Lifeline", "Calls to Lifeline (Lifeline) rose.", None),
])
def test_spelled_out(initials, text, full):
    assert spelled_out(initials, text) == full


@pytest.mark.parametrize("text,org", [
    ('Helpers of Seaton (HOS) answered 900 calls.\n\n"Demand is steady," said HOS deputy director Kim Vale.',
     "Helpers of Seaton"),
    ('Helpers of Seaton (HOS) answered 900 calls.\n\n"Demand is steady," said Kim Vale, chief executive of HOS.',
     "Helpers of Seaton"),
    ('Calls rose, the US Department of Health and Human Services said.\n\n"Demand is steady," HHS Secretary Kim Vale said.',
     "US Department of Health and Human Services"),
    # initials the article never spells out stay as they are
    ('"Demand is steady," said HOS deputy director Kim Vale.', "HOS"),
])
def test_speaker_body_spelled_out(nlp, text, org):
    assert quotes_of(text, nlp)[-1].org == org
