"""Speakers, titles and bodies in general shapes of news writing (issue 10, sixth round).

Each table varies one shape that covers many wordings at once rather than one article:
an abbreviation's full stop inside an attribution, letters of a degree after a name.
All sentences are our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.article import quotes_of


def last_quote(text, nlp):
    return quotes_of(text, nlp)[-1]


@pytest.mark.parametrize("text,speaker,official", [
    # a full stop after an honorific or an initial ends no sentence inside the attribution
    ('"We answer every call," said Dr. Kim Vale, director of the line.', "Kim Vale", True),
    ('"We answer every call," says Ms. Vale.', "Vale", False),
    ('"We answer every call," said Mr. Kim Vale.', "Kim Vale", False),
    ('"We answer every call," Dr. Kim Vale said.', "Kim Vale", True),
    ('"We answer every call," Prof. Kim Vale, head of the clinic, said.', "Kim Vale", True),
    ('"We answer every call," said Kim J. Vale, director of the line.', "Kim J. Vale", True),
    ('"We answer every call," said Rev. Kim Vale, who chairs the trust.', "Kim Vale", True),
    # the sentence still ends at a full stop after a word that is no abbreviation
    ('"We answer every call," said Kim Vale. Calls rose by a third.', "Kim Vale", False),
])
def test_abbreviation_stops_in_attributions(nlp, text, speaker, official):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official) == (speaker, official)


@pytest.mark.parametrize("text,speaker,org", [
    # the letters of a degree after a name are no part of it, and the title after them still counts
    ('"We answer every call," said Kim Vale MD, chief of the Harbour Crisis Service.', "Kim Vale", "Harbour Crisis Service"),
    ('"We answer every call," said Kim Vale RN, a nurse at the Harbour Hospital.', "Kim Vale", "Harbour Hospital"),
    ('"We answer every call," said Kim Vale, LCSW, director of the Harbour Crisis Service.', "Kim Vale", "Harbour Crisis Service"),
    ('"We answer every call," said Kim J. Vale PsyD, head of the Harbour Crisis Service.', "Kim J. Vale", "Harbour Crisis Service"),
])
def test_degree_letters_after_a_name(nlp, text, speaker, org):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.org) == (speaker, org)
