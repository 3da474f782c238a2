"""One HTTP exchange as a WARC request and response record, and a stored payload read back (warcio).

The response record holds the body as it came over the wire (a cut-off one is
marked ``WARC-Truncated``), the request record points at it with
``WARC-Concurrent-To``; every file starts with a ``warcinfo`` record.
"""

from __future__ import annotations

import io
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.collect.responses import Exchange

SOFTWARE = "newsfacts/0.1 (warcio)"


def http_headers(exchange: Exchange) -> tuple[StatusAndHeaders, StatusAndHeaders]:
    """The HTTP request line and headers, and the status line and headers, of one exchange."""
    path = exchange.url.split("//", 1)[-1]
    path = "/" + path.split("/", 1)[1] if "/" in path else "/"
    request = StatusAndHeaders(
        f"{exchange.method} {path.split('#', 1)[0]} {exchange.http_version}",
        exchange.request_headers,
        is_http_request=True,
    )
    # The body is stored de-chunked, so the chunked framing header would mislead readers.
    headers = [(k, v) for k, v in exchange.response_headers if k.lower() != "transfer-encoding"]
    response = StatusAndHeaders(
        f"{exchange.status} {exchange.reason}".strip(), headers, protocol=exchange.http_version
    )
    return request, response


def write_warcinfo(file: BinaryIO, name: str) -> None:
    """The ``warcinfo`` record that starts the WARC file ``name``."""
    writer = WARCWriter(file, gzip=True)
    info = {"software": SOFTWARE, "format": "WARC File Format 1.1", "robots": "obey"}
    writer.write_record(writer.create_warcinfo_record(name, info))


def write_exchange(file: BinaryIO, exchange: Exchange) -> tuple[int, int, int]:
    """Write the request and response records; (request offset, response offset, length)."""
    writer = WARCWriter(file, gzip=True)
    request_headers, response_headers = http_headers(exchange)
    date = exchange.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    response = writer.create_warc_record(
        exchange.url,
        "response",
        payload=io.BytesIO(exchange.body),
        http_headers=response_headers,
        warc_headers_dict={"WARC-Date": date},
    )
    if exchange.truncated:
        response.rec_headers.add_header("WARC-Truncated", "length")
    request = writer.create_warc_record(
        exchange.url,
        "request",
        payload=io.BytesIO(b""),
        http_headers=request_headers,
        warc_headers_dict={
            "WARC-Date": date,
            "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
        },
    )
    request_offset = file.tell()
    writer.write_record(request)
    offset = file.tell()
    writer.write_record(response)
    return request_offset, offset, file.tell() - offset


def read_payload(file: BinaryIO, offset: int, limit: int) -> bytes:
    """The payload (content encoding undone) of the record at ``offset``, at most ``limit`` bytes.

    Raises ``OSError``, ``StopIteration`` or ``ValueError`` when there is no readable record there.
    """
    file.seek(offset)
    record = next(iter(ArchiveIterator(file)))
    return record.content_stream().read(limit)
