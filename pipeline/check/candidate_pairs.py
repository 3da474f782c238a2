"""The candidate pairs of a claim of two counts: a change, a multiplier, a stated difference (earlier, later) and a
share (part, whole), each pair with its dimensions (:mod:`pipeline.check.candidates`).

Ordered pairs of the article's usable counts; a pair with any dimension :data:`~pipeline.check.candidates.DIFFERENT`
is left out.  The enumeration is quadratic in the counts of one measure family, which a page holds few of; a page of
more than :data:`MAX_COUNTS` such counts (a table) gets no candidates.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from pipeline.check.agreement import APART, region_match
from pipeline.check.claim_words import bare_after
from pipeline.check.candidates import (DIFFERENT, SAME, UNKNOWN, Candidate, claim_measure_of, claim_where,
                                       earlier_period_dim, measure_dim, one_period_dim, pair_measure_dim, place_dim,
                                       qualifier_dim, usable)
from pipeline.check.difference_pairs import another_noun, year_on_year
from pipeline.check.evidence import Evidence
from pipeline.check.multiplier_pairs import _WORD
from pipeline.check.pair_places import own_places
from pipeline.extract.channels import channel_of
from pipeline.records import Count, Fact
from pipeline.settings import DATA_DIR

#: The most usable counts a page may hold for its pairs to be enumerated: more is a table, whose pairs are many and
#: whose figures are of too many rows for a pair found by its dimensions alone to be the claim's.
MAX_COUNTS = 24


def _group_dim(a: Count, b: Count) -> str:
    """Two levels of a change count one group: the same group, or neither names one; two groups differ."""
    if a.group == b.group:
        return SAME
    return DIFFERENT if a.group and b.group else UNKNOWN


def _claim_period_dim(claim: Fact, count: Count) -> str:
    """A claim of no period says nothing of its count's (unknown)."""
    if not (claim.period_start or claim.period_end):
        return UNKNOWN
    return one_period_dim(claim, count)


def _pool(ev: Evidence) -> list[Count]:
    counts = [c for c in ev.record.counts if usable(c)]
    return counts if len(counts) <= MAX_COUNTS else []


def _lent(dims: tuple[str, ...], pair_measure: str, lend: bool) -> tuple[str, ...]:
    """A claim of no measure takes its pair's when ``lend`` says the pair may be its own: the claim's measure
    dimension is then the pair's (the same when both counts count one thing)."""
    return (pair_measure, *dims[1:]) if lend and dims[0] == UNKNOWN else dims


def names_other(claim: Fact, earlier: Count, later: Count) -> bool:
    """The claim names a group, a channel or a place its pair does not ("girls made 260 more calls", "texts rose by
    90", "in Wales calls rose by 150" beside two counts of all calls): its pair is at most a wider whole."""
    group = getattr(claim, "group", None)
    if group and group not in (earlier.group, later.group):
        return True
    channel = channel_of(claim.text or "")
    if channel is not None and channel not in (channel_of(earlier.text), channel_of(later.text)):
        return True
    places = set(own_places(claim))
    return bool(places) and not places <= set(own_places(earlier)) | set(own_places(later))


def borrowed(claim: Fact, earlier: Count, later: Count, lent: bool) -> bool:
    """Whether the pair is the claim's only by what the claim borrowed: a measure lent to a bare figure whose own
    sentence states neither count ("Calls from men went up by 250" two sentences after 3,000 and 3,400 calls; a
    sentence stating the earlier count, "up by 210 on the year before, when 3,492 were recorded", gives the pair as
    its own), or a group, channel or place the claim names and the pair does not (:func:`names_other`)."""
    own_sentence = tuple(claim.sentence)
    if lent and own_sentence not in (tuple(earlier.sentence), tuple(later.sentence)):
        return True
    return names_other(claim, earlier, later)


def change_pairs(claim: Fact, ev: Evidence) -> list[Candidate]:
    """(earlier, later) pairs for a change, a multiplier or a stated difference.  A stated difference of no measure
    of its own takes its pair's unless it names a noun of its own that neither count names ("40 fewer volunteers");
    the pair is then :attr:`~pipeline.check.candidates.Candidate.borrowed` (:func:`borrowed`)."""
    where = claim_where(claim, ev)
    measure = claim_measure_of(claim, ev)
    out = []
    pool = _pool(ev)
    for later in pool:
        later_dims = (measure_dim(claim, later, measure=measure), place_dim(where, later, ev),
                      _claim_period_dim(claim, later), qualifier_dim(later))
        if DIFFERENT in later_dims:
            continue
        for earlier in pool:
            if earlier is later:
                continue
            earlier_dims = (measure_dim(claim, earlier, measure=measure), place_dim(where, earlier, ev),
                            earlier_period_dim(claim, earlier, later), qualifier_dim(earlier))
            pair = (pair_measure_dim(earlier, later), _group_dim(earlier, later),
                    DIFFERENT if region_match(own_places(earlier), own_places(later)) == APART else SAME)
            if DIFFERENT in earlier_dims or DIFFERENT in pair:
                continue
            if UNKNOWN == earlier_dims[2] and not (earlier.period_start or later.period_start) \
                    and earlier.start > later.start:
                continue  # two undated counts: the earlier is the one written first ("from 40 to 70")
            lend = measure == "other" and isinstance(claim, Count) and not another_noun(claim, earlier, later)
            lent = lend and UNKNOWN in (earlier_dims[0], later_dims[0])
            dims = (_lent(earlier_dims, pair[0], lend), _lent(later_dims, pair[0], lend), pair)
            out.append(Candidate((earlier, later), dims, borrowed(claim, earlier, later, lent)))
    return out


