#!/usr/bin/env python3
"""Time every regular expression of the package on adversarial texts; print the worst.

Usage:
    python benchmarks/regex_audit.py [--size 20000] [--timeout 5] [--top 25]

Which patterns: every pattern compiled while the package is imported and while the
whole pipeline runs on our fixture articles and an HTML page (module constants,
patterns built from f-strings and from the word lists in ``pipeline/data/``, and the
one-off ``re.search(r"...")`` calls inside functions), recorded by wrapping
``re._compile`` and keeping those called from ``pipeline/``.

How: each pattern scans each adversarial text with ``finditer`` (a search from every
position: the worst way any caller can use it) at ``--size`` and half of it; the
growth between the two sizes tells linear (about 2x) from quadratic (about 4x) or
worse.  Each measurement runs in a child process that is killed after ``--timeout``
seconds, so a catastrophic pattern is reported as a hang instead of stopping the
audit.  Timings are noisy on a shared machine; the growth is the figure to read.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import re
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PACKAGE = str(ROOT / "pipeline")

WORDS = "Stop It Now Lucy Faithfull Foundation Police Chief Constable North Yorkshire Council".split()


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // max(len(unit), 1) + 1))[:size]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "capitalised words": lambda n: _repeat(" ".join(WORDS) + " ", n),
    "capitalised words then a quote": lambda n: _repeat(" ".join(WORDS) + " ", n) + ' "It is hard," he said.',
    "spaces before a final !": lambda n: "a" + " " * n + "!",
    "spaces, no end": lambda n: " " * n,
    "digits and commas": lambda n: _repeat("1,234,", n),
    "digits": lambda n: "9" * n,
    "quote marks": lambda n: _repeat("\"\u201c\u201d'\u2018\u2019", n),
    "brackets": lambda n: _repeat("([{<", n) + _repeat(")]}>", n // 4),
    "one long word": lambda n: "a" * n,
    "lower-case words": lambda n: _repeat("the calls to the helpline rose ", n),
    "commas and words": lambda n: _repeat("Smith, ", n),
    "dots and spaces": lambda n: _repeat(". ", n),
    "hyphens and dashes": lambda n: _repeat("- \u2013 ", n),
    "newlines": lambda n: "\n" * n,
    "mixture": lambda n: _repeat('Mr Smith, "1,200 calls" (up 45%) in 2021 \u2013 ', n),
    "numbers and words": lambda n: _repeat("1 in 2 of 3 per cent 4 ", n),
}


def collect_patterns() -> list[re.Pattern]:
    """Every pattern the package compiles while it is imported and while it runs."""
    import importlib
    import pkgutil

    seen: dict[tuple, re.Pattern] = {}
    original = re._compile

    def recording(pattern, flags):
        compiled = original(pattern, flags)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.startswith(re.__file__.rsplit("/", 1)[0]):
            frame = frame.f_back
        if frame is not None and frame.f_code.co_filename.startswith(PACKAGE) and isinstance(compiled, re.Pattern):
            seen.setdefault((compiled.pattern, compiled.flags), compiled)
        return compiled

    re._compile = recording
    try:
        import pipeline
        for info in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
            if not info.name.endswith("__main__"):
                importlib.import_module(info.name)
        _exercise()
    finally:
        re._compile = original
    return list(seen.values())


def _exercise() -> None:
    """Run every stage once so that lazily built patterns get compiled."""
    from pipeline.engine.stages import extract_document
    from pipeline.records import Document
    from pipeline.read.relevance import link_score

    fixtures = ROOT / "tests" / "fixtures"
    for path in sorted(fixtures.glob("*/*.txt")):
        extract_document(Document(source=str(path), text=path.read_text(encoding="utf-8")))
    for path in sorted(fixtures.glob("html/*.html")):
        extract_document(Document(source=str(path), html=path.read_text(encoding="utf-8", errors="replace"), url="https://example.org/news/a"))
    link_score("https://example.org/news/helpline-calls-rise", "Helpline calls rise")
    from pipeline.collect.links import charset_of, parse_links
    from pipeline.collect.robots import parse_robots

    page = b'<html><head><meta charset="utf-8"></head><body><a href="/news/a">Helpline calls</a></body></html>'
    parse_links(page, "https://example.org/", content_type="text/html; charset=utf-8")
    charset_of("text/html; charset=utf-8")
    parse_robots("User-agent: *\nDisallow: /*private*$\nAllow: /news\n", "newsfacts").allowed("https://example.org/a/private/b")


def _measure(pattern: re.Pattern, text: str, how: str) -> float:
    """Seconds of one ``match`` at the start, or of a scan from every position (``finditer``)."""
    subject = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
    start = time.perf_counter()
    if how == "match":
        pattern.match(subject)
    else:
        for _ in pattern.finditer(subject):
            pass
    return time.perf_counter() - start


def _child(conn, jobs: list[tuple[int, str, int, str]], patterns: list[re.Pattern]) -> None:
    for index, name, size, how in jobs:
        conn.send((index, name, size, how, _measure(patterns[index], ADVERSARIAL[name](size), how)))
    conn.send(None)


def run(patterns: list[re.Pattern], size: int, timeout: float) -> dict[tuple[int, str, int, str], float]:
    """Seconds per (pattern, input, size, match or scan) at size/2 and size; ``inf`` where a child was killed."""
    jobs = [(i, name, s, how) for i in range(len(patterns)) for name in ADVERSARIAL
            for how in ("match", "scan") for s in (size // 2, size)]
    results: dict[tuple[int, str, int, str], float] = {}
    ctx = mp.get_context("fork")
    while jobs:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_child, args=(child, jobs, patterns), daemon=True)
        proc.start()
        while True:
            if not parent.poll(timeout):
                index, name, s, how = jobs[0]
                proc.kill()
                proc.join()
                results[(index, name, s, how)] = float("inf")
                jobs = [j for j in jobs[1:] if j[:2] != (index, name) or j[3] != how]  # a larger size would hang too
                break
            message = parent.recv()
            if message is None:
                proc.join()
                jobs = []
                break
            index, name, s, how, seconds = message
            results[(index, name, s, how)] = seconds
            jobs = jobs[1:]
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="characters of each adversarial text")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds before a measurement counts as a hang")
    parser.add_argument("--top", type=int, default=25, help="how many of the worst to print")
    args = parser.parse_args(argv)
    patterns = collect_patterns()
    print(f"{len(patterns)} patterns compiled by the package; {len(ADVERSARIAL)} adversarial texts "
          f"of {args.size:,} characters (and half that)")
    results = run(patterns, args.size, args.timeout)
    rows = []
    inf = float("inf")
    for index in range(len(patterns)):
        for name in ADVERSARIAL:
            full, half = results.get((index, name, args.size, "scan"), inf), results.get((index, name, args.size // 2, "scan"), inf)
            growth = full / half if half not in (0, inf) else inf
            rows.append((full, growth, results.get((index, name, args.size, "match"), inf), index, name))
    rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
    print("\nscan: finditer from every position (what search, sub and split cost); growth: scan at the size over "
          "half of it (2 linear, 4 quadratic); match: one match at the start (all that a pattern only ever "
          "matched at a position costs: re.match(r'\\s+[a-z]', after) scans quadratically but matches linearly)")
    print(f"\n{'scan s':>9} {'growth':>7} {'match s':>9}  input / pattern")
    for full, growth, match, index, name in rows[:args.top]:
        shown = "hang" if full == inf else f"{full:9.4f}"
        shown_match = "hang" if match == inf else f"{match:9.4f}"
        source = patterns[index].pattern
        source = source if isinstance(source, str) else source.decode("latin-1")
        print(f"{shown:>9} {growth:7.1f} {shown_match:>9}  {name}: {source[:140]!r}")
    worst_match = max(rows, key=lambda r: r[2])
    print(f"\nworst single match: {worst_match[2]:.4f} s ({worst_match[4]}: {str(patterns[worst_match[3]].pattern)[:80]!r})")
    hangs = sum(1 for r in rows if r[0] == inf)
    match_hangs = sum(1 for r in rows if r[2] == inf)
    print(f"scans over {args.timeout:g} s: {hangs}; single matches over {args.timeout:g} s: {match_hangs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
