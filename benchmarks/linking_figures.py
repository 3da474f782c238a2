"""CPU seconds linking spends finding changes' base counts on a page made only of figures.

Usage (from the project root)::

    python benchmarks/linking_figures.py [SIZE ...]

Runs the facts stage on ``tests/adversarial.long_line(SIZE)`` (one line of "took 1,200 calls, up 45%
on 2020", 200,000 characters by default) under cProfile and prints the cumulative CPU seconds of
``linking._base_by_period`` and ``linking._compared_count`` (quadratic in the number of figures before
``extract/count_index.py``), and of the whole stage.  Figures taken while other processes run are noisy.
"""
from __future__ import annotations

import cProfile
import datetime
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from adversarial import long_line  # noqa: E402
from pipeline.extract.article import extract_facts  # noqa: E402
from pipeline.nlp import load_model  # noqa: E402

WATCHED = ("_base_by_period", "_compared_count")


def main(sizes: list[int]) -> None:
    nlp = load_model()
    for size in sizes:
        profile = cProfile.Profile(time.process_time)
        start = time.process_time()
        profile.enable()
        extract_facts(long_line(size), published=datetime.date(2022, 3, 18), nlp=nlp)
        profile.disable()
        total = time.process_time() - start
        stats = pstats.Stats(profile).stats
        seen = {name: sum(v[3] for (path, _, fn), v in stats.items() if fn == name and path.endswith("linking.py"))
                for name in WATCHED}
        shown = "  ".join(f"{name} {seconds:.2f} s" for name, seconds in seen.items())
        print(f"{size:>9} chars: facts stage {total:.1f} s CPU (profiled); {shown}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [200_000])
