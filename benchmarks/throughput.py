#!/usr/bin/env python3
"""Words per second of ``newsfacts extract`` against plain ``nlp.pipe`` with the same model.

Usage:
    python benchmarks/throughput.py [--shared ../shared] [--repeat 3] [--only real] [--stages] [--calls]

The articles: the true bodies of the 181 pages of the article-extraction benchmark
(general news), the seeds and our fixture articles (helpline news, where numbers
are dense), and the real helpline articles of ``benchmarks/real/.cache/`` that ``gold.json`` names, when
present (other people's sentences: never committed, see benchmarks/real/).  Both sides see the same texts in one process with the model
already loaded: the extract side runs the whole of ``newsfacts extract`` as one worker
process does (reading the text files, relevance, sentence splitting, selective
parsing, facts, quotes, checks, JSON Lines; eight documents at a time, their calls
of the model made together); the baseline is ``list(nlp.pipe(texts))`` with every
component on (the whole pipeline, parser and lemmatizer included, which the workers do not
load; both sides use that one model).  Prints figures and their ratio, by the wall clock and by CPU time
(the steadier figure when other processes share the machine); asserts nothing.
``--stages`` also prints where the CPU time of one extract run goes (NER for quote
speakers, the tagger for count nouns, reading, and the passes that are not neural).
``--calls`` prints how much of the model's cost is per call: the up-front calls each article
makes of NER and the tagger, timed as made one article at a time, eight articles at a time
(what extract does) and all in one call.
"""
from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.read.archives import iter_documents  # noqa: E402
from pipeline.engine.stages import ExtractOptions, extract_documents  # noqa: E402
from pipeline.ner import forget_windows  # noqa: E402
from pipeline.nlp import load_model  # noqa: E402
from pipeline.publish.jsonl import write_jsonl  # noqa: E402


def load_texts(shared: Path) -> dict[str, list[str]]:
    """The two sets of texts: general news and helpline news."""
    sets: dict[str, list[str]] = {"general news (181 benchmark bodies)": [], "helpline news (seeds + our fixture articles)": []}
    truth = shared / "bench" / "article-extraction" / "ground-truth.json"
    if truth.is_file():
        bodies = json.loads(truth.read_text(encoding="utf-8"))
        sets["general news (181 benchmark bodies)"] = [v["articleBody"] for v in bodies.values() if v.get("articleBody")]
    fixtures = ROOT / "tests" / "fixtures"
    helpline = sorted((shared / "seeds").glob("*.txt")) + sorted(
        p for folder in ("articles", "unseen", "blind", "checks") for p in (fixtures / folder).glob("*.txt"))
    sets["helpline news (seeds + our fixture articles)"] = [p.read_text(encoding="utf-8") for p in helpline]
    sets["real helpline articles (benchmarks/real/.cache)"] = [p.read_text(encoding="utf-8") for p in real_texts()]
    return {k: v for k, v in sets.items() if v}


def real_texts() -> list[Path]:
    """The cached real articles that ``benchmarks/real/gold.json`` names (texts fetched but not yet
    annotated are left out, so that the figure is of the same set as the scores), sorted by name."""
    real = ROOT / "benchmarks" / "real"
    gold = real / "gold.json"
    if not gold.is_file():
        return sorted((real / ".cache").glob("*.txt"))
    named = {real / entry["file"] for entry in json.loads(gold.read_text(encoding="utf-8"))}
    return sorted(p for p in named if p.is_file())


