"""``newsfacts report``: one self-contained HTML file for fact-checkers.

The counts of verdicts at the top; every checked claim with its sentence, the
figures it rests on highlighted, the arithmetic and the verdict; filters by
verdict, outlet, region and year; each article's link; bar charts (inline SVG)
of helpline contacts by region and by year.  Styles and the script are inline
(``data/report.css``, ``data/report.js``), and a Content-Security-Policy
allows only them, so nothing is fetched from the network.

Everything that came from a page is escaped: the template (``data/report.html``)
is rendered by Jinja2 with autoescaping, every attribute is quoted, and a link
is a link only when its URL is ``http`` or ``https``.
"""
from __future__ import annotations

import base64
import datetime
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional
from urllib.parse import urlsplit

import jinja2

from pipeline.publish.tables import FACT_LISTS, Tables

if TYPE_CHECKING:
    from pipeline.publish.export import Exported

Row = dict[str, Any]
CHART_MEASURE = "helpline_contacts"
VERDICT_ORDER = ("inconsistent", "unverifiable", "consistent")
SEP = "\n"  # between the values of a data-* attribute a filter matches
SENTENCE = "sentence_text"  # a fact's sentence, kept with the fact (the articles' texts are not kept)


def _data(name: str) -> str:
    return resources.files("pipeline").joinpath(f"data/{name}").read_text(encoding="utf-8")


def safe_url(url: Optional[str]) -> Optional[str]:
    """The URL when it is http(s) with a host, else None (a ``javascript:`` link is shown as text)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _number(value: Optional[float]) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


@dataclass
class _Index:
    """Rows of the tables looked up by key."""

    articles: dict[str, Row]
    facts: dict[str, Row]
    regions: dict[str, list[str]]

    @classmethod
    def of(cls, tables: Tables) -> "_Index":
        texts = {row["id"]: row.get("text") for row in tables["articles"]}
        facts: dict[str, Row] = {}
        regions: dict[str, list[str]] = defaultdict(list)
        for table, kind in FACT_LISTS.items():
            for row in tables[table]:
                facts[row["key"]] = dict(row, fact_table=table)
                if SENTENCE not in row:  # report_tables cut it out of the text already
                    facts[row["key"]][SENTENCE] = sentence_of(row, texts.get(row["article_id"]))
            for row in tables[f"{kind}_regions"]:
                regions[row[f"{kind}_key"]].append(row["region"])
        return cls({row["id"]: row for row in tables["articles"]}, facts, regions)


def sentence_of(fact: Row, text: Optional[str]) -> Optional[str]:
    """The sentence the fact stands in, when the article's text is there and the fact's span fits it."""
    span = (fact["sentence_start"], fact["sentence_end"])
    if text and None not in span and 0 <= span[0] < span[1] <= len(text):
        return text[span[0]:span[1]]
    return None


def _pieces(text: str, start: int, marks: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` (which starts at ``start`` in the article) cut into (words, highlighted) pieces."""
    out: list[tuple[str, bool]] = []
    at = 0
    for s, e in sorted(marks):
        s, e = max(s - start, at), min(e - start, len(text))
        if s >= e:
            continue
        if s > at:
            out.append((text[at:s], False))
        out.append((text[s:e], True))
        at = e
    if at < len(text):
        out.append((text[at:], False))
    return out


def _evidence(keys: list[str], index: _Index) -> list[Row]:
    """One entry per sentence the facts stand in, with every one of those facts highlighted."""
    by_sentence: dict[tuple, list[Row]] = defaultdict(list)
    order: list[tuple] = []
    for key in keys:
        fact = index.facts.get(key)
        if fact is None:
            continue
        if fact[SENTENCE] is not None:
            where = (fact["article_id"], (fact["sentence_start"], fact["sentence_end"]))
        else:
            where = (fact["article_id"], key)
        if where not in by_sentence:
            order.append(where)
        by_sentence[where].append(fact)
    out = []
    for where in order:
        facts = by_sentence[where]
        article = index.articles.get(where[0], {})
        if isinstance(where[1], tuple):
            s, e = where[1]
            marks = [(f["start"], f["end"]) for f in facts if f["start"] is not None and f["end"] is not None]
            pieces = _pieces(facts[0][SENTENCE], s, marks)
        else:
            pieces = [(facts[0]["text"] or "", True)]
        out.append({"pieces": pieces, "outlet": article.get("outlet") or "", "title": article.get("title") or ""})
    return out


