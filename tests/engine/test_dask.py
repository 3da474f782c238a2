"""The Dask engine: on a LocalCluster of two small workers, the records of the local engine."""
from __future__ import annotations

import pytest

from pipeline.engine.dask import PARTS_PER_WORKER, Part, plan_parts, run_dask
from pipeline.engine.local import Budget
from pipeline.engine.stages import ExtractOptions, extract_documents
from pipeline.publish.jsonl import dumps
from pipeline.read.archives import Limits, iter_archive_range, iter_documents, record_offsets

pytest.importorskip("distributed")

CORPUS = "corpus"


@pytest.mark.parametrize("relevant_only", [False, True])
def test_the_dask_engine_writes_the_records_of_the_local_engine(nlp, relevant_only):
    options = ExtractOptions.from_settings(relevant_only=relevant_only)
    local = [dumps(r) for r in extract_documents(iter_documents([CORPUS]), options=options, nlp=nlp)]
    assert local
    # a generous time budget: on a loaded machine a document past the default 20 s would get a
    # timeout record, which tests/engine/test_local.py tests, not this one
    records = run_dask([CORPUS], options=options, limits=Limits(), workers=2, budget=Budget(doc_timeout=300))
    assert [dumps(r) for r in records] == local


@pytest.mark.parametrize("per_part, workers", [(1, 1), (7, 1), (1000, 1), (1000, 2), (3, 2)])
def test_archives_are_cut_into_ranges_of_records_and_other_files_stay_whole(per_part, workers):
    parts = list(plan_parts([CORPUS], per_part=per_part, workers=workers))
    archives = [p for p in parts if p.start is not None]
    warc = archives[0].path
    offsets = record_offsets(warc)
    step = min(per_part, -(-len(offsets) // (PARTS_PER_WORKER * workers)))
    assert len(archives) >= min(len(offsets), PARTS_PER_WORKER * workers) or step == per_part
    assert [p.start for p in archives] == offsets[::step]
    assert all(p.end == q.start for p, q in zip(archives, archives[1:])) and archives[-1].end is None
    assert Part("corpus/sample-articles.jsonl") in parts


@pytest.mark.parametrize("paths, expected", [
    (["no/such/file.txt"], [Part("no/such/file.txt")]),
])
def test_a_missing_input_is_a_part_of_its_own_for_the_reader_to_report(paths, expected):
    assert list(plan_parts(paths)) == expected


def test_stdin_cannot_go_to_a_cluster():
    with pytest.raises(ValueError, match="stdin"):
        list(plan_parts(["-"]))


ARTICLE = ("Calls to the Stop It Now helpline rose to 1,200 in 2021, up from 600 in 2020, the charity said. "
           "\u201cPeople are reaching out earlier,\u201d said Jo Bloggs, a spokesperson for the helpline.")


@pytest.mark.timeout(300)
@pytest.mark.parametrize("handler, marker, budget, error", [
    ("worker_hooks:slow_in_quotes", "SLEEPY", Budget(doc_timeout=2), "timeout after 2 s in quotes"),
    ("worker_hooks:dies_in_checks", "DOOMED", Budget(), "worker process died in checks"),
])
def test_the_dask_engine_holds_each_document_to_its_budget(handler, marker, budget, error, tmp_path):
    markers = ["", marker, "", "", marker, ""]
    paths = []
    for n, word in enumerate(markers):
        path = tmp_path / f"doc-{n}.txt"
        path.write_text(f"{ARTICLE} {word}".strip(), encoding="utf-8")
        paths.append(str(path))
    options = ExtractOptions.from_settings()
    records = list(run_dask(paths, options=options, limits=Limits(), workers=2, budget=budget, handler=handler))
    assert [r.article.source for r in records] == paths
    for record, word in zip(records, markers):
        if word:
            assert record.errors == [error] and record.counts == []
        else:
            assert record.counts and not any("timeout" in e or "died" in e for e in record.errors)


TASK_IN_A_FRESH_PROCESS = """
import pickle, sys
from pipeline.engine.dask import close_pools, extract_part
part, run = pickle.loads(sys.stdin.buffer.read())
records = extract_part(part, run)
close_pools()
print(len(records), sum(r.relevance.relevant for r in records), 'spacy' in sys.modules)
"""


@pytest.mark.timeout(300)
@pytest.mark.parametrize("relevant_only", [False, True])
def test_a_dask_task_runs_in_a_process_that_never_imports_spacy(nlp, relevant_only):
    """A Dask worker only reads and hands documents to its pool: the stages and the model
    are in the pool's worker process (forked from its fork server), not in the Dask worker."""
    import pickle
    import subprocess
    import sys
    import uuid

    from pipeline.engine.dask import Run
    from pipeline.engine.worker import PackedOptions

    options = ExtractOptions.from_settings(relevant_only=relevant_only)
    part = next(p for p in plan_parts([CORPUS]) if p.start is not None)
    run = Run(PackedOptions(options), Limits(), Budget(), id=uuid.uuid4().hex)
    done = subprocess.run([sys.executable, "-c", TASK_IN_A_FRESH_PROCESS], input=pickle.dumps((part, run)),
                          capture_output=True, timeout=280)
    assert done.returncode == 0, done.stderr.decode()
    expected = list(extract_documents(iter_archive_range(part.path, part.start, part.end, Limits()), options=options,
                                      nlp=nlp))
    count, relevant, spacy_imported = done.stdout.decode().split()
    assert expected or relevant_only  # the first part may hold no relevant page
    assert (int(count), int(relevant), spacy_imported) == (len(expected), sum(r.relevance.relevant for r in expected),
                                                             "False")


TWO_THREADS_IN_A_FRESH_PROCESS = """
import pickle, sys
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import forkserver
from pipeline.engine import dask as engine
parts, run = pickle.loads(sys.stdin.buffer.read())
with ThreadPoolExecutor(2) as threads:
    together = list(threads.map(lambda part: engine.extract_part(part, run), parts))
pools = len(engine._POOLS[run.id][1])
alone = [engine.extract_part(part, run) for part in parts]
engine.close_pools()
print(pools, [len(r) for r in together] == [len(r) for r in alone],
      [[r.source for r in rs] for rs in together] == [[r.source for r in rs] for rs in alone])
"""


@pytest.mark.timeout(300)
def test_the_threads_of_a_dask_worker_each_get_a_worker_process_of_their_own():
    """A Dask worker of two threads runs two tasks at once, each through its own worker process
    (both forked from the one fork server), and gives what one task at a time gives."""
    import pickle
    import subprocess
    import sys
    import uuid

    from pipeline.engine.dask import Run
    from pipeline.engine.worker import PackedOptions

    parts = [p for p in plan_parts([CORPUS], per_part=5) if p.start is not None][:2]
    run = Run(PackedOptions(ExtractOptions.from_settings()), Limits(), Budget(), id=uuid.uuid4().hex)
    done = subprocess.run([sys.executable, "-c", TWO_THREADS_IN_A_FRESH_PROCESS],
                          input=pickle.dumps((parts, run)), capture_output=True, timeout=280)
    assert done.returncode == 0, done.stderr.decode()
    pools, same_counts, same_sources = done.stdout.decode().split()
    assert (int(pools) in (1, 2), same_counts, same_sources) == (True, "True", "True")
