#!/usr/bin/env python3
"""How far two annotators agree, and how far newsfacts agrees with each of them.

Usage (from the project root)::

    python benchmarks/real/agreement.py [--split dev|heldout|all] [--second benchmarks/real/second.json] [--no-extract]

``second.json`` holds a second, blind annotation of some dev entries: another annotator
wrote them from the texts, ANNOTATION.md and the seeds' gold alone, without seeing
``gold.json``. Each annotation is turned into records (a quote's text is the article's
words from its ``starts_with`` on, as the extractor would give them) and scored against
the other with ``../shared/eval/score.py``, both ways, since the scorer is not symmetric
(it drops vague counts and unverifiable checks on the records' side only). Then the
extractor runs on the same texts (unless ``--no-extract``) and is scored against each.
Agreement between two people is the ceiling a score against one of them can be read
against. Texts missing from ``.cache/`` are skipped.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

from score import HERE, ROOT, SCORER, as_jsonl

FACTS = ("counts", "percentages", "multipliers", "checks")


def _flat(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    for curly, straight in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(curly, straight)
    return " ".join(text.split())


def as_record(entry: dict) -> dict:
    """A gold entry as the extractor's record, so that score.py can score it."""
    text = _flat((HERE / entry["file"]).read_text(encoding="utf-8"))
    quotes = []
    for quote in entry.get("quotes", []):
        head = _flat(quote.get("starts_with", ""))
        at = text.lower().find(head.lower()) if head else -1
        quotes.append({**quote, "text": text[at:at + 400] if at >= 0 else head})
    record = {key: entry.get(key, []) for key in FACTS}
    record.update(article={"source": f"{entry['id']}.txt"}, quotes=quotes, regions=entry.get("regions") or [])
    return record


def score(gold: list[dict], records: list[dict], folder: Path, name: str) -> dict[str, str]:
    """score.py's summary lines of ``records`` against ``gold``, by their first word."""
    gold_file, rec_file = folder / f"{name}-gold.json", folder / f"{name}-records.jsonl"
    gold_file.write_text(json.dumps(gold), encoding="utf-8")
    rec_file.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(gold_file), str(rec_file)],
                         capture_output=True, text=True, check=True).stdout
    return {line.split()[0].rstrip(":"): line for line in out.splitlines() if line.strip()}


def row(label: str, lines: dict[str, str]) -> str:
    """One table row: macro F1, strict and each fact type's F1."""
    f1 = {kind: lines[kind].split()[3] for kind in ("counts", "percentages", "multipliers", "quotes", "checks")}
    macro = re.search(r"[\d.]+", lines["score"]).group()
    strict = re.search(r"[\d.]+", lines["strict"]).group()
    return f"| {label} | {macro} | {strict} | " + " | ".join(f1.values()) + " |"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--second", type=Path, default=HERE / "second.json", help="the second annotation")
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all",
                        help="only the entries that gold.json puts in this split")
    parser.add_argument("--no-extract", action="store_true", help="only the two annotations against each other")
    args = parser.parse_args(argv)
    first_by_id = {e["id"]: e for e in json.loads((HERE / "gold.json").read_text(encoding="utf-8"))}
    second = [e for e in json.loads(args.second.read_text(encoding="utf-8"))
              if (HERE / e["file"]).is_file() and e["id"] in first_by_id
              and args.split in ("all", first_by_id[e["id"]].get("split", "dev"))]
    first = [first_by_id[e["id"]] for e in second]
    print(f"{len(second)} entries annotated twice, texts present", file=sys.stderr)
    table = ["| scored | macro F1 | strict | counts | percentages | multipliers | quotes | checks |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        table.append(row("second against gold.json", score(first, [as_record(e) for e in second], folder, "ba")))
        table.append(row("gold.json against second", score(second, [as_record(e) for e in first], folder, "ab")))
        if not args.no_extract:
            paths = [str(as_jsonl(e, folder)) for e in first]
            out = folder / "ours.jsonl"
            subprocess.run([sys.executable, "-m", "pipeline", "extract", *paths, "-o", str(out), "-q"],
                           cwd=ROOT, check=True)
            ours = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
            table.append(row("newsfacts against gold.json", score(first, ours, folder, "oa")))
            table.append(row("newsfacts against second", score(second, ours, folder, "ob")))
    print("\n".join(table))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
