"""The date of a figure that follows the period it is compared at.

Papers often set a figure against an earlier (or later) one by naming the other period first
and the figure after it: "645 calls in 2023, compared to 2022 with 419 calls", "compared with
April last year, when 380 people rang". The period after "compared to" is a base for the
sentence's main figure, but it is the own time of the figure right after it.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Any, Optional

from pipeline.extract.sentence_context import SentenceFacts

#: What may stand between such a period and its figure: "with", ", when", "when there were", and a hedge.
_GAP = re.compile(r"\s*+,?\s*+(?:with|when(?:\s++there\s++(?:were|was))?)\s++"
                  r"(?:(?:just|about|around|only|some|nearly|almost|over|more\s++than)\s++)?", re.IGNORECASE)

#: How such a base opens: a comparison, not the base of a change ("an increase from 2022 with 436 visits").
_COMPARED = re.compile(r"(?:compared|comparison|against|versus|vs\b)", re.IGNORECASE)
#: Bases that name no one period ("higher than average", "over the past week"): no time for a figure.
_NO_PERIOD = ("average", "recent", "since_event", "next_period", "last_12_months")


def compared_then_figure(ctx: SentenceFacts, number_start: int) -> Optional[Any]:
    """The base period right before the figure at ``number_start`` ("compared to 2022 with 419 calls"),
    as the figure's own time; ``None`` when no base period ends right before it."""
    s = ctx.sentence.start
    for mention in ctx.periods:
        if mention.role != "base" or s + mention.end > number_start or mention.relative in _NO_PERIOD \
                or not _COMPARED.match(mention.text):  # "up 12% from the previous year with 436 visits": the new level
            continue
        gap = _GAP.fullmatch(ctx.sentence.text, mention.end, number_start - s)
        if gap is not None:
            return dataclasses.replace(mention, role="time")
    return None
