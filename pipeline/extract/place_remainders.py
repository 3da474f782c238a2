"""Whether a figure is the remainder of a list of places: "1,120 came from Glasgow, 864 from Edinburgh and 403 from
the Highlands, with the remaining 1,025 spread across the rest of the country". Its own words say it is from none
of the places listed, so it takes none of theirs (ANNOTATION.md decision 12: its sentence names no place of its
own). The words are ``partition_closers`` of ``data/measures.json`` ("remaining", "the rest", "the others")."""
from __future__ import annotations

from pipeline.extract.measures import word_regex

#: How many characters before a figure its remainder's word may stand ("the remaining 1,025", "the rest, 1,025").
REACH = 24


def remainder_of_list(sentence: str, at: int) -> bool:
    """Whether a word of the remainder of a list stands right before the figure at ``at`` in ``sentence``, or
    right after it ("1,025 in the rest of the country")."""
    closers = word_regex("partition_closers")
    return bool(closers.search(sentence, max(0, at - REACH), at)) or bool(
        closers.search(sentence, at, min(len(sentence), at + REACH + 16)))
