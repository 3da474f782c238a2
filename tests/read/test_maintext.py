"""Main text and metadata of documents (pipeline.htmltext, pipeline.boilerplate)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipeline.read.archives import iter_documents
from pipeline.read.boilerplate import strip_boilerplate
from pipeline.read.maintext import Page, choose, read_document
from pipeline.records import Document

URL = "https://www.fenshiregazette.co.uk/news/helpline-calls"

ARTICLE_PARAGRAPHS = [
    "The number of people in Fenshire who contacted a confidential prevention helpline",
    "In 2022 some 742 callers from the county got in touch with the service",
    "The helpline offers anonymous advice to adults who are worried",
    "A spokeswoman for the charity said the rise was encouraging",
    "Detective Inspector Rowan Pike of Fenshire Police said",
    "Across the wider region the service recorded just under 9,000 contacts",
]
BOILERPLATE = [
    "We use cookies", "Accept all cookies", "Local News Desk", "Property Finder",
    "Most Read", "Bypass roadworks", "Village fete", "Latest News", "Floodlights approved",
    "Bus operator confirms", "Copyright 2023", "Privacy Notice", "Contact the newsroom",
]


@pytest.fixture(scope="module")
def article(fixtures_dir: Path) -> Page:
    html = (fixtures_dir / "html" / "article.html").read_text(encoding="utf-8")
    return read_document(Document(source="article.html", url=URL, html=html))


@pytest.mark.parametrize("paragraph", ARTICLE_PARAGRAPHS)
def test_article_paragraphs_reach_the_text(article, paragraph):
    assert paragraph in article.text


@pytest.mark.parametrize("junk", BOILERPLATE)
def test_boilerplate_does_not_reach_the_text(article, junk):
    assert junk not in article.text


@pytest.mark.parametrize("field, expected", [
    ("title", "Calls to abuse prevention line rise sharply in Fenshire"),
    ("outlet", "Fenshire Gazette"),
    ("author", "Alys Marwood"),
    ("published", "2023-06-14"),
    ("language", "en"),
    ("url", URL),
    ("errors", []),
])
def test_article_metadata(article, field, expected):
    assert getattr(article, field) == expected


def test_paragraphs_are_separated_by_blank_lines(article):
    paragraphs = article.text.split("\n\n")
    assert sum(p.startswith(tuple(ARTICLE_PARAGRAPHS)) for p in paragraphs) == 6
    assert "\n\n\n" not in article.text


def test_cp1252_page_from_disk(tmp_path, fixtures_dir):
    html = (fixtures_dir / "html" / "article.html").read_text(encoding="utf-8")
    html = html.replace('<meta charset="utf-8">', "").replace(
        "compared with 548", "compared with \u201c548\u201d \u2013 \u00a3 caf\u00e9")
    (tmp_path / "page.html").write_bytes(html.encode("cp1252"))
    (doc,) = iter_documents([tmp_path / "page.html"])
    page = read_document(doc)
    assert "compared with \u201c548\u201d \u2013 \u00a3 caf\u00e9" in page.text
    assert page.outlet == "Fenshire Gazette"


TEXT = """Posted: Tue 4th Apr 2023\r
\r
Helpline sees record number of callers\r
\r
Advertisement\r
\r
More people than ever contacted the helpline in the first three months of the year, the charity said.\r
\r
Share this article\r
\r
The service received 3,100 calls between January and March, up from 2,400 a year earlier.\r
\r
Spotted something? Got a story? Email: newsdesk@valleyecho.example\r
Latest News\r
\r
  \u2022 Council approves new cycle lane on the high street\r
  \u2022 School celebrates its centenary with an open day\r
\r
    Road closed after lorry sheds its load\r
\r
    News\r
