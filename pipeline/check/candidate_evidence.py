"""Evidence that a candidate (part, whole) is a share's own, weighed as a score rather than a yes/no.

:mod:`pipeline.check.candidate_verdicts` decides a share only on a part tied to it by its words; a share's part is
very often not stated at all, so one compatible pair is no evidence.  This module weighs what the article's
*structure* says of each candidate (weights in ``data/share_evidence.json``):

- **the part** (required: a share whose part nothing ties to it gets no verdict here): written beside the share
  (``share_tie``); set off right after the share's words by a comma, a dash or a bracket (the readings of
  :mod:`pipeline.extract.set_off_parts`); the one count of the place the share's sentence is about, in that
  sentence; a listed part whose label the share's subject repeats ("texts 311", then "Texts made up 27%").  Against:
  the count is the part of another share's check.
- **the whole**: every dimension the same; a total whose listed parts add up (a breakdown), above all the total of
  the list the part is in; the largest whole compatible with the part; the whole of another share's check.
  Against: a listed part of a total, the part of another share's check, an approximate count.
- **the share**: a hedge ("around", "more than", "nearly") agrees with more, so its evidence is less.

:func:`decide_share` gives "consistent" when the best candidate agrees and none as good disagrees; "inconsistent"
only when the best candidate is sure in every dimension, its evidence reaches ``refute_min``, it leads every
candidate that agrees by ``margin`` and no other as good, its whole is named by the share's "of" or is a total,
its part's list's total or another share's whole, and none of these doubts holds: the words between the
share and its part name a group, a place, another channel or a pointer of a sub-group ("nearly half of the men,
400,": the whole is the men, which the article may not state; :func:`sub_whole`); the share's words name a whole
of their own ("a third of calls to the regional team": :func:`names_own_whole`, which also stops "consistent"); the
share's sentence names no year and a count of another period would agree (:func:`doubts`).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Callable, Optional, Sequence

from pipeline.check.candidate_pairs import share_tie
from pipeline.check.claim_words import YEAR, share_tail
from pipeline.check.candidates import Candidate, claim_measure_of, usable
from pipeline.check.evidence import Evidence
from pipeline.check.pair_places import own_places
from pipeline.check.verdicts import ONE_SIDED, Verdict
from pipeline.check.share_ties import WORDS, label, names_own_whole, own_place, set_off, sub_whole
from pipeline.check.worded_sums import SOME
from pipeline.records import Check, Count, Fact, adds_parts
from pipeline.wordlists import data_file

__all__ = ["Weighed", "weigh", "decide_share", "doubts"]


def weights() -> dict:
    """The weights and thresholds of ``data/share_evidence.json`` (read once, by ``data_file``)."""
    return data_file("share_evidence.json")


@dataclasses.dataclass(frozen=True)
class Weighed:
    """A candidate with its judged verdict, its part's and its whole's evidence and their reasons."""

    cand: Candidate
    verdict: Verdict
    part: int
    whole: int
    why: tuple[str, ...]

    @property
    def score(self) -> int:
        return self.part + self.whole


def _used(made: Sequence[Check], claim: Fact) -> tuple[set[str], set[str]]:
    """The parts and the wholes of the article's other decided share checks."""
    other = [k.inputs for k in made if k.kind == "share" and k.claim_ref != claim.id and len(k.inputs) == 2
             and k.verdict in ("consistent", "inconsistent")]
    return {i[0] for i in other}, {i[1] for i in other}


