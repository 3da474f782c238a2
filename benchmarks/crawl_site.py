#!/usr/bin/env python3
"""The crawler on the untidy local test site, as a new user would run it.

Usage:
    python benchmarks/crawl_site.py [--max-pages 5 10 200]

Serves ``tests/fixtures/site`` on 127.0.0.1 (damaged feeds, an untitled news
sitemap, nofollow and noindex pages, redirects, a robots.txt) and crawls it from
its home page, once per ``--max-pages`` value.  For each run it prints pages
requested, articles kept, how many of the on-topic articles were reached (and
how many of those are listed only in a damaged feed or sitemap), links the
site asked robots not to follow that were fetched anyway, and the feeds and
sitemaps given up as unreadable.  The pipeline imported is the one beside this
script, so running an older checkout's copy of it gives the "before" figures.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from crawlsite import SiteServer  # noqa: E402

from pipeline.collect.crawl import CrawlOptions, crawl  # noqa: E402

ON_TOPIC = {  # every article about a helpline the site offers
    "news/helpline-calls-double.html",
    "news/offender-helpline-rise.html",
    "news/seeking-help-stories.html",
    "news/paedophile-prevention-campaign.html",
    "news/helpline-story-final.html",
    "news/helpline-flaky.html",
    "news/helpline-busy.html",
    "news/stop-it-now-appeal.html",
    "news/helpline-cp1252.html",
    "news/sought-help-figures.html",
    "news/helpline-slow.html",
    "news/helpline-volunteers-honoured.html",
    "news/helpline-print.html",
}
ONLY_IN_DAMAGED = {  # listed only in a damaged feed or sitemap
    "news/dads-group-backs-helpline.html",
    "news/helpline-questions.html",
    "news/families-confidential-support.html",
    "news/helpline-webchat-evenings.html",
    "news/prevention-charity-training.html",
    "news/helpline-bank-holidays.html",
    "news/helpline-annual-figures.html",
    "news/2024/05/03/story-1837.html",
    "news/story.html",
    "news/2024/05/06/story-1862.html",
}
NOINDEX = {"news/helpline-tag.html", "news/helpline-partners-xrobots.html"}
NOFOLLOW = {"/news/helpline-reader-comments.html", "/news/helpline-print-only-link.html"}


def run(max_pages: int) -> None:
    with SiteServer(quirks=False) as site, tempfile.TemporaryDirectory() as corpus:
        options = CrawlOptions.from_settings(
            delay=0.02,
            timeout=2,
            retries=1,
            backoff=0.01,
            max_bytes=200_000,
            progress=False,
            max_pages=max_pages,
        )
        summary = crawl([site.url("/")], corpus=Path(corpus), options=options)
        with sqlite3.connect(Path(corpus) / "index.sqlite") as db:
            kept = {
                row[0].split("/", 3)[3].split("?", 1)[0]
                for row in db.execute("SELECT canonical_url FROM articles")
            }
        topic = ON_TOPIC | ONLY_IN_DAMAGED
        hub_errors = [e for e in summary.errors if "/feed" in e or "sitemap" in e]
        print(
            f"--max-pages {max_pages:>3}: {len(site.log):>3} requests, "
            f"{len(kept):>2} articles kept, {len(kept & topic):>2}/{len(topic)} on-topic reached "
            f"({len(kept & ONLY_IN_DAMAGED)}/{len(ONLY_IN_DAMAGED)} only in damaged "
            f"feeds/sitemaps), {len(kept - topic - NOINDEX)} off topic, "
            f"{len(site.paths() & NOFOLLOW)} nofollow links fetched, "
            f"noindex pages kept: {len(kept & NOINDEX)}, "
            f"{len(hub_errors)} feeds/sitemaps unreadable"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max-pages", type=int, nargs="+", default=[5, 10, 200])
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    for n in args.max_pages:
        run(n)


if __name__ == "__main__":
    main()
