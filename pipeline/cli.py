"""The ``newsfacts`` command: a thin layer over the Python API.

Each sub-command parses its arguments, calls one API function and prints a
summary to stderr.  Exit codes: 0 done (records may still carry errors), 1 the
run could not start (no model, a missing settings file), 2 bad arguments.
"""
from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from configparser import ConfigParser
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence, TextIO

from pipeline import __version__, settings

log = logging.getLogger("newsfacts")

MAIN_EXAMPLE = """examples (make run's job; newsfacts COMMAND --help for each command):
  newsfacts extract corpus/ -o extracted/records.jsonl --with-text
  newsfacts check extracted/records.jsonl -o extracted/checks.jsonl
  newsfacts export extracted/records.jsonl extracted/checks.jsonl --to sqlite extracted/newsfacts.sqlite
  newsfacts report extracted/records.jsonl extracted/checks.jsonl -o extracted/report.html"""

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


@contextlib.contextmanager
def _output(path: Optional[str], mode: str = "w") -> Iterator[TextIO]:
    if not path or path == "-":
        yield sys.stdout
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, mode, encoding="utf-8") as fh:
        yield fh


def _bad(command: str, message: str) -> int:
    """Say what is wrong with the arguments of ``newsfacts command``; the exit code of bad arguments."""
    print(f"newsfacts {command}: {message}", file=sys.stderr)
    return 2


def _missing(paths: Iterable[Optional[str | Path]]) -> Optional[str | Path]:
    """The first of ``paths`` (None skipped) that is not a file, or None."""
    return next((path for path in filter(None, paths) if not Path(path).is_file()), None)


def cmd_extract(args: argparse.Namespace, config: ConfigParser) -> int:
    """Read inputs and write one record per article, on every core or on a cluster."""
    from pipeline.engine.local import Budget, byte_test, require_model, run_local
    from pipeline.engine.progress import Progress
    from pipeline.engine.resume import done_sources, skip_done
    from pipeline.engine.options import ExtractOptions
    from pipeline.publish.jsonl import write_jsonl
    from pipeline.read.archives import Limits, iter_documents

    if args.resume and (not args.output or args.output == "-"):
        return _bad("extract", "--resume needs -o OUT.jsonl")
    if args.workers is not None and args.workers < 1:
        return _bad("extract", "--workers must be at least 1")
    require_model(config)
    options = ExtractOptions.from_settings(
        config, with_text=args.with_text, relevant_only=args.relevant_only,
        published=args.published, url=args.url,
    )
    done = done_sources(Path(args.output)) if args.resume else set()
    progress = Progress(enabled=not args.quiet)
    workers = args.workers or os.cpu_count() or 1
    if args.engine == "dask":
        from pipeline.engine.dask import run_dask

        records = run_dask(args.paths, options=options, limits=Limits(config=config), scheduler=args.scheduler,
                           workers=workers, skip=done)
    else:
        docs = progress.read(skip_done(iter_documents(args.paths, limits=Limits(config=config),
                                                      keep=byte_test(options)), done))
        records = run_local(docs, options=options, workers=workers, budget=Budget.from_settings(config))
    with _output(args.output, "a" if args.resume else "w") as out:
        summary = write_jsonl(progress.wrote(records), out, with_text=args.with_text)
    line = progress.close()
    if not args.quiet:
        print(summary.render(), file=sys.stderr)
        if args.engine == "local":
            print(line, file=sys.stderr)
    return 0


def cmd_check(args: argparse.Namespace, config: ConfigParser) -> int:
    """Check the figures of a records file across articles."""
    from pipeline.check.across import run_check

    path = Path(args.records)
    if _missing([path]):
        return _bad("check", f"no such records file: {path}")
    with _output(args.output) as out:
        summary = run_check(path, out if args.output else None, config=config)
    print(summary.render(), file=sys.stderr if not args.output else sys.stdout)
    return 0


