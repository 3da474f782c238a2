"""Fact checks within one article: each stated figure recomputed from its neighbours.

:func:`check_record` turns a record's percentages, multipliers and multi-region
totals into :class:`~pipeline.records.Check` objects: a stated change against
its two counts, a "doubled" against its counts or a stated change, a total
against its parts.  Where an input is not in the text the verdict is
``unverifiable`` and the explanation says which figure is missing; a change
stated beside only its later count gives the earlier count it implies
(``implied``), for another article to confirm.  The arithmetic lives in
:mod:`pipeline.verdicts` (re-exported here); the search for inputs in
:mod:`pipeline.evidence`.

This module holds :func:`check_record` and its list of jobs; the checks are in
``check_builders`` (what a Check is built from, :func:`stated_decimal`),
``percentage_checks``, ``share_checks``, ``multiplier_checks``, ``sum_checks``,
``place_sums`` and ``difference_checks``.
"""
from __future__ import annotations

import configparser
import dataclasses
import logging
import re
from typing import Optional, TypeVar

from pipeline.check.evidence import Evidence
from pipeline.check.tolerances import load
from pipeline.check.verdicts import (  # re-exported: the arithmetic, usable from here
    Verdict,
    check_multiplier,
    check_multiplier_pct,
    check_percentage,
    check_sum,
)
from pipeline.check.check_builders import stated_decimal
from pipeline.check.percentage_checks import percentage_check
from pipeline.check.share_checks import next_figure_check, partition_share_check, restated_share_check, share_check
from pipeline.check.multiplier_checks import multiplier_check
from pipeline.check.unlike_counts import no_verdict_on_unlike
from pipeline.check.period_pairs import resolved_check
from pipeline.check.since_pairs import since_check
from pipeline.check.current_figures import current_figure_check
from pipeline.check.pointed_pairs import pointed_pair_check
from pipeline.check.verdict_gate import gated, out_of_scope, own_place_check
from pipeline.check.sole_pairs import with_one_comparison
from pipeline.check.sum_checks import adjacent_sum_check, channel_sum_check, partition_check, pointed_sum_check
from pipeline.check.place_sums import breakdown_check, listed_sum_check, sum_check
from pipeline.check.difference_checks import difference_check
from pipeline.check.remainder_sums import remainder_sum_check, remainders
from pipeline.check.pointed_sums import pointed_wholes
from pipeline.check.contained_sums import with_contained_sums, without_partial_lists
from pipeline.check.period_sums import with_period_sums
from pipeline.check.sorted_sums import with_sorted_sums
from pipeline.check.running_totals import with_running_sums
from pipeline.check.place_shares import with_place_shares
from pipeline.check.place_list_shares import with_place_list_shares
from pipeline.check.candidate_verdicts import candidates_on, with_candidates
from pipeline.records import Check, Count, Fact, Record, adds_parts
from pipeline.read.relevance import outside_scope

__all__ = ["check_record", "check_percentage", "check_multiplier", "check_multiplier_pct", "check_sum",
           "stated_decimal", "Verdict"]

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Fact)


#: A table's row written as a line of its own: a label, a dash or colon, one figure ("Calderdale - 160").
_ROW_LINE = re.compile(r"[^\W\d][^\d\n:\u2013\u2014-]{0,40}[-\u2013\u2014:]\s{0,3}\d[\d,.]*")


def _after_a_row(record: Record, text: Optional[str]) -> set[str]:
    """The ids of the facts (counts, percentages, multipliers) of prose right after a table whose borrowed place is
    only the last row's label ("The figure for the previous six months ... was 1,610." after "Calderdale - 160";
    "Together those council areas made up 1,214 ..., more than half of all contacts" after "Aberdeen: 117"): a row's
    label is the row's own place, not what the prose after the table is about.  One pass over the facts in text
    order."""
    if not text:
        return set()
    facts = sorted([*record.counts, *record.percentages, *record.multipliers], key=lambda f: f.start)
    out: set[str] = set()
    sentence, here, last = None, None, None  # the current sentence, its last count, the last count before it
    for f in facts:
        if tuple(f.sentence) != sentence:
            sentence, last, here = tuple(f.sentence), here or last, None
        if last is not None and not f.regions and last.regions and f.context_regions == last.regions \
                and _ROW_LINE.fullmatch(text[last.sentence[0]:last.sentence[1]].strip()) \
                and not _ROW_LINE.fullmatch(text[f.sentence[0]:f.sentence[1]].strip()):
            out.add(f.id)
        if isinstance(f, Count):
            here = f
    return out


