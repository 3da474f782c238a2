"""A headline's figure takes the period of the body figure it restates.

Headlines round the body's figure and leave its time to the body. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, value, period, regions", [
    ("More than 170 people in Kent sought help\n\nFigures show 171 people from Kent sought help from the charity "
     "in 2016.", 170, ("2016-01-01", "2016-12-31"), ["Kent"]),
    ("Helpline took nearly 5,000 calls\n\nThe helpline took 4,950 calls in 2019, the charity said.", 5000,
     ("2019-01-01", "2019-12-31"), []),
    # the headline names no place: the body figure's place too
    ("Almost 2,000 people used the website\n\nIn 2021, 1,980 people from Devon used the website.", 2000,
     ("2021-01-01", "2021-12-31"), ["Devon"]),
    # no body figure it rounds: undated, as before
    ("Over 900 people called\n\nIn 2018, 1,200 people called the line.", 900, (None, None), []),
    # another measure is another figure
    ("More than 170 people sought help\n\nThe line took 171 calls in 2016.", 170, (None, None), []),
])
def test_a_headline_figure_is_the_body_figures(text, value, period, regions):
    record = extract_article(text, source="t.txt")
    [fact] = [c for c in record.counts if c.value == value]
    assert ((fact.period_start, fact.period_end), fact.regions) == (period, regions)


def test_a_page_of_headline_figures_reads_each_body_figure_once(monkeypatch):
    """A headline of many figures over a body of many: each headline figure looks its body figure up, it does
    not read every body figure (quadratic: 2,000 x 2,000 before)."""
    from types import SimpleNamespace

    from pipeline.extract import headline_figures

    def fact(value: int, paragraph: int, year: int | None):
        sentence = SimpleNamespace(paragraph=paragraph, text="x" if paragraph == 0 else "x.")
        draft = SimpleNamespace(sentence=sentence, time=None, sentence_time=None, rate=None, measure="helpline_calls",
                                value=value, qualifier="exact", comparison=None)
        period = None if year is None else SimpleNamespace(start=f"{year}-01-01", end=f"{year}-12-31")
        return SimpleNamespace(draft=draft, period=period, regions=[])

    n = 2000
    counts = [fact(100 + i, 0, None) for i in range(n)] + [fact(100 + i, 5, 2023) for i in range(n)]
    calls = {"restates": 0}
    real = headline_figures._restates

    def counting(head, body):
        calls["restates"] += 1
        return real(head, body)

    monkeypatch.setattr(headline_figures, "_restates", counting)
    headline_figures.date_from_body(counts)
    assert all(c.period is not None and c.period.start == "2023-01-01" for c in counts[:n])
    assert calls["restates"] <= 40 * n
