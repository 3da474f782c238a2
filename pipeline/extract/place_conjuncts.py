"""A figure of a list whose items each name their own subject takes no place of the other items.

"Lincoln accounted for 171 of the calls, Boston for 84 and Grantham for 66": each figure's place is the name that
opens its own conjunct (:func:`pipeline.extract.bare_figures.gapped_name`).  When that name is no place the
gazetteer knows ("Boston" is a namesake here and in America), the figure's place is unknown, not the places the
other items own: a count takes the place its own words name (ANNOTATION.md decision 12), and "Lincoln and
Grantham" would make 84 their total.
"""
from __future__ import annotations

from pipeline.extract.bare_figures import gapped_name
from pipeline.extract.fact_places import owned_places, regions_between
from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.sentence_context import SentenceFacts


def conjunct_regions(ctx: SentenceFacts, number: NumberMention,
                     found: tuple[list[str], list[str]]) -> tuple[list[str], list[str]]:
    """``found`` (the figure's places and its sentence's, from ``regions_for``), or no places of its own when every
    place it took is owned by another item of its list and its own conjunct opens with a name that is no place."""
    regions, sentence = found
    if not regions:
        return found
    owned = owned_places(ctx)
    if number.num_start in owned or not set(regions) <= set(owned.values()):
        return found
    s = ctx.sentence.start
    gapped = gapped_name(ctx.sentence.text[:number.start - s], ctx.sentence.text[number.end - s:])
    if gapped is None or regions_between(ctx, (s + gapped.start("name"), s + gapped.end("name"))):
        return found
    return [], sentence
