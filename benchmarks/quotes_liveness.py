#!/usr/bin/env python3
"""Seconds that quote attribution takes on hostile text, by input size.

Usage:
    python benchmarks/quotes_liveness.py [--sizes 100,1000,10000]

Each shape grows with n: a Title Case headline of n words over a quote; a
speaker phrase whose body name is a list of n capitalised words cut by commas;
an appositive of n words that never reaches a speech verb; a paragraph of n
"said" with no quote; n kind words after "the"; n/6 paragraphs naming bodies; n capitalised words
before or after a kind word or before a lower-case line word; a surname described again and
again after its quote. A linear rule takes about ten
times longer for ten times the words; a backtracking one far more. Runs with the
word rules alone (no model), since the rules are what the patterns are in.
Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract.quotes import extract_quotes  # noqa: E402

SHAPES = {
    "title-case headline": lambda n: " ".join(["Helpline Calls Rise"] * (n // 3)) + '\n\n"We are busy," said Jo Roe.',
    "comma list body": lambda n: "A Department for " + ", ".join(["Work"] * n) + ' and Pensions spokesperson said: "Yes."',
    "open appositive": lambda n: "Jane Roe, " + "the line " * (n // 2) + 'spoke.\n\n"We are busy," she added.',
    "said without quotes": lambda n: "He said she said " * (n // 4),
    "kind words": lambda n: 'Jo Roe, of the ' + "the " * n + 'charity, said: "Yes."',
    "paragraphs of bodies": lambda n: "Kent Police and the NSPCC met.\n\n" * (n // 6) + 'Jo Roe, of the charity, said: "Yes."',
    "capitalised after of": lambda n: '"Yes," said Jo Roe of ' + " ".join(["Harbour"] * n) + ".",
    # eighth round: bodies described by a kind word, lines named in lower case, surnames described later
    "capitals before a kind word": lambda n: " of ".join(["Harbour"] * n) + ', a charity volunteer, said: "Yes."',
    "kind word before capitals": lambda n: "the charity " + " ".join(["Harbour"] * n) + ' founded it. "Yes," she said.',
    "capitals before a line word": lambda n: "the " + " ".join(["Harbour"] * n) + ' gambling crisis help. "Yes," said Jo Roe.',
    "surname described later": lambda n: '"Yes," said Jo Roe.\n\n' + "Roe is the head of the Harbour Trust. " * (n // 8),
    # ninth round: bracketed short names, names after lower-case roles, units at parents
    "bracketed short names": lambda n: "The Harbour Support Group (Hsg) met Hsg. " * (n // 8) + '"Yes," said its director Jo Roe.',
    "names after roles": lambda n: "the director Jo Roe and the manager " * (n // 7) + 'Tom Poe spoke.\n\n"Yes," she said.',
    "units at parents": lambda n: '"Yes," said Jo Roe, director of the ' + "Harbour Centre at the " * (n // 4) + "Trust.",
    # eleventh round: a body of a kind told by an indefinite after the named one
    "indefinite kinds": lambda n: "Harbour Trust now runs a crisis centre. " * (n // 7) + '"Yes," said Jo Roe, manager of the centre.',
    "words before a kind": lambda n: "A " + "new " * n + 'centre opened. "Yes," said Jo Roe, manager of the centre.',
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'shape':<24}" + "".join(f"{n:>12}" for n in sizes) + "   (seconds)")
    for name, make in SHAPES.items():
        row = []
        for n in sizes:
            text = make(n)
            t0 = time.perf_counter()
            extract_quotes(text)
            row.append(time.perf_counter() - t0)
        print(f"{name:<24}" + "".join(f"{t:>12.3f}" for t in row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
