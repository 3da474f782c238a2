"""The word lists of numbers, periods and facts live in ``pipeline/data/`` (house rule), and the
patterns built from them behave as the inline ones did: nouns counted one by one ("2.751 texts"),
a month before its figures ("the May figures"), "from" a hedged earlier figure, the size of a
population. Sentences of our own writing.
"""
from __future__ import annotations

import datetime
import inspect
import json

import pytest

from pipeline import extract_article
from pipeline.extract import count_uses, numbers, other_kinds, period_patterns
from pipeline.extract.numbers import find_numbers
from pipeline.extract.periods import find_periods
from pipeline.settings import DATA_DIR


@pytest.mark.parametrize("file, key, words", [
    ("numbers.json", "year_count_nouns", ["people", "callers", "arrests"]),
    ("numbers.json", "counted_one_by_one", ["texts", "chats", "visits", "cases"]),
    ("periods.json", "month_figure_nouns", ["figures", "numbers", "statistics", "totals"]),
    ("measures.json", "pair_from", ["from"]),
    ("measures.json", "population_of", ["population of", "populations of"]),
])
def test_lists_are_data(file, key, words):
    data = json.loads((DATA_DIR / file).read_text(encoding="utf-8"))
    assert set(words) <= set(data[key])


@pytest.mark.parametrize("module, inline", [
    (numbers, "texts|chats|messages"),
    (numbers, "callers|calls|men|women"),
    (period_patterns, "figures|numbers|data|statistics"),
    (other_kinds, r"populations?\s{1,3}of"),
    (count_uses, r"\bfrom\s++(?:[a-z]++\s++)?$"),
])
def test_no_inline_list(module, inline):
    assert inline not in inspect.getsource(module)


@pytest.mark.parametrize("text, values", [
    ("The line answered 4.312 chats and 1.075 visits.", [4312, 1075]),
    ("In 2019 people called less; 2021 callers waited longer.", [2021]),
    # near miss: a dot before another noun is a decimal
    ("The ratio stood at 1.075 points.", [1.075]),
])
def test_counted_one_by_one(text, values):
    assert [n.value for n in find_numbers(text)] == values


@pytest.mark.parametrize("text, expected", [
    ("The council said the June statistics were late.", [("the June", "2023-06-01", "2023-06-30")]),
    # near miss: a month before another noun
    ("The June Fair raised 300 pounds.", []),
])
def test_month_before_its_figures(text, expected):
    found = [(m.text, *m.period.iso()) for m in find_periods(text, published=datetime.date(2023, 8, 1)) if m.period]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    ("Requests grew from only six clients in May to 70 people in June.",
     [(6, "helpline_contacts"), (70, "helpline_contacts")]),
    ("The county, with a population of 240,000, logged 1,900 calls to the line.", [(1900, "helpline_calls")]),
])
def test_pairs_and_populations(text, expected):
    record = extract_article(text, source="lists.txt")
    assert [(c.value, c.measure) for c in record.counts] == expected
