#!/usr/bin/env python3
"""Score publication dates: ours beside htmldate alone, on real pages and on our own texts.

Real pages: ``SHARED/bench/dates-multilingual`` (721 pages in many languages),
read as stored (``.html.gz``) the way ``newsfacts extract FOLDER`` reads them (no URL, our decoding,
the whole read stage of :func:`pipeline.read.maintext.read_document`), scored
by the benchmark's own ``score.py``.  htmldate alone is ``find_date(html,
original_date=True, extensive_search=True)`` on the same bytes, scored the
same way.  Our texts: the seeds and the fixture articles (plain text with a
dateline; a gold ``published`` of null means no date should be given), with
htmldate fed each text as HTML paragraphs.

    python benchmarks/dates.py [--shared ../shared] [--limit N] [--out DIR]
"""
from __future__ import annotations

import argparse
import gzip
import html as htmllib
import json
import sys
import tempfile
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scorers import score_subset  # noqa: E402

from pipeline.read.archives import iter_documents  # noqa: E402
from pipeline.read.maintext import read_document  # noqa: E402
from pipeline.records import Document  # noqa: E402

#: Fixture sets of our own writing: (gold file, folder its ``file`` names are relative to).
TEXT_SETS = (
    ("seeds", "{shared}/eval/seeds_gold.json", "{shared}"),
    ("fixtures/articles", "tests/fixtures/articles/gold.json", "."),
    ("fixtures/unseen", "tests/fixtures/unseen/gold.json", "."),
    ("fixtures/blind", "tests/fixtures/blind/gold.json", "tests/fixtures"),
)


def htmldate_alone(data: bytes | str) -> Optional[str]:
    """htmldate's original publication date with extensive search, or None."""
    from htmldate import find_date

    try:
        return find_date(data, original_date=True, extensive_search=True)
    except Exception:  # noqa: BLE001 - a library failure is no answer
        return None


def ours(doc: Document) -> Optional[str]:
    """The date the read stage gives a document."""
    return read_document(doc).published


def stored_pages(bench: Path, limit: Optional[int]) -> list[Path]:
    """The benchmark's pages as stored (``<name>.html.gz``): the reader reads them as they are."""
    return sorted((bench / "html").glob("*.html.gz"))[:limit]


def score_pages(bench: Path, answers: dict[str, Optional[str]], out: Path) -> float:
    """Accuracy by the benchmark's ``score.py`` (over the answered pages' gold only)."""
    rows = ({"article": {"source": f"{name}.html", "published": published}} for name, published in answers.items())
    return score_subset(bench, answers, rows, out, name="accuracy")


def text_as_html(text: str) -> str:
    """A plain text as the simplest HTML page, one ``<p>`` per line."""
    lines = (f"<p>{htmllib.escape(line.strip())}</p>" for line in text.splitlines() if line.strip())
    return "<html><body>" + "\n".join(lines) + "</body></html>"


def score_texts(shared: Path) -> list[tuple[str, int, int, int]]:
    """(set, pages, ours right, htmldate right) for each fixture set of plain texts."""
    rows = []
    for name, gold_path, base in TEXT_SETS:
        gold_file = Path(gold_path.format(shared=shared))
        if not gold_file.is_file():
            continue
        folder = Path(base.format(shared=shared))
        mine = theirs = 0
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for item in gold:
            path = folder / item["file"]
            if not path.is_file():
                path = ROOT / item["file"]
            doc = next(iter_documents([path]))
            mine += ours(doc) == item["published"]
            theirs += htmldate_alone(text_as_html(doc.text or "")) == item["published"]
        rows.append((name, len(gold), mine, theirs))
    return rows


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--out", type=Path, default=None, help="folder for the answers")
    parser.add_argument("--verbose", action="store_true", help="list the pages where we differ")
    args = parser.parse_args(argv)
    bench = args.shared / "bench" / "dates-multilingual"
    if not (bench / "score.py").is_file():
        print(f"benchmark not found at {bench}", file=sys.stderr)
        return 2
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="dates-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = stored_pages(bench, args.limit)
    systems: dict[str, Callable[[Path], Optional[str]]] = {
        "htmldate alone": lambda path: htmldate_alone(gzip.decompress(path.read_bytes())),
        "newsfacts": lambda path: ours(next(iter_documents([path]))),
    }
    answers: dict[str, dict[str, Optional[str]]] = {}
    figures = {}
    for name, system in systems.items():
        answers[name] = {path.name.split(".")[0]: system(path) for path in paths}
        figures[name] = score_pages(bench, answers[name], out_dir / (name.replace(" ", "_") + ".jsonl"))
    print(f"dates-multilingual: {len(paths)} pages  answers in {out_dir}")
    for name, accuracy in figures.items():
        print(f"  {name:16s} accuracy {accuracy:.3f}")
    if args.verbose:
        gold = json.loads((bench / "gold.json").read_text(encoding="utf-8"))
        for key, mine in answers["newsfacts"].items():
            theirs = answers["htmldate alone"][key]
            if mine != theirs:
                print(f"  {key}: gold {gold[key]['date']} ours {mine} htmldate {theirs}")
    for name, pages, mine, theirs in score_texts(args.shared):
        print(f"{name}: {pages} texts  newsfacts {mine}/{pages}  htmldate alone {theirs}/{pages}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
