"""The HTML report as text: self-contained, escaped, every claim with its sentence and verdict."""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from pipeline.publish.export import load_tables
from pipeline.publish.report import render_report, safe_url
from publish_factories import SHOWN


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of the page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> Tags:
    tags = Tags()
    tags.feed(page)
    return tags


@pytest.fixture
def xss_html(corpus_with_xss) -> str:
    return render_report(load_tables(*corpus_with_xss).tables)


@pytest.mark.parametrize("url, expected", [
    ("https://www.example.co.uk/news/a", "https://www.example.co.uk/news/a"),
    ("http://127.0.0.1:8000/x", "http://127.0.0.1:8000/x"),
    ("javascript:alert(1)", None), (" JavaScript:alert(1)", None), ("data:text/html,<b>x</b>", None),
    ("vbscript:x", None), ("//evil.example/x", None), ("corpus/a.warc.gz#12", None), (None, None), ("", None),
    ("http://[::1", None),
])
def test_only_http_links_are_links(url, expected):
    assert safe_url(url) == expected


def test_probes_are_escaped_everywhere(xss_html):
    tags = parse(xss_html)
    assert [t for t, _ in tags.tags if t in {"img", "iframe", "b"}] == []
    assert sum(1 for t, _ in tags.tags if t == "script") == 1  # ours
    assert [t for t, _ in tags.tags if t == "svg"] == ["svg", "svg"]  # the two charts, no probe
    for tag, attrs in tags.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert not (attrs.get("href") or "").lower().startswith("javascript"), attrs
    text = "".join(tags.text)
    for probe in SHOWN:
        assert probe in text, probe


def test_the_report_fetches_nothing(xss_html):
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", xss_html.replace('href="http', "href=LINK"))
    assert "<link" not in xss_html and "@import" not in xss_html
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', xss_html).group(1))
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp


def test_verdict_counts_and_every_claim(corpus_output):
    tables = load_tables(*corpus_output).tables
    page = render_report(tables)
    claims = len(tables["checks"]) + len(tables["cross_checks"])
    assert page.count('<article class="claim') == claims
    inconsistent = sum(row["verdict"] == "inconsistent" for row in tables["checks"] + tables["cross_checks"])
    assert f'<span class="n">{inconsistent}</span> inconsistent' in page
    assert f'<span class="n">{claims}</span> claims' in page


def test_a_claim_shows_its_sentence_with_its_figures_highlighted(small_records, small_checks):
    page = render_report(load_tables(small_records, small_checks).tables)
    assert ("That was up from <mark>200 people</mark> in 2022, <mark>a rise of 20%</mark>.") in page
    assert "Calls to the Stop It Now! helpline from Kent rose to <mark>240 people</mark> in 2023." in page
    assert '<a href="https://news.example/kent-helpline" rel="noopener noreferrer nofollow">' in page
    assert "(240 - 200) / 200 = 20%" in page


def test_the_same_tables_give_the_same_report(small_records, small_checks):
    tables = load_tables(small_records, small_checks).tables
    assert render_report(tables) == render_report(tables)


@pytest.mark.parametrize("start, end, charted", [
    ("2023-01-01", "2023-12-31", True),     # a calendar year
    ("2022-04-01", "2023-03-31", True),     # a financial year
    ("2023-01-01", "2023-06-30", True),     # half a year
    ("2024-01-01", "2024-12-31", True),     # a leap year
    ("2002-01-01", "2023-05-01", False),    # "since it opened in 2002": a running total
    ("2021-01-01", "2022-12-31", False),    # two years together
])
def test_charts_show_figures_of_at_most_a_year(start, end, charted):
    from pipeline.publish.report import within_a_year

    assert within_a_year({"period_start": start, "period_end": end}) is charted


def test_streamed_report_is_the_report_of_tables_built_in_memory(tmp_path, corpus_with_xss):
    """``newsfacts report`` keeps only what the page shows (each fact's sentence, not the texts): same page."""
    from pipeline.publish.report import report_tables, write_report

    streamed = report_tables(*corpus_with_xss)
    built = load_tables(*corpus_with_xss)
    assert "text" not in streamed.tables["articles"][0] and streamed.tables["counts"]
    assert streamed.render() == built.render() and streamed.problems == built.problems
    page = render_report(built.tables)
    assert render_report(streamed.tables) == page
    assert write_report(streamed.tables, tmp_path / "report.html").read_text(encoding="utf-8") == page
    assert any("<mark>" in e for e in page.split("<blockquote")[1:])  # sentences with their figures marked
