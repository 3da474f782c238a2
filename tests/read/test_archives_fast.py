"""The fast reader of gzipped WARC (FastWARC) gives what warcio gives, and hands over to warcio
on records that are not plain: the same documents from a gzipped and an uncompressed copy."""
from __future__ import annotations

import gzip
import io

import pytest
from warc_factories import page, write_warc
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.read.archives import iter_documents

pytest.importorskip("fastwarc")

PLAIN = ("response", "http://a.example/1", "200 OK", "text/html; charset=utf-8", page(1))
MISSING = ("response", "http://a.example/2", "404 Not Found", "text/html", page(2))
IMAGE = ("response", "http://a.example/3.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
RESOURCE = ("resource", "http://a.example/4", None, "text/html", page(4))
EMPTY = ("response", "http://a.example/5", "200 OK", "text/html", b"")


def _write(path, records, gzipped, encoded_at=None):  # noqa: ANN001, ANN202
    """``records`` as write_warc writes them, with a gzip-encoded HTTP body at index ``encoded_at``."""
    offsets = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzipped)
        for n, (rec_type, url, status, ctype, body) in enumerate(records):
            offsets.append(fh.tell())
            if rec_type == "response":
                fields = [("Content-Type", ctype)]
                if n == encoded_at:
                    fields.append(("Content-Encoding", "gzip"))
                    body = gzip.compress(body)
                http = StatusAndHeaders(status, fields, protocol="HTTP/1.1")
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            else:
                record = writer.create_warc_record(url, rec_type, payload=io.BytesIO(body), warc_content_type=ctype)
            writer.write_record(record)
    return offsets


def _seen(path, offsets):  # noqa: ANN001, ANN202
    """The documents of ``path`` with each source's offset replaced by its record's index."""
    index = {f"{path}#{o}": n for n, o in enumerate(offsets)}
    return [(index.get(d.source, d.source), d.url, d.html, d.text, (d.error or "").replace(d.source, "<source>"),
             d.fetched is not None) for d in iter_documents([path])]


@pytest.mark.parametrize("records, encoded_at", [
    ([PLAIN, MISSING, IMAGE, RESOURCE, PLAIN], None),
    ([PLAIN, PLAIN, EMPTY, RESOURCE], None),
    ([PLAIN, PLAIN, PLAIN, RESOURCE], 1),  # warcio decodes the body from there on
    ([PLAIN], 0),
])
def test_gzipped_and_uncompressed_copies_give_the_same_documents(tmp_path, records, encoded_at):
    fast = _seen(tmp_path / "a.warc.gz", _write(tmp_path / "a.warc.gz", records, True, encoded_at))
    slow = _seen(tmp_path / "a.warc", _write(tmp_path / "a.warc", records, False, encoded_at))
    assert fast == slow
    assert all("Paragraph number" in html for _, _, html, _, _, _ in fast if html)


