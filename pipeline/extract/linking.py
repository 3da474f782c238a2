"""Links between an article's facts: a change to its counts, its base period and base count.

A percentage's count (``count_ref``: the count before it in the sentence, the later of a
from-to pair after it, or the last count of the two sentences before when it opens with
"This"/"It"/"which"), its period (its own, else its count's, else the context), its base
period ("from 2018", "on the previous year", else the period before) and the count of
that base period (``base_count_ref``); a "doubled" linked to the counts it compares,
a headline's claim to the body's counts.  Used by :func:`pipeline.extract.assembly.assemble`.

The pairs a change names in its own sentence are found by :mod:`pipeline.extract.pairs`, a share's
part and whole by :mod:`pipeline.extract.shares`.

Cut along its jobs; every name :mod:`pipeline.extract.assembly` uses is importable from here as before:
:mod:`~pipeline.extract.change_links` (a change's count and periods),
:mod:`~pipeline.extract.base_links` (the earlier figure it compares with),
:mod:`~pipeline.extract.body_links` (an opening line's claim and the body's comparisons) and
:mod:`~pipeline.extract.multiplier_links` (a "doubled" and what it restates).
"""
from __future__ import annotations

from pipeline.extract.base_links import base_count, count_by_period, date_from_base, labelled_base, restated
from pipeline.extract.body_links import OPENING_PARAGRAPHS, link_to_body
from pipeline.extract.change_links import count_for, names_other, other_thing, resolve_percentage
from pipeline.extract.multiplier_links import resolve_multiplier

__all__ = [
    "OPENING_PARAGRAPHS", "base_count", "count_by_period", "count_for", "date_from_base", "labelled_base",
    "link_to_body", "names_other", "other_thing", "resolve_multiplier", "resolve_percentage", "restated",
]
