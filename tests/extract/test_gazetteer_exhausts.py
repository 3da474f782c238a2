"""Which lists of places are every place of their kind inside a whole (``pipeline.extract.gazetteer.exhausts``):
a place the gazetteer holds beside the given ones that is only a union of some of them ("Great Britain", a nation of
the United Kingdom in the gazetteer) leaves no place out; a missing place of the kind still does."""
from __future__ import annotations

import pytest

from pipeline.extract import gazetteer


@pytest.mark.parametrize("whole, names, every", [
    ("United Kingdom", ["England", "Scotland", "Wales", "Northern Ireland"], True),
    ("United Kingdom", ["Northern Ireland", "Wales", "England", "Scotland"], True),
    ("United Kingdom", ["Great Britain", "Northern Ireland"], True),
    ("United Kingdom", ["England", "Scotland", "Wales"], False),
    ("United Kingdom", ["England", "Northern Ireland"], False),
    ("United Kingdom", ["Scotland", "Wales", "Northern Ireland"], False),
])
def test_a_union_of_given_places_leaves_none_out(whole: str, names: list[str], every: bool) -> None:
    assert gazetteer.exhausts(whole, names) is every
