"""The reader's test of raw bytes (``keep``): pages it rules out are read as Dropped documents,
never decoded; empty and binary bodies still become error documents."""
from __future__ import annotations

import pytest
from warc_factories import page, write_warc

from pipeline.read.archives import Dropped, iter_documents
from pipeline.read.relevance import might_be_relevant_bytes

HELPLINE = "Calls to the Stop It Now helpline rose."


def _kinds(docs) -> list[str]:  # noqa: ANN001
    return ["dropped" if isinstance(d, Dropped) else "error" if d.error and not d.html else "page" for d in docs]


@pytest.mark.parametrize("bodies, expected", [
    ([page(1), page(2, HELPLINE), page(3)], ["dropped", "page", "dropped"]),
    ([b"", page(2, HELPLINE)], ["error", "page"]),
    ([b"   \n ", page(2)], ["error", "dropped"]),
    ([b"<html>\x00\x01\x02 binary</html>"], ["error"]),
])
def test_an_archive_record_ruled_out_by_its_bytes_is_dropped(tmp_path, bodies, expected):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("response", f"https://example.org/{n}", "200 OK", "text/html", body)
                      for n, body in enumerate(bodies)])
    docs = list(iter_documents([path], keep=might_be_relevant_bytes))
    assert _kinds(docs) == expected
    assert all(d.source.startswith(f"{path}#") for d in docs)
    assert all(d.html is None and d.text is None for d in docs if isinstance(d, Dropped))


def test_without_keep_every_page_is_decoded(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("response", "https://example.org/1", "200 OK", "text/html", page(1))])
    assert _kinds(iter_documents([path])) == ["page"]


@pytest.mark.parametrize("name, body, expected", [
    ("weather.html", b"<p>Rain is expected on Tuesday.</p>", "dropped"),
    ("helpline.html", f"<p>{HELPLINE}</p>".encode(), "page"),
    ("helpline.txt", HELPLINE.encode(), "text"),
])
def test_page_files_are_tested_too(tmp_path, name, body, expected):
    (tmp_path / name).write_bytes(body)
    [doc] = iter_documents([tmp_path / name], keep=might_be_relevant_bytes)
    assert ("dropped" if isinstance(doc, Dropped) else "page" if doc.html else "text") == expected


def test_json_lines_are_always_decoded(tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_text('{"url": "https://example.org/1", "html": "<p>Rain is expected.</p>"}\n', encoding="utf-8")
    [doc] = iter_documents([path], keep=might_be_relevant_bytes)
    assert not isinstance(doc, Dropped) and doc.html
