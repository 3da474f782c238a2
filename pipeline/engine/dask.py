"""The stages on a dask.distributed cluster, for when one machine is outgrown.

The inputs are cut into parts before anything is read: an archive into ranges of
records (their offsets from one pass over the headers), any other file or an
empty folder into a part of its own.  Each task reads its own part from a path
every worker can open (a shared disk), so no archive travels through the
scheduler; only records come back.  Results are gathered in input order with a
bounded number of parts in flight, so the records are those of the local engine,
in the same order.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple, Optional

from pipeline.engine.stages import ExtractOptions, extract_documents
from pipeline.read.archives import (
    Limits,
    folder_files,
    iter_archive_range,
    iter_documents,
    kind_of,
    record_offsets,
)
from pipeline.records import Record

log = logging.getLogger(__name__)

RECORDS_PER_PART = 200
"""Archive records per task: enough to make a task's overhead small, few enough to spread."""


class Part(NamedTuple):
    """What one task reads: a whole input (``start`` None) or an archive's records from ``start`` to ``end``."""

    path: str
    start: Optional[int] = None
    end: Optional[int] = None


def plan_parts(paths: Iterable[str], *, per_part: int = RECORDS_PER_PART) -> Iterator[Part]:
    """The parts of ``paths``, in the order the local engine reads them."""
    for raw in paths:
        if str(raw) == "-":
            raise ValueError("the dask engine reads files, not stdin: save the input to a file first")
        path = Path(raw)
        files = folder_files(path) if path.is_dir() else [path]
        if not files or not all(f.is_file() for f in files):
            yield Part(str(path))  # the reader says why: no such file, no readable files
            continue
        for file in files:
            offsets = record_offsets(file) if kind_of(file) == "archive" else None
            if not offsets:
                yield Part(str(file))
                continue
            for at in range(0, len(offsets), per_part):
                end = offsets[at + per_part] if at + per_part < len(offsets) else None
                yield Part(str(file), offsets[at], end)


def extract_part(part: Part, options: ExtractOptions, limits: Limits, skip: frozenset = frozenset()) -> list[Record]:
    """A task: the records of one part (the model loaded once per worker process and kept).

    Documents whose source is in ``skip`` (already written, under ``--resume``) are left out.
    """
    from pipeline.nlp import load_model, model_names

    if part.start is None:
        docs = iter_documents([part.path], limits=limits)
    else:
        docs = iter_archive_range(part.path, part.start, part.end, limits)
    docs = (doc for doc in docs if doc.source not in skip)
    nlp = load_model(model_names(options.config))
    return list(extract_documents(docs, options=options, nlp=nlp))


def run_dask(paths: Iterable[str], *, options: ExtractOptions, limits: Limits, scheduler: Optional[str] = None,
             workers: int = 2, skip: Optional[set[str]] = None) -> Iterator[Record]:
    """Records of ``paths`` from a cluster: the one at ``scheduler``, else a LocalCluster of ``workers``.

    ``skip``: sources already written; each task is sent those of its own file only.
    """
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler is None:
        logging.getLogger("distributed").setLevel(logging.WARNING)  # its own INFO handler otherwise talks
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.WARNING)
    client = Client(scheduler or cluster)
    try:
        in_flight = 2 * max(1, sum(client.nthreads().values()))
        futures = []
        parts = plan_parts(paths)
        for part in parts:
            own = frozenset(s for s in skip or () if s == part.path or s.startswith(part.path + "#"))
            futures.append(client.submit(extract_part, part, options, limits, own, pure=False))
            if len(futures) >= in_flight:
                yield from futures.pop(0).result()
        for future in futures:
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
