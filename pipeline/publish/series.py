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
from typing import Any

Row = dict[str, Any]


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def build_series(tables: dict[str, list[Row]]) -> tuple[list[Row], list[Row]]:
    """The ``series`` rows and their ``series_sources`` rows, from normalised tables."""
    articles = {row["id"]: row for row in tables["articles"]}
    helpline = {row["article_id"]: row["helpline"] for row in tables["helplines"] if row["position"] == 0}
    places: dict[str, list[str]] = defaultdict(list)
    for row in tables["count_regions"]:
        if row["region"]:
            places[row["count_key"]].append(row["region"])
    groups: dict[tuple, list[Row]] = defaultdict(list)
    for count in tables["counts"]:
        if count["rate"] or not count["period_start"] or not count["period_end"] or count["value"] is None:
            continue
        if not articles[count["article_id"]]["relevant"]:
            continue  # a near-miss's figures ("1.2 million payments" at a council's car parks) are no helpline's
        key = (helpline.get(count["article_id"]) or "", count["measure"] or "other",
               " + ".join(places.get(count["key"], [])), count["period_start"], count["period_end"])
        groups[key].append(count)
    series: list[Row] = []
    sources: list[Row] = []
    for number, key in enumerate(sorted(groups), 1):
        counts = sorted(groups[key], key=lambda c: (articles[c["article_id"]]["published"] or "", c["key"]))
        tally = Counter(c["value"] for c in counts)
        latest = {c["value"]: i for i, c in enumerate(counts)}
        value = max(tally, key=lambda v: (tally[v], latest[v]))
        outlets = sorted({articles[c["article_id"]]["outlet"] or "" for c in counts} - {""})
        name, measure, region, start, end = key
        series.append({
            "id": number, "helpline": name or None, "measure": measure, "region": region or None,
            "period_start": start, "period_end": end, "year": int(end[:4]), "value": value,
            "value_min": min(tally), "value_max": max(tally),
            "all_values": "; ".join(_number(v) for v in sorted(tally)),
            "articles": len({c["article_id"] for c in counts}), "outlets": "; ".join(outlets),
            "disagree": len(tally) > 1,
        })
        for position, c in enumerate(counts):
            article = articles[c["article_id"]]
            sources.append({"series_id": number, "position": position, "article_id": c["article_id"],
                            "count_key": c["key"], "value": c["value"], "qualifier": c["qualifier"],
                            "outlet": article["outlet"], "published": article["published"]})
    return series, sources
