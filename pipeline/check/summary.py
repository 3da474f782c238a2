"""The summary table ``newsfacts check`` prints: checks by verdict, and each inconsistency."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional, Union

from pipeline.records import VERDICTS, Check

KINDS = ("percentage", "share", "multiplier", "sum", "sum (difference)", "cross_article")


def kind_of(check: Check) -> str:
    """The row a check is counted in: its kind, with its ``relation`` when it has one (a stated difference is of kind
    ``sum`` but no total against its parts, so it has a row of its own)."""
    relation = getattr(check, "relation", None)
    return f"{check.kind} ({relation})" if relation else check.kind


@dataclass
class Summary:
    """How many claims were checked, by kind and verdict, and what was inconsistent."""

    by_kind: dict[str, Counter] = field(default_factory=dict)
    inconsistencies: list[tuple[str, Check]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    records: int = 0

    def add(self, check: Check, where: str = "") -> None:
        self.by_kind.setdefault(kind_of(check), Counter())[check.verdict] += 1
        if check.verdict == "inconsistent":
            self.inconsistencies.append((where, check))

    def total(self, verdict: Optional[str] = None) -> int:
        return sum(c[verdict] if verdict else sum(c.values()) for c in self.by_kind.values())

    @property
    def checked(self) -> int:
        return self.total()

    @property
    def consistent(self) -> int:
        return self.total("consistent")

    @property
    def inconsistent(self) -> int:
        return self.total("inconsistent")

    @property
    def unverifiable(self) -> int:
        return self.total("unverifiable")

    def render(self) -> str:
        """A plain-text table for the terminal."""
        head = f"{'kind':<18}{'checked':>9}{'consistent':>12}{'inconsistent':>14}{'unverifiable':>14}"
        lines = [f"records read: {self.records}",
                 f"claims checked: {self.checked} ({self.consistent} consistent, {self.inconsistent} inconsistent, "
                 f"{self.unverifiable} unverifiable)", "", head, "-" * len(head)]
        kinds = [k for k in KINDS if k in self.by_kind] + sorted(k for k in self.by_kind if k not in KINDS)
        rows = [(k, self.by_kind[k]) for k in kinds]
        rows.append(("all claims", Counter({v: self.total(v) for v in VERDICTS})))
        for name, c in rows:
            if name == "all claims":
                lines.append("-" * len(head))
            lines.append(f"{name:<18}{sum(c.values()):>9}{c['consistent']:>12}{c['inconsistent']:>14}"
                         f"{c['unverifiable']:>14}")
        if self.inconsistencies:
            lines += ["", "inconsistent:"]
            for where, check in self.inconsistencies:
                label = f"{where} {check.id}".strip()
                lines.append(f"  [{kind_of(check)}] {label}: {check.explanation}")
        if self.errors:
            lines += ["", "errors:"] + [f"  {e}" for e in self.errors]
        return "\n".join(lines)


def summarise(checks: Iterable[Union[Check, tuple[str, Check]]]) -> Summary:
    """Count checks by kind and verdict; items may be ``(where, check)`` pairs to label them."""
    summary = Summary()
    for item in checks:
        where, check = item if isinstance(item, tuple) else ("", item)
        summary.add(check, where)
    return summary
