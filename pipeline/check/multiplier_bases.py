"""A "doubled" or a change whose sentence holds only its base: the later figure is the latest count of its measure
and place.

Papers write the earlier figure beside the multiplier and the later one elsewhere: "The number has more
than doubled since 2021, when 560 people got in touch" (the 2024 figure two sentences before), "They have
nearly doubled since 2020/21, when 760 contacts were logged", "the number more than doubled from 902 the
year before" (after a breakdown by area), "have risen by 60 per cent since 2022, when 450 were taken".  :func:`own_base` reads the base the words tie to the multiplier;
:func:`latest_figure` finds the figure it grew to: the latest dated count of the base's measure and place,
in another sentence, after the base's period, when one value is that latest figure.  A sentence that names a
compass area ("in the north", "across the south-west") picks, among counts of several places, those of the
place named after that compass point ("North Wales", "South West").  The counts of a page are read once per
claim (linear).
"""
from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Optional

from pipeline.check.check_builders import _check
from pipeline.check.evidence import APART, SHARED, UNKNOWN, Evidence, before, place, plain, region_match
from pipeline.check.factor_verdicts import check_multiplier
from pipeline.check.multiplier_pairs import sentence_pair_check
from pipeline.check.tolerances import Tolerances
from pipeline.records import Check, Count, Fact, Multiplier

#: The words between a multiplier and its base in its sentence: "from 902", "since 2021, when 560", "on 2022, when 3,550",
#: "since 2020, when the line took 410", "on the 12,500 of 2019", "five times as many people as in 2015/16, when 52,600"
#: (a gap without figures but the base's year, which a few words of the comparison may precede); "from the 5,680",
#: "compared with the 210" (twenty-fifth round).
_BASE_GAP = re.compile(r"(?:[^\d.;:]{0,30}?\b(?:since|in|from|over|on)\s{1,3}(?:[A-Za-z]{3,9}\s{1,3})?"
                       r"(?:19|20)\d\d(?:[/-]\d{2,4})?,?)?"
                       r"[^\d.;:]{0,40}?\b(?:from(?:\s{1,3}the)?|when(?:\s[a-z]{1,12}){0,4}|on\s{1,3}the|than\s{1,3}the"
                       r"|compared\s{1,3}(?:with|to)\s{1,3}the)"
                       r"\s{1,3}(?:(?:just|only)\s{1,3})?", re.I)
#: A compass area named in lower case after "the" ("in the north", "across the south-west"), no name after it.
_COMPASS = re.compile(r"\b(?:[Ii]n|[Aa]cross|[Ff]rom|[Ff]or)\s{1,3}the\s{1,3}(north|south|east|west)(?:[- ]?(east|west))?\b"
                      r"(?!\s{0,3}(?:of\b|[A-Z]))")


def own_base(mult: Fact, ev: Evidence) -> Optional[Count]:
    """The base the multiplier's words give in its sentence: the sentence's only plain count, after the
    multiplier, dated, joined to it by "from", "when", "on the" or "than the"; ``None`` otherwise."""
    counts = [c for c in ev.counts_in(mult.sentence) if plain(c)]
    if len(counts) != 1 or not ev.text:
        return None
    base = counts[0]
    if base.start < mult.end or not (base.period_start or base.period_end):
        return None
    return base if _BASE_GAP.fullmatch(ev.text, mult.end, base.start) else None


def _compass(mult: Fact, ev: Evidence) -> Optional[tuple[str, Optional[str]]]:
    """The compass area the multiplier's sentence names ("the north" -> ("north", None)), if any."""
    found = _COMPASS.search(ev.text or "", mult.sentence[0], mult.sentence[1])
    return (found.group(1).lower(), (found.group(2) or "").lower() or None) if found else None


def _of_compass(count: Count, compass: tuple[str, Optional[str]]) -> bool:
    """The count's one place is named after the compass area: "North Wales" for "the north", "South West"
    for "the south-west"."""
    if len(count.regions) != 1:
        return False
    words = re.split(r"[\s-]+", count.regions[0].lower())
    first, second = compass
    return words[0] == first and (second is None or (len(words) > 1 and words[1] == second))


