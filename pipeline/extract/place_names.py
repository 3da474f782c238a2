"""A place recorded by the name the paper gives it: "Newcastle", "the Highlands", "Western Isles".

The gazetteer has one canonical name a place ("Newcastle upon Tyne", "Scottish Highlands", "Na h-Eileanan
Siar") and the names a text may use for it.  Some of those are names in their own right, which a reader, and
an annotator writing what the text says, takes as the place's name: the gazetteer lists them as an entry's
``written`` names.  An article that names a place so first has that place recorded by that name, in its
regions list and in each fact's; a spelling, an abbreviation or a people ("Newcastle-upon-Tyne", "Lancs",
"Scots") keeps the canonical name, and so does a place the article names first by it.  The gazetteer's
lookups take either name (:func:`pipeline.extract.gazetteer.canonical`), so a check that asks whether one
place holds another is answered the same.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from pipeline.extract.gazetteer import gazetteer_entries, place_key
from pipeline.extract.regions import RegionMention
from pipeline.records import Region


def written_names(mentions: Iterable[RegionMention]) -> dict[str, str]:
    """Canonical name -> the name the article first gives the place, for the places it first names by one of
    their ``written`` names ("the Highlands" -> "Highlands"); a place named first otherwise is left out."""
    entries = gazetteer_entries()
    out: dict[str, str] = {}
    decided: set[str] = set()
    for m in sorted(mentions, key=lambda m: m.start):
        if m.name in decided:
            continue
        decided.add(m.name)
        entry = entries.get(place_key(m.name, m.kind))
        text = m.text[4:] if m.text[:4].lower() == "the " else m.text
        if entry is not None and text in entry.written:
            out[m.name] = text
    return out


def rename(regions: Sequence[Region], facts: Iterable[Sequence], names: dict[str, str]) -> None:
    """Give each region, and each fact's list of places, the names of ``names`` (in place)."""
    if not names:
        return
    for region in regions:
        region.name = names.get(region.name, region.name)
    for group in facts:
        for fact in group:
            fact.regions = [names.get(n, n) for n in fact.regions]
            if getattr(fact, "context_regions", None):  # a count's inherited places (percentages have none)
                fact.context_regions = [names.get(n, n) for n in fact.context_regions]
