"""Shares within one article: a stated share against its part and whole, or the figure it restates.

:func:`share_check` judges a share on the part and whole the extractor linked,
else on the nearest pair around it or the part and whole its sentence names;
:func:`restated_share_check` and :func:`next_figure_check` a fraction word
against the figure written for it ("well over half (57%)");
:func:`partition_share_check` a share of a list of shares restated by counts.
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal
from fractions import Fraction
from typing import Callable, Optional

from pipeline.check.evidence import Evidence, place
from pipeline.check.fraction_restated import restated_figure
from pipeline.check.group_parts import group_share
from pipeline.check.paired_shares import paired_share
from pipeline.check.partition_counts import partition_whole
from pipeline.check.predicate_parts import predicate_share
from pipeline.check.named_wholes import named_share
from pipeline.check.nearby_pair import nearby_share
from pipeline.check.referred_wholes import referred_share
from pipeline.check.sentence_shares import sentence_share
from pipeline.check.subject_parts import subject_share
from pipeline.check.share_wholes import NEARLY, share_whole
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import (
    Verdict,
    accept_share,
    frac,
    judge,
    share_interval,
    check_share,
    fmt,
    qualified,
)
from pipeline.check.check_builders import _check, _unlinked, stated_decimal
from pipeline.records import Check, Count, Percentage


def share_check(pct: Percentage, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A stated share against the part and the whole the extractor linked (none when it linked none)."""
    part, whole = ev.get(pct.count_ref, Count), ev.get(pct.base_count_ref, Count)
    if part is None or whole is None:
        return _nearby_share_check(pct, ev, tol)
    v = check_share(stated_decimal(pct.text, pct.value), pct.qualifier, Decimal(repr(part.value)),
                    Decimal(repr(whole.value)), tolerances=tol, inputs=(part.qualifier, whole.qualifier), words=pct.text)
    kind = "share"  # a part against its whole, "20%" or "one in five": a share check (ANNOTATION.md, 10)
    if v.verdict == "inconsistent" and v.computed is not None and _far_apart(v.computed, pct.value):
        v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                                + "; a tenth of the stated share or less (or ten times it) is no slip of the paper's "
                                  "but another part or whole, so no verdict")
    return _check(kind, pct, [part, whole], float(pct.value), v, prefix=f"{place(part)} of {place(whole)}")


#: How many times apart a computed share and the stated one are, at least, when the part and the whole found are
#: taken to be another share's ("over 200 new callers every month, 90 percent of an estimated 50,000 problem gamblers").
SHARE_FAR = 10


def _far_apart(computed: Fraction, stated: float) -> bool:
    x = Fraction(repr(float(stated)))
    return x > 0 and (computed * SHARE_FAR <= x or computed >= x * SHARE_FAR)


