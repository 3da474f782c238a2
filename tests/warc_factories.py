"""Small WARC files for the tests: pages and records written with warcio."""
from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def page(n: int, extra: str = "") -> bytes:
    return (f"<html><head><title>Page {n}</title></head><body><p>Paragraph number {n} "
            f"of the test archive. {extra}</p></body></html>").encode("utf-8")


def write_warc(path: Path, records: list[tuple], gzipped: bool = True) -> list[int]:
    """Write (type, url, status, content_type, body) records; return their offsets."""
    offsets = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzipped)
        for rec_type, url, status, ctype, body in records:
            offsets.append(fh.tell())
            if rec_type == "response":
                http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                   http_headers=http)
            else:
                record = writer.create_warc_record(url, rec_type, payload=io.BytesIO(body),
                                                   warc_content_type=ctype)
            writer.write_record(record)
    return offsets
