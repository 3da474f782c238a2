"""The article-level pass: an article's regions hold the national scope it implies, its facts do not."""
import datetime

import pytest

from pipeline.extract.article import extract_facts


@pytest.mark.parametrize("text, article_has_uk", [
    ("The helpline heard from 4,100 people across the country in 2021.", True),
    ("The charity runs the line nationally and took 2,300 calls in 2022.", True),
    ("The line took 900 calls in Leeds in 2020.", False),
    ("Across the country, 640 Scots called the Scottish line in 2019.", False),
])
def test_article_regions_hold_the_implied_national_scope(nlp, text, article_has_uk):
    regions, counts, _, _ = extract_facts(text, published=datetime.date(2023, 1, 5), nlp=nlp)
    assert ("United Kingdom" in {r.name for r in regions}) is article_has_uk
    assert counts, "the sentence states a count"
    assert all("United Kingdom" not in c.regions for c in counts)
