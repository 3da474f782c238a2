"""The short names are looked for by the hashes of the Doc's words (no Token made per word, no ``Doc.text``
joined): the same spans as looking at every token's text (the first loop, kept here as the reference)."""
from types import SimpleNamespace

import pytest
from spacy.tokens import Span

from pipeline.extract.regions_abbreviations import with_abbreviations
from pipeline.nlp import blank

TABLE = {"WA": {"Australia": "Western Australia", "United States": "Washington"}, "NT": {"Australia": "Northern Territory"},
         "QLD": {"Australia": "Queensland"}}
COUNTRY = {"Perth": "Australia", "Darwin": "Australia", "Seattle": "United States", "Western Australia": "Australia",
           "Washington": "United States", "Northern Territory": "Australia", "Queensland": "Australia"}


def place_of(name):
    return SimpleNamespace(name=name, kind="region")


def looked_for_everywhere(spans, doc, table, country_of, place):
    countries = {country_of(s.label_) for s in spans}
    if len(countries) != 1 or None in countries:
        return spans
    country = countries.pop()
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = []
    for token in doc:
        name = table.get(token.text, {}).get(country)
        found = place(name) if name and token.i not in taken else None
        if found is not None:
            added.append(Span(doc, token.i, token.i + 1, label=found.name, span_id=found.kind))
    return sorted(spans + added, key=lambda s: s.start) if added else spans


@pytest.mark.parametrize("text", [
    "Calls rose in Perth, WA and the NT.",
    "Calls rose in Perth and Darwin.",  # no short name written
    "WAS IT WORTH IT? Calls rose in Perth.",  # "WA" inside a word only
    "The Seattle office in WA said calls doubled.",
    "The Seattle office said calls doubled in the NT.",  # a short name of another country
    "QLD and WA and NT, around Perth.",
    "Perth and Seattle: WA either way.",  # two countries: no short name counts
    "WA's calls rose, Perth said.",  # a short name before a clitic
    "Perth (WA) and Darwin (NT) both reported more calls.",  # in brackets
    "WA-based staff in Perth took the calls.",  # before a hyphen
    "Calls rose in Perth WA and Darwin NT.",  # right after a place
    "Calls rose in Perth and the NT. QLD followed.",  # at the end of a sentence, opening the next
    "Calls rose in Perth and wa and nt.",  # lower case: no short name
    "NT NT NT, around Darwin, WA WA.",  # repeated
    "Calls rose in Perth.\nWA\n",  # alone on a line
    "",
])
@pytest.mark.parametrize("covered", [False, True])
def test_same_spans_as_looking_everywhere(text, covered):
    doc = blank()(text)
    spans = [Span(doc, t.i, t.i + 1, label=t.text) for t in doc if t.text in ("Perth", "Darwin", "Seattle")]
    if covered:  # a place span over the word after each place ("Perth WA" matched as one name): that word is taken
        spans = [Span(doc, s.start, min(s.end + 1, len(doc)), label=s.label_) for s in spans]
    got = with_abbreviations(list(spans), doc, TABLE, COUNTRY.get, place_of)
    expected = looked_for_everywhere(list(spans), doc, TABLE, COUNTRY.get, place_of)
    assert [(s.start, s.end, s.label_) for s in got] == [(s.start, s.end, s.label_) for s in expected]
