#!/usr/bin/env python3
"""Build the bundled sample corpus: a real crawl of the test site into WARC files.

Usage:
    python scripts/make_sample_corpus.py [--corpus corpus]

Serves ``tests/fixtures/site`` (pages of our own writing) on 127.0.0.1 and runs
``newsfacts crawl`` over it with the default polite settings (robots.txt obeyed,
sitemaps and the feed followed, a small delay), so that ``make run`` has a WARC
archive to read on a fresh machine without touching the internet.  It also
writes ``sample-articles.jsonl``: our own fixture articles as ``{url, text}``
lines (two outlets' copies of one press release among them), the input format
of a batch that already has its texts.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from crawlsite import SiteServer  # noqa: E402
from pipeline.collect.crawl import CrawlOptions, crawl  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    args = parser.parse_args(argv)
    site = SiteServer(quirks=False)
    with site:
        summary = crawl([site.url("/")], corpus=args.corpus,
                        options=CrawlOptions.from_settings(delay=0.1, max_pages=50, progress=False))
    print(summary.render())
    write_articles(args.corpus / "sample-articles.jsonl")
    return 0


def write_articles(path: Path) -> None:
    """Our fixture articles as JSONL of ``{url, text}`` (URLs under example.org, which is reserved)."""
    fixtures = ROOT / "tests" / "fixtures"
    with open(path, "w", encoding="utf-8") as out:
        for folder in ("articles", "unseen", "blind", "checks"):
            for article in sorted((fixtures / folder).glob("*.txt")):
                url = f"https://example.org/newsfacts-sample/{folder}/{article.stem}"
                out.write(json.dumps({"url": url, "text": article.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    sys.exit(main())
