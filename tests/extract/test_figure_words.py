"""One list of the nouns that name a figure by its period ("the 2024 figure of 110", "the previous year's total of
4,430", "three times the 2022 level"): ``figure_words`` of ``data/numbers.json``, read by the multiplier's named base
(``multipliers``), a base year before a figure noun (``period_roles``) and a figure dated by its own words
(``own_times``). Each word of the list works in each of the three. Sentences of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract import periods
from pipeline.extract.number_patterns import words
from pipeline.extract.multipliers import multiplier_regex

FIGURE_WORDS = words()["figure_words"]


@pytest.mark.parametrize("word", FIGURE_WORDS)
def test_a_multiplier_before_the_year_and_its_figure_word(word):
    sentence = f"The Swansea office took 318 calls, almost three times the 2024 {word} of 110."
    found = multiplier_regex().search(sentence)
    assert found is not None and found.group("n") == "three"


@pytest.mark.parametrize("word", FIGURE_WORDS)
def test_a_year_before_a_figure_word_after_a_change_is_its_base(word):
    sentence = f"Texts to the line fell by 8 per cent from the 2022 {word} of 4,100."
    [mention] = [m for m in periods.find_periods(sentence) if m.period is not None]
    assert mention.role == "base"


def test_a_figure_named_by_the_period_before_its_figure_word():
    # one article, a paragraph a word (one extract run): each earlier figure is of the year before 2024/25
    earlier = {5700 + 10 * i: word for i, word in enumerate(FIGURE_WORDS)}
    text = "Helpline figures\n\n" + "\n\n".join(
        f"The line answered {value + 500:,} calls from Fife in 2024/25, up on the previous year's {word} of {value:,}."
        for value, word in earlier.items())
    record = extract_article(text, source="figure_words.txt", published="2025-07-01")
    dated = {int(c.value): c.period_start for c in record.counts}
    assert {value: dated.get(value) for value in earlier} == {value: "2023-04-01" for value in earlier}
