"""Figures whose own words say they restate the count before them, and so count what it counts.

For :mod:`pipeline.extract.count_steps`. A figure of people whose clause names no service of its own is measure
``other`` unless its words point back:

- its verb stands for the sentence before's ("210 people from the county did so", "the 251 people who did so in
  2022/23"): the count its verb repeats (:func:`did_so_after`);
- it is the count before told as a rate ("That works out at about 244 people every month", "..., or around 72
  people a month", "an average of around 620 people a month"): the words before it are a restatement's
  (``rate_restatements`` of ``data/measures.json``) and nothing follows its rate in its clause (:func:`rate_restated`).

A compared "N times" ("was contacted 3,402 times in 2023, compared with 1,688 times in 2022") is
:mod:`pipeline.extract.compared_times`'s.

Each pattern is anchored at one end of the text it reads and bounded, so one figure costs a fixed amount of work.
"""
from __future__ import annotations

import re

from pipeline.extract.phrase_ends import ends_with

#: The figure's verb, after its noun and at most a place or a time of up to five words, is "did" or "did so"
#: ("210 people from the county did so", "the 251 people who did so", "237 people in Lincolnshire did."); not "did not"
#: nor "did so much".
_DID_SO = re.compile(r"(?:\s{1,3}(?:from|in|of|across|at)(?:\s{1,3}[\w'\u2019&!/-]{1,25}){1,5})?,?"
                     r"\s{1,3}(?:who\s{1,3}|that\s{1,3})?did(?!\s{1,3}(?:so\s{1,3})?(?:not|much|many|well|little)\b)"
                     r"(?:\s{1,3}so|\s{1,3}the\s{1,3}same)?(?![\w'\u2019])", re.I)

#: A rate right after a figure's noun that ends its clause: "244 people every month.", "72 people a month, ...".
_RATE_ENDS = re.compile(r"\s{1,3}(?:a|an|each|every|per)\s{1,3}(?:day|week|fortnight|month|year)"
                        r"(?:\s{1,3}on\s{1,3}average)?\s{0,3}(?:[.,;:!?)\u2013\u2014]|\s-\s|$)", re.I)


def did_so_after(after_noun: str) -> bool:
    """Whether the words after a figure's noun make "did" or "did so" its verb: it restates the count before."""
    return _DID_SO.match(after_noun) is not None


def rate_restated(before: str, after_noun: str) -> bool:
    """Whether a figure is the count before told as a rate: a restatement's words right before it ("That is",
    "works out at", ", or", "an average of") and nothing after its rate in its clause."""
    return _RATE_ENDS.match(after_noun) is not None and ends_with(before, "rate_restatements")
