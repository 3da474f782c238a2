"""The decision on a claim's candidates, and :func:`with_candidates`, the late step of ``within.check_record``.

For each claim the rules left undecided (no check, or only "unverifiable"): a change, a multiplier, a stated
difference, a share, a total.  Its candidates (:mod:`pipeline.check.candidate_pairs`,
:mod:`pipeline.check.candidate_sums`) are judged by the arithmetic the rules use (``verdicts``):

- **consistent**: the surest candidate that agrees, when no candidate as sure or surer disagrees, and the
  candidate is tied to the claim (in its sentence or beside it) or no other candidate is as sure; a one-sided
  claim ("more than a fifth", which agrees with too much) only when it agrees read as "about", as the rules read a
  hedge against a whole chosen by order;
- **inconsistent**: only with figures that are surely the claim's own, and a figure borrowed to fill a gap is never
  sure: exactly one candidate, every dimension the same on the claim's own words (nothing borrowed:
  :attr:`~pipeline.check.candidates.Candidate.borrowed`), both counts in the claim's sentence or beside it (a share's
  part tied by structure), on a gross miss the earlier count in the claim's own sentence (the rules' safeguard,
  ``difference_checks``: a far-off pair of other sentences is more often another comparison than a misprint), and the
  claim had no check at all (an "unverifiable" a rule gave on a pair says why it would not decide, which the
  enumeration does not overrule, so such a claim is not enumerated).  A total is never judged inconsistent here: a
  run that falls short may be a partial list, and one that overshoots may hold a count of another thing;
- otherwise nothing is added.

Every explanation says how many candidates there were, which one decided and why.  ``[checks] candidates = false``
(``data/settings.cfg``) turns the step off.
"""
from __future__ import annotations

import configparser
import dataclasses
import logging
from decimal import Decimal
from typing import Literal, Optional, Sequence

from pipeline.check.candidate_evidence import decide_share
from pipeline.check.candidate_pairs import beside, change_pairs, share_pairs, share_tie, tied_pair
from pipeline.check.candidate_sums import breakdown_sign, runs
from pipeline.check.candidates import Candidate, siblings, usable
from pipeline.check.check_builders import _check, stated_decimal
from pipeline.check.difference_checks import difference_of
from pipeline.check.evidence import Evidence, place
from pipeline.check.pair_places import own_places
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import (ONE_SIDED, Verdict, check_difference, check_multiplier, check_percentage,
                                     check_share, check_sum)
from pipeline.records import Check, Count, Fact, Multiplier, Percentage, adds_parts
from pipeline.settings import defaults

__all__ = ["with_candidates", "candidates_on"]

log = logging.getLogger(__name__)

DECIDED = ("consistent", "inconsistent")


def candidates_on(config: Optional[configparser.ConfigParser]) -> bool:
    """The setting ``candidates`` of ``[checks]``, on by default."""
    config = defaults() if config is None else config
    return config.getboolean("checks", "candidates", fallback=True) if config.has_section("checks") else True


def _d(x: float) -> Decimal:
    return Decimal(repr(x))


def _judge(claim: Fact, cand: Candidate, tol: Tolerances) -> Verdict:
    a, b = cand.counts
    q = (a.qualifier, b.qualifier)
    if isinstance(claim, Multiplier):
        return check_multiplier(stated_decimal(None, claim.factor), claim.qualifier, _d(a.value), _d(b.value),
                                tolerances=tol, word=claim.word or claim.text, inputs=q)
    if isinstance(claim, Percentage) and claim.kind == "share":
        return check_share(stated_decimal(claim.text, claim.value), claim.qualifier, _d(a.value), _d(b.value),
                           tolerances=tol, inputs=q, words=claim.text)
    if isinstance(claim, Percentage):
        return check_percentage(stated_decimal(claim.text, claim.value), claim.qualifier, _d(a.value), _d(b.value),
                                tolerances=tol, direction=claim.direction, inputs=q)
    return check_difference(_d(claim.value), claim.qualifier, _d(a.value), _d(b.value), tolerances=tol,
                            direction=claim.difference, inputs=q)


