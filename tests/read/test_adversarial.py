"""Liveness of the read stage on long adversarial texts and pages (no catastrophic backtracking).

The texts of ``tests/adversarial.py`` as plain text, as the body, title, meta tags and
dateline of an HTML page, and as hypothesis-made strings of long runs, through
metadata, datelines, boilerplate, relevance and the main text.  Each call must complete
with sane output; ``pytest-timeout`` only guards against a hang.  No timing is asserted.
"""
from __future__ import annotations

import html

import pytest
from hypothesis import HealthCheck, given, settings

from adversarial import TEXTS, adversarial_texts
from pipeline.read.boilerplate import is_boilerplate_line, is_list_heading, strip_boilerplate
from pipeline.read.datelines import parse_date
from pipeline.read.maintext import normalise_text, read_document
from pipeline.read.metadata import decode_bytes, detect_language, extract_metadata, find_dateline, parse_dateline
from pipeline.read.relevance import assess, link_score
from pipeline.records import Document

GUARD = pytest.mark.timeout(120)


@pytest.fixture(scope="module", params=sorted(TEXTS))
def text(request) -> str:
    return TEXTS[request.param]()


def page(text: str) -> str:
    """An HTML page that carries ``text`` everywhere a reader looks."""
    body = html.escape(text)
    head = html.escape(text[:5000], quote=True)
    return (f'<html lang="en"><head><meta charset="utf-8"><title>{head}</title>'
            f'<meta property="article:published_time" content="{head}"><meta name="author" content="{head}">'
            f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{head}"}}</script>'
            f'</head><body><article><h1>{head}</h1><p class="dateline">Published: {head}</p>'
            f'<p>{body}</p><p>{body[:2000]}</p></article></body></html>')


def check_metadata(text: str) -> None:
    meta = extract_metadata(page(text), "https://news.example.org/" + "a/" * 200)
    assert meta.title is None or isinstance(meta.title, str)
    assert meta.published is None or len(meta.published) >= 10
    language = detect_language(text)
    assert language is None or language.isalpha()


def check_datelines(text: str) -> None:
    assert find_dateline(text) is None or len(find_dateline(text)) == 10
    parse_dateline(text)
    parse_date(text[:5000])


def check_boilerplate(text: str) -> None:
    kept = strip_boilerplate(text)
    assert len(kept) <= len(text)
    for line in text.split("\n")[:50]:
        is_boilerplate_line(line)
        is_list_heading(line)


def check_relevance(text: str) -> None:
    relevance = assess(text, title=text[:300])
    assert relevance.score >= 0 and isinstance(relevance.relevant, bool)
    assert link_score("https://news.example.org/" + text[:3000].replace(" ", "-"), text[:3000]) >= 0


def check_plain_text(text: str) -> None:
    normal = normalise_text(text)
    assert len(normal) <= len(text)
    read = read_document(Document(source="adversarial.txt", text=text))
    assert not read.errors


def check_decoding(text: str) -> None:
    decoded, encoding = decode_bytes(page(text).encode("utf-8"))
    assert encoding and decoded


CHECKS = {"metadata": check_metadata, "datelines": check_datelines, "boilerplate": check_boilerplate,
          "relevance": check_relevance, "plain text": check_plain_text, "decoding": check_decoding}


@GUARD
@pytest.mark.parametrize("reader", sorted(CHECKS))
def test_reader_completes_on_adversarial_text(reader, text):
    CHECKS[reader](text)


@GUARD
@pytest.mark.parametrize("name", ["capitalised words", "spaces before !", "quote marks", "brackets", "mixture"])
def test_main_text_of_an_adversarial_page(name):
    read = read_document(Document(source="adversarial.html", html=page(TEXTS[name]()), url="https://news.example.org/a"))
    assert read.text.strip()


@GUARD
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(adversarial_texts())
def test_readers_complete_on_generated_runs(generated):
    for check in CHECKS.values():
        check(generated)
