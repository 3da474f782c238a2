#!/usr/bin/env python3
"""Build the bundled sample corpus: a real crawl of the test site into WARC files.

Usage:
    python scripts/make_sample_corpus.py [--corpus corpus]

Serves ``tests/fixtures/site`` (pages of our own writing) on 127.0.0.1 and runs
``newsfacts crawl`` over it with the default polite settings (robots.txt obeyed,
sitemaps and the feed followed, a small delay), so that ``make run`` has a WARC
archive to read on a fresh machine without touching the internet.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from crawlsite import SiteServer  # noqa: E402
from pipeline.crawl import CrawlOptions, crawl  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    args = parser.parse_args(argv)
    site = SiteServer(quirks=False)
    with site:
        summary = crawl([site.url("/")], corpus=args.corpus,
                        options=CrawlOptions.from_settings(delay=0.1, max_pages=50, progress=False))
    print(summary.render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
