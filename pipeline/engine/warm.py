"""Imported by the worker pool's fork server: the default model loaded, and every stage run
once, before any fork.

Workers forked from the server find it in :func:`pipeline.nlp.load_model`'s cache
and share its memory until they write to it, so a replaced worker starts in
milliseconds instead of seconds.  What the warm-up would rebuild identically at every
start is read from its copy in the user's cache folder (:mod:`pipeline.engine.caches`)
before the warm-up asks for it: the language identifier's model, the gazetteer's entries,
the tokens of the places matcher's patterns, and the words of jusText's stop lists.
The garbage collector, held off from the preload's first module on (:mod:`pipeline.engine.start_collector`),
is released at the end, the objects made so far frozen.
Nothing fails here: a missing model is reported by the worker that needs it.
"""
from __future__ import annotations

import logging

from pipeline.engine.start_collector import release_collector  # first: the imports below run while it is held

try:  # whatever fails below (an import too: the fork server swallows an ImportError), the collector is released
    from pipeline.engine.caches import (
        load_gazetteer_entries,
        load_justext_stoplist,
        load_language_identifier,
        load_place_words,
    )
    from pipeline.engine.stages import ExtractOptions, extract_document
    from pipeline.nlp import load_model, model_names
    from pipeline.records import Document
except BaseException:
    release_collector()
    raise

WARM_UP = Document(source="<warm-up>", url="https://example.org/news/warm-up", html=(
    "<html><head><title>Helpline calls rise</title></head><body><article><h1>Helpline calls rise</h1>"
    "<p>In 2021, 1,200 people contacted the Stop It Now helpline in Wales, up 20% on 2020.</p>"
    "<p>\u201cMore people are asking for help,\u201d said Sam Jones, a manager at the charity.</p>"
    "</article></body></html>"))
"""A small page that walks every stage, so that lazy imports and first-call caches are done."""


def warm_up(nlp=None, run=extract_document) -> None:  # noqa: ANN001
    """Run :data:`WARM_UP` through ``run`` once; anything it raises is logged, not raised."""
    try:
        run(WARM_UP, options=ExtractOptions.from_settings(), nlp=nlp or load_model(model_names()),
            on_stage=lambda stage: None)
    except Exception as exc:  # noqa: BLE001 - the fork server must start whatever happens
        logging.getLogger(__name__).debug("no warm-up: %s", exc)


try:
    load_language_identifier()
    load_gazetteer_entries()
    load_place_words()
    load_justext_stoplist()
    warm_up()
finally:  # held by the fork server's preload (pipeline.engine.start_collector): its objects frozen before any fork
    release_collector()
