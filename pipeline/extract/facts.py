"""Counts of one sentence (:func:`extract_counts`), and every fact of a sentence (:func:`extract_sentence`).

Each extractor is a plain function over a :class:`SentenceFacts` context (the
sentence, its spaCy parse, and the numbers, regions and periods found in it)
that yields *drafts*: the fact as far as the sentence alone can fix it.  The
article-level pass (``pipeline.assemble``) then fills what needs other sentences:
inherited periods, links between percentages and counts, and repeated claims.
What a count counts (noun, measure, rate) is decided in ``pipeline.measures``; the
context and :class:`Draft` are in :mod:`pipeline.extract.sentence_context`, a figure's
period, places and measure in ``fact_periods``, ``fact_places`` and ``fact_measures``,
the percentage and multiplier extractors in :mod:`pipeline.extract.ratios` and
:mod:`pipeline.extract.multipliers`.

What this module does not do: read what a figure with no noun of its own counts
(``nounless_counts``). The other helpers of :func:`extract_counts` are in
``count_nouns`` (a figure's noun and unit), ``count_uses`` (whose use it counts),
``count_differences`` (differences, additions, ranges), ``count_parts`` (parts,
openers, lists, table rows) and ``other_kinds`` (figures of another kind).
"""
from __future__ import annotations

from typing import Iterator

from pipeline.extract.count_differences import _difference_draft, _from_to_ends
from pipeline.extract.count_measure_steps import read_inherited, read_measure, read_other_use
from pipeline.extract.count_parts import parts_take_whole
from pipeline.extract.count_steps import (
    count_draft,
    read_difference,
    read_noun,
    read_nounless,
    standing,
)
from pipeline.extract.multipliers import extract_multipliers
from pipeline.extract.ratios import extract_percentages
from pipeline.extract.sentence_context import Draft, SentenceFacts, with_sentence_context


def extract_counts(ctx: SentenceFacts) -> Iterator[Draft]:
    """Numbers that count people, contacts, arrests... in one sentence.

    A number with no noun of its own still counts when it is the earlier figure
    of a comparison ("up from 2,015 in 2021", "from 96 ... to 291"): it takes the
    noun of the count it is compared with, or of "the number of callers"; when
    it restates an earlier count ("the figure was 1,210"); or when it is a row
    of a table under a header line ("Kent: 1,204").  Ages ("under 25") never count.
    Each figure is read by the steps of :mod:`pipeline.extract.count_steps` and
    :mod:`pipeline.extract.count_measure_steps`, in their order.
    """
    found: list[Draft] = []
    for number in ctx.numbers:
        reading = read_noun(ctx, number, found)
        if reading is None or not read_nounless(ctx, reading, found):
            continue
        read_difference(ctx, reading)
        read_measure(ctx, reading, found)
        read_other_use(ctx, reading)
        read_inherited(ctx, reading, found)
        kept = standing(ctx, reading)
        if kept == "difference":
            # "an increase of nearly 300,000": kept for the difference check, never a figure others lean on
            yield _difference_draft(ctx, number, reading.difference)
            continue
        if kept == "none":
            continue
        draft = count_draft(ctx, reading)
        found.append(with_sentence_context(ctx, draft))
        yield draft
    _from_to_ends(ctx, found)
    parts_take_whole(ctx, found)  # "412 of the 1,005 people who called or used its live chat": the whole's measure


def extract_sentence(ctx: SentenceFacts) -> list[Draft]:
    """Every draft fact of one sentence, in text order."""
    drafts = [*extract_counts(ctx), *extract_percentages(ctx), *extract_multipliers(ctx)]
    return sorted(drafts, key=lambda d: d.start)
