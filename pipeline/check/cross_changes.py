"""Changes checked across articles: a multiplier against a percentage, an implied earlier count against a stated one.

:func:`change_checks` puts a "doubled" in one article against a stated
change of the same region and period in another; :func:`implied_checks` the
earlier count one article implies (a 106% rise to 18,036 implies about
8,755) against the count another article states.
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from pipeline.check.evidence import Evidence
from pipeline.check.syndication import Stated, outlets
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import check_multiplier_pct, check_percentage, fmt, frac
from pipeline.check.within import stated_decimal
from pipeline.records import Check, Count, Multiplier, Record


def change_checks(records: list[Record], tol: Tolerances) -> list[Check]:
    """A multiplier in some articles against a stated change of the same region and period in others.

    Claims are grouped by their form ("doubled", "a 45% increase"), so each
    pair of forms is checked once however many articles repeat them.
    """
    slots: dict[tuple, tuple[dict, dict]] = defaultdict(lambda: (defaultdict(list), defaultdict(list)))
    for r in records:
        for f in [*r.multipliers, *r.percentages]:
            if not f.regions or not f.period_start:
                continue
            mults, pcts = slots[(frozenset(f.regions), f.period_start, f.period_end)]
            if isinstance(f, Multiplier):
                mults[(float(f.factor), f.qualifier, f.word or f.text)].append(Stated(r, f))
            elif f.kind == "change":
                pcts[(str(stated_decimal(f.text, f.value)), f.qualifier, f.direction, f.text)].append(Stated(r, f))
    out = []
    for mults, pcts in slots.values():
        for (factor, qualifier, word), ms in mults.items():
            for (value, pq, direction, text), ps in pcts.items():
                ids = {s.record.article.id for s in ms + ps}
                if len(ids) < 2 or {s.record.article.id for s in ms} == {s.record.article.id for s in ps}:
                    continue
                v = check_multiplier_pct(Decimal(repr(factor)), qualifier, Decimal(value), pq, direction,
                                         tolerances=tol, word=word)
                out.append(Check(id="", kind="cross_article", claim_ref=ms[0].fact.id,
                                 inputs=[s.ref for s in ms + ps], stated=factor,
                                 computed=float(v.computed) if v.computed is not None else None,
                                 verdict=v.verdict, tolerance=v.tolerance,
                                 explanation=f"'{word}' in {outlets(ms)} against {text} in {outlets(ps)}: "
                                             f"{v.explanation}",
                                 articles=sorted(ids)))
    return out


def implied_checks(records: list[Record], tol: Tolerances) -> list[Check]:
    """The earlier count a change implies in one article against the count another states."""
    counts: dict[tuple, list[Stated]] = defaultdict(list)
    for r in records:
        for c in r.counts:
            if c.qualifier == "exact" and c.regions and c.period_start and not c.difference:
                counts[(c.measure, frozenset(c.regions), c.period_start, c.period_end, c.rate, c.group)].append(Stated(r, c))
    out = []
    for r in records:
        ev = Evidence(r)
        for p in r.percentages:
            if p.kind != "change" or not p.base_period_start:
                continue
            new = ev.get(p.count_ref, Count) or ev.later_count(p)
            if new is None or (ev.get(p.base_count_ref, Count) or ev.earlier_count(new, p)) is not None:
                continue
            key = (new.measure, frozenset(new.regions), p.base_period_start, p.base_period_end, new.rate, new.group)
            by_value: dict[float, list[Stated]] = defaultdict(list)
            for other in counts.get(key, []):
                if other.record.article.id != r.article.id:
                    by_value[float(other.fact.value)].append(other)
            mine = Stated(r, p)
            for value, others in by_value.items():
                v = check_percentage(stated_decimal(p.text, p.value), p.qualifier, Decimal(repr(value)),
                                     Decimal(repr(new.value)), tolerances=tol, direction=p.direction)
                out.append(Check(id="", kind="cross_article", claim_ref=p.id,
                                 inputs=[o.ref for o in others] + [Stated(r, new).ref, mine.ref],
                                 stated=float(p.value),
                                 computed=float(v.computed) if v.computed is not None else None,
                                 verdict=v.verdict, tolerance=v.tolerance,
                                 explanation=f"{p.text} in {mine.outlet} with the earlier count "
                                             f"{fmt(frac(value))} from {outlets(others)}: {v.explanation}",
                                 articles=sorted({r.article.id} | {o.record.article.id for o in others})))
    return out

