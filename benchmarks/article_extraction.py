#!/usr/bin/env python3
"""Score main-text extraction on two benchmarks in one run: ours beside trafilatura alone.

The sets: ``SHARED/bench/article-extraction`` (181 English news and blog pages,
ScrapingHub, shingle F1 by its ``score.py``) and
``SHARED/bench/maintext-multilingual`` (823 pages in many languages from
trafilatura's evaluation, with/without snippets by its ``score.py``).  A change
that lifts one and lowers the other is fitting a benchmark, not reading pages
better, so both are always printed together.

Systems: trafilatura alone (``extract()`` on the page's bytes, so with its own
decoding), trafilatura on our decoding (:func:`pipeline.read.metadata.decode_bytes`,
the difference between the two is the difference in decoding), and ours
(:func:`pipeline.read.maintext.extract_main_text` on our decoding, what
``newsfacts extract`` writes as ``article.text``).

    python benchmarks/article_extraction.py [--shared ../shared] [--limit N] [--out DIR]
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scorers import figure, score_subset  # noqa: E402

from pipeline.read.maintext import extract_main_text, normalise_text  # noqa: E402
from pipeline.read.metadata import decode_bytes  # noqa: E402

#: A page: its raw bytes, our decoding of them, its URL when the set gives one.
Page = tuple[bytes, str, Optional[str]]


def trafilatura_alone(raw: bytes, html: str, url: Optional[str]) -> str:
    """trafilatura's default extraction, decoding the bytes itself."""
    import trafilatura

    return trafilatura.extract(raw, url=url) or ""


def trafilatura_our_decoding(raw: bytes, html: str, url: Optional[str]) -> str:
    """trafilatura's default extraction of the page as we decoded it."""
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def newsfacts(raw: bytes, html: str, url: Optional[str]) -> str:
    """Our main text, as ``article.text`` holds it."""
    return normalise_text(extract_main_text(html, url))


SYSTEMS: dict[str, Callable[[bytes, str, Optional[str]], str]] = {
    "trafilatura alone": trafilatura_alone,
    "trafilatura, our decoding": trafilatura_our_decoding,
    "newsfacts": newsfacts,
}


def load_pages(bench: Path, urls: dict[str, Optional[str]], limit: Optional[int]) -> dict[str, Page]:
    """Page id -> (bytes, decoded HTML, URL) for a set's gzipped pages."""
    pages = {}
    for path in sorted((bench / "html").glob("*.html.gz"))[:limit]:
        page = path.name.split(".")[0]
        raw = gzip.decompress(path.read_bytes())
        html, _ = decode_bytes(raw)
        pages[page] = (raw, html, urls.get(page))
    return pages


def score_scrapinghub(bench: Path, texts: dict[str, str], out: Path) -> float:
    """F1 by the ScrapingHub ``score.py`` over the pages in ``texts``."""
    out.write_text(json.dumps({p: {"articleBody": t} for p, t in texts.items()}), encoding="utf-8")
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    subset = out.with_suffix(".bench")
    subset.mkdir(exist_ok=True)  # the scorer reads ground-truth.json beside itself
    (subset / "ground-truth.json").write_text(
        json.dumps({p: truth[p] for p in texts if p in truth}), encoding="utf-8")
    (subset / "score.py").write_text((bench / "score.py").read_text(encoding="utf-8"), encoding="utf-8")
    result = subprocess.run([sys.executable, str(subset / "score.py"), str(out)],
                            capture_output=True, text=True, check=True)
    return figure("f1", result.stdout)


def score_multilingual(bench: Path, texts: dict[str, str], out: Path) -> float:
    """F1 by the multilingual set's ``score.py`` over the pages in ``texts``."""
    rows = ({"article": {"source": f"{page}.html", "text": text}} for page, text in texts.items())
    return score_subset(bench, texts, rows, out, name="f1")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    parser.add_argument("--out", type=Path, default=None, help="folder for the predictions")
    args = parser.parse_args(argv)
    scrapinghub = args.shared / "bench" / "article-extraction"
    multilingual = args.shared / "bench" / "maintext-multilingual"
    for bench in (scrapinghub, multilingual):
        if not (bench / "score.py").is_file():
            print(f"benchmark not found at {bench}", file=sys.stderr)
            return 2
    truth = json.loads((scrapinghub / "ground-truth.json").read_text(encoding="utf-8"))
    sets = (
        ("ScrapingHub", scrapinghub, {p: t.get("url") for p, t in truth.items()}, score_scrapinghub),
        ("multilingual", multilingual, {}, score_multilingual),
    )
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="article-extraction-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    figures: dict[str, dict[str, float]] = {}
    sizes = {}
    for set_name, bench, urls, scorer in sets:
        pages = load_pages(bench, urls, args.limit)
        sizes[set_name] = len(pages)
        for name, system in SYSTEMS.items():
            texts = {page: system(*value) for page, value in pages.items()}
            out = out_dir / f"{set_name}-{name.replace(' ', '_').replace(',', '')}.json"
            figures.setdefault(name, {})[set_name] = scorer(bench, texts, out)
    print(f"predictions in {out_dir}")
    print(f"{'system':28s} " + "  ".join(f"{s} ({n} pages) F1" for s, n in sizes.items()))
    for name, row in figures.items():
        print(f"{name:28s} " + "  ".join(f"{row[s]:>{len(s) + len(str(n)) + 12}.3f}"
                                          for s, n in sizes.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
