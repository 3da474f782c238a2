"""Several documents' extractions at once, the model called once per kind of call for all of them.

Each document's extraction is a generator of steps (:func:`pipeline.engine.stages.document_steps`)
that yields what it asks of the model (:class:`~pipeline.extract.parsing.ModelCall`: the
tagger's windows, then NER's up-front batch) and is sent the answers.  :func:`run_together`
advances every document of a batch to its next call, answers the calls of one kind with one
call of the model, and goes on until each is done.  A call of the model costs about 1 ms
(the tagger) and 2 ms (NER) whatever its size, so the calls of eight articles in one saves
most of that; the answer for an item never depends on the batch, so the records are those of
one document at a time.  When a batched call fails, each document's call is made alone, and
only a document whose own call fails sees the error (in its stage, as it would alone).
"""
from __future__ import annotations

import logging
from typing import Any, Generator, Union

from spacy.language import Language

from pipeline.extract.parsing import CALL_ORDER, ModelCall, answer

log = logging.getLogger(__name__)

Outcome = Union[Any, BaseException]
"""What a document's steps returned, or the exception they raised (to be raised where the document is)."""


def run_together(steps: list[Generator[ModelCall, list, Any]], nlp: Language) -> list[Outcome]:
    """What each of ``steps`` returns (or raises), their calls of the model made together."""
    outcomes: list[Outcome] = [None] * len(steps)
    waiting: dict[int, ModelCall] = {}

    def advance(n: int, reply: Any = None, error: BaseException | None = None) -> None:
        try:
            waiting[n] = steps[n].send(reply) if error is None else steps[n].throw(error)
        except StopIteration as stop:
            outcomes[n] = stop.value
        except Exception as exc:  # noqa: BLE001 - the document's own error, raised where the document is
            outcomes[n] = exc

    for n in range(len(steps)):
        advance(n)
    while waiting:
        kind = next(k for k in CALL_ORDER if any(call.kind == k for call in waiting.values()))
        batch = [(n, waiting.pop(n)) for n in sorted(waiting) if waiting[n].kind == kind]
        try:
            replies = answer(nlp, kind, [item for _, call in batch for item in call.items])
        except Exception:  # noqa: BLE001 - find whose call fails: each alone
            log.debug("a batched %s call failed; each document's call made alone", kind, exc_info=True)
            for n, call in batch:
                try:
                    reply = answer(nlp, kind, call.items)
                except Exception as exc:  # noqa: BLE001
                    advance(n, error=exc)
                else:
                    advance(n, reply)
            continue
        start = 0
        for n, call in batch:
            advance(n, replies[start:start + len(call.items)])
            start += len(call.items)
    return outcomes
