"""Records of our own writing for the export and report tests (tests/publish/).

``make_record`` builds a record through the dataclasses of ``pipeline.records``
(so the tests follow the record format), with offsets found in the text.
``xss_record`` is an article whose title, outlet, URL, text, region, quote and
check carry script probes: each probe, if it ever ran, would set
``window.__xss``.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from pipeline.records import Article, Check, Count, Percentage, Quote, Record, Region, Relevance, article_id, sha256

ROOT = Path(__file__).resolve().parents[1]
EXTRACTED = ROOT / "extracted"


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def sentence_of(text: str, words: str) -> tuple[int, int]:
    start, end = span(text, words)
    left = text.rfind(". ", 0, start)
    right = text.find(". ", end)
    return (0 if left < 0 else left + 2), (len(text) if right < 0 else right + 1)


def count(text: str, fid: str, words: str, value: float, *, regions: Optional[list[str]] = None,
          year: Optional[int] = None, measure: str = "helpline_contacts", **extra: Any) -> Count:
    start, end = span(text, words)
    period = (f"{year}-01-01", f"{year}-12-31") if year else (None, None)
    return Count(id=fid, text=words, start=start, end=end, sentence=sentence_of(text, words), value=value,
                 measure=measure, unit="people", regions=regions or [], period_start=period[0],
                 period_end=period[1], **extra)


def make_record(text: str, *, url: str, title: str, published: str, outlet: str = "news.example",
                helplines: tuple[str, ...] = ("Stop It Now!",), **lists: Any) -> Record:
    article = Article(id=article_id(url, text), source=url, url=url, outlet=outlet, title=title, published=published,
                      language="en", text_sha256=sha256(text), text_chars=len(text), text=text)
    return Record(article=article, relevance=Relevance(relevant=True, score=0.9, reasons=["names Stop It Now!"],
                                                       helplines=list(helplines)), **lists)


def write_jsonl(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    return path


KENT = ("Calls to the Stop It Now! helpline from Kent rose to 240 people in 2023. "
        "That was up from 200 people in 2022, a rise of 20%. "
        "\"Every call is a chance to protect a child,\" said Dana Whitlow, the charity's director.")

KENT_LATER = "Figures show 250 people in Kent called the helpline in 2023, the charity said."

XSS_TEXT = ("The Wexby helpline heard from 300 people in 2023 <script>window.__xss=1</script> "
            "and 150 people in 2022 \"><img src=x onerror=\"window.__xss=2\">, a 100% rise "
            "<b onmouseover=window.__xss=3>so far</b>. \"We listen,\" said Ola Brenn.")

PROBES = ("<script>window.__xss=1</script>", "\"><img src=x onerror=\"window.__xss=2\">",
          "<b onmouseover=window.__xss=3>", "javascript:window.__xss=4", "<svg onload=window.__xss=5>",
          "<iframe src=javascript:window.__xss=6>")
SHOWN = PROBES[:5]  # in the report (the last is a speaker's name: quotes are in the tables, not the report)


def kent_record() -> Record:
    text = KENT
    c1 = count(text, "c1", "240 people", 240, regions=["Kent"], year=2023)
    c2 = count(text, "c2", "200 people", 200, regions=["Kent"], year=2022)
    start, end = span(text, "a rise of 20%")
    p1 = Percentage(id="p1", text="a rise of 20%", start=start, end=end, sentence=sentence_of(text, "a rise of 20%"),
                    value=20.0, kind="change", direction="increase", regions=["Kent"], period_start="2023-01-01",
                    period_end="2023-12-31", base_period_start="2022-01-01", base_period_end="2022-12-31",
                    count_ref="c1", base_count_ref="c2", measure="helpline_contacts")
    q_start, q_end = span(text, "Every call is a chance to protect a child,")
    quote = Quote(id="q1", speaker="Dana Whitlow", text="Every call is a chance to protect a child,", start=q_start,
                  end=q_end, title="Director", org="Stop It Now!", official=True)
    check = Check(id="k1", kind="percentage", claim_ref="p1", inputs=["c1", "c2"], stated=20.0, computed=20.0,
                  verdict="consistent", tolerance="exact: rounds to 20%", explanation="(240 - 200) / 200 = 20%")
    return make_record(text, url="https://news.example/kent-helpline", title="Kent helpline calls rise",
                       published="2024-01-15", regions=[Region(name="Kent", kind="county", mentions=[span(text, "Kent")])],
                       counts=[c1, c2], percentages=[p1], quotes=[quote], checks=[check])


def kent_later_record() -> Record:
    c1 = count(KENT_LATER, "c1", "250 people", 250, regions=["Kent"], year=2023)
    return make_record(KENT_LATER, url="https://other.example/kent", title="Helpline busier in Kent",
                       published="2024-02-01", outlet="other.example", counts=[c1])


def xss_record() -> Record:
    text = XSS_TEXT
    c1 = count(text, "c1", "300 people", 300, regions=[PROBES[4]], year=2023)
    c2 = count(text, "c2", "150 people", 150, regions=[PROBES[4]], year=2022)
    start, end = span(text, "a 100% rise")
    p1 = Percentage(id="p1", text="a 100% rise", start=start, end=end, sentence=sentence_of(text, "a 100% rise"),
                    value=100.0, kind="change", direction="increase", period_start="2023-01-01",
                    period_end="2023-12-31", count_ref="c1", base_count_ref="c2", measure="helpline_contacts")
    q_start, q_end = span(text, "We listen,")
    quote = Quote(id="q1", speaker="Ola Brenn " + PROBES[5], text="We listen,", start=q_start, end=q_end)
    check = Check(id="k1", kind="percentage", claim_ref="p1", inputs=["c1", "c2"], stated=100.0, computed=100.0,
                  verdict="inconsistent", tolerance=PROBES[1], explanation="(300 - 150) / 150 " + PROBES[0])
    record = make_record(text, url=PROBES[3], title="Wexby helpline " + PROBES[0], published="2024-03-01",
                         outlet=PROBES[1], counts=[c1, c2], percentages=[p1], quotes=[quote], checks=[check],
                         regions=[Region(name=PROBES[4], kind="county")])
    return record
