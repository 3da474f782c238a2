"""People introduced in narrative before they are quoted, in sentences of our own (decision 9).

A researcher, a director or a spokesperson is often introduced in a sentence of its own and
quoted later by surname: with "is" and a title without an article ("Jo Roe is Outreach
Director at Harbour Line"), or with a title that closes the sentence ("..., according to
Jo Roe, the director of services for Harbour Line."). Such a speaker is official, with the
body of the title. A surname one letter off ("Malin said" after "Ann Malkin") is the same
person. Each row runs with the word rules alone and with the real model.
"""
from __future__ import annotations

import pytest

from pipeline.extract.quotes import extract_quotes

# text -> the LAST quote's (speaker, org, official)
INTRODUCED = [
    pytest.param('Jo Roe is Outreach Director at Harbour Line, a charity that serves the county.\n\n'
                 '"Young people text us from school," Roe said.',
                 ("Jo Roe", "Harbour Line", True), id="is-title-without-article"),
    pytest.param('Sam Cole was Clinical Director at Harbour Line, a county charity.\n\n"We grew every month," Cole said.',
                 ("Sam Cole", "Harbour Line", True), id="was-capitalised-title"),
    pytest.param('Demand grew fast, according to Ann Price, the director of support services for Harbour Line. '
                 'It runs a free line.\n\n"Nobody expected this," said Price.',
                 ("Ann Price", "Harbour Line", True), id="according-to-closing-title"),
    pytest.param('Many men want help, said Omar Hale, director of the Centre for Family Research.\n\n'
                 '"We must reach them early," Hale told reporters.',
                 ("Omar Hale", "Centre for Family Research", True), id="said-name-closing-title"),
    pytest.param('"Calls went up again," said Ann Malkin, head of the Harbour Line.\n\n"Most callers are young," Malin said.',
                 ("Ann Malkin", "Harbour Line", True), id="surname-misspelt-by-one-letter"),
    pytest.param('"Calls went up again," said Ann Malkin, head of the Harbour Line.\n\n"Most callers are young," Mason said.',
                 ("Mason", None, False), id="other-surname-is-another-person"),
    pytest.param('Jo Roe is worried about her son.\n\n"He will not talk to me," Roe said.',
                 ("Jo Roe", None, False), id="is-with-no-title"),
    pytest.param('The line was started by Jo Roe, who lives in Leeds.\n\n"I wanted to help," Roe said.',
                 ("Jo Roe", None, False), id="closing-clause-is-no-title"),
]


def _got(quote):
    return quote.speaker, quote.org, quote.official


@pytest.mark.parametrize("text,expected", INTRODUCED)
def test_introduced_speaker_rules(text, expected):
    quotes = extract_quotes(text)
    assert quotes, "no quote found"
    assert _got(quotes[-1]) == expected


@pytest.mark.parametrize("text,expected", INTRODUCED)
def test_introduced_speaker_with_model(nlp, text, expected):
    quotes = extract_quotes(text, nlp=nlp)
    assert quotes, "no quote found"
    assert _got(quotes[-1]) == expected
