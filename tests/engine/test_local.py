"""The process pool: the same records as one process, in input order, and a budget per document.

Real worker processes run real stages; the misbehaving documents are marked with
a word that a stand-in stage (``tests/worker_hooks.py``) reacts to in one stage.
"""
from __future__ import annotations

from collections import deque

import pytest

from pipeline import settings
from pipeline.engine.local import Budget, Pool, byte_test, run_local
from pipeline.engine.stages import ExtractOptions, extract_documents
from pipeline.publish.jsonl import dumps
from pipeline.read.archives import Dropped, iter_documents
from pipeline.records import Document

CORPUS = "corpus"

ARTICLE = ("Calls to the Stop It Now helpline rose to 1,200 in 2021, up from 600 in 2020, the charity said. "
           "\u201cPeople are reaching out earlier,\u201d said Jo Bloggs, a spokesperson for the helpline.")


def _doc(n: int, marker: str = "") -> Document:
    return Document(source=f"doc-{n}.txt", text=f"{ARTICLE} {marker}".strip())


@pytest.fixture(scope="module")
def options() -> ExtractOptions:
    return ExtractOptions.from_settings()


@pytest.fixture(scope="module")
def corpus_lines(options, nlp) -> list[str]:
    """The bundled corpus extracted in this process: what every engine must write."""
    return [dumps(r) for r in extract_documents(iter_documents([CORPUS]), options=options, nlp=nlp)]


@pytest.mark.parametrize("workers", [1, 2])
def test_workers_write_the_records_of_one_process_in_input_order(workers, options, corpus_lines):
    # a generous budget: this test is about order and equality, and a loaded machine may take
    # longer than the default 20 s over the corpus's largest page (the budget has its own tests)
    roomy = Budget(doc_timeout=600)
    lines = [dumps(r) for r in run_local(iter_documents([CORPUS]), options=options, workers=workers, budget=roomy)]
    assert lines == corpus_lines


def test_pages_dropped_on_their_bytes_leave_the_records_of_one_process_unchanged(nlp):
    relevant = ExtractOptions.from_settings(relevant_only=True)
    expected = [dumps(r) for r in extract_documents(iter_documents([CORPUS]), options=relevant, nlp=nlp)]
    docs = list(iter_documents([CORPUS], keep=byte_test(relevant)))
    assert any(isinstance(d, Dropped) for d in docs)
    assert [dumps(r) for r in run_local(iter(docs), options=relevant, workers=2)] == expected


def test_relevant_only_drops_the_same_documents(options, nlp):
    docs = [_doc(0), Document(source="weather.txt", text="Rain is expected across the county on Tuesday."), _doc(2)]
    relevant = ExtractOptions.from_settings(relevant_only=True)
    records = list(run_local(iter(docs), options=relevant, workers=2))
    assert [r.article.source for r in records] == ["doc-0.txt", "doc-2.txt"]


@pytest.mark.parametrize("handler, marker, budget, error", [
    ("worker_hooks:slow_in_quotes", "SLEEPY", Budget(doc_timeout=1), "timeout after 1 s in quotes"),
    ("worker_hooks:hungry_in_facts", "HUNGRY", Budget(doc_timeout=60, max_worker_mb=1200),
     "out of memory: worker passed 1200 MB"),
    ("worker_hooks:raises_in_read", "BUGGY", Budget(), "extraction failed: ValueError: a bug met on this document"),
    ("worker_hooks:dies_in_checks", "DOOMED", Budget(), "worker process died in checks"),
])
def test_a_document_over_budget_gets_a_record_saying_so_and_the_batch_goes_on(handler, marker, budget, error,
                                                                                options):
    docs = [_doc(0), _doc(1, marker), _doc(2), _doc(3), _doc(4, marker), _doc(5)]
    records = list(run_local(iter(docs), options=options, workers=2, budget=budget, handler=handler))
    assert [r.article.source for r in records] == [d.source for d in docs]
    for doc, record in zip(docs, records):
        if marker in doc.text:
            assert len(record.errors) == 1 and record.errors[0].startswith(error), record.errors
        else:
            assert record.errors == [] and record.counts, record.errors


@pytest.mark.parametrize("second, sent", [
    (_doc(1), True),  # small: it waits in the worker's pipe, so the worker never idles for the parent
    (Document(source="big.txt", text="words " * 20_000), False),  # 120 kB: the send could block, so not yet
    (Document(source="big.html", html="<p>" + "x" * 70_000), False),
])
def test_a_busy_worker_is_sent_a_second_document_only_when_it_fits_in_the_pipe(second, sent, options):
    pool = Pool(options=options, workers=1, handler="worker_hooks:slow_in_quotes")
    try:
        worker = pool.workers[0]
        assert worker.give([(0, _doc(0, "SLEEPY"))])
        assert worker.give([(1, second)]) is sent
        assert [index for batch in worker.held for index, _ in batch] == ([0, 1] if sent else [0])
    finally:
        pool.close()


