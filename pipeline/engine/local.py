"""Every core of one machine: the stages in worker processes, each document on a budget.

:func:`run_local` hands documents to N worker processes (the model loaded once in
each) and yields their records in input order.  The budget is enforced from
outside: the parent watches each busy worker's clock and resident memory, and a
worker past ``[extract] doc_timeout`` seconds or ``[extract] max_worker_mb`` is
killed and replaced; its document gets a record saying so (``timeout after 20 s
in quotes``, the stage known from the message the worker sends as it enters
each one) and the batch goes on.  A worker is sent a few documents at a time (at most
:data:`~pipeline.engine.stages.BATCH_DOCS`), whose calls of the model it makes together
(:func:`~pipeline.engine.stages.extract_batch`); their budget is the sum of theirs, and when a
batch runs out of it (or of memory, or its worker dies) its documents are sent again one by
one, so that only the guilty one gets the record saying so.  At most a few batches per worker
are read ahead or held back for ordering, so memory does not grow with the input.
Documents the reader dropped on their bytes (:class:`~pipeline.read.archives.Dropped`)
never reach a worker.  :class:`Pool` is the same machinery kept between batches: the
Dask engine runs each task through one.  A worker's own life (loading the model, running the
batches it is sent) and the pool's handle on it are in :mod:`pipeline.engine.worker`.
"""
from __future__ import annotations

import logging
import multiprocessing
import time
from collections import deque
from dataclasses import dataclass
from functools import partial
from multiprocessing.connection import wait
from typing import Iterable, Iterator, Optional

from pipeline import settings
from pipeline.engine.prestart import fork_context
from pipeline.engine.worker import (
    DEFAULT_HANDLER,
    WAITING_BYTES,
    Batch,
    Options,
    Worker,
    doc_chars,
    failed_record,
)
from pipeline.read.archives import Dropped, Keep
from pipeline.read.relevance import might_be_relevant_bytes
from pipeline.records import Document, Record

log = logging.getLogger(__name__)

BATCH_DOCS = 8  # documents sent to a worker at once (as pipeline.engine.stages.BATCH_DOCS; not imported here)
BATCH_CHARS = 400_000  # and characters of their input, unless one alone is larger
_POLL = 0.1  # seconds between two looks at the busy workers' clocks and memory
_DEPTH = 2  # batches sent to a worker at once: the next waits in its pipe, so it never idles for the parent
_AHEAD = _DEPTH + 1  # batches in flight or waiting for their turn in the output, per worker


@dataclass
class Budget:
    """What one document may cost a worker: seconds, and resident megabytes (0: no limit); and
    how many documents a worker takes at once (``batch_docs``: a batch's time budget is the sum of
    its documents', so 1 holds every document to its own ``doc_timeout`` at once)."""

    doc_timeout: float = 20.0
    max_worker_mb: int = 2048
    batch_docs: int = BATCH_DOCS

    @classmethod
    def from_settings(cls, config=None) -> "Budget":
        """The ``[extract] doc_timeout``, ``max_worker_mb`` and ``batch_docs`` settings."""
        section = (config or settings.defaults())["extract"]
        return cls(doc_timeout=section.getfloat("doc_timeout", 20.0),
                   max_worker_mb=section.getint("max_worker_mb", 2048),
                   batch_docs=max(1, section.getint("batch_docs", BATCH_DOCS)))


def byte_test(options: Options) -> Keep:
    """The reader's test of raw bytes for ``options``: the cheap relevance test under
    ``relevant_only`` (see :func:`~pipeline.read.relevance.might_be_relevant_bytes`), else None."""
    return partial(might_be_relevant_bytes, threshold=options.threshold) if options.relevant_only else None


def require_model(config=None) -> None:
    """Raise :class:`~pipeline.nlp.ModelMissing` unless a model of the settings is installed.

    Looks without loading: the workers load it, not the parent.
    """
    import importlib.util

    from pipeline.nlp import INSTALL_HINT, ModelMissing, model_names

    names = model_names(config)
    if not any(importlib.util.find_spec(name) for name in names):
        raise ModelMissing(f"no spaCy English model is installed (tried {', '.join(names)}); "
                           f"install one with:\n    {INSTALL_HINT}")


def _where(stage: Optional[str]) -> str:
    return f" in {stage}" if stage else ""


def run_local(docs: Iterable[Document], *, options: Options, workers: int = 2,
              budget: Optional[Budget] = None, handler: str = DEFAULT_HANDLER) -> Iterator[Record]:
    """Records of ``docs`` in input order, from ``workers`` processes on ``budget``.

    Irrelevant documents are left out under ``options.relevant_only``, as with
    :func:`~pipeline.engine.stages.extract_documents`; :class:`Dropped` documents
    (ruled out by the reader) are never sent to a worker.
    """
    pool = Pool(options=options, workers=workers, budget=budget, handler=handler)
    try:
        yield from pool.run(docs)
    finally:
        pool.close()


def _context():  # noqa: ANN202
    # the fork server imports the stages and loads the model once (prestart.PRELOAD); Windows has
    # none: each worker imports and loads for itself
    return fork_context() or multiprocessing.get_context("spawn")