def _build(claim: Fact, cand: Candidate, v: Verdict, why: str) -> Check:
    a, b = cand.counts
    prefix = f"{place(a)} and {place(b)}, {why}"
    if isinstance(claim, Multiplier):
        return _check("multiplier", claim, [a, b], float(claim.factor), v, prefix=prefix)
    if isinstance(claim, Percentage):
        return _check("share" if claim.kind == "share" else "percentage", claim, [a, b], float(claim.value), v,
                      prefix=prefix)
    return difference_of(claim, a, b, v, prefix=prefix)


def _refutes(claim: Fact, cand: Candidate, v: Verdict, share: bool, ev: Evidence) -> bool:
    """Whether the one candidate of a claim, which disagrees, may refute it: surely the claim's own (nothing
    borrowed, every dimension the same), tied by structure (a share's part by :func:`share_tie`; a change's pair
    both beside the claim) and, for a change, its earlier count in the claim's own sentence on a gross miss and of no
    place its later count does not name (the rules' safeguards, ``difference_pairs._tied_across``)."""
    first, second = cand.counts
    if not cand.sure:
        return False
    if share:
        return share_tie(claim, first, second, ev)
    if v.gross and tuple(first.sentence) != tuple(claim.sentence):
        return False
    if set(own_places(first)) - set(own_places(second)):
        return False  # "..., when its Leeds office took 4,000": an earlier count of a place the later's is not
    return beside(claim, first, second, ev)