def _shown(article: Row) -> Row:
    """How an article is named and linked: title (else its source or id), outlet, date, URL and a safe link."""
    return {"title": article["title"] or article["source"] or article["id"][:12], "outlet": article["outlet"] or "",
            "published": article["published"] or "", "url": article["url"] or "", "href": safe_url(article["url"])}


def _claim(check: Row, inputs: list[str], index: _Index, scope: str) -> Row:
    claim = index.facts.get(check["claim_key"] or "")
    keys = ([check["claim_key"]] if claim else []) + [k for k in inputs if k and k != check["claim_key"]]
    facts = [index.facts[k] for k in keys if k in index.facts]
    own = [check["article_id"]] if check.get("article_id") else []
    article_ids = list(dict.fromkeys([f["article_id"] for f in facts] + own))
    articles = [index.articles[a] for a in article_ids if a in index.articles]
    regions = sorted({r for k in keys for r in index.regions.get(k, []) if r})
    years = sorted({f["period_end"][:4] for f in facts if f["period_end"]}) or \
        sorted({a["published"][:4] for a in articles if a["published"]})
    outlets = sorted({a["outlet"] or "" for a in articles} - {""})
    return {
        "key": check["key"], "scope": scope, "kind": check["kind"], "relation": check.get("relation") or "",
        "verdict": check["verdict"] or "unverifiable",
        "claim_text": claim["text"] if claim else check.get("claim_ref") or "",
        "stated": _number(check["stated"]), "computed": _number(check["computed"]),
        "implied": _number(check["implied"]) if check["implied"] is not None else None,
        "explanation": check["explanation"] or "", "tolerance": check["tolerance"] or "",
        "evidence": _evidence(keys, index),
        "articles": [_shown(a) for a in articles],
        "filters": {"verdict": check["verdict"] or "", "outlet": SEP.join(outlets),
                    "region": SEP.join(regions) or "(none)", "year": SEP.join(years) or "(unknown)"},
    }


def _bars(pairs: list[tuple[str, float]], *, width: int = 720, bar: int = 22) -> Row:
    """Geometry of a horizontal bar chart: one (label, value) per bar."""
    top = max((v for _, v in pairs), default=0) or 1
    label_w, plot_w = 260, width - 260 - 80
    rows = [{"label": label, "value": _number(value), "y": i * bar, "w": max(1, round(plot_w * value / top)),
             "x": label_w, "tx": label_w + max(1, round(plot_w * value / top)) + 6}
            for i, (label, value) in enumerate(pairs)]
    return {"rows": rows, "width": width, "height": max(bar, len(rows) * bar), "bar": bar - 6}


def within_a_year(row: Row) -> bool:
    """The series row covers at most a year (a running total "since 2002" does not)."""
    start, end = datetime.date.fromisoformat(str(row["period_start"])[:10]), datetime.date.fromisoformat(str(row["period_end"])[:10])
    return (end - start).days <= 366