@pytest.mark.parametrize("cut", ["header", "body", "member"])
def test_damage_after_good_records_gives_the_documents_and_the_error_of_warcio(tmp_path, cut):
    records = [("response", f"http://a.example/{i}", "200 OK", "text/html", page(i, "z" * 500)) for i in range(4)]
    path = tmp_path / "cut.warc.gz"
    offsets = write_warc(path, records, True)
    data = bytearray(path.read_bytes())
    if cut == "member":  # garbage inside the third member: a gzip error there, then the fourth is found
        data[offsets[2] + 40:offsets[2] + 80] = b"\x00" * 40
    else:
        data = data[:offsets[3] + (20 if cut == "header" else (len(data) - offsets[3]) // 2)]
    path.write_bytes(bytes(data))
    found = list(iter_documents([path]))
    assert [d.url for d in found[:2]] == ["http://a.example/0", "http://a.example/1"]
    errors = [d for d in found if d.error]
    assert errors and all(d.html is None for d in errors)
    assert errors[0].source == f"{path}#{offsets[2 if cut == 'member' else 3]}"
    if cut == "member":
        assert found[-1].url == "http://a.example/3" and found[-1].error is None


@pytest.mark.parametrize("first_id", [1, 14001])
def test_a_damaged_member_swallows_none_after_it(tmp_path, first_id):
    # with these records' ids the damaged third member is read on as if it were not compressed
    # (14001: its compressed bytes become a record's header), with the others a gzip error: either
    # way it is one error document, and the fourth record is found
    records = [("response", f"http://a.example/{i}", "200 OK", "text/html", page(i, "z" * 500)) for i in range(4)]
    path = tmp_path / "damaged.warc.gz"
    offsets = write_warc(path, records, True, first_id=first_id)
    data = bytearray(path.read_bytes())
    data[offsets[2] + 40:offsets[2] + 80] = b"\x00" * 40
    path.write_bytes(bytes(data))
    found = list(iter_documents([path]))
    assert [d.url for d in found if not d.error] == [f"http://a.example/{i}" for i in (0, 1, 3)]
    assert [d.source for d in found if d.error] == [f"{path}#{offsets[2]}"]


def _members(count: int) -> list[bytes]:
    """``count`` gzip members, one WARC record each."""
    out = []
    for n in range(count):
        buf = io.BytesIO()
        writer = WARCWriter(buf, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://a.example/{n}", "response",
                                                      payload=io.BytesIO(page(n)), http_headers=http))
        out.append(buf.getvalue())
    return out


@pytest.mark.parametrize("pieces, whole", [
    (lambda m: m[0], True),                                   # one member
    (lambda m: m[0] + m[1], False),                           # two members where one is asked for
    (lambda m: m[0][:int(len(m[0]) * 0.95)] + m[1], False),   # a member cut short, the next one after it
    (lambda m: m[0][:-4], False),                             # its size field cut off
    (lambda m: m[0][:-8] + b"\0" * 8, False),                 # its CRC wrong
])
def test_whole_member_checks_bounds_and_crc(pieces, whole):
    from pipeline.read.fast_warc import whole_member

    data = pieces(_members(2))
    fh = io.BytesIO(b"junk" + data + b"tail")
    fh.seek(7)
    assert whole_member(fh, 4, 4 + len(data)) is whole
    assert fh.tell() == 7  # put back where the reader left it


def _sized(extra: int) -> bytes:
    """A gzip member of one WARC record whose page is ``extra`` bytes longer than :func:`_members`' pages."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("http://a.example/9", "response",
                                                  payload=io.BytesIO(page(9, "z" * extra)), http_headers=http))
    return buf.getvalue()


@pytest.mark.parametrize("pieces, sized", [
    (lambda m: m[0], True),                                    # one member, its own record's size
    (lambda m: m[0] + m[1], False),                            # two members: the span ends with the second's size
    (lambda m: m[0][:int(len(m[0]) * 0.6)] + m[1], False),     # a member cut short, the next one after it
    (lambda m: m[0][:-4], False),                              # its size field cut off
    (lambda m: m[0][:10], False),                              # no room for a header and a trailer
])
def test_sized_member_reads_the_size_field_alone(pieces, sized):
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from pipeline.read.fast_warc import _record_size, sized_member

    members = [_members(1)[0], _sized(300)]  # of other sizes: a member of the same size as the one cut passes
    record = next(iter(ArchiveIterator(io.BytesIO(members[0]), parse_http=False,
                                       record_types=WarcRecordType.any_type)))
    record.reader.read()
    data = pieces(members)
    fh = io.BytesIO(b"junk" + data + b"tail")
    fh.seek(7)
    assert sized_member(fh, 4, 4 + len(data), _record_size(record)) is sized
    assert fh.tell() == 7


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.9])
def test_a_cut_member_the_byte_test_drops_loses_not_the_good_one_after_it(tmp_path, cut):
    # the second record is no page (an image: only its size is checked, not its CRC); cut short, the reader
    # must still give the third and fourth, and the cut one as warcio's error
    records = [("response", f"http://a.example/{i}", "200 OK", "image/png" if i == 1 else "text/html",
                page(i, "z" * 300)) for i in range(4)]
    path = tmp_path / "cut.warc.gz"
    offsets = write_warc(path, records, True)
    data = path.read_bytes()
    path.write_bytes(data[:offsets[1] + int((offsets[2] - offsets[1]) * cut)] + data[offsets[2]:])
    found = list(iter_documents([path]))
    assert [d.url for d in found if not d.error] == [f"http://a.example/{i}" for i in (0, 2, 3)]
    assert [d.source for d in found if d.error] == [f"{path}#{offsets[1]}"]
