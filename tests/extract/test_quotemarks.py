"""Quote marks paired at the character level: apostrophes, scare quotes, styles, broken marks."""
from __future__ import annotations

import pytest

from pipeline.extract.quotemarks import house_style, pair_quotes, paragraphs


def inner(text: str, style: str | None = None) -> list[tuple[str, bool]]:
    style = style or house_style(text)
    return [(text[q.inner[0]:q.inner[1]], q.closed) for q in pair_quotes(text, style=style)]


PAIRS = [
    # straight and curly doubles
    ('She said: "We are ready."', [("We are ready.", True)]),
    ("She said: \u201cWe are ready.\u201d", [("We are ready.", True)]),
    ("He said:\u201cNo space before the mark.\u201d", [("No space before the mark.", True)]),
    ('"First half," he said, "second half."', [("First half,", True), ("second half.", True)]),
    # a quote left open at the paragraph end (news convention)
    ('He said: "This goes on into the next paragraph.', [("This goes on into the next paragraph.", False)]),
    # curly glyphs typed the wrong way round still pair by context
    ("\u201dBackwards marks still pair,\u201d she said.", [("Backwards marks still pair,", True)]),
    # apostrophes are not quote marks, in either house style
    ("'I don't know what they're doing,' she said.", [("I don't know what they're doing,", True)]),
    ("'Images of under 18's are illegal,' he said.", [("Images of under 18's are illegal,", True)]),
    ("'The Chiefs' lead was clear,' he said.", [("The Chiefs' lead was clear,", True)]),
    ("'O'Neill was right,' she said.", [("O'Neill was right,", True)]),
    # a word ending in s, then the closing mark and a subject pronoun: a quote closes, no possessive
    ("Asked if he was safe, 'yes' he says. 'It is such a relief to say this.'",
     [("yes", True), ("It is such a relief to say this.", True)]),
    ("'It was always this way, Mrs Jones' she said. 'Always.'", [("It was always this way, Mrs Jones", True), ("Always.", True)]),
    ("'The volunteers' hours are long,' they said.", [("The volunteers' hours are long,", True)]),
    # single quotes nested inside doubles are text, not quotes
    ('He said: "Some think \'only pictures\' is harmless."', [("Some think 'only pictures' is harmless.", True)]),
    # inch marks and lone elisions are not quotes
    ('A 5\'10" man was seen.', []),
    ("Back in the '90s it was different.", []),
    # unbalanced: a second opener mid-sentence breaks only the first quote
    ('"Broken start "Whole quote," she said.', [("Whole quote,", True)]),
    # a second opener after a sentence stop ends the first quote there (its closing mark left out)
    ('"Broken start. "Whole quote," she said.', [("Broken start.", False), ("Whole quote,", True)]),
    ("\u201cWe train every volunteer. \u201cWe answer every call.\u201d \u201cWe never judge.\u201d",
     [("We train every volunteer.", False), ("We answer every call.", True), ("We never judge.", True)]),
    ("\u201cIs this the end? \u201cNo,\u201d she said.", [("Is this the end?", False), ("No,", True)]),
    ('"One word. "Two words," she said.', [("One word.", False), ("Two words,", True)]),
    # marks of the other family inside an open quote are a quote within the quote
    ('She said: "Some call it \u201conly pictures\u201d and look anyway.',
     [("Some call it \u201conly pictures\u201d and look anyway.", False)]),
    ('She said: "Some call it \u201conly pictures\u201d and look anyway." Then she left.',
     [("Some call it \u201conly pictures\u201d and look anyway.", True)]),
    ('\u201cThey call it "harmless" but it is not,\u201d he said.', [('They call it "harmless" but it is not,', True)]),
    # mixed glyphs closing each other still pair
    ('\u201cWe are ready," she said. "So are we.\u201d', [("We are ready,", True), ("So are we.", True)]),
    # a stray closing mark is ignored
    ('A stray mark" here and "a real quote" there.', [("a real quote", True)]),
    ("", []),
    ('""', []),
]


@pytest.mark.parametrize("text,expected", PAIRS)
def test_pair_quotes(text, expected):
    assert inner(text) == expected


STYLES = [
    ("'We are delighted,' said Ms Jones. 'It is a good day.'", "single"),
    ('"We are delighted," said Ms Jones. "It is a good day."', "double"),
    ("\u2018We are delighted,\u2019 said Ms Jones.", "single"),
    ("He said: \u201cLooking at \u2018only pictures\u2019 is no excuse.\u201d", "double"),
    ("Nobody is quoted, though Chiefs' figures don't lie.", "double"),
]


@pytest.mark.parametrize("text,style", STYLES)
def test_house_style(text, style):
    assert house_style(text) == style


@pytest.mark.parametrize("text,expected", [
    ("One\n\nTwo", [(0, 3), (5, 8)]),
    ("One\nTwo\n", [(0, 3), (4, 7)]),
    ("  One  \n\n\n  \nTwo", [(2, 5), (13, 16)]),
    ("", []),
])
def test_paragraphs(text, expected):
    assert paragraphs(text) == expected


def test_single_open_quote_only_at_paragraph_start_or_after_colon():
    assert inner("'This runs on", "single") == [("This runs on", False)]
    assert inner("He said: 'This runs on", "single") == [("This runs on", False)]
    assert inner("Rock 'n roll and the 'eighties", "single") == []
