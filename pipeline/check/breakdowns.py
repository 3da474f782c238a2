"""The counts that break a total down by place, read through per-record indexes (a mixin of
:class:`~pipeline.check.evidence.Evidence`).

:meth:`PlaceIndex.parts` finds, for each place of a total, the count that covers it; :meth:`PlaceIndex.breakdown`
the counts of the places within a one-place total.  Both read the record's one-place counts through indexes built
once per record (by measure, rate, place and period; by the places that hold each place), so that a page of many
places is read in time linear in its counts, not quadratic.
"""
from __future__ import annotations

import bisect
import logging
from typing import Any, Optional

from pipeline.check import agreement
from pipeline.check.agreement import APART, SHARED, UNKNOWN, inner_places, period_match
from pipeline.records import Count, Record

log = logging.getLogger(__name__)

#: Per (measure, rate), per place, per (period start, period end): the counts' starts and (position, count), in
#: text order.
PlacesIndex = dict[tuple[str, Optional[str]], dict[str, dict[tuple[Optional[str], Optional[str]],
                                                             tuple[list[int], list[tuple[int, Count]]]]]]


class PlaceIndex:
    """Breakdowns of a record's totals by place; needs ``record`` and ``memo`` (set by :class:`Evidence`)."""

    record: Record
    memo: dict[tuple, Any]

    def parts(self, total: Count) -> tuple[list[tuple[str, Optional[Count]]], list[str]]:
        """For each region of a total, the count that covers it, and notes on inexact cover."""
        found: list[tuple[str, Optional[Count]]] = []
        notes: list[str] = []
        used: set[str] = set()
        inner = inner_places(total.regions)
        for region in inner if len(inner) >= 2 else total.regions:
            best, best_key = None, None
            for c in self.record.counts:
                if c is total or c.id in used or c.measure != total.measure or c.rate != total.rate:
                    continue
                if len(c.regions) != 1:
                    continue
                p = period_match(total.period_start, total.period_end, c.period_start, c.period_end)
                if p == APART or (p == UNKNOWN and (total.period_start or c.period_start)):
                    continue
                name = c.regions[0]
                if name == region:
                    key = (2, p)
                elif agreement.covers(name, region):
                    key = (1, p)
                else:
                    continue
                if best_key is None or key > best_key:
                    best, best_key = c, key
            if best is not None:
                used.add(best.id)
                if best.regions[0] != region:
                    notes.append(f"the total names {region} while the part names {best.regions[0]}, "
                                 f"which covers more than {region}")
            found.append((region, best))
        return found, notes

    def first_of_place(self, total: Count, region: str) -> Optional[tuple[int, Count]]:
        """The first count after ``total`` that names ``region`` alone, of its measure, rate and period (or one
        overlapping it), with its offset; ``None`` when there is none.  Read through :meth:`_places_index`."""
        by_period = self._places_index().get((total.measure, total.rate), {}).get(region, {})
        first: Optional[tuple[int, Count]] = None
        for (start, end), (starts, items) in by_period.items():
            if period_match(total.period_start, total.period_end, start, end) < SHARED:
                continue
            i = bisect.bisect_left(starts, total.start)
            if i < len(items) and items[i][1] is total:
                i += 1
            if i < len(items) and (first is None or items[i][0] < first[0]):
                first = items[i]
        return first

    def breakdown(self, total: Count) -> list[Count]:
        """The counts that break a one-place total down by the places within it ("Kent: 1,204" under the South East).

        Same measure, rate and period; each part names one place strictly inside the total's,
        no two parts overlap, and the parts come after the total, first come first taken.  Of each
        place only its first count that fits can be a part (a later one overlaps it, or the part
        that overlapped it), so the counts are read through :meth:`_places_index`: per place and
        period, the first after the total, not every count after each total; and only the places
        within the total's (:meth:`_within`), not every place of the page.
        """
        if len(total.regions) != 1:
            return []
        whole = total.regions[0]
        index = self._places_index().get((total.measure, total.rate))
        if index is None:
            return []
        within = self._within()
        held = index.keys() if within is None else within.get(self._canonical(whole), set()) & index.keys()
        firsts: list[tuple[int, Count]] = []
        for region in held:
            if region == whole or (within is None and not self._covers_memo(whole, region)):
                continue
            first = self.first_of_place(total, region)
            if first is not None:
                firsts.append(first)
        parts: list[Count] = []
        for _, c in sorted(firsts, key=lambda x: x[0]):
            if any(self._overlap(p.regions[0], c.regions[0]) for p in parts):
                continue
            parts.append(c)
        return parts if len(parts) >= 2 else []

    def _overlap(self, a: str, b: str) -> bool:
        """Whether two parts' places overlap: one holds the other, unless both are police force areas, which never
        hold one another ("South Wales" listed beside "Gwent": South Wales Police's area)."""
        if not (self._covers_memo(a, b) or self._covers_memo(b, a)):
            return False
        if not agreement.gazetteer_covers():
            return True
        from pipeline.extract import regions
        return not regions.force_areas(a, b)

    def _places_index(self) -> PlacesIndex:
        """The counts of one place, by measure and rate, place and period: their starts and (position, count), in
        text order; built once per record."""
        key = ("breakdown",)
        if key not in self.memo:
            index: dict = {}
            for n, c in enumerate(sorted(self.record.counts, key=lambda c: c.start)):
                if len(c.regions) == 1:
                    by_period = index.setdefault((c.measure, c.rate), {}).setdefault(c.regions[0], {})
                    starts, items = by_period.setdefault((c.period_start, c.period_end), ([], []))
                    starts.append(c.start)
                    items.append((n, c))
            self.memo[key] = index
        return self.memo[key]

    def _within(self) -> Optional[dict[str, set[str]]]:
        """The places of the record's one-place counts by each place that holds them (its canonical name and every
        ancestor in the gazetteer), so that a breakdown reads only the places within its total's, not every place
        of the page: built once per record.  ``None`` when ``agreement.covers`` is not the gazetteer's (a test's own)
        or the gazetteer fails; a breakdown then asks ``covers`` of every place."""
        key = ("within",)
        if key not in self.memo:
            self.memo[key] = None
            if agreement.gazetteer_covers():
                try:
                    from pipeline.extract import regions
                    within: dict[str, set[str]] = {}
                    for name in {c.regions[0] for c in self.record.counts if len(c.regions) == 1}:
                        for holder in {regions.canonical(name) or name} | regions.ancestors(name):
                            within.setdefault(holder, set()).add(name)
                    self.memo[key] = within
                except Exception as exc:  # a gazetteer error must not stop the checks
                    log.warning("the places within the record's places failed: %s", exc)
        return self.memo[key]

    def _canonical(self, name: str) -> str:
        """The gazetteer's name of a place (``regions.canonical``), or the name as written."""
        from pipeline.extract import regions
        return regions.canonical(name) or name

    def _covers_memo(self, whole: str, region: str) -> bool:
        """``covers(whole, region)``, computed once per pair of names of the record."""
        key = ("covers", whole, region)
        if key not in self.memo:
            self.memo[key] = agreement.covers(whole, region)
        return self.memo[key]