def latest_figure(mult: Fact, base: Count, ev: Evidence) -> tuple[Optional[Count], bool]:
    """``(later, sure)``: the figure the base grew to, and whether it is surely the multiplier's (one known
    measure, the place the words name); ``(None, False)`` when no one value is the latest such figure.  When
    neither the claim nor its base names a measure ("the number more than doubled from 350"), a figure of any
    measure may be the later one, but never surely.  A claim whose sentence opens with "The total" is of the
    largest of several such figures (a total holds its parts: "46,822 people ... Of these, 8,315 contacted the
    helpline ... The total is up 35% on 2022"), surely only when it is the one figure.  A figure that names a place
    when neither the claim nor its base names one ("doubled from the 1,000 of 2022" then "In Kent, 1,500 in 2024") is
    never surely the claim's, unless the headline names that place (the article's own: "Cardiff branch answers
    record calls")."""
    measures = {m for m in (base.measure, getattr(mult, "measure", None)) if m and m != "other"}
    compass = _compass(mult, ev)
    place = list(mult.regions) or list(base.regions)
    if compass is not None:
        place = []
    found: list[tuple[tuple[str, int], Count]] = []
    for c in _latest_first(ev, measures, base.rate):
        if found and (c.period_end or c.period_start or "") < found[0][0][0]:
            break  # the latest period that holds a candidate is read whole, no earlier one
        if tuple(c.sentence) == tuple(mult.sentence) or not before(base, c):
            continue
        if compass is not None:
            if not _of_compass(c, compass):
                continue
            r = SHARED
        else:
            r = region_match(place, c.regions)
            if r == APART or (r == UNKNOWN and place) or 0 < r < SHARED:
                continue  # a count of a wider or a narrower place ("Wales" for "Cardiff") is no figure of it
        found.append(((c.period_end or c.period_start or "", r), c))
    if not found:
        return None, False
    latest = max(k[0] for k, _ in found)
    top = [(r, c) for (end, r), c in found if end == latest]
    best = max(r for r, _ in top)
    values = {c.value for r, c in top if r == best}
    if len(values) != 1 and _names_total(mult, ev):
        return next(c for r, c in top if r == best and c.value == max(values)), False
    if len(values) != 1:
        return None, False
    later = next(c for r, c in top if r == best)
    sure = bool(measures) and later.measure in measures  # "the number" of no measure: agreement only
    if compass is None and not place and later.regions and not _headline_places(mult, later, ev):
        return later, False  # neither the claim nor its base names a place, the figure does: agreement only
    return later, sure and (compass is not None or not mult.regions or region_match(mult.regions, later.regions) >= SHARED)


def _headline_places(claim: Fact, count: Count, ev: Evidence) -> bool:
    """Whether every place of ``count`` is named in the article's headline, a first line of its own before the
    claim's sentence (the article's place)."""
    text = ev.text or ""
    end = text.find("\n", 0, min(len(text), HEADLINE_READ))
    if end < 0 or end > claim.sentence[0]:
        return False
    return all(name in text[:end] for name in count.regions)


#: How many characters of the text are read for its headline.
HEADLINE_READ = 300


#: A sentence whose subject is a total: "The total is up 35% on 2022", "Its overall total rose by a fifth".
_TOTAL_SUBJECT = re.compile(r"\s*(?:The|This|That|Its|Their|Our)\s{1,3}(?:(?:overall|annual|yearly|combined)\s{1,3})?total\b")


def _names_total(claim: Fact, ev: Evidence) -> bool:
    """Whether the claim's sentence opens with a total as its subject (:data:`_TOTAL_SUBJECT`)."""
    return bool(ev.text) and _TOTAL_SUBJECT.match(ev.text, claim.sentence[0], claim.sentence[1]) is not None


def other_places_alike(new: Count, ev: Evidence) -> bool:
    """Another exact figure of ``new``'s measure, rate and period for a place apart from its own, of another
    value ("1,290 from Cardiff" among the figures of Gwent, North Wales ...): a claim that names no place could
    be of any of them.  The record's counts are indexed once by measure, rate and period, then by place; more
    than :data:`MAX_PLACES` places of one key is a table, which always has such a figure (bounded per claim)."""
    key = ("period_places",)
    if key not in ev.memo:
        index: dict[tuple, dict[tuple[str, ...], set]] = {}
        for c in ev.exact_counts():
            if c.regions and plain(c):
                places = index.setdefault((c.measure, c.rate, c.period_start, c.period_end), {})
                places.setdefault(tuple(sorted(c.regions)), set()).add(c.value)
        ev.memo[key] = index
    if not new.regions or new.measure == "other":
        return False
    places = ev.memo[key].get((new.measure, new.rate, new.period_start, new.period_end), {})
    if len(places) > MAX_PLACES:
        return True
    return any(values - {new.value} and region_match(new.regions, list(names)) == APART
               for names, values in places.items())