def weigh(claim: Fact, judged: Sequence[tuple[Candidate, Verdict]], ev: Evidence, made: Sequence[Check],
          sibs: dict[str, set[str]]) -> list[Weighed]:
    """Each candidate with its evidence, best first."""
    w = weights()
    used_parts, used_wholes = _used(made, claim)
    # a total whose parts add up; not a partial list ("including ...") nor a "some" sum, whose parts need not
    totals = {k.claim_ref for k in made if adds_parts(k) and k.verdict == "consistent"
              and f"({SOME})" not in k.explanation}
    totals |= {c.id for c in ev.record.counts if c.parts and c.parts_complete is not False}
    totals -= {c.id for c in ev.record.counts if c.parts_complete is False}
    largest: dict[str, float] = {}
    for cand, _ in judged:
        part, whole = cand.counts
        largest[part.id] = max(largest.get(part.id, 0.0), whole.value)
    out = []
    by_part: dict[str, tuple[bool, bool, bool]] = {}  # the ties that depend on the part alone, once per part
    for cand, v in judged:
        part, whole = cand.counts
        why: list[str] = []
        if part.id not in by_part:
            by_part[part.id] = (set_off(claim, part, ev), own_place(claim, part, ev), label(claim, part, ev, sibs))
        alone = by_part[part.id]
        ties = [("beside", share_tie(claim, part, whole, ev)), ("set_off", alone[0]), ("own_place", alone[1]),
                ("label", alone[2])]
        p = max([w["part"][name] for name, on in ties if on], default=0)
        why += [f"part {name}" for name, on in ties if on]
        if part.id in used_parts:
            p += w["part"]["used_part"]
            why.append("part used by another share")
        q = 0
        facts = [("sure", _sure(claim, cand, ev)),
                 ("total", whole.id in totals),
                 ("own_list", f"total:{whole.id}" in sibs.get(part.id, set())),
                 ("largest", whole.value == largest[part.id]),
                 ("whole_elsewhere", whole.id in used_wholes),
                 ("listed_part", whole.id in sibs and f"total:{whole.id}" not in sibs.get(part.id, set())),
                 ("used_part", whole.id in used_parts),
                 ("approximate", whole.qualifier != "exact")]
        for name, on in facts:
            if on:
                q += w["whole"][name]
                why.append(f"whole {name}")
        if getattr(claim, "qualifier", "exact") != "exact":
            q += w["hedge"]
            why.append("hedged share")
        out.append(Weighed(cand, v, p, q, tuple(why)))
    return sorted(out, key=lambda x: -x.score)


def _sure(claim: Fact, cand: Candidate, ev: Evidence) -> bool:
    """Every dimension the same, nothing borrowed; a share of no measure of its own takes its part's, which the
    evidence ties to it (so its measure is the share's own, as ``share_pairs`` lends it to a part written beside);
    in an article that names no place at all, no count is of another place."""
    if cand.borrowed:
        return False
    lend = claim_measure_of(claim, ev) == "other" and cand.dims[2][0] == "same"
    placeless = not own_places(claim) and not any(own_places(c) for c in ev.record.counts)
    skip = {0} if lend else set()
    skip |= {1} if placeless else set()
    dims = [d for i, role in enumerate(cand.dims) for j, d in enumerate(role) if not (i < 2 and j in skip)]
    return all(d == "same" for d in dims)


_YEAR = re.compile(rf"\b{YEAR.pattern}\b")


def opener(claim: Fact, part: Count, ev: Evidence) -> Optional[str]:
    """The words of the share's sentence before the share's own clause that may narrow what it counts, or ``None``:
    a phrase set off by a comma ("In its busiest month, a third of the calls (600)", "For under-18s, texts made up
    45%") or a clause opening on a time or condition word ("After 10pm texts made up 55%").  The share may then be
    of a sub-period or a sub-group, whose whole the article need not state.  Words that only name a year or point
    back at the whole ("In 2024,", "Of these,") narrow nothing (``opener_bare`` in ``data/share_evidence.json``)."""
    text = ev.text or ""
    before = tuple(part.sentence) == tuple(claim.sentence) and part.start < claim.start
    head = text[claim.sentence[0]:part.start if before else claim.start]  # "Women made 400 of the calls, or 18%"
    bare = set(weights()["opener_bare"])
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"))
    framing = [w.lower() for w in WORDS.findall(head[:cut])] if cut >= 0 else []
    if any(w not in bare for w in framing):
        return "a phrase before the share's clause"
    toks = [t.strip(",;:").lower() for t in head.split()[:3]]
    if toks and toks[0] in set(weights()["opener_words"]) and not (
            toks[1:] and (YEAR.fullmatch(toks[1]) or toks[1:3] in (["last", "year"], ["this", "year"]))):
        return "a time or condition opens the share's sentence"  # "After 10pm texts", not "In 2024 texts"
    return None


