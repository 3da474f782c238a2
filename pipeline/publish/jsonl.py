"""Writing records out: JSON Lines in the format of RECORDS.md.

Every writer serialises :mod:`pipeline.records` through ``records.to_dict``.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, TextIO

from pipeline.records import Record, to_dict


@dataclass
class WriteSummary:
    """What a run wrote: records, facts and the errors met on the way."""

    records: int = 0
    relevant: int = 0
    facts: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    failed_sources: list[str] = field(default_factory=list)

    def add(self, record: Record) -> None:
        self.records += 1
        self.relevant += bool(record.relevance.relevant)
        for kind in ("counts", "percentages", "multipliers", "quotes", "checks"):
            self.facts[kind] += len(getattr(record, kind))
        for error in record.errors:
            self.errors[error.split(":")[0]] += 1
        if record.errors and len(self.failed_sources) < 20:
            self.failed_sources.append(f"{record.article.source}: {record.errors[0]}")

    def render(self) -> str:
        """A short plain-text summary for the terminal."""
        facts = ", ".join(f"{n} {kind}" for kind, n in self.facts.items())
        lines = [f"{self.records} records ({self.relevant} relevant): {facts or 'no facts'}"]
        if self.errors:
            lines.append("errors: " + "; ".join(f"{kind} x{n}" for kind, n in self.errors.most_common()))
            lines.extend(f"  {line}" for line in self.failed_sources)
        return "\n".join(lines)


def json_line(data: Any) -> str:
    """One line of JSON (escaped ASCII when a string holds a lone surrogate, which UTF-8 cannot write)."""
    line = json.dumps(data, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # a file name undecodable on this system, say
        line = json.dumps(data, ensure_ascii=True)
    return line


def dumps(record: Record, *, with_text: bool = False) -> str:
    """One record as one line of JSON."""
    return json_line(to_dict(record, with_text=with_text))


def write_jsonl(records: Iterable[Record], out: TextIO, *, with_text: bool = False) -> WriteSummary:
    """Stream records to ``out`` as JSON Lines, flushing each line; return what was written."""
    summary = WriteSummary()
    for record in records:
        out.write(dumps(record, with_text=with_text) + "\n")
        out.flush()
        summary.add(record)
    return summary
