"""Finding the places an article names: the ``newsfacts_regions`` component, the mentions of a
Doc, a plain text or a lower-case headline, and the places of a record.

Modules in data-flow order: :mod:`pipeline.extract.gazetteer` (the places and how they contain
each other), :mod:`pipeline.extract.regions_matcher` (the phrase matcher and the rules that keep
a match), then this one.  The gazetteer's lookups are imported from here by the modules that
need a place (``place``, ``canonical``, ``ancestors``, ``covers``, ...).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from pipeline.extract.gazetteer import (  # noqa: F401 - the lookups other modules import from here
    Place,
    ancestors,
    canonical,
    counties_of,
    country_of,
    covers,
    exhausts,
    force_areas,
    gazetteer_entries,
    place,
    place_key,
    rules,
)
from pipeline.extract.headline import capitalised, lower_headline
from pipeline.extract.place_elided_heads import elided_head_spans
from pipeline.extract.place_nicknames import nickname_spans
from pipeline.extract.regions_matcher import RegionMatcher, Words, pattern_texts  # noqa: F401 - for engine.caches
from pipeline.nlp import safe_text
from pipeline.records import Region

log = logging.getLogger(__name__)

SPANS_KEY = "regions"


@dataclass(frozen=True)
class RegionMention:
    """One mention of a place: character offsets into the document's text."""

    name: str
    kind: str
    code: Optional[str]
    start: int
    end: int
    text: str


_MATCHERS: dict[int, tuple[Vocab, RegionMatcher]] = {}


def matcher_for(vocab: Vocab, make_doc: Optional[Callable[[str], Doc]] = None,
                words: Optional[Words] = None) -> RegionMatcher:
    """The :class:`RegionMatcher` of a vocabulary, built once and reused (``words``: see there)."""
    held = _MATCHERS.get(id(vocab))
    if held is None or held[0] is not vocab:
        if make_doc is None:
            make_doc = spacy.blank("en", vocab=vocab).make_doc
        held = (vocab, RegionMatcher(vocab, make_doc, words))
        _MATCHERS[id(vocab)] = held
    return held[1]


class RegionComponent:
    """The ``newsfacts_regions`` pipeline component: fills ``doc.spans["regions"]``."""

    def __init__(self, matcher: RegionMatcher, spans_key: str = SPANS_KEY) -> None:
        self.matcher = matcher
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = self.matcher.find(doc)
        return doc


@Language.factory("newsfacts_regions", default_config={"spans_key": SPANS_KEY})
def make_regions_component(nlp: Language, name: str, spans_key: str) -> RegionComponent:
    """Build the component; a span's label is the canonical name, its ``id_`` the kind."""
    if not Span.has_extension("place"):
        Span.set_extension("place", getter=lambda span: place(span.label_, span.id_ or None))
    return RegionComponent(matcher_for(nlp.vocab, nlp.make_doc), spans_key)


def extract_regions(doc: Doc, *, spans_key: str = SPANS_KEY) -> Iterator[RegionMention]:
    """The place mentions of a Doc, from the component's spans or, without them, the matcher."""
    spans: Iterable[Span] = (
        doc.spans[spans_key] if spans_key in doc.spans else matcher_for(doc.vocab).find(doc)
    )
    for span in spans:
        found = place(span.label_, span.id_ or None)
        if found is None:
            continue
        yield RegionMention(found.name, found.kind, found.code, span.start_char, span.end_char, span.text)


def _tokenizer() -> Language:
    """The sentence splitter's tokenizer and vocabulary (``segments.tokenizer``): one blank English
    pipeline for sentences and places, so a new word of a text becomes a lexeme once, not twice."""
    from pipeline.extract.segments import tokenizer

    return tokenizer()


def find_regions(text: str, doc: Optional[Doc] = None) -> list[RegionMention]:
    """The place mentions of a plain text: tokenizer and matcher only, no statistical model.

    ``doc``: the text's tokens (``segments.text_doc(text)``) when the caller has them, to share with the sentences."""
    if not isinstance(text, str):
        log.warning("find_regions: expected a str, got %s", type(text).__name__)
        return []
    if not text:
        return []
    tokenizer = _tokenizer()
    matcher_for(tokenizer.vocab, tokenizer.make_doc)  # its patterns tokenized by this tokenizer, not a second one
    found = list(extract_regions(doc if doc is not None else tokenizer.make_doc(safe_text(text))))
    nicknamed = [RegionMention(p.name, p.kind, p.code, start, end, text[start:end])
                 for name, start, end in nickname_spans(text, found) + elided_head_spans(text, found)
                 if (p := place(name)) is not None]
    # "412 people from the Kingdom" in a text that names Fife: Fife; "the Northern area" in one that names the Belfast
    # Trust: the Northern Trust (never over a place the matcher found there)
    taken = [(m.start, m.end) for m in found]
    nicknamed = [m for m in nicknamed if not any(a < m.end and m.start < b for a, b in taken)]
    return sorted(found + nicknamed, key=lambda m: m.start) if nicknamed else found


def headline_regions(text: str) -> list[RegionMention]:
    """The places of a headline written all in lower case ("volunteer appeal samaritans north
    devon and cornwall"), matched in its capitalised copy; empty for any other first line.

    An ambiguous entry ("reading", "bath") is left out, since the lost capitals no longer tell
    a place from a word. For the article's regions list only, like :func:`~pipeline.extract.place_roles.implied_scope`: a
    fact's region stays what its own sentence names.
    """
    span = lower_headline(text)
    if span is None:
        return []
    start, end = span
    line = capitalised(text[start:end])
    entries = gazetteer_entries()
    found = []
    for m in find_regions(line):
        entry = entries.get(place_key(m.name, m.kind))
        if entry is not None and not entry.ambiguous:
            found.append(RegionMention(m.name, m.kind, m.code, start + m.start, start + m.end,
                                       text[start + m.start:start + m.end]))
    return found


def to_regions(mentions: Iterable[RegionMention]) -> list[Region]:
    """One :class:`~pipeline.records.Region` per place, with every mention, in first-mention order."""
    grouped: dict[tuple[str, str], Region] = {}
    for mention in mentions:
        region = grouped.setdefault(
            (mention.name, mention.kind), Region(mention.name, mention.kind, mention.code, [])
        )
        region.mentions.append((mention.start, mention.end))
    return list(grouped.values())
