"""The arguments of each ``newsfacts`` command, its help and its examples: one ``add_*`` a command.

Each adds its sub-parser and sets the command's function (:mod:`pipeline.cli_commands`) as ``func``;
:func:`pipeline.cli.build_parser` calls them all.
"""
from __future__ import annotations

import argparse

from pipeline.cli_commands import cmd_check, cmd_crawl, cmd_doctor, cmd_export, cmd_extract, cmd_report

EXTRACT_EXAMPLE = """examples:
  newsfacts extract corpus/ -o extracted/records.jsonl
  newsfacts extract crawl.warc.gz -o out.jsonl --workers 4 --relevant-only
  newsfacts extract crawl.warc.gz -o out.jsonl --resume        # after a killed run: only the rest
  newsfacts extract /shared/warc/ -o out.jsonl --engine dask --scheduler tcp://10.0.0.5:8786
  newsfacts extract article.txt --published 2022-03-18 --url https://www.deeside.com/x
  newsfacts extract crawl.warc.gz --relevant-only --with-text > records.jsonl
  cat article.html | newsfacts extract -"""

CHECK_EXAMPLE = """examples:
  newsfacts check extracted/records.jsonl
  newsfacts check extracted/records.jsonl -o extracted/checks.jsonl"""

CRAWL_EXAMPLE = """examples:
  newsfacts crawl https://www.deeside.com/ --max-pages 50
  newsfacts crawl --seeds seeds.txt --corpus corpus/ --delay 2
  newsfacts crawl https://www.example.co.uk/news/ --revisit"""

EXPORT_EXAMPLE = """examples:
  newsfacts export extracted/records.jsonl extracted/checks.jsonl --to sqlite extracted/newsfacts.sqlite
  newsfacts export extracted/records.jsonl --to csv extracted/csv --package extracted/datapackage.json
  newsfacts export records.jsonl checks.jsonl --to parquet out/parquet --to csv out/csv"""

REPORT_EXAMPLE = """examples:
  newsfacts report extracted/records.jsonl extracted/checks.jsonl -o extracted/report.html
  newsfacts report records.jsonl -o report.html"""

DOCTOR_EXAMPLE = """example:
  newsfacts doctor"""


FORMATTER = argparse.RawDescriptionHelpFormatter  # keeps the examples' lines as written


def add_extract(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract facts from articles into JSON Lines", epilog=EXTRACT_EXAMPLE,
                       formatter_class=FORMATTER, description="Read text, HTML, WARC/ARC or JSONL inputs (files, "
                       "folders or - for stdin) and write one record per article.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-o", "--output", metavar="OUT.jsonl", help="write here instead of stdout")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date of the articles")
    p.add_argument("--url", help="the article's URL (for a single text input)")
    p.add_argument("--with-text", action="store_true", help="put the extracted text in article.text")
    p.add_argument("--relevant-only", action="store_true", help="write only relevant articles (no parsing of the rest)")
    p.add_argument("--workers", type=int, metavar="N", help="worker processes (default: every core)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: processes on this machine (default); dask: a dask.distributed cluster")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="the dask scheduler (tcp://HOST:8786); without it a LocalCluster of --workers")
    p.add_argument("--resume", action="store_true",
                   help="skip the documents whose records are already in -o OUT.jsonl and append the rest")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.set_defaults(func=cmd_extract)


def add_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check figures across the articles of a records file", epilog=CHECK_EXAMPLE,
                       formatter_class=FORMATTER, description="Recompute and compare figures across articles; write "
                       "the checks as JSON Lines and print a summary table.")
    p.add_argument("records", metavar="RECORDS.jsonl")
    p.add_argument("-o", "--output", metavar="OUT.jsonl", help="write the checks here")
    p.set_defaults(func=cmd_check)


def add_crawl(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("crawl", help="crawl news sites politely into WARC files", epilog=CRAWL_EXAMPLE,
                       formatter_class=FORMATTER, description="Fetch seeds and the articles their sitemaps, feeds and "
                       "listing pages link to, best-first (links about the topic first, links that say "
                       "nothing after, other topics left out), obeying robots.txt, robots meta tags and "
                       "rel=nofollow, into WARC files.")
    p.add_argument("urls", nargs="*", metavar="URL")
    p.add_argument("--seeds", metavar="FILE", help="a file of seed URLs, one per line")
    p.add_argument("--max-pages", type=int, metavar="N", help="page requests per run, best-ranked links first")
    p.add_argument("--delay", type=float, metavar="SECONDS", help="seconds between requests to one host (at least 1 by default)")
    p.add_argument("--corpus", default="corpus", metavar="DIR", help="where WARC files and the index go (default: corpus/)")
    p.add_argument("--user-agent", metavar="UA")
    p.add_argument("--revisit", action="store_true", help="re-fetch known pages with ETag / Last-Modified, "
                   "except those whose sitemap or feed date is not newer than our copy")
    p.set_defaults(func=cmd_crawl)


def add_export(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write records and checks as CSV, SQLite or Parquet tables",
                       epilog=EXPORT_EXAMPLE, formatter_class=FORMATTER, description="One table per kind of thing "
                       "(articles, regions, counts, percentages, multipliers, quotes, checks, cross_checks, "
                       "series...) with keys that join. "
                       "CSV comes with a Frictionless datapackage.json and a dataset card (README.md).")
    _add_records_and_checks(p)
    p.add_argument("--to", nargs=2, action="append", required=True, metavar=("FORMAT", "OUT"),
                   help="csv FOLDER, sqlite FILE or parquet FOLDER; give --to again for more formats")
    p.add_argument("--package", metavar="datapackage.json",
                   help="where the CSV's datapackage.json (and README.md card) go (default: inside the CSV folder)")
    p.set_defaults(func=cmd_export)


def add_report(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write a self-contained HTML report for fact-checkers", epilog=REPORT_EXAMPLE,
                       formatter_class=FORMATTER, description="Every checked claim with its sentence, arithmetic and "
                       "verdict, filters by verdict, outlet, region and year, and charts; one HTML file.")
    _add_records_and_checks(p)
    p.add_argument("-o", "--output", required=True, metavar="report.html")
    p.set_defaults(func=cmd_report)


def _add_records_and_checks(p: argparse.ArgumentParser) -> None:
    """The inputs of export and report: a records file and, if given, its checks."""
    p.add_argument("records", metavar="RECORDS.jsonl")
    p.add_argument("checks", nargs="?", metavar="CHECKS.jsonl", help="the output of newsfacts check -o (cross-article checks)")


def add_doctor(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="check the installation (spaCy model)", epilog=DOCTOR_EXAMPLE,
                       formatter_class=FORMATTER)
    p.set_defaults(func=cmd_doctor)