def test_a_worker_whose_process_has_ended_is_sent_nothing(options):
    pool = Pool(options=options, workers=1)
    try:
        worker = pool.workers[0]
        worker.process.kill()
        worker.process.join()
        assert not worker.give([(0, _doc(0))]) and not worker.held  # the pool replaces it when it reads the pipe's end
    finally:
        pool.close()


def test_documents_waiting_in_a_killed_workers_pipe_go_to_its_replacement(options):
    docs = [_doc(0, "SLEEPY"), _doc(1), _doc(2, "SLEEPY"), _doc(3)]
    records = list(run_local(iter(docs), options=options, workers=1, budget=Budget(doc_timeout=1),
                             handler="worker_hooks:slow_in_quotes"))
    assert [r.article.source for r in records] == [d.source for d in docs]
    assert [r.errors for r in records] == [["timeout after 1 s in quotes"], [], ["timeout after 1 s in quotes"], []]


def test_the_timeout_comes_from_the_settings(tmp_path, options):
    cfg = tmp_path / "newsfacts.cfg"
    cfg.write_text("[extract]\ndoc_timeout = 1\nmax_worker_mb = 0\n", encoding="utf-8")
    budget = Budget.from_settings(settings.load(cfg))
    assert (budget.doc_timeout, budget.max_worker_mb) == (1.0, 0)
    records = list(run_local(iter([_doc(0, "SLEEPY"), _doc(1)]), options=options, workers=1, budget=budget,
                             handler="worker_hooks:slow_in_quotes"))
    assert [r.errors for r in records] == [["timeout after 1 s in quotes"], []]


def test_defaults_are_twenty_seconds_and_a_memory_cap():
    budget = Budget.from_settings(settings.defaults())
    assert budget.doc_timeout == 20 and budget.max_worker_mb > 0


@pytest.mark.parametrize("handler, marker, budget, error", [
    ("worker_hooks:slow_in_quotes", "SLEEPY", Budget(doc_timeout=1), "timeout after 1 s in quotes"),
    ("worker_hooks:raises_in_read", "BUGGY", Budget(), "extraction failed: ValueError: a bug met on this document"),
    ("worker_hooks:dies_in_checks", "DOOMED", Budget(), "worker process died in checks"),
])
def test_in_a_batch_only_the_guilty_document_gets_the_record_saying_so(handler, marker, budget, error, options):
    # eight documents for one worker: sent four at a time, so two batches each hold a guilty one
    docs = [_doc(n, marker if n in (1, 6) else "") for n in range(8)]
    records = list(run_local(iter(docs), options=options, workers=1, budget=budget, handler=handler))
    assert [r.article.source for r in records] == [d.source for d in docs]
    assert [r.errors[0] if r.errors else "" for r in records] \
        == [error if n in (1, 6) else "" for n in range(8)]


def test_a_pool_sends_batches_and_shares_out_the_last_documents(options):
    pool = Pool(options=options, workers=2)
    try:
        queue = deque((n, _doc(n)) for n in range(40))
        assert [n for n, _ in pool._batch(queue, False, 400_000)] == list(range(8))
        assert len(pool._batch(queue, True, 400_000)) == 8  # 40 left for 2 workers, 2 batches each: 8
        assert [n for n, _ in pool._batch(deque(list(queue)[:6]), True, 400_000)] == [0]  # 6 left: one each
        pool.alone.add(2)
        assert [n for n, _ in pool._batch(queue, False, 400_000)] == [0, 1]  # a document sent again goes alone
        assert [n for n, _ in pool._batch(deque(list(queue)[2:]), False, 400_000)] == [2]
        assert [n for n, _ in pool._batch(deque(list(queue)[3:]), False, len(ARTICLE) * 3)] == [3, 4, 5]
    finally:
        pool.close()


@pytest.mark.parametrize("setting, sizes", [
    ("", [8, 8]),  # the default: eight documents at a time
    ("batch_docs = 3\n", [3, 3]),
    ("batch_docs = 1\n", [1, 1]),  # every document held to its own doc_timeout at once
    ("batch_docs = 0\n", [1, 1]),  # nonsense is read as one
])
def test_the_batch_size_comes_from_the_settings(setting, sizes, tmp_path, options):
    cfg = tmp_path / "newsfacts.cfg"
    cfg.write_text("[extract]\n" + setting, encoding="utf-8")
    pool = Pool(options=options, workers=1, budget=Budget.from_settings(settings.load(cfg)))
    try:
        queue = deque((n, _doc(n)) for n in range(40))
        first = pool._batch(queue, False, 400_000)
        for _ in first:
            queue.popleft()
        assert [len(first), len(pool._batch(queue, False, 400_000))] == sizes
    finally:
        pool.close()
