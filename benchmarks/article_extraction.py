#!/usr/bin/env python3
"""Score main-text extraction on the ScrapingHub article-extraction benchmark.

Runs trafilatura alone (default and ``favor_precision``) and our ensemble
(:func:`pipeline.read.maintext.extract_main_text`) over the pages in
``SHARED/bench/article-extraction/html``, writes each one's predictions JSON
next to a temporary folder (or ``--out``), scores them with the benchmark's own
``score.py`` and prints the F1 figures with their ratios to trafilatura's.

    python benchmarks/article_extraction.py [--shared ../shared] [--limit N]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.read.maintext import extract_main_text  # noqa: E402
from pipeline.read.metadata import decode_bytes  # noqa: E402


def trafilatura_default(html: str, url: Optional[str]) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def trafilatura_precision(html: str, url: Optional[str]) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, favor_precision=True) or ""


SYSTEMS: dict[str, Callable[[str, Optional[str]], str]] = {
    "trafilatura": trafilatura_default,
    "trafilatura favor_precision": trafilatura_precision,
    "newsfacts ensemble": extract_main_text,
}


def load_pages(bench: Path, limit: Optional[int] = None) -> dict[str, tuple[str, Optional[str]]]:
    """Page id -> (decoded HTML, URL) for the benchmark's gzipped pages."""
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for path in sorted((bench / "html").glob("*.html.gz"))[:limit]:
        page = path.name[: -len(".html.gz")]
        html, _ = decode_bytes(gzip.decompress(path.read_bytes()))
        pages[page] = (html, truth.get(page, {}).get("url"))
    return pages


def predict(pages: dict[str, tuple[str, Optional[str]]],
            system: Callable[[str, Optional[str]], str]) -> dict[str, dict[str, str]]:
    """The benchmark's predictions format for one system."""
    return {page: {"articleBody": system(html, url)} for page, (html, url) in pages.items()}


def score(bench: Path, predictions: dict[str, dict[str, str]], out: Path,
          pages: Optional[list[str]] = None) -> float:
    """F1 by the benchmark's ``score.py`` (over ``pages`` only, when given)."""
    out.write_text(json.dumps(predictions), encoding="utf-8")
    scorer = bench / "score.py"
    if pages is not None:  # a subset: score against a ground truth cut to the same pages
        truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
        subset = out.with_suffix(".bench")
        subset.mkdir(exist_ok=True)
        (subset / "ground-truth.json").write_text(
            json.dumps({p: truth[p] for p in pages}), encoding="utf-8")
        (subset / "score.py").write_text(scorer.read_text(encoding="utf-8"), encoding="utf-8")
        scorer = subset / "score.py"
    result = subprocess.run([sys.executable, str(scorer), str(out)], capture_output=True,
                            text=True, check=True)
    match = re.search(r"^f1: ([\d.]+)", result.stdout, re.M)
    if not match:
        raise RuntimeError(f"scorer printed no f1: {result.stdout[-500:]}")
    return float(match.group(1))


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--out", type=Path, default=None, help="folder for predictions JSON")
    args = parser.parse_args(argv)
    bench = args.shared / "bench" / "article-extraction"
    if not (bench / "score.py").is_file():
        print(f"benchmark not found at {bench}", file=sys.stderr)
        return 2
    pages = load_pages(bench, args.limit)
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="article-extraction-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    subset = list(pages) if args.limit else None
    figures = {}
    for name, system in SYSTEMS.items():
        path = out_dir / (name.replace(" ", "_") + ".json")
        figures[name] = score(bench, predict(pages, system), path, subset)
    base = figures["trafilatura"]
    print(f"pages: {len(pages)}  predictions in {out_dir}")
    for name, f1 in figures.items():
        print(f"{name:30s} F1 {f1:.3f}  ratio to trafilatura {f1 / base if base else 0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