def cmd_crawl(args: argparse.Namespace, config: ConfigParser) -> int:
    """Crawl seeds politely into WARC files in the corpus."""
    from pipeline.collect.crawl import CrawlOptions, crawl

    seeds = list(args.urls)
    if args.seeds:
        lines = Path(args.seeds).read_text(encoding="utf-8").splitlines()
        seeds += [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    if not seeds:
        return _bad("crawl", "give at least one URL or --seeds FILE")
    options = CrawlOptions.from_settings(
        config, max_pages=args.max_pages, delay=args.delay, user_agent=args.user_agent,
        revisit=args.revisit or None,
    )
    summary = crawl(seeds, corpus=Path(args.corpus), options=options)
    print(summary.render(), file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace, config: ConfigParser) -> int:
    """Write the tables of a records file (and its checks) as CSV, SQLite or Parquet."""
    from pipeline.publish.export import FORMATS, export

    unknown = next((fmt for fmt, _ in args.to if fmt not in FORMATS), None)
    if unknown is not None:
        return _bad("export", f"unknown format {unknown!r}; use one of {', '.join(FORMATS)}")
    missing = _missing([args.records, args.checks])
    if missing:
        return _bad("export", f"no such file: {missing}")
    exported = export(args.records, args.checks, args.to, package=args.package)
    print(exported.render(), file=sys.stderr)
    return 0


def cmd_report(args: argparse.Namespace, config: ConfigParser) -> int:
    """Write the self-contained HTML report for fact-checkers."""
    from pipeline.publish.report import report_tables, write_report

    missing = _missing([args.records, args.checks])
    if missing:
        return _bad("report", f"no such file: {missing}")
    exported = report_tables(args.records, args.checks)
    exported.written.append(write_report(exported.tables, args.output))
    print(exported.render("reported"), file=sys.stderr)
    return 0


def cmd_doctor(args: argparse.Namespace, config: ConfigParser) -> int:
    """Say which model and libraries are installed."""
    import spacy

    from pipeline.nlp import load_model, model_names

    nlp = load_model(model_names(config))
    print(f"newsfacts {__version__}; spaCy {spacy.__version__}; model {nlp.meta.get('name')} "
          f"{nlp.meta.get('version')}; pipes: {', '.join(nlp.pipe_names)}")
    return 0


FORMATTER = argparse.RawDescriptionHelpFormatter  # keeps the examples' lines as written


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command."""
    parser = argparse.ArgumentParser(prog="newsfacts", description=__doc__.splitlines()[0], epilog=MAIN_EXAMPLE,
                                     formatter_class=FORMATTER)
    parser.add_argument("--version", action="version", version=f"newsfacts {__version__}")
    parser.add_argument("--config", help="a settings file overriding pipeline/data/settings.cfg")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and dropped items")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in (_add_extract, _add_check, _add_crawl, _add_export, _add_report, _add_doctor):
        add(sub)
    return parser


def _add_extract(sub: argparse._SubParsersAction) -> None:
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


def _add_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check figures across the articles of a records file", epilog=CHECK_EXAMPLE,
                       formatter_class=FORMATTER, description="Recompute and compare figures across articles; write "
                       "the checks as JSON Lines and print a summary table.")
    p.add_argument("records", metavar="RECORDS.jsonl")
    p.add_argument("-o", "--output", metavar="OUT.jsonl", help="write the checks here")
    p.set_defaults(func=cmd_check)


def _add_crawl(sub: argparse._SubParsersAction) -> None:
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


def _add_export(sub: argparse._SubParsersAction) -> None:
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


def _add_report(sub: argparse._SubParsersAction) -> None:
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


def _add_doctor(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="check the installation (spaCy model)", epilog=DOCTOR_EXAMPLE,
                       formatter_class=FORMATTER)
    p.set_defaults(func=cmd_doctor)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    engine = getattr(args, "engine", None)
    if engine == "local" or (engine == "dask" and not args.scheduler):
        # extract here, or on a LocalCluster in this process: the workers' model loads while this process imports
        from pipeline.engine.prestart import start_fork_server

        start_fork_server()
    from pipeline.nlp import ModelMissing

    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        config = settings.load(args.config) if args.config else settings.defaults()
        return args.func(args, config)
    except ModelMissing as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsfacts: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