class Pool:
    """Worker processes on a budget, kept between batches (a Dask worker runs every task it
    is given through one); :meth:`run` gives one batch's records in input order."""

    def __init__(self, *, options: Options, workers: int = 2, budget: Optional[Budget] = None,
                 handler: str = DEFAULT_HANDLER):
        self.options, self.handler = options, handler
        self.budget = budget or Budget.from_settings(options.config)
        self.context = _context()
        self.alone: set[int] = set()
        self.workers = [Worker(self.context, options, handler) for _ in range(max(1, workers))]

    def run(self, docs: Iterable[Document]) -> Iterator[Record]:
        """Records of ``docs`` in input order; a worker still busy when the caller stops
        reading is replaced, so the pool can take the next batch."""
        pool = self.workers
        pending = enumerate(doc for doc in docs if not isinstance(doc, Dropped))  # ruled out by the reader
        done: dict[int, Optional[Record]] = {}
        queue: deque[tuple[int, Document]] = deque()
        self.alone: set[int] = set()  # documents of a batch that ran out of its budget: each goes alone
        next_out, read, exhausted = 0, 0, False
        try:
            while True:
                while not exhausted and read - next_out < _AHEAD * self.budget.batch_docs * len(pool) and \
                        len(queue) < _DEPTH * self.budget.batch_docs * len(pool):
                    item = next(pending, None)
                    if item is None:
                        exhausted = True
                    else:
                        queue.append(item)
                        read += 1
                for depth in range(1, _DEPTH + 1):  # every idle worker gets a batch before any gets a second
                    for worker in pool:
                        if worker.ready and len(worker.held) < depth and queue:
                            batch = self._batch(queue, exhausted, BATCH_CHARS if not worker.held else WAITING_BYTES)
                            if worker.give(batch):
                                for _ in batch:
                                    queue.popleft()
                while next_out in done:
                    record = done.pop(next_out)
                    next_out += 1
                    if record is not None:
                        yield record
                if exhausted and next_out == read:
                    return
                for conn in wait([w.conn for w in pool], timeout=_POLL):
                    worker = next(w for w in pool if w.conn is conn)
                    try:
                        kind, index, payload = conn.recv()
                    except (EOFError, OSError):
                        if not worker.ready:
                            raise RuntimeError("a worker process could not start (see the log above)") from None
                        queue.extendleft(reversed(sorted(self._replace(worker, done, "worker process died"),
                                                         key=lambda item: item[0])))
                        continue
                    if kind == "ready":
                        worker.ready = True
                    elif kind == "stage" and index == worker.index:
                        worker.stage = payload
                    elif kind == "done" and index == worker.index:
                        for (n, _), record in zip(worker.take(), payload):
                            done[n] = record
                queue.extendleft(reversed(self._enforce(done)))
        finally:
            for worker in list(pool):
                if worker.index is not None:  # left busy by a caller that stopped reading
                    worker.waiting()
                    worker.take()
                    self._replace(worker, {}, "")

    def _batch(self, queue: deque[tuple[int, Document]], exhausted: bool, limit: int) -> Batch:
        """The next batch to send, from the head of ``queue`` (left there): up to ``batch_docs``
        documents and ``limit`` characters (one alone when larger, or when a batch it
        was in ran out of budget); smaller as the last documents are shared out, so that no
        worker idles at the end while another works through a whole batch."""
        size = self.budget.batch_docs
        if exhausted:
            size = max(1, min(size, len(queue) // (_DEPTH * len(self.workers))))
        batch: Batch = []
        chars = 0
        for index, doc in queue:
            if batch and (len(batch) == size or index in self.alone or chars + doc_chars(doc) > limit):
                break
            batch.append((index, doc))
            chars += doc_chars(doc)
            if index in self.alone:
                break
        return batch

    def close(self) -> None:
        """Stop every worker (a busy one is killed)."""
        for worker in self.workers:
            worker.stop() if worker.index is None else worker.kill()

    def _enforce(self, done: dict) -> list[tuple[int, Document]]:
        """Kill and replace every worker past its document's time or memory budget; the documents
        they held but had not begun, to go to another worker.

        Memory is looked at once per :data:`_POLL` seconds per worker (a read of /proc),
        not after every message.
        """
        budget, now = self.budget, time.monotonic()
        requeue: list[tuple[int, Document]] = []
        for worker in list(self.workers):
            if worker.index is None:
                continue
            if budget.doc_timeout and now - worker.started > budget.doc_timeout * len(worker.held[0]):
                requeue += self._replace(worker, done, f"timeout after {budget.doc_timeout:g} s{_where(worker.stage)}")
                continue
            if not budget.max_worker_mb or now - worker.measured < _POLL:
                continue
            worker.measured = now
            if (mb := worker.resident_mb()) > budget.max_worker_mb:
                requeue += self._replace(worker, done, f"out of memory: worker passed {budget.max_worker_mb} MB "
                                                       f"({mb:.0f} MB){_where(worker.stage)}")
        return sorted(requeue, key=lambda item: item[0])

    def _replace(self, worker: Worker, done: dict, error: str) -> list[tuple[int, Document]]:
        """Kill ``worker``, give the document it was on a record saying ``error`` (the documents of a
        batch it was on are sent again, each alone), start another in its place; the documents
        to go to another worker."""
        waiting = worker.waiting()
        if worker.index is not None:
            stage = worker.stage
            batch = worker.take()
            if len(batch) > 1:
                log.info("a batch of %d documents: %s; each is run alone", len(batch), error)
                self.alone.update(index for index, _ in batch)
                waiting = batch + waiting
            else:
                index, doc = batch[0]
                if error == "worker process died":
                    error += _where(stage)
                log.warning("%s: %s", doc.source, error)
                done[index] = failed_record(doc, error)
        worker.kill()
        self.workers[self.workers.index(worker)] = Worker(self.context, self.options, self.handler)
        return waiting
