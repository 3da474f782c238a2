"""A part of the count before, told after its figure: "Volunteers answered 900 of them."

"The line took 4,200 calls in 2023. Volunteers answered 900 of them.": the figure has no noun;
"of them" ("of these", "of those", "of whom") makes it a part of the count of the sentence before,
counting what it counts and of its period. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _counts(text: str, published: str = "2024-05-20"):
    record = extract_article("Helpline figures\n\n" + text, source="part-of-previous.txt", published=published)
    return [(c.value, c.measure, c.period_start) for c in record.counts]


@pytest.mark.parametrize("text, expected", [
    ("The line took 4,200 calls in 2023. Volunteers answered 900 of them.", (900, "helpline_calls", "2023-01-01")),
    # callers are calls (ANNOTATION.md decision 4), though the count they are part of is of contacts (measures15)
    ("Figures show 2,900 people contacted the line in 2023. Almost 1,000 of them were first-time callers.",
     (1000, "helpline_calls", "2023-01-01")),
    ("In 2022 the helpline took 3,100 calls. Some 450 of these came from abroad.", (450, "helpline_calls", "2022-01-01")),
    ("The service heard from 1,800 people last year. About 600 of those were women.",
     (600, "helpline_contacts", "2023-01-01")),
])
def test_part_of_the_count_before(text, expected):
    assert expected in _counts(text)


def test_the_part_takes_no_place_from_the_count_before():
    """ANNOTATION.md decision 12: a count's region is null when its sentence names no place."""
    record = extract_article("Helpline figures\n\nThe Essex line took 4,200 calls in 2023. Volunteers answered 900 of "
                             "them.", source="part-of-previous.txt", published="2024-05-20")
    [part] = [c for c in record.counts if c.value == 900]
    assert not part.regions


def test_no_count_before_no_part():
    """With no count before it, "of them" lends nothing: no count of the line's use is made up."""
    assert all(m == "other" for _, m, _ in _counts("The charity trained 40 volunteers. Twelve of them are new."))
