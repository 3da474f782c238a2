"""What the datapackage, the dataset card and the terminal say of the tables, gathered while they are written.

Rows per table, the range of publication dates and of the periods figures
cover, articles per outlet and checks per verdict: each a count or a minimum
and maximum, so it stays small however many rows go by.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional

from pipeline.publish.schema import Row, Tables, table_specs


@dataclass
class Span:
    """The least and greatest of the values seen (ISO dates compare as text)."""

    first: Optional[str] = None
    last: Optional[str] = None

    def add(self, value: Any) -> None:
        if not value:
            return
        self.first = value if self.first is None or value < self.first else self.first
        self.last = value if self.last is None or value > self.last else self.last

    def render(self) -> str:
        return f"{self.first} to {self.last}" if self.first is not None else "unknown (no dates)"


@dataclass
class TableSummary:
    """Counts and ranges of normalised rows, fed one batch at a time by :meth:`add`."""

    rows: Counter = field(default_factory=Counter)
    relevant: int = 0
    published: Span = field(default_factory=Span)
    periods: Span = field(default_factory=Span)
    outlets: Counter = field(default_factory=Counter)
    verdicts: Counter = field(default_factory=Counter)

    def add(self, table: str, rows: list[Row]) -> None:
        """Count a batch of rows of ``table``."""
        self.rows[table] += len(rows)
        if table == "articles":
            for article in rows:
                self.relevant += bool(article["relevant"])
                self.published.add(article["published"])
                self.outlets[article["outlet"] or "(unknown)"] += 1
        elif table == "counts":
            for count in rows:
                self.periods.add(count["period_start"])
                self.periods.add(count["period_end"])
        elif table in ("checks", "cross_checks"):
            self.verdicts.update(check["verdict"] for check in rows)

    @classmethod
    def of(cls, tables: Tables) -> "TableSummary":
        """The summary of tables held in memory."""
        summary = cls()
        for spec in table_specs():
            summary.add(spec.name, tables.get(spec.name, []))
        return summary
