"""What the sentence extractors share: the sentence's context and the draft facts.

:class:`SentenceFacts` is one sentence with its parse, numbers, places and periods; :class:`Draft` a fact as far as
its sentence alone can fix it. Here too: a figure's clause (:func:`clause_span`), the next figure after an offset
(:func:`next_figure`) and what a list item takes from the line above it (:func:`with_sentence_context`).

What this module does not do: find the period (:mod:`pipeline.extract.fact_periods`), the places
(:mod:`pipeline.extract.fact_places`) or the measure (:mod:`pipeline.extract.fact_measures`) of a figure;
:mod:`pipeline.extract.facts` (counts), :mod:`pipeline.extract.ratios` (percentages) and :mod:`pipeline.extract.multipliers` do that
with those modules.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, Optional

from spacy.tokens import Doc

from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.segments import Sentence, clause_of


@dataclass
class SentenceFacts:
    """What the extractors need to know of one sentence.

    ``numbers`` and ``regions`` carry article offsets; ``periods`` carry offsets
    relative to the sentence (as ``periods.find_periods`` returns them).
    """

    sentence: Sentence
    doc: Optional[Doc]
    numbers: list[NumberMention]
    regions: list[Any]
    periods: list[Any]
    clauses: list[tuple[int, int]]
    index: int = 0
    header: list[Any] = field(default_factory=list)  # time mentions of the line a list sits under
    header_text: Optional[str] = None  # that line, when this sentence is an item of its list
    header_regions: list[str] = field(default_factory=list)  # the places that line names
    previous_regions: list[str] = field(default_factory=list)  # places of the nearest sentence before that names any
    previous_time: Any = None  # the last time mention of the nearest sentence before that has one


@dataclass
class Draft:
    """A fact found in one sentence, before the article-level pass."""

    kind: str  # count, percentage, multiplier
    value: float
    qualifier: str
    start: int
    end: int
    text: str
    sentence: Sentence
    index: int
    clause: tuple[int, int]
    regions: list[str] = field(default_factory=list)
    sentence_regions: list[str] = field(default_factory=list)
    time: Any = None  # the PeriodMention that sets the fact's period, if any
    sentence_time: Any = None  # the nearest period mention anywhere in the sentence
    base: Any = None  # the PeriodMention of a change's comparison period
    measure: str = "other"
    unit: Optional[str] = None
    rate: Optional[str] = None
    pct_kind: Optional[str] = None
    direction: Optional[str] = None
    word: Optional[str] = None
    decimals: int = 0
    anaphoric: bool = False
    comparison: bool = False  # the earlier figure of a comparison ("up from 2,015 in 2021")
    inherit: Optional[str] = None  # "row": a table row under a header; "previous": "the figure was N"; "measure": only what it counts ("This compares to 173 people ...")
    unit_word: Optional[str] = None  # the noun as written ("callers"), before mapping to a unit
    header_text: Optional[str] = None  # the line this list item sits under ("The key figures for the region:")
    listed: Optional[str] = None  # a part listed after its total: "including" (some of it) or "and" (one of all)
    previous_regions: list[str] = field(default_factory=list)  # see SentenceFacts
    previous_time: Any = None


def clause_span(ctx: SentenceFacts, offset: int) -> tuple[int, int]:
    a, b = clause_of(ctx.clauses, offset - ctx.sentence.start)
    return ctx.sentence.start + a, ctx.sentence.start + b


def next_figure(ctx: SentenceFacts, offset: int, *, counts: bool = False) -> Optional[NumberMention]:
    """The first of the sentence's numbers that starts at or after the article offset ``offset`` (``counts``: the
    first that is no percentage), or ``None``.

    Found by bisection on the numbers' starts (kept on the context), not by reading every number: a rule that asks
    this for each number of a sentence of n figures read n * n of them."""
    numbers, starts = numbers_by_start(ctx)
    for n in range(bisect_left(starts, offset), len(numbers)):
        if not (counts and numbers[n].percent):
            return numbers[n]
    return None


def numbers_by_start(ctx: SentenceFacts) -> tuple[list[NumberMention], list[int]]:
    """The sentence's numbers in order of their starts (``find_numbers`` gives them so) and those starts."""
    kept = ctx.__dict__.get("_by_start")
    if kept is None or kept[0] is not ctx.numbers or len(kept[1]) != len(ctx.numbers):
        ordered = sorted(ctx.numbers, key=lambda n: n.start)
        kept = ctx.__dict__["_by_start"] = (ctx.numbers, ordered, [n.start for n in ordered])
    return kept[1], kept[2]


#: A list item: a bullet, a dash or a number at the start of a line.
LIST_ITEM = re.compile(r"^\s*(?:[\u2022\u00b7\u25aa\u25cf*\u2013-]|\d{1,2}[.)])\s+")


def with_sentence_context(ctx: SentenceFacts, draft: "Draft") -> "Draft":
    """A fact of a list item takes the period and places of the line the list sits under.

    Every draft also carries the places and period of the sentences before it, for
    the article-level pass to fall back on.
    """
    draft.previous_regions, draft.previous_time = ctx.previous_regions, ctx.previous_time
    if ctx.header_text is None:
        return draft
    draft.header_text = ctx.header_text
    if draft.time is None and ctx.header:
        draft.time = ctx.header[0]
    if not draft.regions:
        draft.regions = list(ctx.header_regions or ctx.previous_regions)
    return draft