def _best(run, repeat: int) -> tuple[float, float]:
    """The best wall-clock and the best CPU seconds of ``repeat`` runs (CPU time is steadier on a shared machine);
    each run starts with no NER window kept from the one before (:func:`pipeline.ner.forget_windows`), as a
    fresh worker does."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        forget_windows()
        w, c = time.perf_counter(), time.process_time()
        run()
        wall, cpu = min(wall, time.perf_counter() - w), min(cpu, time.process_time() - c)
    return wall, cpu


def time_extract(texts: list[str], nlp, repeat: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        for n, text in enumerate(texts):
            Path(tmp, f"{n:04d}.txt").write_text(text, encoding="utf-8")
        return _best(lambda: write_jsonl(extract_documents(iter_documents([tmp]), options=ExtractOptions(), nlp=nlp),
                                         io.StringIO()), repeat)


def time_pipe(texts: list[str], nlp, repeat: int) -> tuple[float, float]:
    return _best(lambda: list(nlp.pipe(texts)), repeat)


#: What ``--stages`` times: (label, module, function); a stage's time includes the stages it calls.
STAGES = (
    ("NER for quote speakers", "pipeline.entities", "tag_entities"),  # a rule's own question
    ("NER for quote speakers", "pipeline.extract.parsing", "tag_entities"),  # the batches, several articles' at once
    ("tagger for count nouns", "pipeline.extract.parsing", "tag_windows"),
    ("  the tagger's windows cut (the sentences' tokenizer)", "pipeline.extract.article", "plan_tags"),
    ("quote rules (and the NER calls a rule makes)", "pipeline.extract.article", "extract_quotes"),
    ("  what NER is asked up front, planned", "pipeline.extract.article", "entity_requests"),
    ("reading (main text, boilerplate, language)", "pipeline.engine.stages", "read_document"),
    ("  language detection", "pipeline.read.maintext", "detect_language"),
    ("relevance", "pipeline.engine.stages", "assess"),
    ("sentence splitting", "pipeline.extract.article", "split_sentences"),
    ("number finding", "pipeline.extract.article", "candidates"),
    ("periods", "pipeline.extract.periods", "find_periods"),
    ("fact rules", "pipeline.extract.article", "extract_sentence"),
    ("regions", "pipeline.extract.article", "find_regions"),
    ("checks", "pipeline.engine.stages", "check_record"),
    ("JSON", "pipeline.publish.jsonl", "dumps"),
)


def time_stages(texts: list[str], nlp) -> tuple[float, dict[str, float]]:
    """CPU seconds of one extract run and of each of :data:`STAGES` in it (wrapped for the run only)."""
    import importlib

    spent: dict[str, float] = dict.fromkeys([label for label, _, _ in STAGES], 0.0)
    undo = []
    for label, module_name, name in STAGES:
        owner = importlib.import_module(module_name)
        if "." in name:
            owner, name = getattr(owner, name.split(".")[0]), name.split(".")[1]
        original = getattr(owner, name)

        def timed(*args, _original=original, _label=label, **kwargs):
            start = time.process_time()
            try:
                return _original(*args, **kwargs)
            finally:
                spent[_label] += time.process_time() - start

        setattr(owner, name, timed)
        undo.append((owner, name, original))
    try:
        _, cpu = time_extract(texts, nlp, 1)
    finally:
        for owner, name, original in reversed(undo):
            setattr(owner, name, original)
    return cpu, spent


def record_calls(texts: list[str], nlp) -> list[tuple[str, list]]:
    """The calls of the model the articles make up front (``(kind, items)``), each article alone."""
    from pipeline.engine.stages import extract_document
    from pipeline.extract import parsing
    from pipeline.records import Document

    calls: list[tuple[str, list]] = []
    original = parsing.answer

    def answer(model, kind, items):  # noqa: ANN001, ANN202
        calls.append((kind, list(items)))
        return original(model, kind, items)

    parsing.answer = answer
    try:
        for n, text in enumerate(texts):
            extract_document(Document(source=f"{n}.txt", text=text), options=ExtractOptions(), nlp=nlp)
    finally:
        parsing.answer = original
    return calls


def time_calls(calls: list[tuple[str, list]], nlp, per: int) -> dict[str, float]:
    """CPU seconds of the recorded calls of each kind, made ``per`` articles' calls at a time."""
    from pipeline.extract.parsing import answer

    spent = {}
    for kind in ("tag", "ner"):
        mine = [items for k, items in calls if k == kind]
        groups = [[item for items in mine[n:n + per] for item in items] for n in range(0, len(mine), per)]
        start = time.process_time()
        for group in groups:
            answer(nlp, kind, [item.copy() for item in group] if kind == "tag" else group)
        spent[kind] = time.process_time() - start
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side; the best is kept")
    parser.add_argument("--only", default="", help="run only the sets whose name contains this (e.g. real)")
    parser.add_argument("--stages", action="store_true", help="also print the CPU time of each stage of one extract run")
    parser.add_argument("--calls", action="store_true",
                        help="also print the model's calls made one article, eight articles and all articles at a time")
    args = parser.parse_args(argv)
    # one model, every component loaded, for both sides, as before the workers left the parser and
    # lemmatizer out: extract's calls switch them off, so its records and its cost are the same
    nlp = full = load_model(exclude=())
    print(f"model: {nlp.meta['name']} {nlp.meta['version']} ({', '.join(nlp.pipe_names)})")
    for name, texts in load_texts(args.shared).items():
        if args.only not in name:
            continue
        words = sum(len(t.split()) for t in texts)
        list(full.pipe(texts[:3]))  # warm up both sides (dateparser and the matchers load lazily)
        time_extract(texts[:3], nlp, 1)
        (t_extract, c_extract), (t_pipe, c_pipe) = time_extract(texts, nlp, args.repeat), time_pipe(texts, full, args.repeat)
        print(f"\n{name}: {len(texts)} articles, {words:,} words")
        print(f"  newsfacts extract : {t_extract:7.2f} s  {words / t_extract:10,.0f} words/s   (CPU {c_extract:6.2f} s  {words / c_extract:8,.0f} words/s)")
        print(f"  plain nlp.pipe    : {t_pipe:7.2f} s  {words / t_pipe:10,.0f} words/s   (CPU {c_pipe:6.2f} s  {words / c_pipe:8,.0f} words/s)")
        print(f"  ratio (extract / nlp.pipe words per second): {t_pipe / t_extract:.2f} wall-clock, {c_pipe / c_extract:.2f} CPU")
        if args.stages:
            cpu, spent = time_stages(texts, nlp)
            print(f"  where the CPU time of one extract run goes ({cpu:.2f} s, wrapped):")
            for label, seconds in spent.items():
                print(f"    {label:58s} {seconds:6.3f} s  {100 * seconds / cpu:5.1f}%")
        if args.calls:
            calls = record_calls(texts, nlp)
            tags, ners = [c for c in calls if c[0] == "tag"], [c for c in calls if c[0] == "ner"]
            print(f"  the up-front calls of the model: tagger {len(tags)} calls, {sum(len(i) for _, i in tags)} windows; "
                  f"NER {len(ners)} calls, {sum(len(i) for _, i in ners)} texts (CPU seconds, best of {args.repeat})")
            for per, label in ((1, "one article a call"), (8, "eight articles a call"), (len(texts), "one call")):
                best = {"tag": float("inf"), "ner": float("inf")}
                for _ in range(args.repeat):
                    best = {k: min(v, t) for (k, v), t in zip(best.items(), time_calls(calls, nlp, per).values())}
                print(f"    {label:24s} tagger {best['tag']:6.3f} s   NER {best['ner']:6.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
