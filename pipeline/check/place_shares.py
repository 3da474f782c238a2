"""A share of a place whose part and whole the article states elsewhere: "Maidstone made up 29 per cent of the
county's contacts" after "Maidstone: 410" and "1,420 people in Kent"; "Belfast's share was 30 per cent".

The share's own sentence names its place and no count it may be a share of; its words point at a whole ("of the
total", "of the county's contacts", "of the calls", "share", "accounts for", "made up").  Its part is the one count of the article naming that
place alone, of a measure and period the share may be of; its whole is the count before the part whose one place
holds the part's, of the part's measure, rate and period, larger than it.  Both found by the gazetteer and the
text's own figures, so both verdicts stand when each is the only one that fits (another count of the place, or
another whole of the holding place, leaves only agreement).  A share ten times off is another part's or whole's:
no check.  A share whose own sentence states its whole ("Nationally, the line handled 10,890 calls, meaning Essex
accounted for just over 5% of all calls") takes that count as its whole and the count of its place as its part
(:func:`whole_beside_share`), under the same rule for verdicts.  Bounded: one pass over the record's counts per such
share (a share of this shape is rare on a page).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from pipeline.check import evidence
from pipeline.check.claim_words import bare_after
from pipeline.check.check_builders import _check, stated_decimal
from pipeline.check.evidence import APART, SAME, Evidence, mix, own_places, period_match, place, plain
from pipeline.check.share_checks import _far_apart
from pipeline.check.share_verdicts import check_share
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import check_sum
from pipeline.records import Check, Count, Percentage

#: Words right after a share that make it one of a whole: "of the total", "of all calls", "of the county's contacts".
_POINTS_AT_WHOLE = re.compile(r"^\s{0,3}(?:of\s{1,3}(?:the|all|its|their|this|that|them|those|these)\b"
                              r"|(?:of\s{1,3}[a-z]{1,20}\s{1,3})?(?:coming|came|come|were|was)\s{1,3}from\b)", re.I)
#: How far after a share its words may point at its whole, and how far before it "share" may stand.
TAIL, LEAD = 20, 40


#: Words right before a share that make it the place's part of a whole: "Leeds accounts for more than one in four",
#: "Maidstone made up 29 per cent", "Belfast's share was 30 per cent".
_SHARE_LEAD = re.compile(r"(?:\bshare\b[^\d.;]{0,30}|\b(?:account(?:s|ed|ing)?\s{1,3}for|ma(?:de|kes?|king)\s{1,3}up)"
                         r"(?:\s{1,3}[a-z]+){0,3}?\s{1,3})$", re.I)


def points_at_whole(share: Percentage, ev: Evidence) -> bool:
    text = ev.text
    return bool(_POINTS_AT_WHOLE.search(text[share.end:share.end + TAIL])
                or _SHARE_LEAD.search(text[max(share.sentence[0], share.start - LEAD):share.start]))


def fits_share(c: Count, share: Percentage) -> bool:
    return plain(c) and (share.measure == "other" or mix(c.measure, share.measure)) \
        and period_match(c.period_start, c.period_end, share.period_start, share.period_end) != APART


def place_share(share: Percentage, ev: Evidence) -> Optional[tuple[Count, Count, bool]]:
    """``(part, whole, sole)`` for a share of one place whose part and whole stand elsewhere, before or after it;
    ``sole`` when each is the only count that fits.  ``None`` when the shape does not apply.

    The share's place is its one place, or the one its other places hold ("Scotland ..., with Glasgow accounting
    for almost a quarter of them": Glasgow).  The whole is a count of a place holding it, the nearest before the
    part, else the first after it ("Fife accounted for 14 per cent of all Scottish contacts" after "412 people from
    Fife" and "2,960 people" across Scotland); when no count names such a place and the share names one that holds
    its own, the count of no place of its own that fits ("27,310 calls" under "Northern Ireland's helpline ..., with
    more than a quarter coming from the Belfast Trust area")."""
    if share.kind != "share" or share.count_ref or not ev.text:
        return None
    name = _inner_place(share)
    if name is None:
        return None
    if any(fits_share(c, share) for c in ev.counts_in(share.sentence)) or not points_at_whole(share, ev) \
            or not _place_of_part(share, name, ev) or _FIGURE_WHOLE.match(ev.text, share.end):
        return None  # "In Fife, 40% of the 260 were ...": a whole named by its figure, the place's count
    led = _led_by_place(share, ev)  # "Glasgow accounted for", "coming from the Belfast Trust area"
    parts = [c for c in ev.record.counts if c.regions == [name] and fits_share(c, share)]
    dated = [c for c in parts if period_match(c.period_start, c.period_end, share.period_start, share.period_end)
             == SAME]
    if len(parts) != 1 and len(dated) != 1:
        # several counts of the place, none of the share's own period: the one a whole of its period holds
        dated = [c for c in parts if _holders(c, name, ev) or listing_total(c, ev)]
        if len(dated) != 1:
            return None  # of the share's own period (or held by a whole), one: that one, agreement only
    part = parts[0] if len(parts) == 1 else dated[0]
    listing = listing_total(part, ev)
    if listing is not None:  # "1,318 contacts - 1,023 from Kent and 295 from Medway": the total that lists it
        return part, listing[0], listing[1] and len(parts) == 1 and _bare(share, listing[0], ev)
    wholes = _holders(part, name, ev)
    if not wholes and len(share.regions) > 1 and led:  # the share names the holding place; the whole's sentence none
        wholes = [c for c in ev.record.counts if not own_places(c) and holds(c, part)]
    before = [c for c in wholes if c.start < part.start]
    if not before and not led:
        return None  # a whole after the part only when the words make the place the part's
    if not wholes:
        return None
    whole = max(before, key=lambda c: c.start) if before else min(wholes, key=lambda c: c.start)
    return part, whole, len(wholes) == 1 and len(parts) == 1 and _bare(share, whole, ev)


def _bare(share: Percentage, whole: Count, ev: Evidence) -> bool:
    """Whether the share's words name its whole and nothing more ("of the total", "of the contacts in 2023"): a whole
    of its own qualifier ("of contacts from women") or noun ("of all calls" for 1,318 contacts) is another (fix24)."""
    return bare_after(share, ev.text or "", whole)


def holds(c: Count, part: Count) -> bool:
    """Whether a count may be the part's whole: larger, of its measure, rate and period."""
    return plain(c) and c.value > part.value and c.rate == part.rate and mix(c.measure, part.measure) \
        and period_match(c.period_start, c.period_end, part.period_start, part.period_end) == SAME


def _holders(part: Count, name: str, ev: Evidence) -> list[Count]:
    """The counts of one place holding the part's place ``name`` that may be its whole, in the text's order; none
    that the article lists beside the part as a part of one total (a sibling is no whole)."""
    siblings = {i for c in ev.record.counts if part.id in c.parts for i in c.parts}
    return [c for c in ev.record.counts if len(c.regions) == 1 and c.regions[0] != name and c.id not in siblings
            and evidence.covers(c.regions[0], name) and holds(c, part)]


def listing_total(part: Count, ev: Evidence) -> Optional[tuple[Count, bool]]:
    """``(total, exact)`` for the one count whose parts the extractor read in its sentence include the part and
    that may hold it ("1,318 contacts from Kent and Medway - 1,023 from Kent and 295 from Medway": 1,318 for 295),
    whatever places it names; ``exact`` when its listed parts add up to it, so the list is all of it and the total
    is surely the whole the share of one of them is of.  ``None`` when no count, or more than one, lists it."""
    found = [c for c in ev.record.counts if part.id in c.parts and len(c.parts) >= 2 and holds(c, part)]
    if len(found) != 1:
        return None
    total = found[0]
    listed = [ev.get(i, Count) for i in total.parts]
    exact = all(c is not None and plain(c) for c in listed) \
        and sum(Decimal(repr(c.value)) for c in listed) == Decimal(repr(total.value))
    return total, exact


#: Right after a share, where its part came from: "more than a quarter coming from the Belfast Trust area".
_CAME_FROM = re.compile(r"^\s{0,3}(?:of\s{1,3}[a-z]{1,20}\s{1,3})?(?:coming|came|come|were|was)\s{1,3}from\b", re.I)


#: Right after a share, a whole named by its figure: "40% of the 260".
_FIGURE_WHOLE = re.compile(r"\s{0,3}(?:out\s{1,3})?of\s{1,3}(?:the\s{1,3}|all\s{1,3}|its\s{1,3}|their\s{1,3})?\d")


def _led_by_place(share: Percentage, ev: Evidence) -> bool:
    """Whether the share's own words make its place the part's: a lead ("Glasgow accounted for", "made up", "'s
    share") before it, or "coming from" right after it."""
    text = ev.text
    return bool(_SHARE_LEAD.search(text[max(share.sentence[0], share.start - LEAD):share.start])
                or _CAME_FROM.match(text[share.end:share.end + TAIL]))


def _place_of_part(share: Percentage, name: str, ev: Evidence) -> bool:
    """Whether the share's sentence names its place as its part's: before the share ("Glasgow accounted for almost a
    quarter of them") or as where the part came from right after it ("more than a quarter coming from the Belfast
    Trust area"); not in the words of its whole ("Around 90% of the people contacting the service from London were
    men": London's people are the whole)."""
    lo, hi = share.sentence
    starts = [m[0] for r in ev.record.regions if r.name == name for m in r.mentions if lo <= m[0] < hi]
    return any(at < share.start for at in starts) or bool(_CAME_FROM.match(ev.text[share.end:share.end + TAIL]))


def _inner_place(share: Percentage) -> Optional[str]:
    """The share's place: its one place, or of two or more the one every other holds ("Across the UK ..., meaning
    Devon accounted for nearly 6%": Devon)."""
    if len(share.regions) == 1:
        return share.regions[0]
    inner = [r for r in share.regions if all(o == r or evidence.covers(o, r) for o in share.regions)]
    return inner[0] if len(inner) == 1 else None


def whole_beside_share(share: Percentage, ev: Evidence) -> Optional[tuple[Count, Count, bool]]:
    """``(part, whole, sole)`` for a share of a place whose sentence states its whole, not its part ("Nationally, the
    line handled 10,890 calls, meaning Essex accounted for just over 5% of all calls"): the whole is the one count of
    the sentence that fits, of no place or of places holding the share's; the part the count naming that place
    alone, of the whole's measure, rate and period, smaller than it, the largest if several (then agreement only)."""
    if share.kind != "share" or share.count_ref or not ev.text or not points_at_whole(share, ev):
        return None
    name = _inner_place(share)
    if name is None:
        return None
    own = [c for c in ev.counts_in(share.sentence) if fits_share(c, share)]
    if len(own) != 1 or (own[0].regions == [name] and not _named_after(own[0], name, ev)) \
            or not all(r == name or evidence.covers(r, name) for r in own[0].regions):
        return None
    whole = own[0] if own[0].qualifier == "exact" else _stated_exactly(own[0], ev) or own[0]
    parts = [c for c in ev.record.counts if c.regions == [name] and fits_share(c, share) and c.rate == whole.rate
             and c.value < whole.value and mix(c.measure, whole.measure)
             and period_match(c.period_start, c.period_end, whole.period_start, whole.period_end) == SAME]
    if not parts:
        return None
    return max(parts, key=lambda c: c.value), whole, len(parts) == 1


def _named_after(whole: Count, name: str, ev: Evidence) -> bool:
    """Whether the whole's sentence names the share's place only after the whole's figure ("In all, 1,420 contacts
    came from the three areas, Newcastle making up 43 per cent of them"): the place is the share's, which the
    extractor lent the whole, not the whole's own."""
    lo, hi = whole.sentence
    starts = [m[0] for r in ev.record.regions if r.name == name for m in r.mentions if lo <= m[0] < hi]
    return bool(starts) and all(at >= whole.end for at in starts)


def _stated_exactly(hedged: Count, ev: Evidence) -> Optional[Count]:
    """The whole a hedged figure rounds ("More than 6,000 people across Wales ..., with Swansea accounting for almost
    a fifth of them", then "6,210 people in Wales got in touch in 2024"): the first exact count after it of its
    measure and rate, of places among its own, within a tenth of it and within its bound; ``None`` when there is
    none.  One pass over the record's counts."""
    for c in ev.record.counts:
        if c.start > hedged.start and c.qualifier == "exact" and plain(c) and c.measure == hedged.measure \
                and c.rate == hedged.rate and c.regions and set(c.regions) <= set(hedged.regions) \
                and abs(c.value - hedged.value) <= hedged.value / 10 \
                and check_sum(Decimal(repr(hedged.value)), hedged.qualifier, [(Decimal(repr(c.value)), "exact")],
                              tolerances=Tolerances()).verdict == "consistent":
            return c
    return None


def place_share_check(share: Percentage, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """The share against its place's count and the whole whose place holds it; a disagreement only when each is
    the one that fits."""
    found = place_share(share, ev) or whole_beside_share(share, ev)
    if found is None:
        return None
    part, whole, sole = found
    v = check_share(stated_decimal(share.text, share.value), share.qualifier, Decimal(repr(part.value)),
                    Decimal(repr(whole.value)), tolerances=tol, inputs=(part.qualifier, whole.qualifier),
                    words=share.text)
    if v.verdict == "unverifiable" or (v.verdict == "inconsistent" and (
            not sole or (v.computed is not None and _far_apart(v.computed, share.value)))):
        return None
    held = "the total that lists it beside the other parts" if part.id in whole.parts else "the whole whose place holds it"
    return _check("share", share, [part, whole], float(share.value), v,
                  prefix=f"the count of its place, of {held}, {place(part)} of {place(whole)}")


def with_place_shares(made: list[Check], shares: list[Percentage], ev: Evidence, tol: Tolerances) -> list[Check]:
    """``made`` with the place share check of each share no other rule checked."""
    judged = {c.claim_ref for c in made if c.kind == "share"}
    for share in shares:
        if share.id not in judged:
            check = place_share_check(share, ev, tol)
            if check is not None:
                made.append(check)
    return made
