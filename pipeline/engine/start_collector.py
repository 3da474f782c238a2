"""The cyclic garbage collector held off while the fork server starts, first thing in its preload.

The fork server's start (spaCy's import, the stages, the model, the warm-up: :mod:`pipeline.engine.warm`)
makes a few hundred thousand objects and nearly no garbage (about 6,600 objects in cycles).  As the heap
grows, the collector's thresholds set off hundreds of young passes and four passes over every object,
0.3-0.4 s of CPU on the workers' critical path, to free almost nothing.  Importing this module sets
the first threshold to 0, which turns automatic collection off (``gc.enable()``, which srsly calls after
reading the model's msgpack, does not turn it back on); :func:`release_collector`, at the end of the
warm-up, puts the thresholds back and moves every object made so far into the permanent generation
(``gc.freeze``), so that the workers forked from the server never scan the preload's objects (nor touch
their pages, which stay shared) and collect their own garbage as usual.  The few cycles of garbage made
while starting are kept; no record depends on when the collector runs.
"""
from __future__ import annotations

import gc
from typing import Optional

_held: Optional[tuple[int, int, int]] = None  # the thresholds put back by release_collector, while held


def hold_collector() -> None:
    """Turn automatic collection off until :func:`release_collector` (nothing when it is off already)."""
    global _held
    if _held is None:
        _held = gc.get_threshold()
        gc.set_threshold(0)


def release_collector() -> None:
    """Put the thresholds back and freeze what was made while held; nothing when the collector was not held
    (a worker that starts without the fork server collects as usual)."""
    global _held
    if _held is None:
        return
    gc.set_threshold(*_held)
    _held = None
    gc.freeze()


def collector_held() -> bool:
    """Whether :func:`hold_collector` holds the collector off in this process."""
    return _held is not None


hold_collector()