def _tidy(record: Record, text: Optional[str] = None) -> Record:
    """A copy whose facts' ``regions`` are lists of names (``None`` and stray values dropped), a count's
    ``context_regions`` (the places it took from the sentences before) in place of its own empty ones, unless it
    took them only from a table's last row (:func:`_after_a_row`)."""
    def fix(facts):
        return [f if isinstance(f.regions, list) and all(isinstance(x, str) for x in f.regions)
                else dataclasses.replace(f, regions=[x for x in (f.regions or []) if isinstance(x, str)])
                for f in facts]

    rows = _after_a_row(record, text if text is not None else record.article.text)
    return dataclasses.replace(record, counts=fix([c if c.id in rows else placed_by_context(c)
                                                   for c in record.counts]),
                               percentages=fix([p if p.id in rows else placed_by_context(p)
                                                for p in record.percentages]),
                               multipliers=fix([m if m.id in rows else placed_by_context(m)
                                                for m in record.multipliers]))


def placed_by_context(count: F) -> F:
    """The fact (count, percentage or multiplier) with the places it took from the sentences before
    (``context_regions``) when its own sentence names none: "That compares with 706 in 2022" after a sentence about
    Kent is paired, and compared across articles, as Kent's. A ``context_regions`` that is not a list of names (a
    damaged record) is left alone."""
    context = getattr(count, "context_regions", None)
    if count.regions or not (isinstance(context, list) and context and all(isinstance(x, str) for x in context)):
        return count
    return dataclasses.replace(count, regions=list(context))


def _closed_lists_first(made: list[Check], rests: set[str]) -> list[Check]:
    """Without the other sum checks of a whole a list closed by a remainder judges, and those of another total on
    some of that list's parts: the remainder says the list is all of its whole ("Cardiff: 340 ... Rest of Wales:
    399" breaks down 1,212, not the year before's 1,027)."""
    closed = [c for c in made if adds_parts(c) and rests & set(c.inputs)]
    if not closed:
        return made
    wholes = {c.claim_ref for c in closed}
    return [c for c in made if c in closed or not adds_parts(c) or not (
        c.claim_ref in wholes or any(set(c.inputs) <= set(k.inputs) for k in closed))]


def _unless_found(pointed: Check, made: list[Check]) -> tuple[Optional[Check], list[Check]]:
    """``(pointed, made)`` unless another rule checked the same total and parts: then ``(None, made)``, or, when
    that rule could not decide and the pointer's words let ``pointed`` decide ("Of those, 1,200 ..., while 440
    ..."), ``pointed`` with ``made`` less the undecided ones (a list of parts by channel is also found by the
    extractor, which cannot tell a misprint)."""
    same = [c for c in made if adds_parts(c) and c.claim_ref == pointed.claim_ref
            and set(c.inputs) == set(pointed.inputs)]
    if not same:
        return pointed, made
    if pointed.verdict != "unverifiable" and all(c.verdict == "unverifiable" for c in same):
        return pointed, [c for c in made if not any(c is d for d in same)]
    return None, made


