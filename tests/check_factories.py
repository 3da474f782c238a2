"""Hand-built facts for the check tests: short constructors, and facts located in a fixture text."""
from __future__ import annotations

from typing import Optional, Sequence

from pipeline import extract_article
from pipeline.check.summary import kind_of
from pipeline.records import Article, Check, Count, Multiplier, Percentage, Record


def _period(year: Optional[int]) -> tuple[Optional[str], Optional[str]]:
    return (f"{year}-01-01", f"{year}-12-31") if year else (None, None)


def count(id: str, value: float, *, q: str = "exact", measure: str = "helpline_contacts",
          regions: Sequence[str] = (), year: Optional[int] = None, at: int = 0, sentence=None, text=None) -> Count:
    start, end = _period(year)
    return Count(id=id, text=text or f"{value:,}", start=at, end=at + 5, sentence=sentence or (at, at + 50),
                 qualifier=q, regions=list(regions), period_start=start, period_end=end, value=value,
                 measure=measure)


def pct(id: str, value: float, *, q: str = "exact", regions: Sequence[str] = (), year: Optional[int] = None,
        base: Optional[int] = None, direction: Optional[str] = "increase", at: int = 0, sentence=None,
        text: Optional[str] = None, measure: str = "helpline_contacts", **refs) -> Percentage:
    start, end = _period(year)
    bstart, bend = _period(base)
    return Percentage(id=id, text=text or f"{value:g}%", start=at, end=at + 5, sentence=sentence or (at, at + 50),
                      qualifier=q, regions=list(regions), period_start=start, period_end=end, value=value,
                      base_period_start=bstart, base_period_end=bend, direction=direction,
                      kind="change" if direction else "share", measure=measure, **refs)


def mult(id: str, factor: float, word: str, *, q: str = "exact", regions: Sequence[str] = (),
         year: Optional[int] = None, at: int = 0, sentence=None, measure: str = "helpline_contacts",
         **refs) -> Multiplier:
    start, end = _period(year)
    return Multiplier(id=id, text=word, start=at, end=at + 5, sentence=sentence or (at, at + 50), qualifier=q,
                      regions=list(regions), period_start=start, period_end=end, factor=factor, word=word,
                      measure=measure, **refs)


def record(id: str = "a1", *, outlet: Optional[str] = None, title: Optional[str] = None, counts=(),
           percentages=(), multipliers=()) -> Record:
    return Record(article=Article(id=id, source=f"{id}.txt", outlet=outlet, title=title),
                  counts=list(counts), percentages=list(percentages), multipliers=list(multipliers))


def locate(text: str, snippet: str) -> dict:
    """``at`` and ``sentence`` (the paragraph) of a snippet in a fixture text, for the constructors."""
    at = text.index(snippet)
    start = text.rfind("\n\n", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", at)
    end = len(text) if end < 0 else end
    return {"at": at, "sentence": (start, end)}


def assert_decided(record: Record, inputs: Optional[tuple], verdict: Optional[str]) -> None:
    """The record's one decided percentage check rests on counts of ``inputs`` (their values, in order)
    with ``verdict``; with ``inputs`` ``None``, no percentage check is decided."""
    by_id = {c.id: c for c in record.counts}
    decided = [c for c in record.checks if c.kind == "percentage" and c.verdict != "unverifiable"]
    if inputs is None:
        assert decided == [], [c.explanation for c in decided]
        return
    assert [tuple(by_id[i].value for i in c.inputs) for c in decided] == [inputs], [c.explanation for c in record.checks]
    assert decided[0].verdict == verdict, decided[0].explanation


def check_of(text: str, stated: float, *, published: str = "2023-02-01") -> Check:
    """The one check of the percentage stated as ``stated`` in ``text``, extracted as an article."""
    record = extract_article(text, source="check.txt", published=published)
    [check] = [c for c in record.checks if c.stated == stated]
    return check


def checks_stated(text: str, stated: float, kinds: Sequence[str], *, published: str) -> list[Check]:
    """The checks of kind among ``kinds`` (as :func:`~pipeline.check.summary.kind_of` names them, a difference
    ``"sum (difference)"``, whose ``stated`` is the later count: :func:`differences_of` finds one by its difference)
    of the figure stated as ``stated`` in ``text``, extracted as an article."""
    record = extract_article(text, source="check.txt", published=published)
    return [c for c in record.checks if kind_of(c) in kinds and c.stated == stated]


def differences_of(text: str, difference: float, *, published: str) -> list[Check]:
    """The checks of the difference stated as ``difference`` in ``text`` (extracted as an article): the ``sum`` checks
    with ``relation`` ``"difference"`` whose claim is that count.  Each is asserted to be in the annotators' form
    (:func:`difference_form`), so every test that reads one also tests the form."""
    record = extract_article(text, source="difference.txt", published=published)
    claims = {c.id for c in record.counts if c.difference and c.value == difference}
    found = [c for c in record.checks if c.kind == "sum" and c.relation == "difference" and c.claim_ref in claims]
    for check in found:
        difference_form(check, record)
    return found


def difference_form(check: Check, record: Record) -> tuple[float, tuple[float, float]]:
    """``(stated, (earlier, difference))`` of a difference check, asserting the annotators' form: ``stated`` the
    later count, ``inputs`` the earlier count and the difference (its claim), ``computed`` the earlier count plus the
    difference (less it for a fall)."""
    by_id = {c.id: c for c in record.counts}
    earlier, diff = (by_id[i] for i in check.inputs)
    assert check.kind == "sum" and check.relation == "difference" and check.claim_ref == diff.id and diff.difference
    sign = -1 if diff.difference == "decrease" else 1
    assert check.computed == earlier.value + sign * diff.value, (check.computed, earlier.value, diff.value)
    return check.stated, (earlier.value, diff.value)


class CountingList(list):
    """A record's counts that count how many of them are read by iteration."""

    reads = 0

    def __iter__(self):
        for c in super().__iter__():
            CountingList.reads += 1
            yield c
