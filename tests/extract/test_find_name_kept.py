"""``find_name`` kept per segment (twenty-fourth round, speed24): the answer asked again is the answer worked out
afresh, for segments of our own writing that vary what it reads (a rank or an honorific before the name, a title
after it, an owner's possessive, a body after a preposition, a place before a member's name, a private person,
capitals that are no name, one word, an empty segment)."""
from __future__ import annotations

import pytest

from pipeline.extract.person_names import find_name

SEGMENTS = [
    "Chief Constable Dana Hollis",
    "Dr Priya Anand",
    "Ms Head",
    "Lord Mayor",
    "The Harbour Trust's Kim Vale",
    "Norma Pettit of Riverside Youth",
    "a friend of Amy Nurse",
    "Member for Kelso Tom Kerr",
    "A woman from Market Harborough",
    "Director of the Helpline",
    "Callers",
    "Minna De Wit",
    "Sam",
    "",
]


@pytest.mark.parametrize("segment", SEGMENTS)
def test_asked_again_the_same_answer_as_afresh(segment: str) -> None:
    afresh = find_name.__wrapped__(segment)
    assert find_name(segment) == afresh
    assert find_name(segment) == afresh  # from the memo now


def test_the_memo_holds_a_segment_asked_twice() -> None:
    find_name.cache_clear()
    find_name("Dr Priya Anand")
    find_name("Dr Priya Anand")
    info = find_name.cache_info()
    assert (info.hits, info.misses) == (1, 1)


def test_names_found_as_before() -> None:
    assert find_name("The Harbour Trust's Kim Vale")[0] == "Kim Vale"
    assert find_name("Chief Constable Dana Hollis")[:2] == ("Dana Hollis", "Chief Constable")
