"""Characters XML cannot hold, in a page: no extractor is lost to them and nothing is logged as an error.

lxml refuses C0 control characters (but tab, newline and carriage return), U+FFFE, U+FFFF and lone
surrogates when a cleaner moves text between nodes; readability then failed with a traceback on stderr
and its vote was lost, and a lone surrogate (from a JSON escape) made the whole page unreadable.  Pages of
our own writing carry each such character in several places (``benchmarks/fuzz_inputs.py`` found them
in bit-flipped real pages and a JSON line).
"""
from __future__ import annotations

import pytest

from pipeline.read.maintext import markup_safe, read_document
from pipeline.records import Document


# -- characters XML cannot hold, in a page (lxml refused them when readability's cleaner moved text) --

CONTROLS = [pytest.param(ch, id=f"U+{ord(ch):04X}") for ch in
            ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x0e", "\x1b", "\x1c", "\x1d", "\x1f", "\ufffe", "\uffff",
             "\ud800", "\udfff"]]
WHERE = {
    "after-a-script": "<div><p>{words}</p><script>var a = 1;</script>{ch}the tail of the block</div>",
    "inside-a-word": "<div><p>{words} hel{ch}pline</p></div>",
    "in-the-title": "<title>Calls{ch} rose</title><div><p>{words}</p></div>",
    "many": "<div><p>{words}</p>" + "<span>x</span>{ch}" * 50 + "</div>",
}


@pytest.mark.parametrize("where", sorted(WHERE))
@pytest.mark.parametrize("ch", CONTROLS)
def test_characters_xml_cannot_hold_cost_no_extractor(caplog, ch, where):
    words = "The helpline took 1,204 calls in 2021, and volunteers answered them on every evening. " * 8
    html = ("<html><head></head><body>" + WHERE[where].format(words=words, ch=ch)
            + "<p>" + "Its manager said the service would carry on next year. " * 6 + "</p></body></html>")
    with caplog.at_level("ERROR"):
        page = read_document(Document(source="x.html", html=html))
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")], caplog.text[-2000:]
    assert not page.errors, page.errors
    assert "1,204 calls" in page.text
    assert ch not in page.text


@pytest.mark.parametrize("html", ["", "<p>plain</p>", "tab\tnewline\ncr\r and caf\u00e9 \U0001f600 \x7f\x85"])
def test_markup_safe_keeps_what_xml_holds(html):
    assert markup_safe(html) == html


@pytest.mark.parametrize("html", ["   \n ", "\u00a0\u00a0", "<?xml version='1.0'?>", "\t" * 1000])
def test_a_page_lxml_finds_empty_logs_no_traceback(caplog, html):
    with caplog.at_level("ERROR"):
        page = read_document(Document(source="x.html", html=html))
    assert not [r for r in caplog.records if r.exc_info], caplog.text[-2000:]
    assert page.errors == ["no main text found in the page"]
