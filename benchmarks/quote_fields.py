#!/usr/bin/env python3
"""Each gold quote beside the quote the extractor found for it: speaker, title, official flag, organisation.

Usage:
    python benchmarks/quote_fields.py GOLD.json RECORDS.jsonl [GOLD.json RECORDS.jsonl ...] [--all]

A gold quote is found as ``score.py`` finds it (a record quote whose text starts with its first words); the
speaker is right when the last words agree, the official flag when both say the same, the organisation and the
title when both are empty or one holds the other (the title against the record's ``title`` or ``role``, as
``tests/engine/test_quotes12_articles.py`` reads it). Prints one line per quote with a field wrong (every quote
with ``--all``), then the totals per field. Standard library only; asserts nothing.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any, Optional

FIELDS = ("speaker", "title", "official", "org")


def _norm(words: Optional[str]) -> str:
    words = unicodedata.normalize("NFKC", words or "").replace("\u2019", "'").replace("\u2018", "'")
    words = words.replace("\u201c", '"').replace("\u201d", '"')
    words = re.sub(r"\s+", " ", words).strip().lower()
    return re.sub(r"^(?:the|its|a|an) ", "", words.lstrip("\"' "))


def _holds(want: str, said: list[str]) -> bool:
    if not want:
        return not any(said)
    return any(s and (want in s or s in want) for s in said)


def judge(want: dict[str, Any], quote: dict[str, Any]) -> dict[str, bool]:
    """Which of the four fields the record's quote has right."""
    return {
        "speaker": (want.get("speaker") or "").lower().split()[-1:] == (quote.get("speaker") or "").lower().split()[-1:],
        "title": _holds(_norm(want.get("title")), [_norm(quote.get("title")), _norm(quote.get("role"))]),
        "official": bool(want.get("official")) == bool(quote.get("official")),
        "org": _holds(_norm(want.get("org")), [_norm(quote.get("org"))]),
    }


def compare(gold_path: Path, records_path: Path, show_all: bool, totals: dict[str, int], quiet: bool = False) -> None:
    """Add each gold quote of ``gold_path`` to ``totals`` (found, and right per field), printing the wrong ones
    (every one with ``show_all``; none when ``quiet``)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    records = {}
    for line in records_path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        source = (record.get("article") or {}).get("source") or ""
        records[Path(source.split("#")[0]).name.split(".")[0]] = record
    for article in gold:
        quotes, used = (records.get(article["id"]) or {}).get("quotes") or [], set()
        for want in article.get("quotes") or []:
            head = _norm(want["starts_with"])
            hit = next((i for i, q in enumerate(quotes)
                        if i not in used and _norm(q.get("text"))[: len(head) + 3].find(head) >= 0), None)
            totals["gold"] += 1
            if hit is None:
                if not quiet:
                    print(f"{article['id']}: MISSED {want['starts_with'][:40]!r}")
                continue
            used.add(hit)
            quote = quotes[hit]
            right = judge(want, quote)
            totals["found"] += 1
            for field in FIELDS:
                totals[field] += right[field]
            if not quiet and (show_all or not all(right.values())):
                wrong = [f for f in FIELDS if not right[f]]
                print(f"{article['id']}: {want['starts_with'][:32]!r} wrong={','.join(wrong) or '-'}")
                for field in FIELDS:
                    mark = " " if right[field] else "*"
                    said = quote.get(field)
                    if field == "title" and quote.get("role"):
                        said = f"{said!r} role={quote.get('role')!r}"
                    print(f"   {mark}{field:9} gold={want.get(field)!r}  got={said!r}")
                print(f"    attribution={quote.get('attribution')!r}")


def totals_of(gold_path: Path, records_path: Path) -> dict[str, int]:
    """How many gold quotes there are, how many are found, and of them how many have each field right."""
    totals = dict.fromkeys(("gold", "found", *FIELDS), 0)
    compare(gold_path, records_path, False, totals, quiet=True)
    return totals


def main(argv: list[str]) -> None:
    show_all = "--all" in argv
    paths = [Path(a) for a in argv if a != "--all"]
    if not paths or len(paths) % 2:
        sys.exit(__doc__)
    totals = dict.fromkeys(("gold", "found", *FIELDS), 0)
    for gold_path, records_path in zip(paths[::2], paths[1::2]):
        compare(gold_path, records_path, show_all, totals)
    found = totals["found"]
    print(f"found {found}/{totals['gold']}; " + "  ".join(f"{f} {totals[f]}/{found}" for f in FIELDS))


if __name__ == "__main__":
    main(sys.argv[1:])