def decide_pair(claim: Fact, cands: Sequence[Candidate], ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """The check the candidates of a claim of two counts give, or ``None``; for a claim no rule checked."""
    if not cands:
        return None
    judged = [(c, _judge(claim, c, tol)) for c in cands]
    share = isinstance(claim, Percentage) and claim.kind == "share"
    tied = (lambda c: share_tie(claim, c.counts[0], c.counts[1], ev)) if share \
        else (lambda c: tied_pair(claim, c.counts[0], c.counts[1], ev))
    n = len(cands)
    agree = [(c, v) for c, v in judged if v.verdict == "consistent"]
    if agree:
        cand, v = max(agree, key=lambda cv: (cv[0].rank, tied(cv[0])))
        if getattr(claim, "qualifier", None) in ONE_SIDED and \
                _judge(dataclasses.replace(claim, qualifier="about"), cand, tol).verdict != "consistent":
            return None  # "more than a fifth" agrees with any larger part: a pair found by its dimensions must be near
        rivals = [c for c, w in judged if c is not cand and c.rank >= cand.rank]
        if any(w.verdict == "inconsistent" for c, w in judged if c.rank >= cand.rank):
            return None
        if not tied(cand) and (rivals or share):
            return None  # a share's part is often not stated at all: a pair that agrees by chance is no evidence
        which = f"the surest of {n} candidate pairs" if n > 1 else "the one candidate pair"
        why = (f"{which} of the article's counts compatible with it in measure, place and period ({cand.show()}, "
               f"{cand.rank} dimensions the same)")
        return _build(claim, cand, v, why)
    if n == 1 and judged[0][1].verdict == "inconsistent" and _refutes(claim, *judged[0], share, ev):
        cand, v = judged[0]
        why = (f"the only pair of the article's counts compatible with it in measure, place and period, every "
               f"dimension the same ({cand.show()})")
        return _build(claim, cand, v, why)
    return None


def decide_share_evidence(claim: Fact, cands: Sequence[Candidate], ev: Evidence, tol: Tolerances,
                          made: Sequence[Check], sibs: dict[str, set[str]]) -> Optional[Check]:
    """The check the evidence that a candidate is the share's own gives (:mod:`pipeline.check.candidate_evidence`),
    for a share :func:`decide_pair` left undecided."""
    if not cands:
        return None
    judged = [(c, _judge(claim, c, tol)) for c in cands]
    found = decide_share(claim, judged, ev, made, sibs,
                         lambda c: _judge(dataclasses.replace(claim, qualifier="about"), c, tol).verdict,
                         lambda c: _judge(claim, c, tol).verdict)
    if found is None:
        return None
    cand, v, why = found
    return _build(claim, cand, v, why)


def decide_sum(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A total against the one run of parts near it that adds up to it and that something besides the sum marks
    as its breakdown; ``None`` when none or several do."""
    found = []
    every = runs(total, ev)
    for parts in every:
        sign = breakdown_sign(total, parts, ev)
        if sign is None:
            continue
        v = check_sum(stated_decimal(total.text, total.value), total.qualifier,
                      [(_d(p.value), p.qualifier) for p in parts], tolerances=tol)
        if v.verdict == "consistent":
            found.append((parts, v, sign))
    if len(found) != 1:
        return None
    parts, v, sign = found[0]
    why = (f"of {len(every)} run{'s' if len(every) > 1 else ''} of counts after it compatible with it in measure, "
           f"place and period, the one that adds up to it, read as its breakdown by {sign}")
    return _check("sum", total, parts, float(total.value), v, prefix=f"{place(total)}, {why}")


def _claims(ev: Evidence) -> list[tuple[Fact, Literal["pair", "sum"]]]:
    rec = ev.record
    out: list[tuple[Fact, Literal["pair", "sum"]]] = []
    out += [(p, "pair") for p in rec.percentages if p.kind in ("change", "share") and p.value]
    out += [(m, "pair") for m in rec.multipliers if m.factor]
    out += [(c, "pair") for c in rec.counts if c.difference and c.value and c.qualifier in ("exact", "about",
                                                                                              "nearly")]
    out += [(c, "sum") for c in rec.counts if usable(c) and c.qualifier == "exact" and c.measure != "other"]
    return out


def with_candidates(made: list[Check], ev: Evidence, tol: Tolerances) -> list[Check]:
    """``made`` with the checks the candidates give for the claims it leaves undecided: a new check for a claim of
    none, or, for a total whose sum checks are all unverifiable, a consistent one in their place."""
    by_claim: dict[str, list[Check]] = {}
    for k in made:
        by_claim.setdefault(k.claim_ref or "", []).append(k)
    sibs = siblings(made, ev)
    added: list[Check] = []
    dropped: set[int] = set()
    for claim, how in _claims(ev):
        try:
            if how == "sum":
                own = [k for k in by_claim.get(claim.id, []) if adds_parts(k)]
                if any(k.verdict in DECIDED for k in own) or any(claim.id in k.inputs for k in made if adds_parts(k)
                                                                 and k.verdict in DECIDED):
                    continue
                check = decide_sum(claim, ev, tol)
            else:
                own = [k for k in by_claim.get(claim.id, []) if not adds_parts(k)]
                if own:
                    continue  # a rule's "unverifiable" on a pair says why it would not decide
                cands = share_pairs(claim, ev, sibs) if isinstance(claim, Percentage) and claim.kind == "share" \
                    else change_pairs(claim, ev)
                check = decide_pair(claim, cands, ev, tol)
                if check is None and isinstance(claim, Percentage) and claim.kind == "share":
                    check = decide_share_evidence(claim, cands, ev, tol, made + added, sibs)
        except Exception as exc:  # an enumeration that fails leaves the rules' checks as they were
            log.warning("candidates of %s failed: %s", getattr(claim, "id", "?"), exc)
            continue
        if check is None or (own and check.verdict != "consistent"):
            continue  # a sum's "unverifiable" says a list fell short: only an exact breakdown replaces it
        added.append(check)
        dropped.update(id(k) for k in own)
    return [k for k in made if id(k) not in dropped] + added
