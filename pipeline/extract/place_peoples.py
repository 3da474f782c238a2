"""The people of a state, region or country, named for it: "Iowans", "Victorians", "Ohioans",
"Queenslanders", "West Australians".

Papers abroad give a state's figures as its people's ("14% of Iowans are at risk", "a third of
the calls came from Victorians"), as ours write "Scots". The gazetteer lists a few such plurals
by hand ("Londoners", "Australians"); this module makes them for every place of the kinds in
``people_kinds`` from the endings of ``data/regions_rules.json`` (``people_endings``: "Iowa" +
"ns", "Ohio" + "ans", "Queensland" + "ers", "Tennessee" less "e" + "ans", "Texas" less "s" + "ns"), with a compass adjective's short form
(``people_compass``: "Western Australia" -> "West Australians"). A plural that is no word is
never written, so it costs nothing; one that is an alias already keeps that alias's place.
"""
from __future__ import annotations

from typing import Any


def peoples(name: str, kind: str, rules: dict[str, Any]) -> list[str]:
    """The plural nouns naming the people of ``name``, if its kind has them (``rules``: the
    rules of ``data/regions_rules.json``)."""
    if kind not in rules["people_kinds"]:
        return []
    out = []
    for ending, added, *cut in rules["people_endings"]:  # a third item: letters the ending drops ("Texas" -> "Texans")
        if name.endswith(ending):
            out.append(name[: len(name) - cut[0]] + added if cut else name + added)
            break
    first, _, rest = name.partition(" ")
    short = rules["people_compass"].get(first)
    if short and rest:
        out += [f"{short} {plural.partition(' ')[2]}" for plural in out]
    return out
