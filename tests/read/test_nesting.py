"""Pages whose tags nest deeper than the HTML parser reads (pipeline/read/nesting.py): read as pages, fast.

libxml2 stops at 256 levels, so that none of the extractors read a page of thousands of unclosed tags
around its article, and the last resort (BeautifulSoup) spent time in proportion to the depth for
many of the page's strings (100,000 nested tags: about 90 s).  Every page here is our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.read import ensemble, nesting
from pipeline.read.nesting import flattened, nesting_depth

ARTICLE = ("<html><head><title>Calls to the helpline rose</title><script>var a = '<div><div>';</script></head>"
           "<body><article><h1>Calls to the helpline rose</h1>"
           + "".join(f"<p>The Harbour Line took {1000 + i} calls in 2023, up from {800 + i} the year before, "
                     f"its manager Jo Roe said on Monday in a statement to the paper.</p>" for i in range(8))
           + "</article></body></html>")


@pytest.mark.parametrize("html, depth", [
    ("<p>One</p>", 1),
    ("<div><p>One<p>Two</div>", 2),  # a paragraph closes the one before
    ("<ul><li>One<li>Two</ul>", 2),
    ("<div><br><img src=x><hr/><span/></div>", 1),  # void and self-closed elements hold nothing
    ("<div><script>'<div><div><div>'</script></div>", 2),  # a script's text opens nothing
    ("<div><div></span></div></div>", 2),  # a stray end tag is left alone
    ("<b>" * 300 + "x", 300),
    ("<div>" * 50 + "</div>" * 50 + "<div>" * 40, 50),
    ("<a<a<a" * 100, 0),  # no tag at all
])
def test_nesting_depth(html, depth):
    assert nesting_depth(html) == depth


@pytest.mark.parametrize("html, keep, expected", [
    # the outer elements that hold too many levels lose their tags; the inner keep theirs
    ("<b><b><b><p>x</p></b></b></b>", 2, "<b><p>x</p></b>"),
    ("<b><b><b><p>x</p></b></b></b>", 3, "<b><b><p>x</p></b></b>"),
    ("<i><i><i><p>x<p>y", 1, "<p>x<p>y"),
    ("<div><div><div><p>x</p></div></div><p>z</p></div>", 2, "<div><p>x</p></div><p>z</p>"),
    ("<div><p>x</p></div>", 5, "<div><p>x</p></div>"),
])
def test_flattened_keeps_the_inner_structure(html, keep, expected):
    assert flattened(html, keep) == expected


@pytest.mark.parametrize("tag, closed", [("div", False), ("div", True), ("b", False), ("table", True), ("span", False)])
def test_a_deep_page_is_read_as_the_page_and_says_so(monkeypatch, tag, closed):
    """Thousands of nested tags around an article: the extractors read the page without the excess
    nesting, the article's text is the text of the page alone, and ``errors`` tells why; the last
    resort is never handed a page deeper than the parser reads."""
    handed = []
    real = ensemble.by_soup
    monkeypatch.setattr(ensemble, "by_soup", lambda html: handed.append(nesting_depth(html)) or real(html))
    alone = ensemble.extract_main_text(ARTICLE)
    n = 5000
    html = f"<{tag}>" * n + ARTICLE + (f"</{tag}>" * n if closed else "")
    errors: list[str] = []
    text = ensemble.extract_main_text(html, errors=errors)
    assert "The Harbour Line took 1007 calls" in text and text == alone
    assert errors == [f"the page nests its tags {n + nesting_depth(ARTICLE):,} deep; read without the nesting "
                      f"past {nesting.KEPT_DEPTH} levels"]
    assert all(depth <= nesting.PARSER_DEPTH for depth in handed), handed


def test_a_page_within_the_parser_s_depth_is_left_as_it_was():
    errors: list[str] = []
    html = "<div>" * 100 + ARTICLE
    assert flattened(html, nesting.PARSER_DEPTH) == html
    assert "1007 calls" in ensemble.extract_main_text(html, errors=errors) and errors == []
