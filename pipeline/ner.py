"""What the model's NER reads of a text, and the entities of a batch of texts in one call of the component.

By default (``[extract] ner_scope = names``) NER tags only the words within its encoder's reach of a
capitalised word (:func:`name_windows`), each such window once per process (:func:`_tag_windows`).
"""
from __future__ import annotations

from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple, Optional

from pipeline import settings
from pipeline.nlp import safe_text

if TYPE_CHECKING:  # spaCy is imported where a model is loaded
    from spacy.language import Language
    from spacy.tokens import Doc


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
