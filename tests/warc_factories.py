"""Small WARC files for the tests: pages and records written with warcio."""
from __future__ import annotations

import io
import uuid
from pathlib import Path
from typing import Optional

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def page(n: int, extra: str = "") -> bytes:
    return (f"<html><head><title>Page {n}</title></head><body><p>Paragraph number {n} "
            f"of the test archive. {extra}</p></body></html>").encode("utf-8")


def _fixed_headers(n: int, rec_type: str, url: Optional[str]) -> dict[str, str]:
    """A record's headers with its id and date fixed by ``n``, in warcio's own order, so the same records
    give the same bytes in every run (warcio draws a random id and takes the clock otherwise, and a test
    that damages the bytes at an offset would damage other parts of the stream from run to run)."""
    headers = {"WARC-Type": rec_type, "WARC-Record-ID": f"<urn:uuid:{uuid.UUID(int=n)}>", "WARC-Target-URI": url,
               "WARC-Date": "2024-01-01T00:00:00Z"}
    return {k: v for k, v in headers.items() if v}


def write_warc(path: Path, records: list[tuple], gzipped: bool = True, *, first_id: int = 1) -> list[int]:
    """Write (type, url, status, content_type, body) records; return their offsets. The bytes are the
    same in every run: the records' ids are the numbers from ``first_id`` on."""
    offsets = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzipped)
        for n, (rec_type, url, status, ctype, body) in enumerate(records):
            offsets.append(fh.tell())
            fixed = _fixed_headers(first_id + n, rec_type, url)
            if rec_type == "response":
                http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                   http_headers=http, warc_headers_dict=fixed)
            else:
                record = writer.create_warc_record(url, rec_type, payload=io.BytesIO(body),
                                                   warc_content_type=ctype, warc_headers_dict=fixed)
            writer.write_record(record)
    return offsets