def _charts(tables: Tables) -> list[Row]:
    """Helpline contacts by region (the latest period stated for each) and by year (the largest figure)."""
    series = [s for s in tables["series"] if s["measure"] == CHART_MEASURE and s["value"] is not None
              and within_a_year(s)]  # "since 2002, 1.2 million" is a running total, no year's figure
    latest: dict[str, Row] = {}
    for s in series:
        if s["region"] and "+" not in s["region"]:
            if s["region"] not in latest or s["period_end"] > latest[s["region"]]["period_end"]:
                latest[s["region"]] = s
    by_region = sorted(((f"{r} ({s['period_end'][:4]})", s["value"]) for r, s in latest.items()),
                       key=lambda pair: (-pair[1], pair[0]))
    largest: dict[int, float] = {}
    for s in series:
        largest[s["year"]] = max(largest.get(s["year"], 0), s["value"])
    by_year = [(str(year), value) for year, value in sorted(largest.items())]
    return [
        {"id": "chart-region", "title": "Helpline contacts by region",
         "note": "the figure for the latest period stated for each single place", "bars": _bars(by_region)},
        {"id": "chart-year", "title": "Helpline contacts by year",
         "note": "the largest figure stated for a period ending that year (usually the national one)", "bars": _bars(by_year)},
    ]


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _context(tables: Tables) -> Row:
    """What the template shows."""
    index = _Index.of(tables)
    inputs: dict[str, list[str]] = defaultdict(list)
    for table in ("check_inputs", "cross_check_inputs"):
        for row in tables[table]:
            inputs[row["check_key"]].append(row["input_key"])
    claims = [_claim(k, inputs[k["key"]], index, "within") for k in tables["checks"]]
    claims += [_claim(dict(k, article_id=None), inputs[k["key"]], index, "across") for k in tables["cross_checks"]]
    rank = {verdict: i for i, verdict in enumerate(VERDICT_ORDER)}
    claims.sort(key=lambda c: (rank.get(c["verdict"], len(rank)), c["key"]))
    verdicts = Counter(c["verdict"] for c in claims)
    options = {name: sorted({v for c in claims for v in c["filters"][name].split(SEP) if v})
               for name in ("verdict", "outlet", "region", "year")}
    css, js = _data("report.css"), _data("report.js")
    return dict(
        css=css, js=js, csp=f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
                            "img-src data:; base-uri 'none'; form-action 'none'",
        claims=claims, verdicts=[(v, verdicts.get(v, 0)) for v in VERDICT_ORDER], total=len(claims),
        options=options, charts=_charts(tables),
        articles=[dict(_shown(a), relevant=a["relevant"]) for a in tables["articles"]],
    )


def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(_data("report.html"))


def render_report(tables: Tables) -> str:
    """The report as one HTML string."""
    return _template().render(**_context(tables))


def write_report(tables: Tables, path: str | Path) -> Path:
    """Write the report to ``path``, streamed from the template (the page is never one string)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _template().stream(**_context(tables)).dump(str(path), encoding="utf-8")
    return path


# What the report reads of each table; report_tables keeps only these.
REPORT_COLUMNS = {
    "articles": ("id", "title", "source", "outlet", "published", "url", "relevant"),
    **{table: ("key", "article_id", "text", "start", "end", "sentence_start", "sentence_end", "period_end")
       for table in FACT_LISTS},
    **{f"{kind}_regions": (f"{kind}_key", "region") for kind in FACT_LISTS.values()},
    "checks": ("key", "kind", "verdict", "claim_key", "claim_ref", "stated", "computed", "implied", "explanation",
               "tolerance", "relation", "article_id"),
    "check_inputs": ("check_key", "input_key"), "cross_check_inputs": ("check_key", "input_key"),
}
REPORT_COLUMNS["cross_checks"] = REPORT_COLUMNS["checks"][:-1]  # no article_id: across articles


def report_tables(records: str | Path, checks: Optional[str | Path] = None) -> "Exported":
    """What the report needs of a records file and its checks, streamed (:mod:`stream`): the columns it
    reads, each fact's sentence instead of the articles' texts, and the series.  Far smaller than
    :func:`export.load_tables` (a few hundred bytes an article, not the text), though it still grows
    with the file: the report lists every article and every check."""
    from pipeline.publish.export import Exported
    from pipeline.publish.stream import stream_tables
    from pipeline.publish.summary import TableSummary

    exported = Exported(TableSummary(), {name: [] for name in [*REPORT_COLUMNS, "series"]})
    texts: dict[str, Optional[str]] = {}  # the current record's text (a record's articles row comes first)
    for table, rows in stream_tables(records, checks, exported.problems):
        exported.summary.add(table, rows)
        if table == "articles":
            texts = {row["id"]: row["text"] for row in rows}
        if table == "series":
            exported.tables[table] += rows
        elif table in REPORT_COLUMNS:
            kept = [{name: row[name] for name in REPORT_COLUMNS[table]} for row in rows]
            if table in FACT_LISTS:
                for row in kept:
                    row[SENTENCE] = sentence_of(row, texts.get(row["article_id"]))
            exported.tables[table] += kept
    return exported
