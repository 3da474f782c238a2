"""The places a fact takes from the facts before it, and whether two facts' places agree.

"the region", "the city-region", "the three counties" (:data:`REGION_ANAPHORA`) take the places of the count before
(:func:`anaphoric_regions`; "the county" said of a town is its county); a change takes those of the last placed
count it follows (:func:`recent_count`), and keeps them as its own when that count's sentence opens with a frame of
place (:func:`framed_places`: "In the North West, ...").  :mod:`pipeline.extract.inheritance` imports
:func:`anaphoric_regions` when it resolves a count, not at load: this module reads its :class:`Context`.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.count_index import counts_before
from pipeline.extract.inheritance import INHERIT_WINDOW, Context, Resolved
from pipeline.extract.regions import counties_of
from pipeline.extract.sentence_context import Draft


#: "the region", "the three regions", "the county", "the state's": places named before.
REGION_ANAPHORA = re.compile(
    r"\b(?:the|this|that|these|those|both|all) (?:(?:two|three|four|five|six|seven|eight|nine|ten|same) )?"
    r"(?:city[- ]region|city[- ]regions|region|regions|county|counties|area|areas|force area|nation|nations|state|states|province|provinces"
    r"|territory|territories)\b", re.I)


def recent_count(d: Draft, ctx: Context) -> Optional[Resolved]:
    """The last count with a place, at most ``INHERIT_WINDOW`` sentences back, that is no earlier figure of a
    comparison (marked so, or restating the figure before for the year before it: the text goes on about the later)."""
    for earlier in reversed(ctx.counts):
        if d.index - earlier.draft.index > INHERIT_WINDOW:
            return None
        if earlier.regions and not earlier.draft.comparison and earlier.draft.inherit != "row" \
                and id(earlier) not in ctx.restated_before \
                and not (getattr(earlier.draft, "place_item", False) and earlier.draft.index != d.index):
            return earlier  # an item of a list of places is no figure a later sentence goes on about
    return None


def anaphoric_regions(d: Draft, ctx: Context) -> list[str]:
    """The places a fact (or the header of its list) refers back to ("from the region"), else none;
    "the county" said of a town is its county ("Chester ... from the county": Cheshire)."""
    found = _anaphoric_regions(d, ctx)
    said = REGION_ANAPHORA.search(d.sentence.text) or (d.header_text and REGION_ANAPHORA.search(d.header_text))
    if found and said and said.group(0).lower().endswith("county"):
        return counties_of(found)
    return found


def _anaphoric_regions(d: Draft, ctx: Context) -> list[str]:
    if not (REGION_ANAPHORA.search(d.sentence.text) or (d.header_text and REGION_ANAPHORA.search(d.header_text))):
        return []
    rows = 0
    for i in range(counts_before(ctx, d.start) - 1, -1, -1):  # the counts before it: a multiplier is resolved
        earlier = ctx.counts[i]  # after every count of the page, and "from the region" points back, not on
        if earlier.draft.inherit == "row" or earlier.draft.header_text \
                or (getattr(earlier.draft, "place_item", False) and earlier.draft.index != d.index):
            rows += 1  # a list's items are parts of the total the text goes back to
            continue
        if d.index - earlier.draft.index > INHERIT_WINDOW + rows:
            break
        if earlier.regions:
            return list(earlier.regions)
    return list(d.previous_regions)  # "2,870 people from the region", the region named just before


#: A sentence's opening frame of place: "In the North West, ...", "Across Wales, ..." (up to its comma).
_FRAME = re.compile(r"\W{0,3}(?:In|Across|Throughout|Within)\s++([^,.;:\d\n]{1,60}),")


def framed_places(count: Resolved) -> bool:
    """Whether the count's sentence opens with a frame of place that names its places ("In the North West, 18,036
    people sought help"): a change stated next about that count ("This is a 106% increase") is stated inside
    the frame, and takes its places as its own."""
    found = _FRAME.match(count.draft.sentence.text)
    return bool(found and count.regions) and all(r.lower() in found.group(1).lower() for r in count.regions)


def regions_agree(a: Resolved, b: Resolved) -> bool:
    return not a.regions or not b.regions or set(a.regions) == set(b.regions)


def regions_overlap(a: Resolved, b: Resolved) -> bool:
    return not a.regions or not b.regions or bool(set(a.regions) & set(b.regions))
