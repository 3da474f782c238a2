"""``ancestors`` is walked once per name and kept: every answer is the walk's, whatever was asked before,
and a caller that changes the set it is given changes nothing kept."""
import pytest

from pipeline.extract import gazetteer
from pipeline.extract.gazetteer import _walk, ancestors, covers

NAMES = ["Wales", "North Wales", "Gwent", "Cardiff", "Scotland", "Fife", "Highlands", "UK", "United Kingdom",
         "England", "Kent", "Manchester", "Greater Manchester", "Northern Ireland", "Belfast", "Australia",
         "Western Australia", "Perth", "Nowhere Town", ""]


@pytest.mark.parametrize("name", NAMES)
def test_kept_answer_is_the_walk(name):
    first, again = ancestors(name), ancestors(name)
    assert first == again == _walk(name)


@pytest.mark.parametrize("name", ["Gwent", "Fife", "Kent", "Perth"])
def test_changing_the_answer_changes_nothing_kept(name):
    given = ancestors(name)
    assert given, "a place the gazetteer puts inside another"
    given.add("Atlantis")
    given.clear()
    assert ancestors(name) == _walk(name) and "Atlantis" not in ancestors(name)


@pytest.mark.parametrize("a,b,expected", [
    ("Wales", "North Wales", True), ("Wales", "Gwent", True), ("Gwent", "Wales", False),
    ("United Kingdom", "Fife", True), ("UK", "Fife", True), ("Scotland", "Kent", False),
    ("England", "England", True), ("Kent", "Manchester", False), ("Nowhere Town", "Kent", False),
])
def test_covers_reads_the_kept_lineage(a, b, expected):
    canon_a = gazetteer.canonical(a) or a
    canon_b = gazetteer.canonical(b) or b
    assert covers(a, b) is expected
    assert covers(a, b) == (canon_a == canon_b or canon_a in _walk(b))


def test_built_anew_with_the_gazetteer():
    ancestors("Gwent")
    assert "Gwent" in gazetteer._parents_by_name().lineage
    gazetteer._parents_by_name.cache_clear()
    assert "Gwent" not in gazetteer._parents_by_name().lineage
    assert ancestors("Gwent") == _walk("Gwent")
