"""Several documents at once (``extract_batch``, ``extract_documents``): their calls of the model
made together, the records those of one document at a time, and one document's failure its own."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.engine import batch as batching
from pipeline.engine import stages
from pipeline.engine.stages import ExtractOptions, batches, extract_batch, extract_document, extract_documents
from pipeline.publish.jsonl import dumps
from pipeline.records import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# our own sentences: a count whose noun the word rules miss (the tagger), quotes (NER), and one without either
TEXTS = [
    "Helpline calls rise\n\nIn 2021, 1,200 people contacted the Stop It Now helpline in Wales, up 20% on 2020.\n\n"
    "\u201cMore people are asking for help,\u201d said Sam Jones, a manager at the charity.",
    "The Lucy Faithfull Foundation said 312 anonymous adults reached its service last year.\n\n"
    "Dr Ann Price, who leads the team, said: \u201cEvery call is a chance to protect a child.\u201d",
    "A quiet week in the village: the fete was cancelled because of rain.",
    "",
    "Stop It Now Scotland took 4,100 contacts in 2022, double the 2,050 of 2019.",
]


def _docs() -> list[Document]:
    docs = [Document(source=f"text-{n}.txt", text=text) for n, text in enumerate(TEXTS)]
    docs += [Document(source=str(p), text=p.read_text(encoding="utf-8"))
             for folder in ("articles", "checks") for p in sorted((FIXTURES / folder).glob("*.txt"))]
    return docs


@pytest.fixture(scope="module")
def alone(nlp) -> list[str]:
    """Each document's record made alone: what a batch must give."""
    options = ExtractOptions.from_settings()
    return [dumps(extract_document(doc, options=options, nlp=nlp)) for doc in _docs()]


@pytest.mark.parametrize("size", [1, 3, 8, 100])
def test_a_batch_gives_the_records_of_each_document_alone(size, nlp, alone):
    options = ExtractOptions.from_settings()
    docs = _docs()
    lines = [dumps(record) for n in range(0, len(docs), size)
             for record in extract_batch(docs[n:n + size], options=options, nlp=nlp)]
    assert lines == alone


def test_extract_documents_batches_and_keeps_input_order(nlp, alone):
    assert [dumps(r) for r in extract_documents(iter(_docs()), options=ExtractOptions.from_settings(), nlp=nlp)] \
        == alone


@pytest.mark.parametrize("sizes, size, chars, expected", [
    ([10] * 20, 8, 1000, [8, 8, 4]),
    ([300] * 5, 8, 1000, [3, 2]),
    ([5000, 10, 10], 8, 1000, [1, 2]),  # one larger than the limit goes alone
    ([10, 5000, 10], 8, 1000, [1, 1, 1]),
    ([], 8, 1000, []),
])
def test_batches_are_cut_by_count_and_characters(sizes, size, chars, expected):
    docs = [Document(source=str(n), text="x" * length) for n, length in enumerate(sizes)]
    cut = list(batches(iter(docs), size=size, chars=chars))
    assert [len(b) for b in cut] == expected
    assert [d for b in cut for d in b] == docs


def test_a_failed_batched_call_of_the_model_fails_only_the_document_whose_own_call_fails(nlp, alone, monkeypatch):
    real_answer = batching.answer

    # NER fails on any batch that holds the paragraph before Dr Price's quote
    def answer(model, kind, items):  # noqa: ANN001, ANN202
        if kind == "ner" and any("Lucy Faithfull" in item for item in items):
            raise RuntimeError("the model failed")
        return real_answer(model, kind, items)

    monkeypatch.setattr(batching, "answer", answer)
    outcomes = extract_batch(_docs(), options=ExtractOptions.from_settings(), nlp=nlp)
    lines = [dumps(record) for record in outcomes]
    assert lines[:1] + lines[2:] == alone[:1] + alone[2:]
    assert outcomes[1].errors == ["extraction failed (quotes): RuntimeError: the model failed"]
    assert outcomes[1].counts  # the facts stage is kept


def test_a_document_that_raises_is_its_own_outcome(nlp, alone, monkeypatch):
    real_read = stages.read_document

    def read_document(doc, **how):  # noqa: ANN001, ANN003, ANN202
        if "fete" in (doc.text or ""):
            raise ValueError("a bug met on this document")
        return real_read(doc, **how)

    monkeypatch.setattr(stages, "read_document", read_document)
    outcomes = extract_batch(_docs(), options=ExtractOptions.from_settings(), nlp=nlp)
    assert isinstance(outcomes[2], ValueError)
    assert [dumps(r) for n, r in enumerate(outcomes) if n != 2] == [line for n, line in enumerate(alone) if n != 2]
    with pytest.raises(ValueError, match="a bug met"):
        list(extract_documents(iter(_docs()), options=ExtractOptions.from_settings(), nlp=nlp))


def test_stages_are_reported_per_document(nlp):
    seen: list[tuple[int, str]] = []
    extract_batch(_docs()[:3], options=ExtractOptions.from_settings(), nlp=nlp,
                  on_stage=lambda n, stage: seen.append((n, stage)))
    assert [stage for n, stage in seen if n == 0] == ["read", "relevance", "facts", "quotes", "checks"]
    assert [stage for n, stage in seen if n == 2][-1] == "checks"