#: The most places of one measure and period read for :func:`other_places_alike`.
MAX_PLACES = 50


def _latest_first(ev: Evidence, measures: set[str], rate: object) -> list[Count]:
    """The record's plain exact counts of ``measures`` (any measure when empty) and ``rate``, latest period first,
    at most :data:`MAX_READ` of them: indexed once per record, so that a claim reads a bounded list, not every
    count of the page."""
    key = ("latest_first",)
    if key not in ev.memo:
        index: dict[tuple, list[Count]] = {}
        for c in ev.exact_counts():
            if plain(c) and (c.period_start or c.period_end):
                index.setdefault((c.measure, c.rate), []).append(c)
                index.setdefault((None, c.rate), []).append(c)
        for counts in index.values():
            counts.sort(key=lambda c: c.period_end or c.period_start or "", reverse=True)
        ev.memo[key] = index
    index = ev.memo[key]
    if not measures:
        return index.get((None, rate), [])[:MAX_READ]
    found = [c for m in sorted(measures) for c in index.get((m, rate), [])[:MAX_READ]]
    found.sort(key=lambda c: c.period_end or c.period_start or "", reverse=True)
    return found


#: The most counts :func:`latest_figure` reads for one claim, latest first (a page's table holds more).
MAX_READ = 200


def decisive(claim: Fact, later: Count, sure: bool, gross: bool, ev: Evidence) -> bool:
    """Whether a disagreement on the base a claim's words give and the latest figure found for it is a verdict:
    the figure is surely the claim's (:func:`latest_figure`), the miss is no gross one (``gross``: the wrong
    direction, or off by more than ``gross_rel`` of the stated figure: more likely another place's or thing's
    figure than a misprint), and, when the claim names no place (not even a compass area), no other place has a
    figure of that measure and period."""
    if not sure or gross:
        return False
    return bool(claim.regions) or _compass(claim, ev) is not None or not other_places_alike(later, ev)


def gross_factor(computed: Optional[Fraction], factor: Decimal, gross_rel: float) -> bool:
    """A ratio off the stated factor by more than ``gross_rel`` of it, or on the other side of 1."""
    if computed is None:
        return False
    stated = Fraction(str(factor))
    return (computed - 1) * (stated - 1) < 0 or abs(computed - stated) > Fraction(str(gross_rel)) * stated


def own_sentence_check(mult: Multiplier, ev: Evidence, tol: Tolerances, factor: Decimal, word: str) -> Optional[Check]:
    """A multiplier nothing linked, judged first on what its own sentence gives: the sentence's only pair when it
    agrees ("rose faster - from 96 to 243, more than doubling"), before a change stated elsewhere; else the base its
    words give ("since 2021, when 560 people got in touch") and the latest figure of that base's measure and
    place (:mod:`pipeline.check.multiplier_bases`): both verdicts when that figure is surely the claim's,
    else agreement only; an "N times as many" read over time (the caller's test: "five times as many people as in
    2015/16, when 52,600 sought help") takes the base its words give as well.  ``None`` when the sentence gives
    neither."""
    pair = sentence_pair_check(mult, ev, tol, factor, word, own_only=True)
    if pair is not None and pair.verdict == "consistent":
        return pair  # a disagreement is left to the rules below (another clause's pair is no verdict)
    base = own_base(mult, ev)
    if base is None:
        return None
    later, sure = latest_figure(mult, base, ev)
    if later is None:
        return None
    v = check_multiplier(factor, mult.qualifier, Decimal(repr(base.value)), Decimal(repr(later.value)),
                         tolerances=tol, word=word, inputs=(base.qualifier, later.qualifier))
    if v.verdict == "inconsistent" and not decisive(mult, later, sure, gross_factor(v.computed, factor, tol.gross_rel), ev):
        return None
    return _check("multiplier", mult, [base, later], float(mult.factor), v,
                  prefix=f"the base its sentence gives and the latest figure of its measure, {place(base)} to "
                         f"{place(later)}")
