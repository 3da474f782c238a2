"""Archive ranges: record offsets from one pass, and a range read gives what the whole read gives."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.read.archives import Limits, iter_archive_range, iter_documents, record_offsets
from warc_factories import page, write_warc


def _summary(docs) -> list[tuple]:  # noqa: ANN001
    return [(d.source, d.url, d.html, d.error) for d in docs]


@pytest.mark.parametrize("gzipped", [True, False])
@pytest.mark.parametrize("per_range", [1, 2, 5])
def test_ranges_of_records_read_as_the_whole_file_does(tmp_path, gzipped, per_range):
    records = [("response", f"http://a.example/{i}", "200 OK", "text/html", page(i)) for i in range(5)]
    records.insert(2, ("response", "http://a.example/missing", "404 Not Found", "text/html", page(9)))
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    written = write_warc(path, records, gzipped)
    offsets = record_offsets(path)
    assert offsets[-len(written):] == written
    ranged = []
    for at in range(0, len(offsets), per_range):
        end = offsets[at + per_range] if at + per_range < len(offsets) else None
        ranged += iter_archive_range(path, offsets[at], end, Limits())
    assert _summary(ranged) == _summary(iter_documents([path]))
    assert len(ranged) == 5


@pytest.mark.parametrize("gzipped", [True, False])
def test_a_corrupt_member_reads_the_same_in_ranges(tmp_path, gzipped):
    path = tmp_path / "bad.warc"
    offsets = write_warc(path, [("response", f"http://a.example/{i}", "200 OK", "text/html", page(i, "y" * 300))
                                for i in range(4)], gzipped)
    data = bytearray(path.read_bytes())
    data[offsets[1] + 30:offsets[1] + 90] = b"\x00garbage!" * 6 + b"\x00" * 6
    path.write_bytes(bytes(data))
    found = record_offsets(path)
    whole = _summary(iter_documents([path]))
    if found is None:  # not walkable: the whole file goes to one reader
        return
    ranged = []
    for at, start in enumerate(found):
        ranged += iter_archive_range(path, start, found[at + 1] if at + 1 < len(found) else None, Limits())
    assert [d[0] for d in _summary(ranged) if d[3] is None] == [d[0] for d in whole if d[3] is None]


def test_the_bundled_crawl_splits_into_ranges_with_the_same_documents():
    warc = next(Path("corpus").glob("*.warc.gz"))
    offsets = record_offsets(warc)
    ranged = []
    for at in range(0, len(offsets), 10):
        ranged += iter_archive_range(warc, offsets[at], offsets[at + 10] if at + 10 < len(offsets) else None,
                                     Limits())
    assert _summary(ranged) == _summary(iter_documents([warc]))
