"""A state's short name read by the country of the article: "WA" is Western Australia in news
from Australia and Washington in news from the United States; "NT", "SA", "ACT", "QLD" name
Australia's states and territories only in news from there.

Papers abroad shorten their states ("WA's peak suicide prevention service", "SA Police", "NSW,
Victoria, WA and the NT"). Two letters in capitals are too many things to be a place anywhere
(South Africa, an act, a team), so a short name of ``abbreviations`` in ``data/regions_rules.json``
counts only where every other place the text names lies in the one country the table gives it
for; with no other place to tell, it names none.
"""
from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Doc, Span


def with_abbreviations(spans: list[Span], doc: Doc, table: dict[str, dict[str, str]],
                       country_of: Callable[[str], Optional[str]], place_of: Callable[[str], object]) -> list[Span]:
    """``spans`` and a span for each short name of ``table`` (short name -> country -> place) that
    the country of every other span reads as a place, in text order.

    ``country_of``: a place's country, or None; ``place_of``: the gazetteer's place of a canonical name.
    """
    countries = {country_of(s.label_) for s in spans}
    if len(countries) != 1 or None in countries:
        return spans
    country = countries.pop()
    text = doc.text
    if not any(short in text for short, places in table.items() if country in places):
        return spans  # a token that is a short name is written in the text: none is, so no token is
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = []
    for token in doc:
        name = table.get(token.text, {}).get(country)
        found = place_of(name) if name and token.i not in taken else None
        if found is not None:
            added.append(Span(doc, token.i, token.i + 1, label=found.name, span_id=found.kind))
    return sorted(spans + added, key=lambda s: s.start) if added else spans
