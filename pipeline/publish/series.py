"""The ``series`` table: one row per helpline, measure, region and period.

Built from the exported counts of relevant articles: totals (no ``rate``) whose period is known,
grouped by the helpline the article names first, the measure, the places the
count covers (several joined with " + ", as one figure covers them together)
and the period.  Each row has the figure most articles state (the
latest-published one on a tie), the range of figures, how many articles state
it and which, and ``disagree`` where they differ.  Figures are compared as
stated: "nearly 1,300" and "1,287" disagree here, and the cross-article checks
say whether that is within rounding.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Iterable, Iterator

Row = dict[str, Any]


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def candidates(tables: dict[str, list[Row]]) -> list[tuple[tuple, Row]]:
    """``(group key, source)`` for every count that belongs in a series, from normalised rows.

    ``tables`` may hold every article's rows or one article's: nothing here looks across articles.
    The source holds what :func:`series_rows` needs of the count and its article.
    """
    articles = {row["id"]: row for row in tables["articles"]}
    helpline = {row["article_id"]: row["helpline"] for row in tables["helplines"] if row["position"] == 0}
    places: dict[str, list[str]] = defaultdict(list)
    for row in tables["count_regions"]:
        if row["region"]:
            places[row["count_key"]].append(row["region"])
    out = []
    for count in tables["counts"]:
        if count["rate"] or not count["period_start"] or not count["period_end"] or count["value"] is None \
                or count.get("difference") or count.get("group"):  # the size of a change, a group's count: no total
            continue
        article = articles[count["article_id"]]
        if not article["relevant"]:
            continue  # a near-miss's figures ("1.2 million payments" at a council's car parks) are no helpline's
        key = (helpline.get(count["article_id"]) or "", count["measure"] or "other",
               " + ".join(places.get(count["key"], [])), count["period_start"], count["period_end"])
        out.append((key, {"article_id": count["article_id"], "count_key": count["key"], "value": count["value"],
                          "qualifier": count["qualifier"], "outlet": article["outlet"],
                          "published": article["published"]}))
    return out


def source_order(source: Row) -> tuple[str, str]:
    """The order of a series' sources: by publication date (undated first), then count key."""
    return source["published"] or "", source["count_key"]


def series_rows(groups: Iterable[tuple[tuple, list[Row]]]) -> Iterator[tuple[Row, list[Row]]]:
    """One ``series`` row and its ``series_sources`` rows per group, for groups in key order, sources in
    :func:`source_order`."""
    for number, (key, counts) in enumerate(groups, 1):
        tally = Counter(c["value"] for c in counts)
        latest = {c["value"]: i for i, c in enumerate(counts)}
        value = max(tally, key=lambda v: (tally[v], latest[v]))
        outlets = sorted({c["outlet"] or "" for c in counts} - {""})
        name, measure, region, start, end = key
        series = {
            "id": number, "helpline": name or None, "measure": measure, "region": region or None,
            "period_start": start, "period_end": end, "year": int(end[:4]), "value": value,
            "value_min": min(tally), "value_max": max(tally),
            "all_values": "; ".join(_number(v) for v in sorted(tally)),
            "articles": len({c["article_id"] for c in counts}), "outlets": "; ".join(outlets),
            "disagree": len(tally) > 1,
        }
        yield series, [dict(c, series_id=number, position=position) for position, c in enumerate(counts)]


def build_series(tables: dict[str, list[Row]]) -> tuple[list[Row], list[Row]]:
    """The ``series`` rows and their ``series_sources`` rows, from normalised tables."""
    groups: dict[tuple, list[Row]] = defaultdict(list)
    for key, source in candidates(tables):
        groups[key].append(source)
    series: list[Row] = []
    sources: list[Row] = []
    for row, rows in series_rows((key, sorted(groups[key], key=source_order)) for key in sorted(groups)):
        series.append(row)
        sources += rows
    return series, sources
