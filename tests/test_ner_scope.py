"""What NER reads (``[extract] ner_scope``): the words near capitalised words, or whole texts."""
from __future__ import annotations

import configparser
from pathlib import Path

import pytest

from pipeline import entities as entities_module
from pipeline import ner as ner_module
from pipeline.nlp import safe_text
from pipeline.ner import (
    Ent,
    Tagged,
    forget_windows,
    name_windows,
    ner_reach,
    ner_scope,
    tag_entities,
    use_ner_scope,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _read(doc, windows) -> list[str]:
    return [doc[a:b].text for a, b in windows]


@pytest.mark.parametrize("text, read", [
    ("the line took more calls this year than in any year before.", []),  # no capital: no name to label
    ("He said it was the busiest year the team had known.", []),  # a capitalised stop word is no name
    ("The calls rose, she said.", []),
    ("Calls rose, said Jo Roe.", ["Calls rose", "said Jo Roe."]),
    ("It was, said Ann Lee of the Harbour Trust, a long year.", ["said Ann Lee of the Harbour Trust,"]),
    ("In March the NSPCC and Barnardo's wrote to every MP.", ["In March the NSPCC and Barnardo's", "every MP."]),
    ("I think we can do more, volunteers at the eSafety office say.", ["the eSafety office"]),  # "I" is a stop word
])
def test_ner_reads_the_words_within_reach_of_a_capitalised_word(nlp, text, read):
    assert _read(nlp.make_doc(text), name_windows(nlp.make_doc(text), 1)) == read


def test_windows_that_touch_are_read_as_one(nlp):
    doc = nlp.make_doc("Ann and Jo and Sam ran the line from a church hall near the coast for years.")
    assert name_windows(doc, 1) == [(0, 6)]
    assert name_windows(doc, 4) == [(0, 9)]


def test_the_reach_is_the_ner_encoders(nlp):
    encode = nlp.config["components"]["ner"]["model"]["tok2vec"]["encode"]
    assert ner_reach(nlp) == encode["depth"] * encode["window_size"] == 4


TEXTS = [
    "Jo Roe, who runs the Harbour Trust's line in Dundee, said the calls had doubled since 2019.",
    "Last year 1,200 people rang the line, according to Ann Lee, a manager at Stop It Now Scotland.",
    "\u201cWe were stretched,\u201d said Det Supt Sam Cole of Harbour Police. \u201cBut we coped.\u201d",
    "nothing here is capitalised, and the model is not asked about it at all.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_names_scope_finds_the_people_and_bodies_of_the_whole_text_at_its_offsets(nlp, text):
    names, whole = tag_entities(nlp, [text], "names")[0], tag_entities(nlp, [text], "all")[0]
    for e in names.ents:
        assert text[e.start_char:e.end_char] == e.text
    def people(t):
        return [(e.text, e.label_, e.start_char) for e in t.ents if e.label_ in ("PERSON", "ORG")]
    assert people(names) == people(whole)


def test_all_scope_is_the_ner_component_on_each_whole_text(nlp):
    with nlp.select_pipes(enable=["ner"]):
        expected = [Tagged(tuple(Ent(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents))
                    for doc in nlp.pipe([safe_text(t) for t in TEXTS])]
    assert tag_entities(nlp, TEXTS, "all") == expected


def test_a_batch_answers_each_text_as_it_would_be_answered_alone(nlp):
    together = tag_entities(nlp, TEXTS, "names")
    assert together == [tag_entities(nlp, [t], "names")[0] for t in TEXTS]


#: Texts that share windows with each other (a paragraph, then the words before its quote marks; a line
#: that papers repeat) and texts whose windows differ from another's only in a space or a norm.
SHARED = [
    "Calls to the line rose by a third, said Ann Lee, who runs the Harbour Trust in Dundee.",
    "Calls to the line rose by a third, said Ann Lee,",
    "For help, call the Harbour Trust in Dundee.",
    "For help, call the Harbour  Trust in Dundee.",  # two spaces: another window
    "Ann Lee said it didn't stop. Ann Lee said it did n't stop.",  # a norm the tokenizer's exception sets
    "\u201cWe cope,\u201d Ann Lee said. \u201cWe cope,\u201d Ann Lee said.",  # one window twice in a text
]


@pytest.mark.parametrize("order", [SHARED, SHARED[::-1], SHARED[2:] + SHARED[:2]])
def test_a_window_read_before_is_answered_as_when_it_is_tagged(nlp, monkeypatch, order):
    """The windows NER read before in the process are not tagged again; the answers are those of tagging each
    text alone with nothing kept, whatever was asked before and in whatever batches."""
    fresh = []
    for text in order:
        forget_windows()
        fresh.append(tag_entities(nlp, [text], "names")[0])
    forget_windows()
    assert tag_entities(nlp, order, "names") == fresh
    assert [tag_entities(nlp, [t], "names")[0] for t in order] == fresh  # every window kept from the batch
    ner, tagged = nlp.get_pipe("ner"), []

    class Counted:  # the NER component, counting the Docs it is given
        def pipe(self, docs, **kwargs):
            docs = list(docs)
            tagged.extend(docs)
            return ner.pipe(docs, **kwargs)

    monkeypatch.setattr(nlp, "get_pipe", lambda name: Counted() if name == "ner" else type(nlp).get_pipe(nlp, name))
    assert tag_entities(nlp, order, "names") == fresh
    assert tagged == []  # nothing was tagged again


def test_the_windows_kept_are_the_last_ones(nlp, monkeypatch):
    monkeypatch.setattr(ner_module, "WINDOWS_KEPT", 2)
    forget_windows()
    answers = [tag_entities(nlp, [t], "names")[0] for t in SHARED]
    assert len(ner_module._kept[id(nlp)][1]) == 2
    forget_windows()
    assert [tag_entities(nlp, [t], "names")[0] for t in SHARED] == answers


def _config(scope: str) -> configparser.ConfigParser:
    config = configparser.ConfigParser()
    config.read_dict({"extract": {"ner_scope": scope}})
    return config


def test_the_scope_comes_from_the_settings():
    assert ner_scope() == "names"
    assert ner_scope(_config("all")) == "all"
    with pytest.raises(ValueError, match="ner_scope"):
        ner_scope(_config("everything"))
    with pytest.raises(ValueError, match="ner_scope"):
        use_ner_scope("some")


def _records(nlp, paths, scope) -> list[dict]:
    from pipeline.engine.stages import ExtractOptions, extract_documents
    from pipeline.read.archives import iter_documents
    from pipeline.records import to_dict

    use_ner_scope(scope)
    try:
        return [to_dict(r) for r in extract_documents(iter_documents(paths), options=ExtractOptions(), nlp=nlp)]
    finally:
        use_ner_scope(None)


def test_both_scopes_run_and_all_gives_the_records_of_whole_texts(nlp, monkeypatch):
    paths = [str(p) for p in sorted((FIXTURES / "articles").glob("*.txt"))[:4]]
    names = _records(nlp, paths, "names")
    everything = _records(nlp, paths, "all")
    assert len(names) == len(everything) == 4 and all(r["quotes"] is not None for r in names)

    def whole_texts(model, texts, scope=None):  # what tag_entities did before the scope: the whole of each text
        with model.select_pipes(enable=["ner"]) if "ner" in model.pipe_names else _nothing():
            return [Tagged(tuple(Ent(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents))
                    for doc in model.pipe([safe_text(t) for t in texts])]

    monkeypatch.setattr(entities_module, "tag_entities", whole_texts)
    from pipeline.extract import parsing
    monkeypatch.setattr(parsing, "tag_entities", whole_texts)
    assert _records(nlp, paths, "names") == everything


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
