"""The evidence the place matcher weighs for one candidate: what follows a town's comma, a name written
again, a list's joiner, a sentence's first word, and the places a joint name ("Devon and Cornwall") lists.
Pure functions of a spaCy :class:`~spacy.tokens.Span`, used by
:class:`~pipeline.extract.regions_matcher.RegionMatcher`."""
from __future__ import annotations

from collections import Counter
from typing import Optional

from spacy.tokens import Doc, Span

from pipeline.extract.gazetteer import Entry, ancestors, gazetteer_entries, place

SENTENCE_END = {".", "!", "?", ":"}


def comma_place(span: Span, starts: dict[int, str]) -> Optional[bool]:
    """After "<town>, ": True for a place that contains the town, False for a capitalised name that
    is no place we know ("Portland, Oregon", "Clarkston, MI": a namesake abroad), None for anything
    else (another place: a list). ``starts``: token index -> entry key of the doc's place matches."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    nxt = doc[span.end + 1]
    if not (nxt.is_title or nxt.is_upper) or not nxt.is_alpha:
        return None
    key = starts.get(span.end + 1)
    if key is None:
        following = doc[span.end + 2] if span.end + 2 < len(doc) else None
        # "in Toronto, Ann Lee answers": a person's two names after the comma, not a namesake's state
        return None if following is not None and following.is_title and following.is_alpha else False
    return True if gazetteer_entries()[key].place.name in ancestors(span.label_) else None


def names_written(doc: Doc, candidates: list[tuple[int, int, str]]) -> Counter[str]:
    """How many times each matched name is written in ``doc`` (each place of the words once, whatever
    the entries that share them): one pass over the matches, not one over the text per mention."""
    return Counter(doc[start:end].text for start, end in {(start, end) for start, end, _ in candidates})


def named_again(span: Span, entry: Entry, written: Counter[str]) -> bool:
    """A town's name of two or more capitalised words, neither a surname nor a word, written more
    than once in the text ("Mount Isa gamblers spent ...", "Mount Isa Irish Club"): a name that
    long and repeated is the place even where no preposition shows it.  ``written``: the matched
    names' counts (:func:`names_written`), not a search of the whole text per mention."""
    words = [t for t in span if t.is_alpha]
    return (len(words) > 1 and not entry.ambiguous and not entry.common and all(t.is_title for t in words)
            and written[span.text] > 1)


def needs_evidence(entry: Entry) -> bool:
    """A town of ``data/towns.jsonl`` or a name that is also a word or a person's ("Derby", "Bradford"): the
    entries whose every mention needs evidence, unless the text shows them once to be the place."""
    return entry.town or entry.ambiguous


def listed_after(span: Span, kept: list[Span]) -> bool:
    """Whether ``span`` follows the last kept place and a list's "and", "or", comma or slash
    ("Carlow/Wexford")."""
    if not kept or span.start < 2:
        return False
    joiner = span.doc[span.start - 1]
    return joiner.lower_ in ("and", "or", ",", "&", "/") and kept[-1].end == span.start - 1


def sentence_initial(span: Span) -> bool:
    """Whether the span opens a sentence, a line or a quotation."""
    doc, i = span.doc, span.start
    if doc[i].is_sent_start:  # None (unknown) without a parser or sentencizer
        return True
    j = i - 1
    while j >= 0 and (doc[j].is_quote or doc[j].is_bracket or doc[j].text in {"-", "–", "—", "•", "*"}):
        j -= 1
    if j < 0:
        return True
    prev = doc[j]
    return (prev.is_space and "\n" in prev.text) or prev.text in SENTENCE_END


def joint_parts(span: Span, entry: Entry) -> list[Span]:
    """The span, or for a joint name listed with its ``parts`` ("Devon and Cornwall") one span
    per part over the same words: the places it names, as readers list them."""
    if not entry.parts:
        return [span]
    found = [place(name) for name in entry.parts]
    return [Span(span.doc, span.start, span.end, label=p.name, span_id=p.kind) for p in found if p is not None]
