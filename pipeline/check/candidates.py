"""Candidates for a claim the rule checkers left undecided: every set of counts of the article compatible with it.

The rules find a claim's figures by its words; this module finds them by what the figures are.  For a claim (a
change, a multiplier, a stated difference, a share, a total) each count of the article is judged for each role the
claim has (the later and earlier count of a change; the part and whole of a share; the parts of a total) along four
dimensions, one small function each, each saying :data:`SAME`, :data:`UNKNOWN` or :data:`DIFFERENT`:

- **measure**: the same measure; the same family (calls and contacts: ``measures.json``) is the same for a part of a
  whole and unknown for two levels of a change; two channels (calls against texts) are different;
- **place**: the claim's own place (``pair_places.claim_place``), or a count of no place in an article about one
  place; a whole must hold its part's place;
- **period**: a change's later count of the claim's period, its earlier of the base period or the year before;
  a share's part and whole of one period; a total's parts of its period;
- **qualifier**: an exact count is sure, "about"/"nearly" unknown; a bound ("more than") or a vague count fills no
  role.

A candidate with any :data:`DIFFERENT` is out; the others are ranked by how many dimensions are :data:`SAME`
(:class:`Candidate`).  The enumeration may *refute* a claim only with figures that are surely the claim's own, and a
figure (or a measure) borrowed to fill a gap the claim's words leave is never sure (:attr:`Candidate.borrowed`): a
bare "went up by 250" given its pair's measure may be a rise of men's calls, of another place's, of another line's.
The decision is :mod:`pipeline.check.candidate_verdicts`; the runs of parts of a total are
:mod:`pipeline.check.candidate_sums`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

from pipeline.check.agreement import APART, COVERS, SAME as AGREE, UNKNOWN as UNSURE, covers, period_match
from pipeline.check.claim_measures import claim_measure, measure_family
from pipeline.check.difference_checks import year_on_year
from pipeline.check.evidence import Evidence, is_number
from pipeline.check.pair_places import claim_place, own_places, place_level
from pipeline.extract.channels import channel_of
from pipeline.records import Count, Fact, adds_parts

SAME, UNKNOWN, DIFFERENT = "same", "unknown", "different"
#: The qualifiers of a count that may fill a role: exact (sure) or approximate (unknown); bounds fill none.
SURE, APPROX = ("exact",), ("about", "nearly")


@dataclass(frozen=True)
class Candidate:
    """One way of filling a claim's roles: the counts in role order and, per role, its dimensions' answers;
    ``borrowed`` when a dimension is the same only because the claim took it from the candidate (a bare figure's
    measure) or the claim names what the candidate does not (a group, a channel, a place)."""

    counts: tuple[Count, ...]
    dims: tuple[tuple[str, ...], ...] = field(default=())
    borrowed: bool = False

    @property
    def rank(self) -> int:
        """How many dimensions are :data:`SAME` (more is a surer candidate)."""
        return sum(d == SAME for role in self.dims for d in role)

    @property
    def sure(self) -> bool:
        """Every dimension :data:`SAME` on the claim's own words, nothing borrowed: the only candidate that may
        refute a claim."""
        return not self.borrowed and all(d == SAME for role in self.dims for d in role)

    def show(self) -> str:
        return " and ".join(f"{c.text!r} ({c.id})" for c in self.counts)


def usable(count: Count) -> bool:
    """A count that may fill a role: a positive number, no difference, no rate, not a bound nor vague."""
    return is_number(count.value) and count.value > 0 and not count.difference and not count.rate \
        and count.qualifier in SURE + APPROX


def qualifier_dim(count: Count) -> str:
    return SAME if count.qualifier in SURE else UNKNOWN if count.qualifier in APPROX else DIFFERENT


def claim_measure_of(claim: Fact, ev: Evidence) -> str:
    """The measure of a claim: what its sentence's subject names or its figures say (``claim_measures``); for a
    stated difference the measure of the count before it in its sentence; ``"other"`` when nothing says."""
    if isinstance(claim, Count):
        return ev.restated_measure(claim) or "other"
    return claim_measure(claim, ev) or "other"


def measure_dim(claim: Fact, count: Count, *, part_of_whole: bool = False, measure: Optional[str] = None) -> str:
    """The count's measure against the claim's (``measure``, else the claim's own field; a claim of no measure takes
    any count of its own sentence's or of a known measure as unknown; a count of no measure fits only a claim in its
    own sentence)."""
    a = measure or getattr(claim, "measure", "other") or "other"
    b = count.measure or "other"
    if b == "other":
        return UNKNOWN if tuple(count.sentence) == tuple(claim.sentence) else DIFFERENT
    if a == "other":
        return UNKNOWN
    if a == b:
        return SAME
    if measure_family(a) is not None and measure_family(a) == measure_family(b):
        return SAME if part_of_whole else UNKNOWN
    return DIFFERENT


def pair_measure_dim(first: Count, second: Count, *, part_of_whole: bool = False) -> str:
    """Two counts of one comparison: two channels their nouns name ("240 calls", "300 texts") are different, except a
    part by one channel of a whole that is no channel's."""
    a, b = channel_of(first.text), channel_of(second.text)
    if a is not None and b is not None and a != b:
        return DIFFERENT
    if first.measure == second.measure:
        return SAME
    fa, fb = measure_family(first.measure), measure_family(second.measure)
    if fa is not None and fa == fb:
        return SAME if part_of_whole else UNKNOWN
    return UNKNOWN if "other" in (first.measure, second.measure) else DIFFERENT


