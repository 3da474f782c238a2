"""What each ``newsfacts`` command does: check its parsed arguments, call one API function, print a summary.

``cmd_NAME(args, config)`` is the command ``NAME``; its arguments are :mod:`pipeline.cli_parsers`', and
:func:`pipeline.cli.main` runs the one asked for.  Each returns the exit code: 0 done (records may still
carry errors), 2 bad arguments.  The API's modules are imported inside each command, when it runs.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import sys
from configparser import ConfigParser
from pathlib import Path
from typing import Iterable, Iterator, Optional, TextIO

from pipeline import __version__


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
