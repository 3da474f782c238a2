"""The report in a real browser: Debian's Chromium driven by Playwright (nothing downloaded).

Skipped, with the reason, only where Playwright or a Chromium cannot be had
(``.ci/run`` installs both).  Set NEWSFACTS_CHROMIUM to use another binary.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pipeline.publish.export import load_tables
from pipeline.publish.report import write_report
from publish_factories import SHOWN

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path() -> str:
    for candidate in (os.environ.get("NEWSFACTS_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    pytest.skip("no Chromium on this machine (apt-get install -y chromium, or set NEWSFACTS_CHROMIUM)")


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    executable = chromium_path()
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, tmp_path, corpus_with_xss):
    """The report of the corpus plus the probe article, open in a page that records errors and requests."""
    report = write_report(load_tables(*corpus_with_xss).tables, tmp_path / "report.html")
    page = browser.new_page(viewport={"width": 1100, "height": 1500})
    page.problems = []
    page.requests = []
    page.on("console", lambda msg: page.problems.append(f"console {msg.type}: {msg.text}")
            if msg.type in ("error", "warning") else None)
    page.on("pageerror", lambda exc: page.problems.append(f"page error: {exc}"))
    page.on("request", lambda request: page.requests.append(request.url))
    page.goto(report.as_uri())
    page.wait_for_selector("html[data-ready='1']")
    yield page
    page.close()


def shown(page) -> int:
    return page.locator("article.claim:visible").count()


def test_no_console_errors_and_no_request_but_the_file(page, tmp_path):
    page.mouse.move(400, 600)
    page.locator("#articles summary").click()
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert (tmp_path / "report.png").stat().st_size > 10_000
    assert page.problems == []
    assert [url for url in page.requests if not url.startswith("file://")] == []


def test_the_probes_never_run_and_show_as_text(page):
    for claim in page.locator("article.claim").all():
        claim.hover()  # an onmouseover probe would fire here
    page.locator("#articles summary").click()
    for link in page.locator("a[href]").all():
        assert link.get_attribute("href").startswith("http")
    assert page.evaluate("window.__xss") is None
    assert page.locator("img, iframe, article b").count() == 0
    text = page.locator("body").inner_text()
    for probe in SHOWN:
        assert probe in text, probe
    assert page.problems == []


def test_filters_change_what_is_shown(page):
    total = page.locator("article.claim").count()
    assert shown(page) == total > 0
    page.select_option("#filter-verdict", "inconsistent")
    inconsistent = shown(page)
    assert 0 < inconsistent < total
    assert page.locator("#shown").inner_text() == str(inconsistent)
    assert all(c.get_attribute("data-verdict") == "inconsistent" for c in page.locator("article.claim:visible").all())
    page.select_option("#filter-year", "2023")
    assert shown(page) < inconsistent or shown(page) == 0
    page.click("#reset")
    assert shown(page) == total
    page.select_option("#filter-outlet", label=SHOWN[1])  # the probe article's outlet
    assert shown(page) == 1
    assert "Wexby helpline" in page.locator("article.claim:visible").inner_text()
    page.click("#reset")
    page.select_option("#filter-region", "Norfolk")
    assert 0 < shown(page) < total
    page.click("#reset")
    page.click("#verdicts button[data-verdict='consistent']")
    assert page.input_value("#filter-verdict") == "consistent" and 0 < shown(page) < total


def test_the_charts_are_drawn(page):
    for chart in ("#chart-region", "#chart-year"):
        bars = page.locator(f"{chart} svg rect")
        assert bars.count() > 1
        box = bars.first.bounding_box()
        assert box and box["width"] > 10 and box["height"] > 5
    assert "Norfolk" in page.locator("#chart-region").inner_text()
