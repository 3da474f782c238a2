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

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span


def with_abbreviations(spans: list[Span], doc: Doc, table: dict[str, dict[str, str]],
                       country_of: Callable[[str], Optional[str]], place_of: Callable[[str], object]) -> list[Span]:
    """``spans`` and a span for each short name of ``table`` (short name -> country -> place) that
    the country of every other span reads as a place, in text order.

    ``country_of``: a place's country, or None; ``place_of``: the gazetteer's place of a canonical name.
    The tokens are found by their word's hash in the Doc's array (``StringStore.add`` gives the hash a
    token of that text carries), not by a Token object made for every word nor ``Doc.text`` joined anew.
    """
    countries = {country_of(s.label_) for s in spans}
    if len(countries) != 1 or None in countries:
        return spans
    country = countries.pop()
    add = doc.vocab.strings.add
    names = {add(short): places[country] for short, places in table.items() if country in places}
    hits = [(i, names[orth]) for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in names] if names else []
    if not hits:
        return spans  # no token is a short name of the country
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = []
    for i, name in hits:
        found = place_of(name) if i not in taken else None
        if found is not None:
            added.append(Span(doc, i, i + 1, label=found.name, span_id=found.kind))
    return sorted(spans + added, key=lambda s: s.start) if added else spans
