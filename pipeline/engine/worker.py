"""One worker process of the local engine: its life in the child (:func:`serve`: load the model,
then run the batches it is sent) and the parent's handle on it (:class:`Worker`: the batches sent
to it, its clock, its memory, killing and stopping it).

A worker is sent a batch of documents at a time, whose calls of the model it makes together
(the handler's batched form, :data:`BATCHED`), and answers with their records; alone, a document's
stages are reported as it enters each, so that a timeout can name its stage.  The pool that
starts, feeds and replaces workers is :class:`~pipeline.engine.local.Pool`.
"""
from __future__ import annotations

import importlib
import logging
import pickle
import time
from collections import deque
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from typing import TYPE_CHECKING, Callable, Optional, Union

import psutil

from pipeline.records import Document, Record

if TYPE_CHECKING:  # the stages (and spaCy) are imported by the worker processes, not by the process that runs a pool
    from pipeline.engine.options import ExtractOptions

log = logging.getLogger(__name__)

DEFAULT_HANDLER = "pipeline.engine.stages:extract_document"
"""What a worker runs on each document: ``module:function`` with the signature of
:func:`~pipeline.engine.stages.extract_document` (tests name a slow one)."""
BATCHED = {DEFAULT_HANDLER: "pipeline.engine.stages:extract_batch"}
"""The function that runs several documents at once for a handler, with the signature of
:func:`~pipeline.engine.stages.extract_batch`; a handler without one runs them one by one."""
WAITING_BYTES = 64 * 1024  # the most a document waiting in a pipe may take (the pipe holds 180 kB): a send
# to a busy worker must never block, or the parent could not enforce the budget of a worker that hangs


class PackedOptions:
    """:class:`~pipeline.engine.stages.ExtractOptions` pickled, with what the reader needs beside:
    a process that only reads and hands documents to a pool (a Dask worker) can take them
    without importing the stages; the worker processes unpack them."""

    def __init__(self, options: ExtractOptions):
        self.blob = pickle.dumps(options)
        self.relevant_only, self.threshold = options.relevant_only, options.threshold
        self.config = options.config

    def unpack(self) -> ExtractOptions:
        """The options, as given."""
        return pickle.loads(self.blob)


Options = Union["ExtractOptions", PackedOptions]


def failed_record(doc: Document, error: str) -> Record:
    """The record of a document that failed with ``error`` (the stages imported only when one does)."""
    from pipeline.engine import stages

    return stages.failed_record(doc, error)


def resolve(handler: str) -> Callable[..., Optional[Record]]:
    """The function named ``module:function``."""
    module, _, name = handler.partition(":")
    return getattr(importlib.import_module(module), name)


def serve(conn: Connection, options: Options, handler: str) -> None:
    """A worker's life: load the model, then one batch of documents per message until told to stop."""
    from pipeline.engine.start_collector import release_collector

    release_collector()  # before warm's import: a worker started without the fork server collects as usual
    from pipeline.engine.warm import warm_up
    from pipeline.ner import ner_scope, use_ner_scope
    from pipeline.nlp import load_model, model_names

    if isinstance(options, PackedOptions):
        options = options.unpack()
    nlp = load_model(model_names(options.config))
    use_ner_scope(ner_scope(options.config))
    run = resolve(handler)
    run_batch = resolve(BATCHED[handler]) if handler in BATCHED else None
    warm_up(nlp, run)  # a fresh worker's first document must not pay for lazy imports
    conn.send(("ready", None, None))
    while True:
        batch = conn.recv()
        if batch is None:
            return
        if len(batch) > 1 and run_batch is not None:
            records = _run_batch(batch, run_batch, run, options, nlp)
        else:  # alone, the stage each document enters is reported: it names the stage of a timeout
            records = [_run_one(index, doc, run, options, nlp, conn if len(batch) == 1 else None)
                       for index, doc in batch]
        conn.send(("done", batch[0][0], records))


def _run_one(index: int, doc: Document, run, options, nlp,  # noqa: ANN001
             conn: Optional[Connection]) -> Optional[Record]:
    """One document's record; each stage it enters is reported on ``conn`` (when given)."""
    def enter(stage: str) -> None:
        if conn is not None:
            conn.send(("stage", index, stage))

    try:
        return run(doc, options=options, nlp=nlp, on_stage=enter)
    except Exception as exc:  # noqa: BLE001 - one document's crash is its record, not the worker's end
        log.exception("extraction failed on %s", doc.source)
        return failed_record(doc, f"extraction failed: {type(exc).__name__}: {exc}")


def _run_batch(batch: list[tuple[int, Document]], run_batch, run, options,  # noqa: ANN001
               nlp) -> list[Optional[Record]]:
    """The records of a batch, its calls of the model made together; one by one if that fails."""
    try:
        outcomes = run_batch([doc for _, doc in batch], options=options, nlp=nlp)
    except Exception:  # noqa: BLE001 - a bug of the batching loses nothing: each document alone
        log.exception("a batch of %d documents failed; each is run alone", len(batch))
        return [_run_one(index, doc, run, options, nlp, None) for index, doc in batch]
    records = []
    for (_, doc), outcome in zip(batch, outcomes):
        if isinstance(outcome, Exception):
            log.error("extraction failed on %s: %s", doc.source, outcome)
            outcome = failed_record(doc, f"extraction failed: {type(outcome).__name__}: {outcome}")
        records.append(outcome)
    return records


Batch = list[tuple[int, Document]]


def doc_chars(doc: Document) -> int:
    """The characters of a document's input (its page or its text)."""
    return len(doc.html or "") + len(doc.text or "")


class Worker:
    """One worker process, the batches sent to it (the first is the one it is on, the others
    wait in its pipe, in order) and the stage of the first when it is one document."""

    def __init__(self, context, options: Options, handler: str):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=serve, args=(child, options, handler), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.held: deque[Batch] = deque()
        self.stage: Optional[str] = None
        self.started = 0.0  # when it began the first batch held
        self.measured = 0.0  # when its memory was last looked at

    @property
    def index(self) -> Optional[int]:
        """The index of the first document of the batch it is on, None when idle."""
        return self.held[0][0][0] if self.held else None

    def give(self, batch: Batch) -> bool:
        """Send it the batch; False (nothing sent) when the worker is busy and the batch is too
        large to wait in the pipe, or when its process has ended (the pool reads the end of its
        pipe next and replaces it; the documents go to another)."""
        if self.held and sum(doc_chars(doc) for _, doc in batch) > WAITING_BYTES:
            return False  # too large to wait, without pickling it to find out
        message = ForkingPickler.dumps(batch)
        if self.held and len(message) > WAITING_BYTES:
            return False
        try:
            self.conn.send_bytes(message)
        except OSError:  # a broken pipe: it died (on the batch it holds, if any) since the last look
            return False
        if not self.held:
            self.stage, self.started = None, time.monotonic()
        self.held.append(batch)
        return True

    def take(self) -> Batch:
        """The batch it was on, done or given up; its clock starts on the next one held."""
        held = self.held.popleft()
        self.stage, self.started = None, time.monotonic()
        return held

    def waiting(self) -> Batch:
        """The documents sent but not begun, taken back (to go to another worker)."""
        waiting = [item for batch in list(self.held)[1:] for item in batch]
        while len(self.held) > 1:
            self.held.pop()
        return waiting

    def resident_mb(self) -> float:
        try:
            return psutil.Process(self.process.pid).memory_info().rss / 2**20
        except psutil.Error:
            return 0.0

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()
