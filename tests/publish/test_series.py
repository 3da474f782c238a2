"""The series table: one row per helpline, measure, region and period, with a flag where articles disagree."""
from __future__ import annotations

import pytest

from pipeline.publish.tables import build_tables
from pipeline.records import to_dict
from publish_factories import count, make_record

TEXT = "The helpline heard from 240 people in Kent in 2023, and 80 people each month in Devon."


def record(url: str, value: float, *, published: str = "2024-01-01", outlet: str = "a.example", **kwargs):
    words = "240 people"
    c = count(TEXT, "c1", words, value, **kwargs)
    return make_record(TEXT, url=url, title="t", published=published, outlet=outlet, counts=[c])


def series_of(*records):
    tables = build_tables([(i, to_dict(r)) for i, r in enumerate(records, 1)])
    return tables["series"], tables["series_sources"]


@pytest.mark.parametrize("records, expected", [
    # one article: one row, no disagreement
    ([record("https://a.example/1", 240, regions=["Kent"], year=2023)],
     [("Kent", 2023, 240.0, 1, False, "240")]),
    # two outlets agree
    ([record("https://a.example/1", 240, regions=["Kent"], year=2023),
      record("https://b.example/1", 240, regions=["Kent"], year=2023, outlet="b.example")],
     [("Kent", 2023, 240.0, 2, False, "240")]),
    # two disagree: the later-published figure wins the tie
    ([record("https://a.example/1", 240, regions=["Kent"], year=2023, published="2024-01-01"),
      record("https://b.example/1", 250, regions=["Kent"], year=2023, published="2024-02-01")],
     [("Kent", 2023, 250.0, 2, True, "240; 250")]),
    # two against one: the majority wins
    ([record("https://a.example/1", 240, regions=["Kent"], year=2023, published="2024-01-01"),
      record("https://b.example/1", 240, regions=["Kent"], year=2023, published="2024-01-02"),
      record("https://c.example/1", 250, regions=["Kent"], year=2023, published="2024-03-01")],
     [("Kent", 2023, 240.0, 3, True, "240; 250")]),
    # different years and places are different rows
    ([record("https://a.example/1", 240, regions=["Kent"], year=2023),
      record("https://b.example/1", 200, regions=["Kent"], year=2022),
      record("https://c.example/1", 90, regions=["Kent", "Medway"], year=2023)],
     [("Kent", 2022, 200.0, 1, False, "200"), ("Kent", 2023, 240.0, 1, False, "240"),
      ("Kent + Medway", 2023, 90.0, 1, False, "90")]),
    # no place: region empty
    ([record("https://a.example/1", 1500, year=2021)], [(None, 2021, 1500.0, 1, False, "1,500")]),
    # no period, or a rate: left out
    ([record("https://a.example/1", 240, regions=["Kent"])], []),
    ([record("https://a.example/1", 80, regions=["Devon"], year=2023, rate="per_month")], []),
])
def test_series_rows(records, expected):
    series, _ = series_of(*records)
    got = [(s["region"], s["year"], s["value"], s["articles"], s["disagree"], s["all_values"]) for s in series]
    assert got == expected


def test_near_misses_add_no_series_row():
    off_topic = record("https://b.example/1", 999, regions=["Kent"], year=2023)
    off_topic.relevance.relevant = False  # "1.2 million payments at a council's car parks"
    series, _ = series_of(record("https://a.example/1", 240, regions=["Kent"], year=2023), off_topic)
    assert [(s["value"], s["articles"], s["disagree"]) for s in series] == [(240.0, 1, False)]


def test_series_sources_name_each_count():
    series, sources = series_of(record("https://a.example/1", 240, regions=["Kent"], year=2023),
                                record("https://b.example/1", 250, regions=["Kent"], year=2023, outlet="b.example"))
    [row] = series
    assert row["outlets"] == "a.example; b.example" and row["helpline"] == "Stop It Now!"
    assert sorted(s["value"] for s in sources) == [240.0, 250.0]
    assert all(s["series_id"] == row["id"] and s["count_key"].endswith(":c1") for s in sources)