def _nearby_share_check(pct: Percentage, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A share nothing linked to its part and whole, judged on the nearest pair of counts of one thing around
    it that gives it (:func:`pipeline.check.nearby_pair.nearby_share`): agreement only, else no check."""
    def verdict(part: Count, whole: Count) -> Verdict:
        return check_share(stated_decimal(pct.text, pct.value), pct.qualifier, Decimal(repr(part.value)),
                           Decimal(repr(whole.value)), tolerances=tol, inputs=(part.qualifier, whole.qualifier),
                           words=pct.text)

    def agrees(part: Count, whole: Count) -> bool:
        return verdict(part, whole).verdict == "consistent"

    for finder in (subject_share, group_share):  # "Website users made up ...", "Men made up ..."
        named = finder(pct, ev)
        if named is not None:  # its subject names its part: judged on that part or not at all
            return _judged_share_check(pct, named, verdict, finder)
    pair = nearby_share(pct, ev, agrees)
    prefix = "the nearest part and whole of one thing around it"
    if pair is None:
        pair = share_whole(pct, ev, agrees)
        prefix = "the part beside it, of the nearest whole stated before"
    if pair is None:
        return _referred_share_check(pct, ev, verdict) or _named_share_check(pct, ev, verdict, named_share) \
            or _sentence_share_check(pct, ev, verdict) or _named_share_check(pct, ev, verdict, predicate_share) \
            or _named_share_check(pct, ev, verdict, paired_share) or _nearly_beside_check(pct, ev, verdict, agrees)
    part, whole = pair
    kind = "share"
    return _check(kind, pct, [part, whole], float(pct.value), verdict(part, whole),
                  prefix=f"{prefix}, {place(part)} of {place(whole)}")


def _nearly_beside_check(pct: Percentage, ev: Evidence, verdict: Callable[[Count, Count], Verdict],
                         agrees: Callable[[Count, Count], bool]) -> Optional[Check]:
    """A "nearly" share beside its part that no rule reading its words judged, on the nearest whole before the part
    (:func:`pipeline.check.share_wholes.share_whole` with :data:`~pipeline.check.share_wholes.NEARLY`): agreement
    only ("3,620 calls - almost a third - coming between midnight and 6am")."""
    pair = share_whole(pct, ev, agrees, NEARLY) if pct.qualifier == "nearly" else None
    if pair is None:
        return None
    part, whole = pair
    return _check("share", pct, [part, whole], float(pct.value), verdict(part, whole),
                  prefix=f"the part beside it, of the nearest whole stated before, {place(part)} of {place(whole)}")


def _referred_share_check(pct: Percentage, ev: Evidence,
                          verdict: Callable[[Count, Count], Verdict]) -> Optional[Check]:
    """A share set off after its part whose words point back at its whole ("- nearly a third of the county's
    total": :mod:`pipeline.check.referred_wholes`): agreement, or a disagreement when the whole is the one the words
    can mean; ``None`` otherwise."""
    found = referred_share(pct, ev)
    if found is None:
        return None
    part, whole, sole = found
    v = verdict(part, whole)
    if v.verdict == "inconsistent" and (not sole or (v.computed is not None and _far_apart(v.computed, pct.value))):
        return None
    if v.verdict == "unverifiable":
        return None
    beside = "the part beside it" if tuple(part.sentence) == tuple(pct.sentence) else "the count told just before it"
    return _check("share", pct, [part, whole], float(pct.value), v,
                  prefix=f"{beside}, of the total its words point back at, {place(part)} of {place(whole)}")


def _named_share_check(pct: Percentage, ev: Evidence, verdict: Callable[[Count, Count], Verdict],
                       finder: Callable[[Percentage, Evidence], Optional[tuple[Count, Count, bool]]]) -> Optional[Check]:
    """A share whose words name its whole by its noun ("7,960 (28% of phone calls)": :mod:`pipeline.check.named_wholes`)
    or its part by its subject ("Website users made up 61 per cent of the total": :mod:`pipeline.check.subject_parts`):
    agreement, or a disagreement when the words can mean no other whole; ``None`` otherwise."""
    found = finder(pct, ev)
    return None if found is None else _judged_share_check(pct, found, verdict, finder)


def _judged_share_check(pct: Percentage, found: tuple[Count, Count, bool], verdict: Callable[[Count, Count], Verdict],
                        finder: Callable[[Percentage, Evidence], Optional[tuple[Count, Count, bool]]]) -> Optional[Check]:
    """The check of :func:`_named_share_check` on the ``(part, whole, sole)`` its ``finder`` found."""
    part, whole, sole = found
    v = verdict(part, whole)
    if v.verdict == "unverifiable" or v.verdict == "inconsistent" and (
            not sole or (v.computed is not None and _far_apart(v.computed, pct.value))):
        return None
    return _check("share", pct, [part, whole], float(pct.value), v,
                  prefix=f"the part {_PART_NAMED.get(finder, 'beside it')}, of the whole its words name, "
                         f"{place(part)} of {place(whole)}")


#: How each finder of :func:`_named_share_check` found the part, for the check's explanation.
_PART_NAMED = {subject_share: "its subject names", group_share: "its subject's group names, told before",
               predicate_share: "its predicate names, told later",
               paired_share: "the article writes as 'N of the M' (the one such pair of its place and period)"}


def _sentence_share_check(pct: Percentage, ev: Evidence, verdict: Callable[[Count, Count], Verdict]) -> Optional[Check]:
    """A share judged on the part and the whole its own sentence names (:mod:`pipeline.check.sentence_shares`):
    agreement, or a disagreement the words tie to the share; ``None`` otherwise."""
    found = sentence_share(pct, ev)
    if found is None:
        return None
    part, whole, tied_to = found
    v = verdict(part, whole)
    if v.verdict == "inconsistent" and v.computed is not None and _far_apart(v.computed, pct.value):
        return None  # a tenth of the stated share or ten times it: another part or whole
    if v.verdict != "consistent" and not tied_to:
        return None
    return _check("share", pct, [part, whole], float(pct.value), v,
                  prefix=f"the part and the whole its sentence names, {place(part)} of {place(whole)}")


def restated_share_check(fraction: Percentage, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A share written as a fraction word against the figure the paper states for it: "well over half (57%)"
    holds, "nearly half ... 52 per cent" does not.  Judged over every value the figure's rounding allows.
    A figure found in a later sentence (not in brackets beside the fraction) may be of another group:
    its disagreement makes no "inconsistent", only "unverifiable"."""
    figure = ev.get(fraction.restated_ref, Percentage)
    if figure is None:
        return None
    stated = stated_decimal(fraction.text, fraction.value)
    accept, rule = accept_share(stated, fraction.qualifier, tol, fraction.text)
    shown = stated_decimal(figure.text, figure.value)
    verdict = judge(share_interval(shown, figure.qualifier, tol), accept, rounded_only=figure.qualifier == "exact")
    said = {"consistent": "consistent with", "inconsistent": "not", "unverifiable": "which may or may not be"}[verdict]
    v = Verdict(verdict, frac(shown), rule, f"the paper's {qualified(figure.qualifier)}{shown}% is {said} '{fraction.text.strip()}'")
    check = _check("share", fraction, [figure], float(fraction.value), v)
    if verdict == "inconsistent" and tuple(figure.sentence) != tuple(fraction.sentence):
        return _unlinked(check, linked=False)
    return check


def next_figure_check(fraction: Percentage, ev: Evidence, tol: Tolerances, *,
                      shared: Optional[bool] = None) -> Optional[Check]:
    """A fraction word the extractor tied to no figure, against the share written as a figure right after it
    (:mod:`pipeline.check.fraction_restated`): agreement only; none otherwise.  ``shared``: whether
    :func:`share_check` already made a check of it (``None``: not known, so it is run here)."""
    figure = restated_figure(fraction, ev)
    if figure is None:
        return None
    if shared is None:
        shared = share_check(fraction, ev, tol) is not None
    if shared:
        return None  # a share judged on its part and whole needs no figure
    check = restated_share_check(dataclasses.replace(fraction, restated_ref=figure.id), ev, tol)
    return check if check is not None and check.verdict == "consistent" else None


def partition_share_check(share: Percentage, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A share of a list of shares each restated by a count in brackets, against its count over the counts added
    up (:mod:`pipeline.check.partition_counts`): agreement only, the whole being derived; ``None`` otherwise."""
    found = partition_whole(share, ev)
    if found is None:
        return None
    part, parts = found
    whole = sum(Fraction(repr(c.value)) for c in parts)
    v = check_share(stated_decimal(share.text, share.value), share.qualifier, Decimal(repr(part.value)),
                    Decimal(whole.numerator) / Decimal(whole.denominator), tolerances=tol, words=share.text)
    if v.verdict != "consistent":
        return None
    return _check("share", share, [part, *[c for c in parts if c is not part]], float(share.value), v,
                  prefix="its count of the counts its list of shares gives, added up ("
                         + " + ".join(fmt(Fraction(repr(c.value))) for c in parts) + ")")