"""


@pytest.fixture(scope="module")
def text_page() -> Page:
    return read_document(Document(source="story.txt", text=TEXT))


@pytest.mark.parametrize("kept", [
    "Helpline sees record number of callers",
    "More people than ever contacted the helpline in the first three months of the year, "
    "the charity said.",
    "The service received 3,100 calls between January and March, up from 2,400 a year earlier.",
])
def test_plain_text_keeps_the_article(text_page, kept):
    assert kept in text_page.text


@pytest.mark.parametrize("dropped", [
    "Advertisement", "Share this article", "Spotted something", "Latest News",
    "cycle lane", "centenary", "lorry", "\r",
])
def test_plain_text_drops_boilerplate(text_page, dropped):
    assert dropped not in text_page.text


@pytest.mark.parametrize("field, expected", [
    ("title", "Helpline sees record number of callers"),
    ("published", "2023-04-04"),
    ("outlet", "valleyecho.example"),
    ("language", "en"),
    ("errors", []),
])
def test_plain_text_metadata(text_page, field, expected):
    assert getattr(text_page, field) == expected


@pytest.mark.parametrize("doc, field, expected", [
    (Document(source="a", text="Title\n\nBody.", published="2020-05-06T10:00:00Z"),
     "published", "2020-05-06"),
    (Document(source="a", text="Title\n\nBody.", url="https://www.example.co.uk/x"),
     "outlet", "example.co.uk"),
    (Document(source="a", text="Cafe\u0301 line\n"), "text", "Caf\u00e9 line"),  # NFC
    (Document(source="a", text="\n\n  First real line  \nsecond"), "title", "First real line"),
])
def test_plain_text_fields(doc, field, expected):
    assert getattr(read_document(doc), field) == expected


@pytest.mark.parametrize("text", [
    # a list heading followed by prose, not headlines, stays
    "More from the council\n\nThe council said the question of funding was raised at the "
    "meeting by two councillors, and a decision would follow in the spring.",
    # "More" inside a sentence is untouched
    "More people called the helpline this year than last year.",
    "Most read books were returned on time, the library said.",
])
def test_strip_boilerplate_is_conservative(text):
    assert strip_boilerplate(text) == text


@pytest.mark.parametrize("doc, message", [
    (Document(source="x", error="empty input: x"), "empty input"),
    (Document(source="x"), "neither html nor text"),
    (Document(source="x", html="<html><body><script>go()</script></body></html>"),
     "no main text"),
    (Document(source="x", html="\x00\x01<<>>"), "no main text"),
])
def test_read_document_never_raises(doc, message):
    page = read_document(doc)
    assert any(message in e for e in page.errors)
    assert page.text == ""


@pytest.mark.parametrize("candidates, expected", [
    # the two others agree with each other, not with trafilatura: the consensus wins
    ({"trafilatura": "menu item one two three four five six",
      "readability": "the article body has these words in it today",
      "justext": "the article body has these words in it today"},
     "the article body has these words in it today"),
    # trafilatura agrees with one other: it stays
    ({"trafilatura": "the article body has these words in it today",
      "readability": "the article body has these words in it today and more",
      "justext": ""}, "the article body has these words in it today"),
    # precision mode drops a paragraph that the three others keep: the consensus has it
    ({"trafilatura": "the article body has these words in it today",
      "trafilatura balanced": "the article body has these words in it today and a second "
                              "paragraph that says more about the helpline",
      "readability": "the article body has these words in it today and a second "
                     "paragraph that says more about the helpline",
      "justext": "the article body has these words in it today and a second "
                 "paragraph that says more about the helpline"},
     "the article body has these words in it today and a second paragraph that says more "
     "about the helpline"),
    # readability much longer and containing trafilatura's text: readability's
    ({"trafilatura": "a b c d e f",
      "readability": "a b c d e f g h i j k l m n o p q r s t",
      "justext": ""}, "a b c d e f g h i j k l m n o p q r s t"),
])
def test_choose(candidates, expected):
    assert choose(candidates) == expected


def _script(name: str):
    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "benchmarks"))
    try:
        return __import__(name)
    finally:
        sys.path.remove(str(root / "benchmarks"))


@pytest.mark.parametrize("folder, scorer", [
    ("article-extraction", "score_scrapinghub"),
    ("maintext-multilingual", "score_multilingual"),
])
def test_main_text_benchmark_scoring_smoke(tmp_path, folder, scorer):
    """The main-text benchmark scores five pages of each set (skipped without ../shared)."""
    bench = Path(__file__).resolve().parents[3] / "shared" / "bench" / folder
    if not (bench / "score.py").is_file():
        pytest.skip("benchmark data not present")
    script = _script("article_extraction")
    pages = script.load_pages(bench, {}, limit=5)
    texts = {page: script.newsfacts(*value) for page, value in pages.items()}
    f1 = getattr(script, scorer)(bench, texts, tmp_path / "p.json")
    assert 0.5 < f1 <= 1.0
    assert getattr(script, scorer)(bench, {page: "" for page in pages}, tmp_path / "e.json") == 0.0


def test_dates_benchmark_scoring_smoke(tmp_path):
    """The dates benchmark scores ten pages, ours and htmldate's (skipped without ../shared)."""
    bench = Path(__file__).resolve().parents[3] / "shared" / "bench" / "dates-multilingual"
    if not (bench / "score.py").is_file():
        pytest.skip("benchmark data not present")
    script = _script("dates")
    paths = script.stored_pages(bench, limit=10)  # gzipped, read as stored
    from pipeline.read.archives import iter_documents

    ours = {p.name.split(".")[0]: script.ours(next(iter_documents([p]))) for p in paths}
    assert 0.5 < script.score_pages(bench, ours, tmp_path / "ours.jsonl") <= 1.0
    assert script.score_pages(bench, {k: None for k in ours}, tmp_path / "none.jsonl") == 0.0


