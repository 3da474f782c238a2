"""The rules of the fourteenth round read each count a bounded number of times: a page of thousands of sentences
that each close a list with "the remaining N" or end a share with "of the total" costs a multiple of its length,
not its square.  The test counts the candidate tests the rules make (``remainder_sums._fits``,
``share_whole_finder.may_hold``, which ``referred_wholes`` asks of each count it reads), not time, on records of our
own making.
"""
from __future__ import annotations

from pipeline.check import remainder_sums, share_whole_finder
from pipeline.check.within import check_record
from pipeline.records import Count, Percentage
from tests.check_factories import record

SENTENCE = "The line took 500 calls. Of those calls, 200 came from Leeds and the remaining 300 from elsewhere. "
SHARE = "Leeds made up 200 of them - 40 per cent of the total. "


def _page(n: int) -> tuple[str, list[Count], list[Percentage]]:
    text, counts, pcts = "", [], []
    for i in range(n):
        base = len(text)
        part = SENTENCE + SHARE
        text += part
        first_end = base + SENTENCE.index(". ") + 1
        second = (first_end + 1, base + len(SENTENCE) - 1)
        third = (base + len(SENTENCE), base + len(part) - 1)
        for value, sentence in ((500, (base, first_end)), (200, second), (300, second), (200, third)):
            at = text.index(f"{value}", sentence[0])
            counts.append(Count(id=f"c{len(counts) + 1}", text=str(value), start=at, end=at + len(str(value)),
                                sentence=sentence, qualifier="exact", regions=[], period_start="2024-01-01",
                                period_end="2024-12-31", value=value, measure="helpline_calls"))
        at = text.index("40 per cent", third[0])
        pcts.append(Percentage(id=f"p{i + 1}", text="40 per cent", start=at, end=at + len("40 per cent"),
                               sentence=third, qualifier="exact", regions=[], value=40.0, kind="share",
                               measure="helpline_calls"))
    return text, counts, pcts


def _tests(n: int, monkeypatch) -> int:
    calls = {"n": 0}
    for module, name in ((remainder_sums, "_fits"), (share_whole_finder, "may_hold")):
        original = getattr(module, name)

        def counted(*args, _original=original):
            calls["n"] += 1
            return _original(*args)

        monkeypatch.setattr(module, name, counted)
    text, counts, pcts = _page(n)
    checks = check_record(record(counts=counts, percentages=pcts), text=text)
    assert any(c.kind == "sum" and c.verdict == "consistent" for c in checks)
    monkeypatch.undo()
    return calls["n"]


def test_remainders_and_referred_wholes_are_linear(monkeypatch) -> None:
    small, large = _tests(50, monkeypatch), _tests(200, monkeypatch)
    assert large <= 4 * small * 1.1, (small, large)
