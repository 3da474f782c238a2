"""Stand-ins for the stages that the worker pool's tests run in real worker processes.

Each wraps :func:`~pipeline.engine.stages.extract_document` and misbehaves on
documents whose text holds a marker word, when the document enters one stage:
it sleeps (a slow document), grabs memory, raises, or ends its process.
"""
from __future__ import annotations

import os
import time

from pipeline.engine.stages import extract_document

HELD: list[bytes] = []


def _misbehave(marker: str, stage: str, act):  # noqa: ANN001, ANN202
    def handler(doc, *, options, nlp, on_stage):  # noqa: ANN001, ANN202
        def enter(entered: str) -> None:
            on_stage(entered)
            if entered == stage and marker in (doc.text or doc.html or ""):
                act()

        return extract_document(doc, options=options, nlp=nlp, on_stage=enter)

    return handler


def _sleep() -> None:
    time.sleep(120)


def _grab() -> None:
    HELD.append(b"x" * (1600 << 20))  # written, so resident
    time.sleep(120)


def _raise() -> None:
    raise ValueError("a bug met on this document")


def _die() -> None:
    os._exit(3)


slow_in_quotes = _misbehave("SLEEPY", "quotes", _sleep)
hungry_in_facts = _misbehave("HUNGRY", "facts", _grab)
raises_in_read = _misbehave("BUGGY", "read", _raise)
dies_in_checks = _misbehave("DOOMED", "checks", _die)