def check_record(record: Record, *, config: Optional[configparser.ConfigParser] = None,
                 text: Optional[str] = None, out_of_scope_line: Optional[bool] = None) -> list[Check]:
    """Every check of one record, ids ``k1``, ``k2``..., decided checks before unverifiable ones.

    Pure: the record is not changed.  A fact that cannot be checked because of
    malformed input gets an ``unverifiable`` check saying why.  ``text``: the
    article's text, which a few rules read (a record's own text by default).  ``out_of_scope_line``: the
    article was judged to report a line outside the scope of prevention (:func:`pipeline.read.relevance.outside_scope`):
    its checks give no "inconsistent" (:func:`~pipeline.check.verdict_gate.out_of_scope`); by default, as the
    record's own relevance says, so a record checked again (``newsfacts check``) is judged as when extracted.
    """
    if out_of_scope_line is None:
        out_of_scope_line = outside_scope(record.relevance)
    tol = load(config)
    record = _tidy(record, text)
    ev = Evidence(record, text)
    rests = remainders(ev)  # "the remaining 860": a list's last part, never a total of the items before it
    totals = [c for c in record.counts if c.value is not None and c.qualifier != "vague" and not c.difference
              and c.id not in rests]  # "thousands" adds up to nothing
    jobs = [(remainder_sum_check, "sum", c) for c in record.counts if c.id in rests]
    jobs += [(listed_sum_check, "sum", c) for c in totals if len(c.parts) >= 2]
    jobs += [(sum_check, "sum", c) for c in totals if len(c.regions) >= 2 and len(c.parts) < 2]
    jobs += [(breakdown_check, "sum", c) for c in totals if len(c.regions) == 1 and len(c.parts) < 2]
    jobs += [(channel_sum_check, "sum", c) for c in totals if len(c.regions) < 2 and len(c.parts) < 2]
    jobs += [(adjacent_sum_check, "sum", c) for c in totals if len(c.regions) < 2 and len(c.parts) < 2]
    pointed = pointed_wholes(ev)  # "Of those, 1,930 ..., while 550 ...": parts that point back at their whole
    jobs += [(pointed_sum_check, "sum", c) for c in totals if c.id in pointed]
    jobs += [(percentage_check, "percentage", p) for p in record.percentages if p.kind == "change"]
    jobs += [(share_check, "share", p) for p in record.percentages if p.kind == "share"]
    jobs += [(multiplier_check, "multiplier", m) for m in record.multipliers]
    jobs += [(partition_check, "sum", p) for p in record.percentages if p.partition_ref == p.id]
    jobs += [(restated_share_check, "share", p) for p in record.percentages if getattr(p, "restated_ref", None)]
    jobs += [(next_figure_check, "share", p) for p in record.percentages
             if p.kind == "share" and not getattr(p, "restated_ref", None) and not p.count_ref]
    jobs += [(difference_check, "sum", c) for c in record.counts if c.difference and c.value]
    jobs += [(partition_share_check, "share", p) for p in record.percentages if p.kind == "share"]
    made: list[Check] = []
    shared: set[int] = set()  # the shares share_check judged: next_figure_check does not run it again
    for job, kind, fact in jobs:
        try:
            if job is next_figure_check:
                check = next_figure_check(fact, ev, tol, shared=id(fact) in shared)
            else:
                check = job(fact, ev, tol)
            if check is not None and job is percentage_check:
                check = resolved_check(check, fact, ev, tol)  # the one pair of its measure, place and periods
                check = since_check(check, fact, ev, tol)  # "up 40% since 2019, to 1,400": from that period's figure
                check = current_figure_check(check, fact, ev, tol)  # a later figure another change counts from
            if check is not None and job in (percentage_check, multiplier_check):
                check = pointed_pair_check(check, fact, ev, tol)  # "from 38 to 61. That is a rise of 60%"
                check = own_place_check(check, fact, ev, tol)  # a town's pair under its county's claim
                check = no_verdict_on_unlike(check, fact, ev)  # calls against texts, a place each, a group's change
            if check is not None and job is partition_share_check \
                    and any(c.claim_ref == fact.id and c.kind == "share" for c in made):
                check = None  # a share judged already on figures the text names
            if check is not None and job is pointed_sum_check:
                check, made = _unless_found(check, made)  # the same parts another rule found
            if check is not None:  # a breakdown check only where a breakdown is
                made.append(check)
                if job is share_check:
                    shared.add(id(fact))
        except Exception as exc:  # bad input must not stop the other checks
            log.warning("check of %s failed: %s", getattr(fact, "id", "?"), exc)
            made.append(Check(id="", kind=kind, claim_ref=getattr(fact, "id", None), inputs=[], stated=None,
                              computed=None, verdict="unverifiable", tolerance="",
                              explanation=f"could not be checked: {type(exc).__name__}: {exc}",
                              relation="difference" if job is difference_check else None))
    made = without_partial_lists(with_contained_sums(made, totals, ev, tol))  # places within a total's; lists read short
    made = with_period_sums(made, totals, ev, tol)  # "April to September: 1,200" under the year's 2,760
    made = with_sorted_sums(made, ev, tol)  # "By nation, 5,200 were in England, ..." under the total before
    made = with_running_sums(made, totals, ev, tol)  # "It also answered 400 emails, bringing the total to 3,400"
    made = with_place_shares(made, [p for p in record.percentages if p.kind == "share"], ev, tol)  # "Kent's share"
    made = with_place_list_shares(made, [p for p in record.percentages if p.kind == "share"], ev, tol)  # "A, B and C"
    made = _closed_lists_first(made, rests)
    made = with_one_comparison(made, ev, tol)  # a lede's "doubled" over the one comparison the article checks
    if candidates_on(config):
        made = with_candidates(made, ev, tol)  # claims left undecided, by the compatible counts they may rest on
    made = gated(made, ev)  # an "inconsistent" only on figures surely the claim's own
    made = out_of_scope(made) if out_of_scope_line else made  # and none on a victims' or reporting line's figures
    made.sort(key=lambda c: c.verdict == "unverifiable")
    for i, check in enumerate(made, 1):
        check.id = f"k{i}"
    return made
