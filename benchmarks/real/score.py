#!/usr/bin/env python3
"""Score newsfacts on the real-news dev set: whatever texts are in ``.cache/``.

Usage (from the project root)::

    python benchmarks/real/score.py [--split dev|heldout|heldout1..heldout9|all] [--verbose]

Runs ``python -m pipeline extract`` on the cached texts that ``gold.json`` names (each with
its entry's url and publication date, the page metadata the text does not hold),
then ``../shared/eval/score.py`` on the gold entries of the chosen split whose
text is present. Entries whose text is missing are counted and skipped, never
scored as misses. The texts are other people's sentences: they are never
committed (see README.md here for filling ``.cache/`` from the URLs).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def as_jsonl(entry: dict, folder: Path) -> Path:
    """The cached text as ``<id>.jsonl`` with the entry's url and publication date.

    The date is page metadata (what ``extract`` reads from a page's HTML), not part of
    the stored text; the annotators resolved "last year" with it, so the extractor
    gets it too.
    """
    path = folder / f"{entry['id']}.jsonl"
    item = {"url": entry.get("url"), "published": entry.get("published"),
            "text": (HERE / entry["file"]).read_text(encoding="utf-8")}
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    return path


def chosen_by(entry: dict, split: str) -> bool:
    """Whether a gold entry belongs to ``split``.

    ``heldout1``, ``heldout2`` ...: an earlier round's held-out part, read once at
    the end of its round and part of dev since.
    """
    if split.startswith("heldout") and split[7:].isdigit():
        return entry.get("heldout_round") == int(split[7:])
    return split == "all" or entry.get("split", "dev") == split


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all", *(f"heldout{n}" for n in range(1, 10))), default="dev",
                        help="heldout: the quarter kept aside now; heldout1, heldout2 ...: an earlier "
                             "round's held-out entries, read once and now part of dev")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--gold", type=Path, default=HERE / "gold.json")
    args = parser.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    chosen = [g for g in gold if chosen_by(g, args.split)]
    present = [g for g in chosen if (HERE / g["file"]).is_file()]
    print(f"{len(present)} of {len(chosen)} {args.split} articles present in .cache/", file=sys.stderr)
    if not present:
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        gold_file, out = Path(tmp) / "gold.json", Path(tmp) / "records.jsonl"
        gold_file.write_text(json.dumps(present), encoding="utf-8")
        paths = [str(as_jsonl(g, Path(tmp))) for g in present]
        subprocess.run([sys.executable, "-m", "pipeline", "extract", *paths, "-o", str(out), "-q"],
                       cwd=ROOT, check=True)
        cmd = [sys.executable, str(SCORER), str(gold_file), str(out)] + (["--verbose"] if args.verbose else [])
        return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
