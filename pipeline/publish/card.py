"""The dataset card: a README beside ``datapackage.json`` for the people who open the tables.

Source, date range, outlets, how the data was made, what each table holds and
the known limits.  Nothing in it depends on the clock, so the same records give
the same card.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from pipeline import __version__
from pipeline.publish.summary import TableSummary
from pipeline.publish.schema import table_specs

LIMITS = """\
- Facts are extracted by rules and a small statistical model; they can be wrong. Each
  fact keeps its character offsets (`start`, `end`, `sentence_start`, `sentence_end`) so
  it can be checked against the article text (`articles.text`, when extracted with
  `--with-text`).
- A verdict of `unverifiable` means the inputs are not in the text, not that the claim is
  wrong. Cross-article checks compare figures stated for the same measure, place and period.
- `series` compares figures as stated: a rounded figure ("nearly 1,300") and an exact one
  ("1,287") are flagged as disagreeing; the cross-article checks say whether that is within
  rounding. Rates ("each month") and figures without a period are left out of it.
- Outlets are the sites the articles came from; syndicated copies of one press release
  count as several articles.
- Quoted text belongs to the articles' publishers; only short extracts are kept."""


def _verdict_order(item: tuple[Optional[str], int]) -> tuple[bool, str]:
    """Verdicts in alphabetical order, a check without one (a damaged line) last."""
    return item[0] is None, item[0] or ""


def render_card(summary: TableSummary, *, sources: list[str]) -> str:
    """The card as Markdown, from the summary of the tables written."""
    verdicts, outlets = summary.verdicts, summary.outlets
    lines = [
        "# newsfacts dataset", "",
        "Facts stated in news articles about prevention helplines (above all Stop It Now!, the UK "
        "helpline for people worried about their own or someone else's sexual thoughts or "
        "behaviour towards children): counts, percentages, \"doubled\" claims, quotes with their "
        "speakers, and the arithmetic checks that recompute them.", "",
        "## Source", "",
        f"- Made by newsfacts {__version__} from: " + ", ".join(f"`{s}`" for s in sources),
        f"- Articles: {summary.rows['articles']} ({summary.relevant} relevant), "
        f"published {summary.published.render()}; figures cover {summary.periods.render()}",
        f"- Checks: {sum(verdicts.values())} ("
        + ", ".join(f"{n} {v}" for v, n in sorted(verdicts.items(), key=_verdict_order)) + ")", "",
        "## Outlets", "", "| outlet | articles |", "| --- | --- |",
        *[f"| {name} | {n} |" for name, n in sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))], "",
        "## How it was made", "",
        "`newsfacts extract` read each page's main text, title, date and outlet, judged whether it "
        "is about a prevention helpline, and extracted counts, percentages, multipliers, regions, "
        "periods and quotes; it recomputed every stated change from the counts it rests on. "
        "`newsfacts check` compared figures across articles. `newsfacts export` wrote these tables "
        "(the record format is `RECORDS.md` of the newsfacts repository; every field is a column "
        "and nested lists are child tables). `datapackage.json` describes every field.", "",
        "## Tables", "", "| table | rows | what it holds |", "| --- | --- | --- |",
        *[f"| `{s.name}` | {summary.rows[s.name]} | {s.description} |" for s in table_specs()], "",
        "## Known limits", "", LIMITS, "",
    ]
    return "\n".join(lines)


def write_card(summary: TableSummary, path: str | Path, *, sources: list[str]) -> Path:
    """Write the card to ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_card(summary, sources=sources), encoding="utf-8")
    return path
