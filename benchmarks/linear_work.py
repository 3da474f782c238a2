#!/usr/bin/env python3
"""CPU seconds of the paths issue 9's ninth review found quadratic, by input size.

Usage (from the project root)::

    python benchmarks/linear_work.py [--changes 500,1000,2000,4000] [--words 10000,20000,40000,80000]

Two shapes of our own writing, each grown with n:

- **changes of the opening**: one paragraph of n sentences "Calls rose 12 per cent." each followed
  by two counts, so that every change is linked to the body (``linking.link_to_body``); facts stage.
- **changes, other comparisons**: n changes of arrests in the opening line, then n comparisons of
  calls none of them may link to; facts stage.
- **changes of another year**: n changes of calls in 2019, then n comparisons of calls in 2023
  (one paragraph, so all of it opens the page); facts stage.
- **one-place totals**: n counts "in Leeds" (and of Bradford, Wakefield), every tenth a West Yorkshire
  total, built by hand; the checks of the record (``Evidence.breakdown`` read every count after each
  one-place total before the eleventh round); checks stage.
- **paragraphs of bodies**: n/6 paragraphs naming two bodies, then a quote (the shape of
  ``benchmarks/quotes_liveness.py``); quote attribution, word rules alone.

A linear path takes about twice as long for twice the input; a quadratic one four times.
Figures taken while other processes run are noisy.  Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import datetime
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.check.within import check_record  # noqa: E402
from pipeline.extract.article import extract_facts  # noqa: E402
from pipeline.extract.quotes import extract_quotes  # noqa: E402
from pipeline.nlp import load_model  # noqa: E402
from pipeline.records import Article, Count, Record  # noqa: E402

PUBLISHED = datetime.date(2024, 3, 1)


def changes_then_counts(n: int) -> str:
    return " ".join(f"Calls rose {i % 50 + 10} per cent. In 2022 it took {1000 + i} calls and in 2023 {2000 + 3 * i} calls."
                    for i in range(n))


def changes_then_comparisons(n: int) -> str:
    opening = " ".join(f"Arrests rose {i % 50 + 10} per cent." for i in range(n))
    body = " ".join(f"The line took {1000 + i} calls, up from {900 + i}." for i in range(n))
    return f"Helpline figures\n\n{opening}\n\n{body}"


def changes_of_another_year(n: int) -> str:
    return " ".join(f"Calls rose {i % 50 + 10} per cent in 2019." for i in range(n)) + " " + \
        " ".join(f"The line took {1000 + i} calls in 2023, up from {900 + i} in 2022." for i in range(n))


def one_place_totals(n: int) -> Record:
    places = ["Leeds", "Leeds", "Bradford", "Wakefield", "Leeds", "Bradford", "Leeds", "Leeds", "Wakefield", "Leeds"]
    counts = [Count(id=f"c{i + 1}", text=f"{100 + i} calls", start=60 * i, end=60 * i + 9, sentence=(60 * i, 60 * i + 50),
                    regions=["West Yorkshire" if i % 10 == 0 else places[i % 10]], period_start="2022-01-01",
                    period_end="2022-12-31", value=100 + i, measure="helpline_calls", unit="calls")
              for i in range(n)]
    return Record(article=Article(id="a1", source="totals.txt"), counts=counts)


def paragraphs_of_bodies(n: int) -> str:
    return "Kent Police and the NSPCC met.\n\n" * (n // 6) + 'Jo Roe, of the charity, said: "Yes."'


def _row(name: str, sizes: list[int], run) -> None:
    cells = []
    for n in sizes:
        start = time.process_time()
        run(n)
        cells.append(time.process_time() - start)
    print(f"{name:<28}" + "".join(f"{t:>10.2f}" for t in cells), flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", default="500,1000,2000,4000")
    parser.add_argument("--words", default="10000,20000,40000,80000")
    args = parser.parse_args(argv)
    changes = [int(s) for s in args.changes.split(",") if s]
    words = [int(s) for s in args.words.split(",") if s]
    nlp = load_model()
    if changes:
        print(f"{'changes':<28}" + "".join(f"{n:>10}" for n in changes) + "   (CPU seconds)")
        _row("changes of the opening", changes, lambda n: extract_facts(changes_then_counts(n), published=PUBLISHED, nlp=nlp))
        _row("changes, other comparisons", changes,
             lambda n: extract_facts(changes_then_comparisons(n), published=PUBLISHED, nlp=nlp))
        _row("changes of another year", changes,
             lambda n: extract_facts(changes_of_another_year(n), published=PUBLISHED, nlp=nlp))
        _row("one-place totals (checks)", changes, lambda n: check_record(one_place_totals(n), text=""))
    if words:
        print(f"{'words':<28}" + "".join(f"{n:>10}" for n in words) + "   (CPU seconds)")
        _row("paragraphs of bodies", words, lambda n: extract_quotes(paragraphs_of_bodies(n)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
