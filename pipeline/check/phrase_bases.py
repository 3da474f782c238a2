"""The base a change's own phrase names: "a fourfold rise on the 745 recorded in 2021", "up 24 per cent on
2022/23, when the charity logged 9,870", "doubled from the 5,680 recorded ...", "compared with the 210 of 2022".

The figure that follows a change or a multiplier in its sentence, joined to it by words of comparison and nothing
but them (:data:`pipeline.check.multiplier_bases._BASE_GAP`: no figure, no full stop between), is the base the
claim's own words compare with, whichever other counts the sentence holds before the claim.  It is the strongest
evidence of what the claim compares, stronger than any figure found by period or place in other sentences: a pair
that leaves it out is not the claim's (:func:`excludes_its_base`), and a base that names no place of its own, placed
only by the sentences before, is of the claim's place (:func:`placed_by_the_claim`).  Both only take a verdict of
"inconsistent" away or keep a place doubt from standing; neither makes one.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.check.claim_measures import measure_family, two_measures_known
from pipeline.check.evidence import Evidence, plain
from pipeline.check.multiplier_bases import _BASE_GAP
from pipeline.records import Check, Count, Fact


def phrase_base(claim: Fact, ev: Evidence) -> Optional[Count]:
    """The first plain count after ``claim`` in its sentence when only words of comparison stand between them
    ("rise on the", "from the", "on 2022/23, when the line logged"); ``None`` otherwise."""
    if not ev.text:
        return None
    after = [c for c in ev.counts_in(claim.sentence) if c.start >= claim.end]
    if not after or not plain(after[0]):
        return None
    base = after[0]
    return base if _BASE_GAP.fullmatch(ev.text, claim.end, base.start) else None


#: A figure as written: "745", "5,680", "12.5" (no sign, no unit), or a financial year read whole ("2022/23", so that
#: its tail is no figure); a year is told apart by :func:`_phrase_number`.
_NUMBER = re.compile(r"(?:19|20)\d\d/\d{2}(?:\d{2})?\b|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
#: The most figures after a claim read for the one its phrase names (the year of "since 2021, when 560" comes first).
_MAX_FIGURES = 3


def _phrase_number(claim: Fact, ev: Evidence) -> Optional[tuple[float, str]]:
    """``(value, text)`` of the figure the claim's phrase names as its base, read from the text whether or not the
    extraction made it a count ("doubled from the 1,000 of its first year", "a fourfold rise on the 300 recorded
    by police"): among the first few figures after the claim in its sentence, the first joined to it by words of
    comparison only (a year is no base); ``None`` otherwise."""
    text = ev.text
    if not text:
        return None
    end = claim.sentence[1]
    for i, found in enumerate(_NUMBER.finditer(text, claim.end, end)):
        if i == _MAX_FIGURES:
            break
        raw = found.group()
        if "/" in raw or (len(raw) == 4 and raw[:2] in ("19", "20") and "," not in raw):
            continue  # "on 2022/23, when ...": the base's year (a financial year whole), read through by the gap
        if _BASE_GAP.fullmatch(text, claim.end, found.start()):
            return float(raw.replace(",", "")), raw
        return None
    return None


def excludes_its_base(check: Check, claim: Fact, pair: list[Count], ev: Evidence) -> Optional[str]:
    """Why a pair of counts that leaves out the base the claim's own phrase names is not the claim's ("a fourfold
    rise on the 745 recorded in 2021" judged on 1,640 of 2022 and 745 as the later figure would refute a right
    paper); ``None`` when the claim names no such base or the pair holds it (by id or by value).  The base is the
    count the phrase names (:func:`phrase_base`) or, when the extraction made none of it, the figure as written."""
    if len(pair) != 2:
        return None
    base = phrase_base(claim, ev)
    if base is not None:
        if pair[0].id == base.id or pair[0].value == base.value:
            return None
        if base.id in check.inputs and _WHEN.search(ev.text or "", claim.end, base.start):
            return None  # "rose 20% in 2024, when 1,200 were taken": a figure after "when" may be the later one
        return f"the claim's own words name its base ({base.text}), which is not the pair's earlier figure"
    written = _phrase_number(claim, ev)
    if written is None or pair[0].value == written[0] or _WHEN.search(ev.text or "", claim.end, claim.sentence[1]):
        return None
    return f"the claim's own words name its base ({written[1]}), which is not the pair's earlier figure"


def two_things(pair: list[Count]) -> Optional[str]:
    """Why a pair of counts of two measure families (website users and calls) is no change of one figure; ``None``
    when the pair is of one family or either count's measure is unknown."""
    if len(pair) != 2:
        return None
    families = [measure_family(c.measure) for c in pair]
    if None in families or families[0] == families[1]:
        return None
    return f"the two figures count two things ({pair[0].measure} and {pair[1].measure})"


def two_measures(pair: list[Count], ev: Evidence) -> Optional[str]:
    """Why a multiplier's pair of counts of two known measures of one family (700 calls to 1,000 webchats) may not be
    one figure that grew: agreement only ("2,800 calls ... the total was 1,400" agrees with "doubled"); ``None`` when
    the two share a measure, either is of no known measure, or the article states a change between the two (the
    paper itself compares them: "412 people ... up by 168 per cent" to 1,105 calls)."""
    if len(pair) != 2 or not two_measures_known(*pair):
        return None
    ids = {pair[0].id, pair[1].id}
    if any({p.count_ref, p.base_count_ref} == ids for p in ev.record.percentages):
        return None
    return f"the two figures are of two measures ({pair[0].measure} and {pair[1].measure})"


#: A "when" clause between a claim and the figure after it: the figure is of the time just named, which may be the
#: claim's later period as well as its base period.
_WHEN = re.compile(r"\bwhen\b", re.I)


def placed_by_the_claim(count: Count, claim: Fact, ev: Evidence) -> bool:
    """Whether ``count`` is the base the claim's phrase names and took its places only from the sentences before
    (``context_regions``): "up 24 per cent on 2022/23, when the charity logged 9,870 contacts from the region" after
    a breakdown that ends on County Durham is the claim's region's figure, not County Durham's."""
    context = getattr(count, "context_regions", None)
    if not context or list(count.regions) != list(context):
        return False
    base = phrase_base(claim, ev)
    return base is not None and base.id == count.id


#: The words right before a base written ahead of its change: "up from 3,015 in 2021/22, a rise of 28 per cent",
#: "Compared with the same quarter of 2023, when the figure stood at 872, the increase was 51 per cent".
_LEADING = re.compile(r"(?:\b(?:up|down|rising|falling)\s{1,3}from"
                      r"|\b(?:Compared|Set\s{1,3}against)(?:\s{1,3}(?:with|to))?[^\d.;:]{0,60}?"
                      r"(?:(?:19|20)\d\d(?:[/-]\d{2,4})?)?,?\s{1,3}when(?:\s{1,3}[a-z]{1,12}){0,4})"
                      r"\s{1,3}(?:the\s{1,3})?")


def leading_base(claim: Fact, ev: Evidence) -> Optional[Count]:
    """The base written ahead of the change in its sentence: the sentence's only plain count, before the claim,
    dated, right after "up from" or after an opening "Compared with ..., when ..." (:data:`_LEADING`); ``None``
    otherwise."""
    counts = [c for c in ev.counts_in(claim.sentence) if plain(c)]
    if len(counts) != 1 or not ev.text:
        return None
    base = counts[0]
    if base.end > claim.start or not (base.period_start or base.period_end):
        return None
    lo = claim.sentence[0]
    if base.start - lo > _MAX_LEAD:
        return None
    for found in _LEADING.finditer(ev.text, lo, base.start):
        opening = not ev.text[lo:found.start()].strip()  # "Compared with ..." opens the sentence
        if found.end() == base.start and (found.group()[:1].islower() or opening):
            return base
    return None


#: The most characters between a sentence's start and a base written ahead of its change.
_MAX_LEAD = 200
