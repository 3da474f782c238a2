"""The extractors as spaCy components: the same facts as the records, on a blank and a full pipeline."""
from __future__ import annotations

import dataclasses

import pytest
import spacy

from pipeline import extract_article
from pipeline.nlp import load_model

ARTICLE = (
    "Helpline calls rise in Kent\n\n"
    "In 2021, 2,340 people from Kent contacted the Stop It Now! helpline, a 30 per cent increase "
    "on 2020, when 1,800 people got in touch. Visits to its website have more than doubled.\n\n"
    '"Every call is a chance to protect a child," said Mary Stone, the helpline\'s manager.'
)

FIELDS = {"counts": ("value", "measure", "qualifier", "period_start", "regions"),
          "percentages": ("value", "kind", "direction", "base_period_start"),
          "multipliers": ("factor", "qualifier", "word"),
          "quotes": ("speaker", "title", "official", "paragraphs")}


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsfacts_facts")
    nlp.add_pipe("newsfacts_quotes")
    return nlp


def _view(span, names):
    return tuple(getattr(span._, n) for n in names)


def test_factories_are_registered_through_the_entry_point():
    from importlib.metadata import entry_points

    points = {e.name: e.value for e in entry_points(group="spacy_factories")}
    assert points["newsfacts_facts"] == "pipeline.extract.components:make_facts"
    assert points["newsfacts_quotes"] == "pipeline.extract.components:make_quotes"


@pytest.mark.parametrize("attr", ["counts", "percentages", "multipliers"])
def test_blank_pipeline_gives_the_records_facts(blank, attr):
    doc = blank(ARTICLE)
    plain = spacy.blank("en")
    plain.add_pipe("sentencizer")
    record = extract_article(ARTICLE, nlp=plain)
    spans = getattr(doc._, attr)
    facts = getattr(record, attr)
    assert spans, f"no {attr}"
    assert [_view(s, FIELDS[attr]) for s in spans] == [tuple(getattr(f, n) for n in FIELDS[attr]) for f in facts]
    assert all(s.text.strip() and s.start_char <= f.start < s.end_char for s, f in zip(spans, facts))


def test_blank_pipeline_regions_are_spans_of_the_gazetteer(blank):
    doc = blank(ARTICLE)
    kent = [s for s in doc._.regions if s.text == "Kent"]
    assert len(kent) == 2
    assert all(s._.name == "Kent" and s._.kind == "county" and s.label_ == "REGION" for s in kent)


def test_full_model_components_match_the_record():
    nlp = spacy.load(load_model().path)  # a second copy of the real model, with our components added
    nlp.add_pipe("newsfacts_facts", config={"published": "2022-03-01"})
    nlp.add_pipe("newsfacts_quotes")
    doc = nlp(ARTICLE)
    record = extract_article(ARTICLE, published="2022-03-01", nlp=load_model())
    for attr, names in FIELDS.items():
        assert [_view(s, names) for s in getattr(doc._, attr)] == \
            [tuple(getattr(f, n) for n in names) for f in getattr(record, attr)], attr
    assert doc._.quotes[0]._.speaker == "Mary Stone"
    assert dataclasses.asdict(doc._.quotes[0]._.fact) == dataclasses.asdict(record.quotes[0])
