"""A national figure beside a local one in one sentence takes no town's or county's place.

"Of the 80,000 calls answered nationally, 1,800 came from callers in Bristol": the part of the sentence
that holds the figure (between commas, or after an opening "Across the country,") says it is national
and names no place, so the places of the sentence are its other figures'. A country the sentence names is
the national figure's scope ("Nationally, ... someone somewhere in Australia"); a nation of the UK is not,
being as often another figure's. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, value, regions", [
    ("Of the 80,000 calls answered nationally in April 2020, 1,800 came from callers in Bristol.", 80000, []),
    ("Of the 80,000 calls answered nationally in April 2020, 1,800 came from callers in Bristol.", 1800, ["Bristol"]),
    ("Nationwide the line took 9,000 calls in 2021, and 700 of them came from Cornwall.", 9000, []),
    ("Nationwide the line took 9,000 calls in 2021, and 700 of them came from Cornwall.", 700, ["Cornwall"]),
    ("Across the country, 40,000 people called the line in 2022, while in Wales the figure was 2,100.", 40000, []),
    ("Across the country, 40,000 people called the line in 2022, while in Wales the figure was 2,100.", 2100, ["Wales"]),
    ("While the charity nationally answers 900,000 calls a year, the Lismore centre took 21,000 calls.", 900000, []),
    # a country named in the sentence is the national figure's scope
    ("Nationally, the line took 700,000 calls, one from somewhere in Australia every 40 seconds.", 700000,
     ["Australia"]),
    # no national word: the sentence's place, as before
    ("In Devon, calls to the line rose to 5,000 in 2021.", 5000, ["Devon"]),
    ("The Kent line took 3,000 calls, more than any other line nationally.", 3000, ["Kent"]),
])
def test_a_national_figure_has_no_local_place(text, value, regions):
    record = extract_article(text, source="t.txt")
    [fact] = [c for c in record.counts if c.value == value]
    assert fact.regions == regions
