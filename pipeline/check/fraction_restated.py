"""The figure a fraction word restates, when the extractor tied none to it: the next share written as a figure.

Papers round a share to a fraction word and give the figure right after it: "nearly half of the calls came
from men worried about their own thoughts. 45 per cent of callers were ...", "a third of callers (34%)".
The figure is the first share written as a percentage after the fraction word, in its sentence or the
sentence right after it, of a measure, place and period that do not exclude the fraction's.  Only the
nearest such figure is taken (no search for one that fits), and since it may be a share of another group,
only agreement is a verdict (:func:`pipeline.check.within.restated_share_check` judges the pair).
"""
from __future__ import annotations

from typing import Optional

from pipeline.check.evidence import APART, BOUNDED, Evidence, mix, period_match, region_match
from pipeline.check.verdicts import fraction_word
from pipeline.records import Percentage


def restated_figure(fraction: Percentage, ev: Evidence) -> Optional[Percentage]:
    """The first share written as a figure after a fraction word, in its sentence or the next; ``None``
    when there is none or the first one cannot be of the fraction's group."""
    if fraction.kind != "share" or not fraction_word(fraction.text) or getattr(fraction, "restated_ref", None) \
            or fraction.qualifier not in BOUNDED:
        return None  # "more than a third" agrees with every larger figure: no evidence that it restates one
    spans = {tuple(fraction.sentence), ev.neighbour(fraction.sentence, 1)}
    later = sorted((p for p in ev.record.percentages if p is not fraction and p.kind == "share"
                    and tuple(p.sentence) in spans and p.start > fraction.end), key=lambda p: p.start)
    figure = later[0] if later else None
    if figure is None or fraction_word(figure.text):
        return None
    if not mix(figure.measure, fraction.measure):
        return None
    if region_match(figure.regions, fraction.regions) == APART or period_match(
            figure.period_start, figure.period_end, fraction.period_start, fraction.period_end) == APART:
        return None
    return figure
