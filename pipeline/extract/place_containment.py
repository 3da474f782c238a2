"""One sense per text by containment: a name that is also a person's, named where the matcher wants more evidence
(opening a sentence or a line: "Lincoln accounted for 171 of the calls", "Moray: 610"), is the place when the
text names, as a place, an area that contains it below the nation ("Lincolnshire", "Grampian", "Tayside").

A surname opening a sentence in an article about the county of the same name is the county's town far more often
than a person; a person is still told by the matcher's other tests (a capitalised name after it, "Angus
Robertson"; a speech verb beside it, "Lincoln said"), which this leaves as they are.
"""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Span

from pipeline.extract.gazetteer import Entry, ancestors, gazetteer_entries, place, rules


def _too_wide(name: str) -> bool:
    """Whether a place is too wide to vouch for a name inside it: a nation or a country by any of its entries
    ("Scotland" is a police force area too), the kinds of ``containment_too_wide`` (data/regions_rules.json)."""
    return any(place(name, kind) is not None for kind in rules()["containment_too_wide"])


def contained_names(kept: Iterable[tuple[int, int, str]], spans: list[Span], skip: str) -> frozenset[str]:
    """The names of the ambiguous, not-town matches of ``kept`` (start, end, entry key; ``skip`` the key of
    stop phrases) an area of which below the nation is among the places ``spans`` the text names (Perth in a text
    naming Tayside, Perth and Kinross's region)."""
    named = {s.label_ for s in spans}
    if not named:
        return frozenset()
    out = set()
    for _, _, key in kept:
        if key == skip:
            continue
        entry: Entry = gazetteer_entries()[key]
        if not entry.ambiguous or entry.town or entry.place.name in named:
            continue
        if any(area in named and not _too_wide(area) for area in ancestors(entry.place.name)):
            out.add(entry.place.name)
    return frozenset(out)
