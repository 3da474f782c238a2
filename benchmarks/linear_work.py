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

Thirteenth round (``--spots``): the paths linear13 made linear, each grown with n:

- **a town named again**: n sentences "Mount Isa gamblers lost ..." (``place_evidence.named_again``
  counted the name in the whole text per mention); regions, tokenizer only.
- **a JSON-LD graph**: a page whose ``@graph`` holds n objects (``html_tree.jsonld_objects``, ``pop(0)``).
- **as-written names**: n mentions of "Lifeline" in a text that lower-casing lengthens
  (``topic_words.helplines_named`` looked for the spellings in the whole text per mention).
- **changed shares, one sentence**: n changed shares of other things in one run-on sentence whose only
  word of use is a call on someone (``usage.usage_figures`` read the sentence's words again per share).
- **nested tags**: n unclosed ``<div>`` before a page of our own (the last resort, BeautifulSoup, walked
  the ancestors per string); the read stage (``read_document``).
- **lines of quote marks**: n lines of one quote mark each; the whole of ``extract_article``.

``--adversarial`` grows the shapes of ``tests/adversarial.py`` (and the fuzz inputs' nested tags and
quote marks) from ``--base`` to ten times it, through each extractor alone and the read stage, and
prints the CPU seconds at each size and the growth of the last doubling (2 is linear, 4 quadratic).

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
    growth = f"   x{cells[-1] / cells[-2]:.1f}" if len(cells) > 1 and cells[-2] > 0.01 else ""
    print(f"{name:<28}" + "".join(f"{t:>10.2f}" for t in cells) + growth, flush=True)


# -- the thirteenth round's paths --------------------------------------------------------------

ARTICLE = ("<html><head><title>Calls rose</title></head><body><article>"
           + "".join(f"<p>The Harbour Line took {1000 + i} calls in 2023, up from {800 + i} the year before, "
                     "its manager said on Monday.</p>" for i in range(8)) + "</article></body></html>")


def towns_named_again(n: int) -> str:
    return " ".join(f"Mount Isa gamblers lost {100 + i} dollars." for i in range(n))


def json_ld_graph(n: int) -> str:
    import json
    objects = [{"@type": "Person", "name": f"Jo Roe {i}"} for i in range(n)]
    return f'<html><head><script type="application/ld+json">{json.dumps({"@graph": objects})}</script></head><body></body></html>'


def as_written_names(n: int) -> str:
    return "\u0130stanbul. " + "Lifeline took more calls this year. " * n


def changed_shares(n: int) -> str:
    return "Members called on the council as " + ", ".join(f"fees rose {i % 90 + 5}%" for i in range(n)) + "."


def nested_tags(n: int) -> str:
    return "<div>" * n + ARTICLE


def quote_mark_lines(n: int) -> str:
    marks = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`"
    return "\n".join(marks[i % len(marks)] for i in range(n))


def spots(sizes: list[int]) -> None:
    from pipeline import extract_article
    from pipeline.extract.regions import find_regions
    from pipeline.read.maintext import read_document
    from pipeline.read.html_tree import jsonld_objects, parse_html
    from pipeline.read.topic_words import helplines_named
    from pipeline.read.usage import usage_figures
    from pipeline.records import Document
    print(f"{'n':<28}" + "".join(f"{n:>10}" for n in sizes) + "   (CPU seconds)")
    _row("a town named again", sizes, lambda n: find_regions(towns_named_again(n)))
    _row("a JSON-LD graph (x10)", sizes, lambda n: list(jsonld_objects(parse_html(json_ld_graph(10 * n)))))
    _row("as-written names", sizes, lambda n: helplines_named(as_written_names(n)))
    _row("changed shares, one sentence", sizes, lambda n: usage_figures(changed_shares(n)))
    _row("nested tags (x25)", sizes, lambda n: read_document(Document(source="x.html", html=nested_tags(25 * n))))
    _row("lines of quote marks (x10)", sizes, lambda n: extract_article(quote_mark_lines(10 * n), source="q.txt"))


def adversarial(base: int) -> None:
    """The shapes of tests/adversarial.py at 1, 2, 5 and 10 times ``base`` (of their default sizes' scale)."""
    sys.path.insert(0, str(ROOT))
    from tests import adversarial as shapes
    from pipeline.extract.numbers import find_numbers
    from pipeline.extract.periods import find_periods
    from pipeline.extract.quotes import extract_quotes
    from pipeline.extract.regions import find_regions
    from pipeline.extract.segments import split_sentences
    from pipeline.read.maintext import read_document
    from pipeline.read.relevance import assess
    from pipeline.records import Document
    made = {
        "capitalised words": lambda k: shapes.capitalised_words(5000 * k),
        "spaces before !": lambda k: shapes.spaces_before_bang(5000 * k),
        "spaces inside": lambda k: shapes.spaces_inside(50_000 * k),
        "digits and commas": lambda k: shapes.digits_and_commas(50_000 * k),
        "two-digit groups": lambda k: shapes.two_digit_groups(100_000 * k),
        "quote marks": lambda k: shapes.quote_marks(20_000 * k),
        "brackets": lambda k: shapes.brackets(20_000 * k),
        "long line": lambda k: shapes.long_line(200_000 * k),
        "mixture": lambda k: shapes.mixture(30_000 * k),
        "spaces and newlines": lambda k: shapes.spaces_and_newlines(5000 * k),
    }
    extractors = {
        "numbers": find_numbers, "periods": lambda t: find_periods(t, published=PUBLISHED),
        "regions": find_regions, "segments": split_sentences, "quotes": extract_quotes,
        "relevance": lambda t: assess(t), "read (HTML)": lambda t: read_document(Document(source="a.html", html=f"<p>{t}</p>")),
    }
    factors = [base, 2 * base, 5 * base, 10 * base]
    print(f"{'shape / extractor':<28}" + "".join(f"{k:>9}x" for k in factors) + "   (CPU seconds; growth of the last doubling)")
    for shape, make in made.items():
        texts = {k: make(k) for k in factors}
        for name, run in extractors.items():
            _row(f"{shape[:16]} / {name[:10]}", factors, lambda k: run(texts[k]))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", default="500,1000,2000,4000")
    parser.add_argument("--words", default="10000,20000,40000,80000")
    parser.add_argument("--spots", default="", help="sizes for the thirteenth round's paths, e.g. 500,1000,2000,4000")
    parser.add_argument("--adversarial", action="store_true", help="grow tests/adversarial.py's shapes tenfold")
    parser.add_argument("--base", type=int, default=1, help="--adversarial's first factor of the shapes' default sizes")
    args = parser.parse_args(argv)
    if args.spots or args.adversarial:
        if args.spots:
            spots([int(s) for s in args.spots.split(",") if s])
        if args.adversarial:
            adversarial(args.base)
        return 0
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
