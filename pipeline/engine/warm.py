"""Imported by the worker pool's fork server: the default model loaded once, before any fork.

Workers forked from the server find it in :func:`pipeline.nlp.load_model`'s cache
and share its memory until they write to it, so a replaced worker starts in
milliseconds instead of seconds.  Nothing fails here: a missing model is reported
by the worker that needs it.
"""
from __future__ import annotations

import logging

from pipeline.nlp import load_model, model_names

try:
    load_model(model_names())
except Exception as exc:  # noqa: BLE001 - the fork server must start whatever happens
    logging.getLogger(__name__).debug("no model preloaded: %s", exc)
