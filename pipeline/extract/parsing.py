"""Which words the statistical model sees: the tagger for count nouns, NER for quote speakers.

Parsing is most of the cost of an extraction, so the model runs only where a
rule reads what it gives.  What each rule reads, and so what is parsed:

- **Part-of-speech tags** are read by one rule only: the noun a count counts
  (``measures.unit_from_tags``, called by ``facts.unit_of``) when the word
  rules (``measures.unit_from_words``) cannot find it.  It reads the ``pos_``
  of the six words after the number and nothing else.  So a sentence is tagged
  only when it holds such a number (``measures.needs_tagger``), and within it
  only a window around each such number: the six words read, plus as many
  words each side as the model looks at to tag a word (its tok2vec's receptive
  field: ``depth * window_size`` of its CNN layers, 4 in ``en_core_web_sm``,
  plus one for the attribute ruler's two-word patterns).  Within that reach a
  word's tags are the tags of a whole-sentence parse, exactly (a CNN layer of
  window 1 sees one word each side; the hash embeddings are of the word alone);
  :func:`tag_counts` copies them into the sentence's Doc, whose other words stay
  untagged.  A model whose encoder is not a window CNN (a transformer sees the
  whole sentence) gets whole sentences.
- **Named entities** (PERSON and ORG) are read by the quote rules
  (``attribution.mention``, ``speakers.parse_speaker`` and ``speakers._unknown_org``):
  the first person a narrative paragraph names (``_learn``, for paragraphs one or
  two before a quote; ``attribution.mention`` of the paragraph just before a quote), the
  text around the quote marks of a quote paragraph (its attribution), and the
  phrases cut from them.  :func:`entity_pieces` lists that text, which is tagged
  in one batch per article (:class:`pipeline.entities.Entities`; the batches of several
  articles in one call when they are extracted together, :mod:`pipeline.engine.batch`);
  a phrase cut from a tagged piece gets the entities of the piece.  Of each text, NER reads what
  ``[extract] ner_scope`` says (:func:`pipeline.ner.name_windows`: by default the words within its
  encoder's reach of each capitalised word, each stretch alone; ``all``: the whole text).
- **Nothing else** is parsed: sentences without a number or multiplier word,
  numbers whose noun the word rules find, percentages, and every paragraph more
  than two before a quote see only the tokenizer and sentencizer (``segments``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Generator, NamedTuple, Optional, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.measures import unit_from_words
from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.quotemarks import quotes_by_paragraph
from pipeline.extract.segments import Sentence
from pipeline.ner import Tagged, tag_entities

#: Components the count-noun tags do not need (NER runs only for quote speakers).
FACT_PARSE_DISABLED = ("ner", "lemmatizer", "parser")

#: Words after a number whose part of speech ``measures.unit_from_tags`` reads.
READ_AFTER = 6

#: Encoders whose reach is ``depth * window_size`` words each side.
WINDOW_ENCODERS = ("spacy.MaxoutWindowEncoder", "spacy.MishWindowEncoder")


@lru_cache(maxsize=8)
def tag_reach(nlp: Language) -> Optional[int]:
    """How many words each side decide a word's tags, or ``None`` when any word may (whole sentences then).

    The reach of the tok2vec CNN the tagger reads, plus the longest attribute-ruler
    pattern less one (a two-word pattern sets a word's ``pos_`` from its neighbour's tag).
    Read once per pipeline (its config and patterns are rebuilt on each access).
    """
    reach = 0
    for name in nlp.pipe_names:
        if name in FACT_PARSE_DISABLED:
            continue
        model = nlp.config["components"].get(name, {}).get("model", {})
        encode = model.get("encode") or model.get("tok2vec", {}).get("encode")
        listens = "Listener" in str(model.get("tok2vec", {}).get("@architectures", ""))
        if encode is None and not listens and name in ("tok2vec", "tagger"):
            return None  # an encoder we cannot read (a transformer): whole sentences
        if encode is not None:
            if not str(encode.get("@architectures", "")).startswith(WINDOW_ENCODERS):
                return None
            reach = max(reach, int(encode["depth"]) * int(encode["window_size"]))
    if "attribute_ruler" in nlp.pipe_names:
        longest = max((len(p) for rule in nlp.get_pipe("attribute_ruler").patterns for p in rule["patterns"]),
                      default=1)
        reach += longest - 1
    return reach


def count_windows(doc: Doc, numbers: list[NumberMention], reach: Optional[int],
                  text: Optional[str] = None) -> list[tuple[int, int]]:
    """The token ranges of a sentence's Doc to tag: around each number whose noun the word rules miss.

    ``numbers`` carry offsets relative to the sentence.  Overlapping ranges are merged.  ``text``:
    the Doc's text when the caller has it (``doc.text`` joins every token's text anew at each call).
    """
    if reach is None:
        return [(0, len(doc))]
    if text is None:
        text = doc.text
    spans = []
    for number in numbers:
        if number.percent or unit_from_words(text, number.end)[0] is not None:
            continue
        span = doc.char_span(number.num_start, number.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        last = span[-1].i
        spans.append((max(0, last + 1 - reach), min(len(doc), last + 1 + READ_AFTER + reach)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def plan_tags(nlp: Language, sentences: list[tuple[Sentence, list[NumberMention]]]) -> "TagPlan":
    """Each sentence's Doc (keyed by its start) and the windows of it to tag: around the numbers whose
    noun the word rules miss.  The windows go to :func:`tag_windows` (one call for a whole article, or
    for the articles of a batch: a window's tags do not depend on the batch), then :meth:`TagPlan.apply`."""
    reach = tag_reach(nlp)
    plan = TagPlan()
    for sentence, numbers in sentences:
        doc = nlp.make_doc(sentence.text)
        plan.docs[sentence.start] = doc
        for start, end in count_windows(doc, numbers, reach, sentence.text):
            plan.windows.append(doc[start:end].as_doc() if (start, end) != (0, len(doc)) else doc)
            plan.places.append((doc, start))
    return plan


class TagPlan:
    """What :func:`plan_tags` asks the tagger: the sentences' Docs, the windows to tag and where each goes."""

    def __init__(self) -> None:
        self.docs: dict[int, Doc] = {}
        self.windows: list[Doc] = []
        self.places: list[tuple[Doc, int]] = []

    def apply(self, tagged: list[Doc]) -> dict[int, Doc]:
        """The sentences' Docs, with the tags and parts of speech of the tagged windows copied in."""
        for window, (doc, start) in zip(tagged, self.places):
            if window is doc:
                continue
            for token in window:
                target = doc[start + token.i]
                target.tag_, target.pos_ = token.tag_, token.pos_
        return self.docs


def tag_windows(nlp: Language, windows: list[Doc]) -> list[Doc]:
    """The windows tagged, in one ``nlp.pipe`` call without the components the count nouns do not read."""
    if not windows:
        return []
    with nlp.select_pipes(disable=[p for p in FACT_PARSE_DISABLED if p in nlp.pipe_names]):
        return list(nlp.pipe(windows))


def tag_counts(nlp: Language, sentences: list[tuple[Sentence, list[NumberMention]]]) -> dict[int, Doc]:
    """Each sentence's Doc (keyed by its start), tagged around the numbers whose noun the word rules miss.

    One ``nlp.pipe`` call for the windows of every sentence; tags and parts of
    speech are copied back into the sentence's Doc.
    """
    plan = plan_tags(nlp, sentences)
    return plan.apply(tag_windows(nlp, plan.windows))


class ModelCall(NamedTuple):
    """What an extraction step asks of the model and waits for: ``kind`` is ``"tag"`` (window Docs,
    answered by :func:`tag_windows`) or ``"ner"`` (texts, answered by :func:`~pipeline.ner.tag_entities`).

    The extract steps are generators that yield these and are sent the answers, so that a
    caller can answer the calls of several documents with one call of the model
    (:mod:`pipeline.engine.batch`); the answer for each item never depends on the batch.
    """

    kind: str
    items: list


#: The kinds of :class:`ModelCall`, in the order an article's extraction makes them.
CALL_ORDER = ("tag", "ner")

T = TypeVar("T")
Steps = Generator[ModelCall, list, T]


def answer(nlp: Language, kind: str, items: list) -> list:
    """The model's answers to ``items`` of one kind, in one call."""
    return tag_windows(nlp, items) if kind == "tag" else tag_entities(nlp, items)


def run_alone(steps: Steps[T], nlp: Optional[Language]) -> T:
    """Drive one document's steps, answering each call of the model as it comes (an error of
    the model is raised in the step that made the call).  ``nlp``: the model, loaded when first
    needed when None."""
    from pipeline.nlp import load_model

    reply: Any = None
    error: Optional[Exception] = None
    try:
        while True:
            call = steps.send(reply) if error is None else steps.throw(error)
            error = None
            try:
                nlp = nlp or load_model()
                reply = answer(nlp, call.kind, call.items)
            except Exception as exc:  # noqa: BLE001 - raised where the call was made
                error = exc
    except StopIteration as stop:
        return stop.value


def entity_pieces(text: str) -> list[str]:
    """The text quote attribution asks NER about: the words around the quote marks of each
    quote paragraph, and the one or two narrative paragraphs before a quote paragraph."""
    paragraphs = quotes_by_paragraph(text)
    quoted = {n for n, (_, spans) in enumerate(paragraphs) if spans}
    pieces = []
    for n, ((start, end), spans) in enumerate(paragraphs):
        if spans:
            edges = [start, *[x for s in spans for x in (s.open, s.end)], end]
            pieces += [text[a:b] for a, b in zip(edges[::2], edges[1::2]) if b - a > 1]
        elif n + 1 in quoted or n + 2 in quoted:
            pieces.append(text[start:end])
    return pieces


def entity_requests(text: str) -> tuple[list[str], list[str], list[str]]:
    """What quote attribution will ask NER about: ``(pieces, first, whole)``.

    ``pieces`` are :func:`entity_pieces`, every text a phrase may be cut from, in
    the order they are searched.  ``first`` are the pieces nearly always asked
    about, tagged in the article's one batch: the narrative paragraphs before a
    quote, and the words before a paragraph's first quote unless an attribution
    rule reads them first (``Jo Roe said:``).  The words after quote marks are
    asked about only when the word rules find no name in them, so they are tagged
    only then.  ``whole`` are texts asked about whole that no piece holds: a
    paragraph whose quote marks hold no speech (scare quotes), read as narrative,
    and the words before a paragraph's first speech when a quote that is no speech
    comes before it.
    """
    from pipeline.extract.attribution import pre_attribution
    from pipeline.extract.speech import speech_spans as _speech_spans

    paragraphs = quotes_by_paragraph(text)
    quoted = {n for n, (_, spans) in enumerate(paragraphs) if spans}
    pieces, first, whole = [], [], []
    for n, ((start, end), spans) in enumerate(paragraphs):
        near = n + 1 in quoted or n + 2 in quoted
        if not spans:
            if near:
                pieces.append(text[start:end])
                first.append(text[start:end])
            continue
        edges = [start, *[x for s in spans for x in (s.open, s.end)], end]
        pieces += [text[a:b] for a, b in zip(edges[::2], edges[1::2]) if b - a > 1]
        speech = _speech_spans(text, (start, end), spans)
        if not speech:
            if near:
                whole.append(text[start:end])
            continue
        before = text[start:speech[0].open]
        lead = before.rstrip()
        who = pre_attribution(lead) if lead.endswith((":", ",")) else None
        if before.strip() and (who is None or _asks(who)):
            (first if speech[0] is spans[0] else whole).append(before)
    return pieces, first, whole


class _Recorder:
    """NER's stand-in while planning: notes what it is asked about and finds nothing."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, text: str) -> Tagged:
        self.asked.append(text)
        return Tagged(())


def _asks(who: str) -> bool:
    """Whether parsing the speaker phrase ``who`` asks NER about it (its words name no person or
    known body the word rules find: "Jo Roe, manager of Harbour Trust")."""
    from pipeline.extract.speakers import parse_speaker

    recorder = _Recorder()
    parse_speaker(who, nlp=recorder)
    return bool(recorder.asked)
