"""The stages on a dask.distributed cluster, for when one machine is outgrown.

The inputs are cut into parts before anything is read: an archive into ranges of
records (their offsets from one pass over the headers), any other file or an
empty folder into a part of its own.  Each task reads its own part from a path
every worker can open (a shared disk), so no archive travels through the
scheduler; only records come back.  Results are gathered in input order with a
bounded number of parts in flight, so the records are those of the local engine,
in the same order.

Each task runs its documents through the supervised worker processes of the
local engine (:class:`~pipeline.engine.local.Pool`, one per thread at work in a Dask
worker process, kept from task to task, all forked from that process's one fork
server, so the model is loaded once per Dask worker process), so ``[extract] doc_timeout`` and ``max_worker_mb`` hold
per document here too: a document past its budget gets the same record as with
the local engine, and the task goes on.  A Dask worker process may have children
only when it is not daemonic: the LocalCluster's runs in the command's own process, and a remote
``dask worker`` needs ``DASK_DISTRIBUTED__WORKER__DAEMON=False`` in its
environment.
"""
from __future__ import annotations

import contextlib
import logging
import multiprocessing
import queue
import threading
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple, Optional

from pipeline.engine.local import Budget, Pool, byte_test
from pipeline.engine.prestart import start_fork_server
from pipeline.engine.worker import DEFAULT_HANDLER, PackedOptions
from pipeline.read.archives import (
    Limits,
    iter_archive_range,
    iter_documents,
    kind_of,
    record_offsets,
)
from pipeline.read.folders import Entry, walk
from pipeline.records import Document, Record

if TYPE_CHECKING:
    from pipeline.engine.options import ExtractOptions

log = logging.getLogger(__name__)

RECORDS_PER_PART = 200
"""Archive records per task at most: enough to make a task's overhead small, few enough to spread."""
PARTS_PER_WORKER = 4
"""An archive is cut into at least this many parts per worker, so that the last tasks do not
leave workers idle while one of them finishes a long part."""
_POOLS: dict[str, tuple[queue.SimpleQueue, list[Pool]]] = {}  # this Dask worker process's pools (idle, all), by run
_LOCK = threading.Lock()


class Part(NamedTuple):
    """What one task reads: a whole input (``start`` None) or an archive's records from ``start`` to ``end``;
    with ``error``, an entry of a folder that is not read, whose record says why."""

    path: str
    start: Optional[int] = None
    end: Optional[int] = None
    error: Optional[str] = None