@pytest.mark.parametrize("text, title", [
    ("London | News | Crime\n\nHelpline calls rise in the capital\n\nBody text here.", "Helpline calls rise in the capital"),
    ("UK News\n\nA record number of people sought help last year\n\nBody.", "A record number of people sought help last year"),
    ("Posted: Fri 18th Mar 2022\n\nCalls to the helpline doubled\n\nBody.", "Calls to the helpline doubled"),
    ("Short\n\nx", "Short"),
])
def test_title_of_a_text_skips_menus_section_labels_and_datelines(text, title):
    from pipeline.read.maintext import read_document
    from pipeline.records import Document

    assert read_document(Document(source="t.txt", text=text)).title == title


_STORY = ("<p>" + " ".join(["The prevention helpline took more calls from the county this year"] * 3)
          + ".</p><p>" + " ".join(["A spokesperson said the service would keep its evening hours"] * 3)
          + ".</p>")


@pytest.mark.parametrize("head, top, published", [
    # dated markup (htmldate) beats a dateline at the head of the text
    ('<meta property="article:published_time" content="2021-06-01T09:00:00Z">',
     "<p>Posted: Fri 18th Mar 2022</p>", "2021-06-01"),
    # with no dated markup, the dateline at the head of the text
    ("", "<p>Posted: Fri 18th Mar 2022</p>", "2022-03-18"),
    # the caller's date beats both (``--published``, a JSONL ``published`` field)
    ("", "<p>Posted: Fri 18th Mar 2022</p>", "2020-01-02"),
])
def test_html_date_order(head, top, published):
    html = (f"<html><head><title>Calls rise</title>{head}</head><body><article>"
            f"<h1>Calls to the helpline rise</h1>{top}{_STORY}</article></body></html>")
    given = "2020-01-02" if published == "2020-01-02" else None
    assert read_document(Document(source="a.html", html=html, published=given)).published == published


_DATED_PAGES = [  # (head, top of the article, url, the caller's date)
    ('<meta property="article:published_time" content="2021-06-01T09:00:00Z">', "<p>Posted: Fri 18th Mar 2022</p>",
     None, None),
    ("", "<p>Posted: Fri 18th Mar 2022</p>", None, None),
    ("", "<p>Posted: Fri 18th Mar 2022</p>", None, "2020-01-02"),
    ("", "", "https://news.example/2019/11/04/calls-rise", None),  # the URL's date
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2018-02-03"}</script>', "",
     None, None),
    ('<meta name="date" content="7 May 2017">', "", None, None),
    ("", "", None, None),  # no date anywhere
]


@pytest.mark.parametrize("head, top, url, given", _DATED_PAGES)
def test_a_page_read_without_its_date_is_dated_later_the_same(head, top, url, given):
    from pipeline.read.maintext import date_page

    html = (f"<html><head><title>Calls rise</title>{head}</head><body><article>"
            f"<h1>Calls to the helpline rise</h1>{top}{_STORY}</article></body></html>")
    doc = Document(source="a.html", url=url, html=html, published=given)
    whole, undated = read_document(doc), read_document(doc, dated=False)
    assert undated.published is None
    assert date_page(doc, undated, undated.text)
    assert undated == whole


def test_a_text_document_is_dated_as_it_is_read():
    from pipeline.read.maintext import date_page

    doc = Document(source="a.txt", text="Calls rise\n\nPosted: Fri 18th Mar 2022\n\nThe helpline took 1,200 calls.")
    undated = read_document(doc, dated=False)
    assert undated.published == "2022-03-18"
    assert date_page(doc, undated, undated.text) and undated == read_document(doc)