def article_place(ev: Evidence) -> Optional[str]:
    """The one place the article is about: the place every placed count names or holds, ``None`` when there are
    several places none of which holds the rest (built once per record)."""
    key = ("candidates", "article_place")
    if key not in ev.memo:
        named = {p for c in ev.record.counts for p in own_places(c)}
        whole = [w for w in named if all(w == x or covers(w, x) for x in named)]
        ev.memo[key] = whole[0] if len(whole) == 1 else None
    return ev.memo[key]


def place_dim(where: Sequence[str], count: Count, ev: Evidence, *, holds: bool = False, inside: bool = False) -> str:
    """The count's place against ``where``: the same place is the same; a count of no place is the same in an article
    about that one place, else unknown; with ``holds`` (a whole) a place holding ``where`` is the same; a place
    inside ``where`` or beside it is different, as is any place when ``where`` is unknown but the count names one
    the article is not about.  With ``inside`` (a part of a total whose places are ``where``) a place inside or equal
    to ``where`` is the same and any other different; any place may be a part of a total of no place (unknown)."""
    places = own_places(count)
    if not places:
        return SAME if len(where) == 1 and article_place(ev) == where[0] else UNKNOWN
    if inside:
        if not where:
            return UNKNOWN
        return SAME if all(p in where or any(covers(w, p) for w in where) for p in places) else DIFFERENT
    if not where:
        return UNKNOWN if article_place(ev) in places else DIFFERENT
    level = place_level(where, count)
    if level == AGREE:
        return SAME
    if holds and all(any(covers(p, w) for p in places) for w in where):
        return SAME
    if level in (APART, COVERS):
        return DIFFERENT
    return UNKNOWN


def one_period_dim(a: Fact, b: Fact) -> str:
    """Two facts of one period (a share's part and whole, a total and a part; a claim and its figure)."""
    level = period_match(a.period_start, a.period_end, b.period_start, b.period_end)
    return SAME if level == AGREE else UNKNOWN if level == UNSURE else DIFFERENT


def earlier_period_dim(claim: Fact, earlier: Count, later: Count) -> str:
    """The earlier count of a change: of the claim's base period when it names one, else of the later count's
    period a year before (the same); any other earlier period is unknown, a period not before the later one
    different."""
    if not (earlier.period_start or earlier.period_end) or not (later.period_start or later.period_end):
        return UNKNOWN
    if not (earlier.period_end and later.period_start and earlier.period_end < later.period_start):
        return DIFFERENT
    base = (getattr(claim, "base_period_start", None), getattr(claim, "base_period_end", None))
    if any(base):
        return SAME if base == (earlier.period_start, earlier.period_end) else DIFFERENT
    return SAME if year_on_year(earlier, later) else UNKNOWN


def claim_where(claim: Fact, ev: Evidence) -> list[str]:
    """The places of the claim (:func:`~pipeline.check.pair_places.claim_place`); none when the article's places give
    none."""
    found = claim_place(claim, [c for c in ev.record.counts if usable(c)])
    return [] if found is None else list(found[0])


def siblings(made: Sequence, ev: Evidence) -> dict[str, set[str]]:
    """For each count listed as a part of a total (its ``parts``, or the inputs of a consistent sum), the ids of the
    other parts of that total and the total itself: siblings are never part and whole of one another."""
    out: dict[str, set[str]] = {}
    groups = [(c.id, list(c.parts)) for c in ev.record.counts if c.parts]
    groups += [(k.claim_ref, list(k.inputs)) for k in made if adds_parts(k) and k.verdict == "consistent"]
    for total, parts in groups:
        for p in parts:
            out.setdefault(p, set()).update(x for x in parts if x != p)
            out.setdefault(p, set()).add(f"total:{total}")
    return out
