"""The ``newsfacts`` command: a thin layer over the Python API.

Each sub-command parses its arguments (:mod:`pipeline.cli_parsers`), calls one
API function (:mod:`pipeline.cli_commands`) and prints a summary to stderr.
Exit codes: 0 done (records may still carry errors), 1 the run could not start
(no model, a missing settings file), 2 bad arguments.
"""
from __future__ import annotations

import argparse
import logging
import sys
from typing import Optional, Sequence

from pipeline import __version__, settings
from pipeline.cli_commands import (  # noqa: F401 - imported from here
    cmd_check,
    cmd_crawl,
    cmd_doctor,
    cmd_export,
    cmd_extract,
    cmd_report,
)
from pipeline.cli_parsers import (  # noqa: F401 - the examples are imported from here
    CHECK_EXAMPLE,
    CRAWL_EXAMPLE,
    DOCTOR_EXAMPLE,
    EXPORT_EXAMPLE,
    EXTRACT_EXAMPLE,
    FORMATTER,
    REPORT_EXAMPLE,
    add_check,
    add_crawl,
    add_doctor,
    add_export,
    add_extract,
    add_report,
)

log = logging.getLogger("newsfacts")

MAIN_EXAMPLE = """examples (make run's job; newsfacts COMMAND --help for each command):
  newsfacts extract corpus/ -o extracted/records.jsonl --with-text
  newsfacts check extracted/records.jsonl -o extracted/checks.jsonl
  newsfacts export extracted/records.jsonl extracted/checks.jsonl --to sqlite extracted/newsfacts.sqlite
  newsfacts report extracted/records.jsonl extracted/checks.jsonl -o extracted/report.html"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command."""
    parser = argparse.ArgumentParser(prog="newsfacts", description=__doc__.splitlines()[0], epilog=MAIN_EXAMPLE,
                                     formatter_class=FORMATTER)
    parser.add_argument("--version", action="version", version=f"newsfacts {__version__}")
    parser.add_argument("--config", help="a settings file overriding pipeline/data/settings.cfg")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and dropped items")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in (add_extract, add_check, add_crawl, add_export, add_report, add_doctor):
        add(sub)
    return parser


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
