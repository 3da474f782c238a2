"""A table row or a "the figure was N" takes what it counts from the count it follows, for
:func:`pipeline.extract.inheritance.resolve_count` (a "part", "900 of them", only what it counts: its place is its own
sentence's, ANNOTATION.md decision 12); failing a count, what the changes just before were of.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.restated_counts import did_so_after
from pipeline.extract.sentence_context import Draft

if TYPE_CHECKING:  # inheritance imports this module
    from pipeline.extract.inheritance import Context, Resolved


def _did_so(d: Draft, earlier: Draft) -> bool:
    """Whether ``d`` restates what the people of ``earlier`` did by its verb alone ("930 men did the same" after
    "1,240 men called"): callers still, where "Essex - 2,140 people" under a total of calls are contacts."""
    if d.inherit != "previous" or d.unit != earlier.unit:
        return False
    after = d.sentence.text[d.end - d.sentence.start:]  # the figure's text ends with its noun
    return did_so_after(after)


#: The measures of a line's or a website's use.
_USES = ("helpline_calls", "helpline_contacts", "website_users")


def _two_uses(earlier: Resolved, ctx: Context) -> bool:
    """Whether the sentence of ``earlier`` counts two uses (calls, and a website's users set against them): a part
    with a noun of people set off after "of them" has no one whole there to take its measure from."""
    return len({c.draft.measure for c in ctx.by_sentence.get(earlier.draft.sentence.start, ())
                if c.draft.measure in _USES}) > 1


def inherit_followed(item: Resolved, ctx: Context) -> None:
    """A table row or a "the figure was N" takes what it counts from the count it follows (a "part", "900 of
    them", only what it counts: its place is its own sentence's, ANNOTATION.md decision 12). A part right after
    a count of people met in person or cared for ("Sixty-four of them were in Glasgow") is of those, no use."""
    d = item.draft
    window = 12 if d.inherit == "row" else 2
    for earlier in reversed(ctx.counts):
        if d.index - earlier.draft.index > window:
            break
        if d.inherit == "previous" and getattr(earlier.draft, "place_item", False) and earlier.draft.index != d.index:
            continue  # "..., 130 in Monmouthshire and 100 in Blaenau Gwent. The figure was 800 in 2022": the list's total
        if d.inherit == "part" and getattr(earlier.draft, "in_person", False):
            return  # "Its groups worked with 212 people. Sixty-four of them were in Glasgow": of those met in person
        if earlier.draft.measure != "other":
            if d.inherit == "part" and d.unit is not None and _two_uses(earlier, ctx):
                return  # "Nearly two-thirds of them - 4,010 people" after calls and a website's users: which whole?
            if d.measure == "other":
                d.measure = earlier.draft.measure
                if d.measure == "helpline_calls" and d.unit not in (None, "calls") and not _did_so(d, earlier.draft):
                    d.measure = "helpline_contacts"  # "Essex - 2,140 people" under a total of calls
            d.unit = d.unit or earlier.draft.unit
            if d.inherit == "previous" and not item.regions:
                item.regions = list(earlier.regions or [])
                item.regions_inherited = bool(item.regions)
            if d.inherit == "row" and d.time is None \
                    and getattr(earlier.draft.time, "relative", None) not in ("previous_year", "year_earlier"):
                d.time = earlier.draft.time  # not a year-before phrase: it dates its own figure, no table's rows
            return
    if d.measure == "other":  # no count to follow: what the changes just before were of
        for pct in reversed(ctx.percentages):
            if d.index - pct.draft.index > window:
                break
            if pct.draft.measure != "other":
                d.measure = pct.draft.measure
                return
