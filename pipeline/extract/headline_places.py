"""A headline's figure is of the places of the body statement that gives it again.

A headline names a figure and a place in few words, and the place is often not the figure's:
"Belfast Trust area accounts for largest share of 27,310 calls" over "Lifeline ... received 27,310 calls
from across Northern Ireland"; "Gambling helpline calls from Yorkshire up nearly 40%" over "Calls ...
from Yorkshire and the Humber rose by nearly 40%".  The body's statement is the fact the headline teases,
so a headline (or standfirst) count or percentage whose value the body states again, with places, takes
the body statement's places.  Not when the body's places lie inside the headline's: "Gambling calls from
Wales up by a quarter" over "In Swansea calls rose by 25%" is the nation's change and the city's, two
figures; nor when two body statements of the value name different places.  Counts are matched by value,
percentages by value and kind; one pass over the facts.
"""
from __future__ import annotations

from typing import Any, Hashable, Sequence

from pipeline.extract.gazetteer import covers
from pipeline.extract.headline_figures import in_headline


def _key(item: Any) -> Hashable:
    d = item.draft
    return (d.kind, d.value, getattr(d, "pct_kind", None) if d.kind == "percentage" else None)


def places_from_body(items: Sequence[Any]) -> None:
    """Give each headline count or percentage the places of the body statement of its value (in place)."""
    body: dict[Hashable, list[list[str]]] = {}
    for item in items:
        if item.regions and item.draft.value is not None and not in_headline(item) \
                and not getattr(item, "regions_inherited", False):  # a count's place from before: not its statement's
            body.setdefault(_key(item), []).append(list(item.regions))
    if not body:
        return
    for item in items:
        if item.draft.value is None or not in_headline(item):
            continue
        stated = body.get(_key(item))
        if stated and all(set(s) == set(stated[0]) for s in stated) and not _inside(stated[0], item.regions):
            item.regions = list(stated[0])
            item.regions_inherited = False


def _inside(places: list[str], headline: list[str]) -> bool:
    """Whether every one of the body's places lies inside (or is) one of the headline's, and they differ."""
    return bool(headline) and set(places) != set(headline) \
        and all(any(covers(h, p) for h in headline) for p in places)
