#!/usr/bin/env python3
"""Fill ``.cache/`` with the main text of each real-news article, fetched from its URL.

Usage (from the project root)::

    python benchmarks/real/fetch.py [--split dev|heldout|all] [--only ID ...] [--force] [--cache DIR]

Fetches each ``gold.json`` entry's ``url`` with our own collect stage (robots.txt
obeyed, its Crawl-delay honoured, one request at a time per host, the ``[crawl]``
user agent and delay of settings.cfg), reads the page's main text with our read
stage and writes ``.cache/<id>.txt``. A text already cached is kept unless
``--force``: the gold was annotated on the page text as the search service stored
it, and a fresh fetch (a page edited since, another main-text choice) may differ.
Pages that cannot be fetched are listed at the end; exit code 1 when any failed.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from pipeline.collect.crawl import CrawlOptions  # noqa: E402
from pipeline.collect.download import Downloader  # noqa: E402
from pipeline.collect.robots import get_rules  # noqa: E402
from pipeline.read.maintext import read_document  # noqa: E402
from pipeline.read.metadata import decode_bytes  # noqa: E402
from pipeline.records import Document  # noqa: E402

log = logging.getLogger("fetch")


def fetch_text(downloader: Downloader, url: str, rules_by_host: dict, options: CrawlOptions) -> tuple[str, str]:
    """The main text of ``url`` and an empty string, or an empty text and the reason."""
    host = urlsplit(url).netloc
    if host not in rules_by_host:
        rules = get_rules(downloader.session, url, user_agent=options.user_agent, timeout=options.timeout)
        if rules.crawl_delay:
            downloader.set_crawl_delay(url, min(rules.crawl_delay, options.max_crawl_delay))
        rules_by_host[host] = rules
    rules = rules_by_host[host]
    if not rules.allowed(url):
        return "", "robots.txt disallows it"
    result = downloader.fetch(url, allowed=rules.allowed)
    if not result.ok:
        return "", result.error or f"HTTP {result.status}"
    html, _ = decode_bytes(result.body, content_type=result.response.header("Content-Type") if result.response else None)
    page = read_document(Document(source=url, url=result.final_url, html=html))
    if not page.text.strip():
        return "", "; ".join(page.errors) or "no main text"
    return page.text, ""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     epilog="example: python benchmarks/real/fetch.py --split dev --only realA-bbc-devon-2022")
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--only", nargs="*", default=None, help="entry ids to fetch (default: every entry of the split)")
    parser.add_argument("--force", action="store_true", help="fetch again even when the text is cached")
    parser.add_argument("--gold", type=Path, default=HERE / "gold.json")
    parser.add_argument("--cache", type=Path, default=None, help="folder for the texts (default: .cache/ here)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    chosen = [g for g in gold if (args.split == "all" or g.get("split", "dev") == args.split)
              and (not args.only or g["id"] in args.only) and g.get("url")]
    options = CrawlOptions.from_settings()
    downloader = Downloader(options.policy())
    rules_by_host: dict = {}
    failed = []
    for entry in chosen:
        target = (args.cache / f"{entry['id']}.txt") if args.cache else HERE / entry["file"]
        if target.exists() and not args.force:
            log.info("kept    %s", entry["id"])
            continue
        text, why = fetch_text(downloader, entry["url"], rules_by_host, options)
        if not text:
            failed.append((entry["id"], why))
            log.info("FAILED  %s: %s", entry["id"], why)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text + "\n", encoding="utf-8")
        log.info("fetched %s (%d characters)", entry["id"], len(text))
    print(f"{len(chosen) - len(failed)} of {len(chosen)} texts present; {len(failed)} failed", file=sys.stderr)
    for entry_id, why in failed:
        print(f"  {entry_id}: {why}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
