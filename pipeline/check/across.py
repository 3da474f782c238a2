"""Fact checks across articles: one figure stated differently by two outlets.

:func:`check_across` compares the records of a records file: counts and
changes of the same measure, region and period stated with different values;
a "doubled" in one article against a percentage in another; the earlier count
one article implies (a 106% rise to 18,036 implies about 8,755) against the
count another article states.  Syndicated copies of one press release, whose
figures or titles largely coincide, are grouped first, so that a figure one
outlet prints differently stands out even when the period was not extracted.
:func:`run_check` streams a records JSONL, writes every check (JSONL) and
returns a :class:`Summary` for the terminal.

Cross-article checks have kind ``cross_article``; ``articles`` lists the
article ids involved, and ``inputs`` names facts as ``<article id>:<fact id>``.
"""
from __future__ import annotations
import configparser
import dataclasses
import json
import logging
from pathlib import Path
from typing import Iterable, Optional, TextIO

from pipeline.check.cross_changes import change_checks, implied_checks
from pipeline.check.cross_figures import figure_checks
from pipeline.check.summary import Summary, summarise
from pipeline.check.syndication import label, syndication_groups
from pipeline.check.tolerances import load
from pipeline.check.within import check_record, placed_by_context
from pipeline.publish.jsonl import json_line
from pipeline.records import Check, Fact, Multiplier, Record, from_dict

__all__ = ["check_across", "run_check", "summarise", "syndication_groups"]

log = logging.getLogger(__name__)


def _number(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and x == x and abs(x) != float("inf")


# the fields of a fact that name what it is a figure of (keys of the checks' slots): one value each
_NAMING = ("id", "text", "qualifier", "measure", "rate", "difference", "group", "kind", "direction",
           "base_period_start", "base_period_end")
_SCALAR = (str, int, float, bool, type(None))


def _well_formed(fact: Fact) -> bool:
    value = fact.factor if isinstance(fact, Multiplier) else getattr(fact, "value", None)
    return (_number(value) and isinstance(fact.regions, list) and all(isinstance(x, str) for x in fact.regions)
            and all(d is None or isinstance(d, str) for d in (fact.period_start, fact.period_end))
            and all(isinstance(getattr(fact, name, None), _SCALAR) for name in _NAMING))


def _usable(record: Record) -> Record:
    """The record without facts too malformed to compare (logged, not fatal)."""
    kept = {name: [f for f in getattr(record, name) if _well_formed(f)]
            for name in ("counts", "percentages", "multipliers")}
    dropped = sum(len(getattr(record, n)) - len(v) for n, v in kept.items())
    if dropped:
        log.warning("%s: %d malformed facts left out of the cross-article checks", record.article.id, dropped)
    for name in ("counts", "percentages", "multipliers"):  # a fact whose sentence names no place: the places before
        kept[name] = [placed_by_context(f) for f in kept[name]]
    helplines = record.relevance.helplines
    if not (isinstance(helplines, list) and all(isinstance(h, str) for h in helplines)):
        kept["relevance"] = dataclasses.replace(record.relevance, helplines=[])  # type: ignore[assignment]
    return dataclasses.replace(record, **kept)


def check_across(records: Iterable[Record], *, config: Optional[configparser.ConfigParser] = None) -> list[Check]:
    """Every cross-article check of ``records``, ids ``x1``, ``x2``..."""
    tol = load(config)
    unique: dict[str, Record] = {}
    for r in records:
        unique.setdefault(r.article.id, _usable(r))
    recs = list(unique.values())
    groups = syndication_groups(recs, tol)
    checks = figure_checks(recs, groups, tol) + change_checks(recs, tol) + implied_checks(recs, tol)
    for i, check in enumerate(checks, 1):
        check.id = f"x{i}"
    return checks


def run_check(records_path: Path, out: Optional[TextIO] = None, *,
              config: Optional[configparser.ConfigParser] = None) -> Summary:
    """Stream a records JSONL, check across it, write every check (JSONL) to ``out``.

    Each record's own checks are counted and written too (with ``articles``
    set to that record's id); a record written without a ``checks`` field is
    checked here.  A line that is not a record is reported in
    ``Summary.errors`` and skipped.
    """
    records: list[Record] = []
    errors: list[str] = []
    own: list[tuple[str, Check]] = []
    with open(records_path, encoding="utf-8", errors="replace") as lines:  # a bad byte spoils one line, not the run
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                record = from_dict(data)
                if not (isinstance(record.article.id, str) and record.article.id):
                    raise ValueError("the article has no id")
                outlet = label(record)
                checks = record.checks if "checks" in data else check_record(record, config=config)
                if not isinstance(checks, list):
                    raise ValueError("its checks are not a list")
            except Exception as exc:  # one bad line must not stop the file
                errors.append(f"{records_path}:{number}: not a record ({type(exc).__name__}: {exc})")
                continue
            usable = [c for c in checks if isinstance(c, Check) and isinstance(c.kind, str) and isinstance(c.verdict, str)]
            if len(usable) < len(checks):
                errors.append(f"{records_path}:{number}: {len(checks) - len(usable)} malformed checks left out")
                checks = usable
            record.article.text = None
            records.append(record)
            for check in checks:
                own.append((outlet, dataclasses.replace(check, articles=[record.article.id])))
    across = check_across(records, config=config)
    summary = summarise(own + [("", c) for c in across])
    summary.records = len(records)
    summary.errors = errors
    if out is not None:
        for check in [c for _, c in own] + across:
            out.write(json_line(dataclasses.asdict(check)) + "\n")
    return summary