def doubts(claim: Fact, cand: Candidate, ev: Evidence, tol_judge: Callable[[Candidate], str]) -> Optional[str]:
    """Why the best candidate may not refute the share, or ``None``: the words between share and part name a
    sub-group (:func:`sub_whole`); the part's place has another count (which may be the share's part); the whole is
    another share's set-off part; or the share's sentence names no year and a count of another period, of the
    whole's measure and place and larger than the part, would agree (its period is then a guess: "8,000 calls in
    2024, up from 7,200 in 2023", then "Nearly half of calls - 3,500 -")."""
    text = ev.text or ""
    part, whole = cand.counts
    if sub_whole(claim, part, whole, ev):
        return "sub-group"
    narrowed = opener(claim, part, ev)
    if narrowed is not None:
        return narrowed
    places = set(own_places(part))
    if places and any(c is not part and usable(c) and set(own_places(c)) == places for c in ev.record.counts):
        return "another count of the part's place"
    others = [p for p in ev.record.percentages if p.kind == "share" and p is not claim]
    if any(set_off(p, whole, ev) for p in others):
        return "the whole is another share's part"
    if _YEAR.search(text, claim.sentence[0], claim.sentence[1]):
        return None
    for c in ev.record.counts:
        if usable(c) and c is not whole and c.value > part.value and c.measure == whole.measure \
                and set(own_places(c)) == set(own_places(whole)) \
                and (c.period_start, c.period_end) != (whole.period_start, whole.period_end) \
                and tol_judge(Candidate((part, c))) != "inconsistent":
            return "a count of another period agrees"
    return None


def decide_share(claim: Fact, judged: Sequence[tuple[Candidate, Verdict]], ev: Evidence, made: Sequence[Check],
                 sibs: dict[str, set[str]], about: Callable[[Candidate], str],
                 judge: Callable[[Candidate], str]) -> Optional[tuple[Candidate, Verdict, str]]:
    """The candidate, verdict and reason the evidence gives a share, or ``None``.  ``about(cand)`` is the verdict
    of the share read as "about" (a one-sided share agrees only when that agrees too), ``judge(cand)`` its verdict."""
    w = weights()
    weighed = [x for x in weigh(claim, judged, ev, made, sibs) if x.part >= w["part_min"]]
    if not weighed or names_own_whole(claim, ev):
        return None
    top = weighed[0]
    rest = weighed[1:]
    n = len(judged)
    why = (f"of {n} candidate pair{'s' if n > 1 else ''} compatible with it in measure, place and period, the one "
           f"with the most evidence that it is the share's own ({top.cand.show()}: {', '.join(top.why)}; score "
           f"{top.score}")
    if top.verdict.verdict == "consistent":
        if any(x.verdict.verdict == "inconsistent" and x.score >= top.score for x in rest):
            return None
        if getattr(claim, "qualifier", None) in ONE_SIDED and about(top.cand) != "consistent":
            return None
        return top.cand, top.verdict, f"{why})"
    if top.verdict.verdict != "inconsistent" or not _sure(claim, top.cand, ev) or top.score < w["refute_min"]:
        return None
    if any(x.score >= top.score for x in rest if x.verdict.verdict != "inconsistent"):
        return None
    if n == 1 and not {f"part {t}" for t in w["strong_ties"]} & set(top.why):
        return None  # one candidate is no evidence: its part must be tied as closely as decide_pair asks (share_tie)
    agree = [x.score for x in rest if x.verdict.verdict == "consistent"]
    if agree and top.score - max(agree) < w["margin"]:
        return None
    tail = share_tail(claim, ev.text or "")
    if not (tail and tail[0] == "of") and not {"whole total", "whole own_list", "whole whole_elsewhere"} & set(top.why):
        return None  # "1,500 of the calls, or 40 per cent" three sentences after 5,000: nothing makes 5,000 its whole
    if doubts(claim, top.cand, ev, judge) is not None:
        return None
    lead = f"every candidate that agrees at least {w['margin']} below" if agree else "no candidate agrees"
    return top.cand, top.verdict, f"{why}, {lead})"
