"""A headline's figure takes the places of the body statement that gives it again (``headline_places``), unless
the body's places lie inside the headline's (two figures: the nation's and the city's).  Every text here is our
own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _places(text: str, kind: str, value: float) -> list[list[str]]:
    record = extract_article(text, source="headline.txt", published="2024-03-01")
    return [f.regions for f in getattr(record, kind) if f.value == value]


@pytest.mark.parametrize("text, kind, value, first", [
    # the headline's place is not the figure's: the body's statement says whose it is
    ("Blackpool branch leads as helpline takes 4,210 calls\n\nThe helpline took 4,210 calls from across "
     "Lancashire in 2023, the charity said.", "counts", 4210, ["Lancashire"]),
    ("Calls from Devon up nearly 30%\n\nCalls to the line from the South West rose by nearly 30% in 2023.",
     "percentages", 30, ["South West"]),
    ("Helpline calls up 18%\n\nIn Norfolk, calls to the helpline rose by 18% in 2023.",
     "percentages", 18, ["Norfolk"]),
    # neighbours that keep their place: the body's place inside the headline's is another figure
    ("Gambling calls from Wales up by a quarter\n\nCalls from Wales rose from 2,000 to 2,500 in 2023. "
     "In Swansea calls rose by 25% in 2023.", "percentages", 25, ["Wales"]),
    # two body statements of the value in different places: the headline's stays
    ("Calls from Kent rise 12%\n\nIn Essex calls rose by 12% in 2023. In Surrey calls rose by 12% in 2023.",
     "percentages", 12, ["Kent"]),
    # a body figure of another value: nothing taken
    ("Blackpool branch leads as helpline takes 4,200 calls\n\nThe helpline took 4,210 calls from across "
     "Lancashire in 2023.", "counts", 4200, ["Blackpool"]),
])
def test_headline_figure_places(text, kind, value, first):
    assert _places(text, kind, value)[0] == first