def _whole_dim(part: Count, whole: Count, sibs: dict[str, set[str]]) -> str:
    """A whole is no sibling of its part (two parts of one total); a whole that is itself a listed part of another
    total is a less sure whole than the total."""
    if whole.id in sibs.get(part.id, set()):
        return DIFFERENT
    return UNKNOWN if whole.id in sibs else SAME


def share_pairs(claim: Fact, ev: Evidence, sibs: dict[str, set[str]]) -> list[Candidate]:
    """(part, whole) pairs for a share, the part smaller than the whole.  A share of no measure of its own takes its
    pair's when the part is tied to it (:func:`share_tie`): the part is what it is a share of, written beside it or
    the place the share's sentence is about, so its measure is the share's own, not borrowed."""
    where = claim_where(claim, ev)
    measure = claim_measure_of(claim, ev)
    pool = _pool(ev)
    out = []
    for part in pool:
        part_dims = (measure_dim(claim, part, part_of_whole=True, measure=measure), place_dim(where, part, ev),
                     _claim_period_dim(claim, part), qualifier_dim(part))
        if DIFFERENT in part_dims:
            continue
        part_where = own_places(part) or where
        for whole in pool:
            if whole is part or not whole.value > part.value:
                continue
            whole_dims = (measure_dim(claim, whole, part_of_whole=True, measure=measure),
                          place_dim(part_where, whole, ev, holds=True), one_period_dim(part, whole),
                          qualifier_dim(whole))
            pair = (pair_measure_dim(part, whole, part_of_whole=True), _whole_dim(part, whole, sibs))
            if DIFFERENT in whole_dims or DIFFERENT in pair:
                continue
            lend = measure == "other" and share_tie(claim, part, whole, ev)
            out.append(Candidate((part, whole), (_lent(part_dims, pair[0], lend), _lent(whole_dims, pair[0], lend),
                                                 pair)))
    return out


@lru_cache(maxsize=1)
def _share_links() -> frozenset[str]:
    data = json.loads((DATA_DIR / "candidate_words.json").read_text(encoding="utf-8"))
    return frozenset(data["share_links"])


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


_FIGURE = re.compile(r"\d[\d,.]*")
_YEAR = re.compile(r"(?:19|20)\d\d")


def named_before(claim: Fact, text: str) -> bool:
    """Every place of the claim is written before it in its sentence and none after it: the place is the share's
    subject, so its part ("Medway accounted for 23%"), not its whole ("a third of Swansea callers")."""
    s, e = claim.sentence
    names = own_places(claim)
    return bool(names) and all(text.find(n, s, claim.start) >= 0 and text.find(n, claim.end, e) < 0 for n in names)


def share_tie(claim: Fact, part: Count, whole: Count, ev: Evidence) -> bool:
    """Whether structure, not only the count of candidates, makes ``part`` the share's own part: either the share's
    subject is a place (named before it), the part is that place's and the whole another's that holds it, the share's
    sentence holds no figure but its own, and its words name that whole bare (a place share stated apart: "Medway
    accounted for 23% of the total", not "... of contacts from men": :func:`~pipeline.check.claim_words.bare_after`);
    or the part is written beside the share in its sentence, only linking words between them, and the share names no
    whole of its own ("700 of the calls, or 40 per cent"; "a quarter of them, 240"; "2,650 calls - nearly a third -
    made").  A share that names a figure or a whole of its own ("40% of the 260", "a third of calls to the city
    team") is of that."""
    text = ev.text or ""
    if not text:
        return False
    s, e = claim.sentence
    where = set(own_places(claim))
    if where and set(own_places(part)) == where and set(own_places(whole)) != where and named_before(claim, text) \
            and bare_after(claim, text, whole):  # "of the total", not "of contacts from men" or "of all texts"
        others = [m.group() for m in _FIGURE.finditer(text, s, e) if not (claim.start <= m.start() < claim.end)]
        if all(_YEAR.fullmatch(f) for f in others):
            return True
    if tuple(part.sentence) != tuple(claim.sentence):
        return False
    links = _share_links()
    if part.end <= claim.start:
        clause = _CLAUSE_END.split(text[claim.end:e], maxsplit=1)[0]
        return _words(text[part.end:claim.start]) in links and _words(clause) in links
    return _words(text[claim.end:part.start]) in links


#: Where the words after a share stop being its own: a comma, a semicolon, a full stop, a dash.
_CLAUSE_END = re.compile(r"[,;.\u2013\u2014]|\s-\s")


def tied_pair(claim: Fact, earlier: Count, later: Count, ev: Evidence) -> bool:
    """A change's pair tied to it for agreement: a year apart (the comparison a change names when its words name no
    other base), or both in the claim's sentence or the sentences beside it."""
    return year_on_year(earlier, later) or beside(claim, earlier, later, ev)


def beside(claim: Fact, earlier: Count, later: Count, ev: Evidence) -> bool:
    """Both counts in the claim's sentence or the sentence right before or after it: the only tie that may refute."""
    return all(ev.near(claim, c) or ev.near(c, claim) for c in (earlier, later))
