"""The worker pool's fork server, started before the heavy imports.

The fork server imports the stages, loads the model and warms it up
(:mod:`pipeline.engine.warm`): about 4 s of CPU.  Started first thing, it does
that on one core while this process imports spaCy and reads its settings on the
other, instead of after them.  This module imports nothing of the pipeline, so
that starting the server costs nothing (the CLI calls it before anything else;
the Dask engine on each of its workers as the run starts).
"""
from __future__ import annotations

import logging
import multiprocessing

log = logging.getLogger(__name__)

PRELOAD = ["pipeline.engine.start_collector", "pipeline.engine.lean_spacy", "pipeline.engine.local",
           "pipeline.engine.warm"]
"""What the fork server imports before its first fork: the garbage collector held off while it starts,
spaCy without its command line, the stages, and the model loaded and warmed up (the collector released
at the end)."""


def fork_context():  # noqa: ANN201
    """The fork-server context with :data:`PRELOAD` set, or None where there is no fork server
    (Windows: each worker imports and loads for itself)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return None
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def start_fork_server() -> bool:
    """Start this process's fork server now, if it is not running (it loads in the background:
    this returns at once).  False where there is none."""
    context = fork_context()
    if context is None:
        return False
    from multiprocessing import forkserver

    try:
        forkserver.ensure_running()
    except OSError as exc:  # the pool starts it again when it needs it, and says why it cannot
        log.info("fork server not started early: %s", exc)
        return False
    return True