def plan_parts(paths: Iterable[str], *, per_part: int = RECORDS_PER_PART, workers: int = 1) -> Iterator[Part]:
    """The parts of ``paths``, in the order the local engine reads them: ranges of at most
    ``per_part`` records, and at least :data:`PARTS_PER_WORKER` per worker of each archive."""
    for raw in paths:
        if str(raw) == "-":
            raise ValueError("the dask engine reads files, not stdin: save the input to a file first")
        path = Path(raw)
        entries = walk(path, kind_of) if path.is_dir() else [Entry(path)]
        if not entries or not path.exists():
            yield Part(str(path))  # the reader says why: no such file, no readable files
            continue
        for entry in entries:
            file = entry.path
            if entry.reason is not None:
                yield Part(str(file), error=entry.reason)
                continue
            offsets = record_offsets(file) if kind_of(file) == "archive" else None
            if not offsets:
                yield Part(str(file))
                continue
            size = max(1, min(per_part, -(-len(offsets) // (PARTS_PER_WORKER * max(1, workers)))))
            for at in range(0, len(offsets), size):
                end = offsets[at + size] if at + size < len(offsets) else None
                yield Part(str(file), offsets[at], end)


class Run(NamedTuple):
    """What every task of one run shares: how to extract, the budget, and the run's id (a
    Dask worker keeps one pool of worker processes per run).  The options travel packed,
    so that a Dask worker, which only reads and hands documents to its pool, never
    imports the stages or spaCy: its pool's worker process (forked from a fork server
    that has them) unpacks them."""

    options: PackedOptions
    limits: Limits
    budget: Budget
    handler: str = DEFAULT_HANDLER
    id: str = ""


@contextlib.contextmanager
def _pool(run: Run) -> Iterator[Pool]:
    """A pool of this Dask worker process for ``run``, for one task: one worker process, started
    on a first task and kept for the next ones; a Dask worker of several threads keeps one per
    thread at work, all forked from its one fork server (one model per Dask worker process).
    The pools of an earlier run are stopped."""
    with _LOCK:
        if run.id not in _POOLS:
            _close_every_pool()
            if multiprocessing.current_process().daemon:
                raise RuntimeError("this Dask worker is a daemonic process, which may not start the worker process "
                                   "that enforces the budget per document: start it with "
                                   "DASK_DISTRIBUTED__WORKER__DAEMON=False in its environment")
            _POOLS[run.id] = (queue.SimpleQueue(), [])
        idle, every = _POOLS[run.id]
        try:
            pool = idle.get_nowait()
        except queue.Empty:
            pool = Pool(options=run.options, workers=1, budget=run.budget, handler=run.handler)
            every.append(pool)
    try:
        yield pool
    finally:
        idle.put(pool)


def _close_every_pool() -> None:
    for _idle, every in _POOLS.values():
        for pool in every:
            pool.close()
    _POOLS.clear()


def close_pools() -> None:
    """Stop this Dask worker process's worker processes (run on every worker at the end of a run)."""
    with _LOCK:
        _close_every_pool()


def extract_part(part: Part, run: Run, skip: frozenset = frozenset()) -> list[Record]:
    """A task: the records of one part, from this Dask worker's supervised worker process.

    Documents whose source is in ``skip`` (already written, under ``--resume``) are left out.
    """
    keep = byte_test(run.options)
    if part.error is not None:
        docs: Iterable[Document] = [Document(source=part.path, error=part.error)]
    elif part.start is None:
        docs = iter_documents([part.path], limits=run.limits, keep=keep)
    else:
        docs = iter_archive_range(part.path, part.start, part.end, run.limits, keep=keep)
    docs = (doc for doc in docs if doc.source not in skip)
    with _pool(run) as pool:
        return list(pool.run(docs))


def run_dask(paths: Iterable[str], *, options: ExtractOptions, limits: Limits, scheduler: Optional[str] = None,
             workers: int = 2, skip: Optional[set[str]] = None, budget: Optional[Budget] = None,
             handler: str = DEFAULT_HANDLER) -> Iterator[Record]:
    """Records of ``paths`` from a cluster: the one at ``scheduler``, else a LocalCluster of one
    Dask worker with ``workers`` threads in this process (so one fork server, this process's,
    started first thing, and one model: each thread's tasks go to a worker process of its own,
    forked from it).

    ``skip``: sources already written; each task is sent those of its own file only.
    ``budget`` (default: the settings') holds for each document, as with the local engine.
    """
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler is None:
        # the Dask worker only reads and hands documents on, its worker processes do the work: it runs in
        # this process (threads), whose fork server started first thing (no process of its own to spawn,
        # import Dask in and start a second fork server from, all before the first document)
        start_fork_server()
        logging.getLogger("distributed").setLevel(logging.WARNING)  # its own INFO handler otherwise talks
        cluster = LocalCluster(n_workers=1, threads_per_worker=workers, processes=False,
                               dashboard_address=":0", silence_logs=logging.WARNING)
    client = Client(scheduler or cluster)
    try:
        # each Dask worker's fork server imports the stages and loads the model now, while the
        # parts are planned and the worker imports what its first task needs
        try:
            client.run(start_fork_server)
        except Exception as exc:  # noqa: BLE001 - a worker that cannot start it now starts it on its first task
            log.info("fork servers not started early: %s", exc)
        slots = max(1, sum(client.nthreads().values()))
        in_flight = 2 * slots
        run = Run(PackedOptions(options), limits, budget or Budget.from_settings(options.config), handler, uuid.uuid4().hex)
        futures = []
        parts = plan_parts(paths, workers=slots)
        for part in parts:
            own = frozenset(s for s in skip or () if s == part.path or s.startswith(part.path + "#"))
            futures.append(client.submit(extract_part, part, run, own, pure=False))
            if len(futures) >= in_flight:
                yield from futures.pop(0).result()
        for future in futures:
            yield from future.result()
    finally:
        try:  # each Dask worker stops this run's worker processes (a cluster may live on)
            client.run(close_pools)
        except Exception as exc:  # noqa: BLE001 - a lost worker has no pool to stop
            log.info("could not stop the worker processes of every Dask worker: %s", exc)
        client.close()
        if cluster is not None:
            cluster.close()
