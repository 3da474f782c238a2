"""A one-place total's breakdown by the places within it (``Evidence.breakdown``) reads each count a
bounded number of times, and finds what the walk over every count after each total found.

The walk it replaced read every count after each one-place total: a page of thousands of sentences of
"in Leeds" counts was quadratic (7 s of 33 s at 3,000 sentences).  The test counts the counts read, not
time; the parts are compared with that walk, kept here as the reference, on records of our own making.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.check.evidence import SHARED, Evidence, covers, period_match
from pipeline.records import Count
from tests.check_factories import CountingList, count, record


def _reference(ev: Evidence, total: Count) -> list[Count]:
    """The walk over every count after the total (the code before this round), for comparison."""
    if len(total.regions) != 1:
        return []
    whole = total.regions[0]
    parts: list[Count] = []
    for c in list.__iter__(ev.record.counts):
        if c is total or c.start < total.start or c.measure != total.measure or c.rate != total.rate:
            continue
        if len(c.regions) != 1 or c.regions[0] == whole or not covers(whole, c.regions[0]):
            continue
        if period_match(total.period_start, total.period_end, c.period_start, c.period_end) < SHARED:
            continue
        if any(covers(p.regions[0], c.regions[0]) or covers(c.regions[0], p.regions[0]) for p in parts):
            continue
        parts.append(c)
    return parts if len(parts) >= 2 else []


def _page(n: int) -> list[Count]:
    """n sentences of "in Leeds" counts, and every tenth a West Yorkshire total with parts after it."""
    places = ["Leeds", "Leeds", "Bradford", "Wakefield", "Leeds", "Bradford", "Leeds", "Leeds", "Wakefield", "Leeds"]
    counts = []
    for i in range(n):
        place = "West Yorkshire" if i % 10 == 0 else places[i % 10]
        counts.append(count(f"c{i + 1}", 100 + i, regions=[place], year=2022, at=60 * i, sentence=(60 * i, 60 * i + 50),
                            measure="helpline_calls"))
    return counts


def _reads(n: int) -> int:
    rec = record(counts=_page(n))
    rec.counts = CountingList(rec.counts)
    ev = Evidence(rec, "")
    CountingList.reads = 0
    for total in list.__iter__(rec.counts):
        ev.breakdown(total)
    return CountingList.reads


def test_breakdown_reads_each_count_a_bounded_number_of_times():
    small, large = _reads(300), _reads(1200)
    assert large <= 6 * max(small, 300), (small, large)  # four times the page: at most about four times the work


def test_breakdown_of_the_page_finds_the_parts_after_each_total():
    rec = record(counts=_page(40))
    ev = Evidence(rec, "")
    total = rec.counts[10]
    assert [p.regions[0] for p in ev.breakdown(total)] == ["Leeds", "Bradford", "Wakefield"]
    assert ev.breakdown(rec.counts[1]) == []  # Leeds holds no place of the page


_PLACES = ["West Yorkshire", "Leeds", "Bradford", "England", "Kent", "South East", "Yorkshire"]


@st.composite
def _records(draw):
    n = draw(st.integers(1, 14))
    counts = []
    for i in range(n):
        counts.append(count(f"c{i + 1}", 10 + i, regions=draw(st.sampled_from([[p] for p in _PLACES] + [[]])),
                            year=draw(st.sampled_from([None, 2021, 2022])), at=draw(st.integers(0, 30)) * 10,
                            measure=draw(st.sampled_from(["helpline_calls", "helpline_contacts"]))))
        counts[-1].rate = draw(st.sampled_from([None, None, "per_month"]))
    counts.sort(key=lambda c: c.start)
    return record(counts=counts)


@settings(max_examples=200, deadline=None)
@given(_records())
def test_breakdown_finds_what_the_walk_found(rec):
    ev = Evidence(rec, "")
    for total in rec.counts:
        assert [c.id for c in ev.breakdown(total)] == [c.id for c in _reference(ev, total)]


class _Calls:
    """Calls of the place lookups a breakdown may make, counted."""

    n = 0


def _count_place_lookups(monkeypatch) -> None:
    """Count the calls of the gazetteer's lookups (``covers`` of two names, a place's canonical name and ancestors)."""
    from pipeline.extract import regions

    for name in ("ancestors", "canonical", "covers"):
        def counted(*args, _real=getattr(regions, name)):
            _Calls.n += 1
            return _real(*args)
        monkeypatch.setattr(regions, name, counted)


def _place_work(n: int) -> int:
    """The place lookups a breakdown of every count makes on a page of ``n`` counts, each of its own place (a page
    listing its towns, one figure each), a West Yorkshire total first with Leeds and Bradford after it."""
    counts = [count(f"c{i + 1}", 100 + i, regions=[f"Dunmore {i}"], year=2022, at=60 * i, sentence=(60 * i, 60 * i + 50),
                    measure="helpline_calls") for i in range(n)]
    counts[0].regions = ["West Yorkshire"]
    counts[1].regions, counts[2].regions = ["Leeds"], ["Bradford"]
    ev = Evidence(record(counts=counts), "")
    _Calls.n = 0
    found = [ev.breakdown(c) for c in counts]
    assert [p.regions[0] for p in found[0]] == ["Leeds", "Bradford"]
    return _Calls.n


def test_breakdown_of_a_page_of_many_places_is_not_quadratic(monkeypatch):
    _count_place_lookups(monkeypatch)
    small, large = _place_work(200), _place_work(800)
    assert large <= 6 * max(small, 200), (small, large)  # four times the places: at most about four times the work
