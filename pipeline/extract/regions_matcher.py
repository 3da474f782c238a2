"""The place matcher: candidates of the gazetteer's names in a Doc, and the rules that keep
the ones that name the place.

Matching.  A phrase matcher on ``ORTH`` (:class:`~pipeline.extract.phrase_keys.KeyedPhrases`) built from the aliases
(plus their upper-case forms, and "The ..." for aliases that begin "the ...") finds
candidates; overlapping candidates keep the longest ("North Wales Police" over "North
Wales" over "Wales"); a leading "the" is trimmed from the mention.  Lower-case words do
not match ("the north", "wales") because no alias is written that way, except fixed
phrases such as "north Wales" or "north west of England".  The stop phrases of
``data/regions_rules.json`` ("Prince of Wales", "Bank of England") take part in the
longest match and are then dropped.  With NER, a match inside a longer PERSON entity
("Jack Wales") is dropped unless it names a police force, and a GPE/LOC entity vouches
for an ambiguous name; a match inside an ORG is kept ("North West Regional Organised
Crime Unit" does mention the North West) and left for the fact extractor to weigh.
The places abroad are found by :class:`~pipeline.extract.regions_abroad.AbroadIndex`.

Towns.  A town of ``data/towns.jsonl`` is matched only with evidence that the name is the place
(a preposition of place, a list of places, "the Kilkenny branch", its county after a comma) and
never as a namesake abroad ("Portland, Oregon").
:func:`~pipeline.extract.place_roles.organisation_places` and
:func:`~pipeline.extract.place_roles.event_places` tell the fact
extractor which mentions name a body or an event rather than the place of a figure.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Callable, Mapping, Optional, Sequence

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from pipeline.extract.gazetteer import (
    Entry,
    alias_keys,
    ancestors,
    country_of,
    gazetteer_entries,
    place,
    place_key,
    rules,
)
from pipeline.extract.place_containment import contained_names
from pipeline.extract.place_evidence import (
    comma_place,
    joint_parts,
    listed_after,
    named_again,
    names_written,
    needs_evidence,
    sentence_initial,
)
from pipeline.extract.phrase_keys import KeyedPhrases
from pipeline.extract.place_peoples import peoples
from pipeline.extract.regions_abroad import AbroadIndex
from pipeline.extract.place_line_names import opens_line_name
from pipeline.extract.row_label_places import labels_row
from pipeline.extract.regions_abbreviations import with_abbreviations
from pipeline.extract.regions_branches import branch_words
from pipeline.extract.regions_compass import without_compass_abroad
from pipeline.settings import DATA_DIR

STOP = "__stop__"
HYPHEN_WORD = re.compile(r"(?<=-)(?:Upon|On|Under|In|Le|La|By|The|Next|En|Sur|Super|Cum|With)(?=-)")


def _variants(alias: str, *, town: bool = False) -> list[str]:
    """The alias as written, "The ..." for "the ...", and upper case (headlines) but for a town; so is its first word
    alone, as a lead's opening word ("NORTHERN Ireland's", "WEST Yorkshire")."""
    out = [alias]
    if "-" in alias:  # GeoNames' "Berwick-Upon-Tweed", "Houghton-Le-Spring": papers write the joining word small
        out.append(HYPHEN_WORD.sub(lambda m: m.group().lower(), alias))
    if alias.startswith("the "):
        out.append("The " + alias[4:])
    if len(alias) > 3 and alias.upper() != alias and not town:
        out.append(alias.upper())
        first, space, rest = alias.partition(" ")
        if space and len(first) > 2 and first[:1].isupper() and first.upper() != first:
            out.append(f"{first.upper()} {rest}")  # a lead's first word in capitals: "NORTHERN Ireland's helpline"
    return out


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, tuple[str, ...]], tuple[tuple[str, str], ...]]:
    """The phrase matcher's pattern texts by entry key (the stop phrases under :data:`STOP`), and
    the aliases of the places abroad with their keys, which :class:`AbroadIndex` matches."""
    by_key: dict[str, list[str]] = {}
    abroad = []
    for alias, key in alias_keys().items():
        if gazetteer_entries()[key].abroad:
            abroad.append((alias, key))
            if alias == gazetteer_entries()[key].place.name and gazetteer_entries()[key].place.kind == "country":
                # "South Africans", "Malaysians": a country's people (not a city's: 12,000 names abroad)
                abroad.extend((p, key) for p in peoples(alias, "country", rules()) if p not in alias_keys())
            continue
        by_key.setdefault(key, []).extend(_variants(alias, town=gazetteer_entries()[key].town))
        if alias == gazetteer_entries()[key].place.name and not gazetteer_entries()[key].town:  # "Iowans", "Canberrans": place_peoples
            by_key[key].extend(p for p in peoples(alias, gazetteer_entries()[key].place.kind, rules()) if p not in alias_keys())
    by_key[STOP] = list(rules()["stop_phrases"])
    return {key: tuple(dict.fromkeys(texts)) for key, texts in by_key.items()}, tuple(abroad)


def pattern_texts() -> list[str]:
    """Every text the phrase matcher is built from, once each (what a cache of their tokens holds)."""
    return list(dict.fromkeys(text for texts in _patterns()[0].values() for text in texts))


Words = Mapping[str, Sequence[str]]
"""A pattern text -> its tokens' texts, as the matcher's tokenizer cuts it."""


class RegionMatcher:
    """The phrase matcher and the rules that turn its matches into place spans.

    ``words``, when given, holds the tokens of pattern texts as ``make_doc`` cuts them (the
    fork server's start-up cache, :func:`pipeline.engine.caches.load_place_words`): such a
    pattern is added as its words' hashes, the array the matcher makes of a Doc on ``ORTH``,
    without tokenizing it or making its words lexemes; the others are tokenized.
    """

    def __init__(self, vocab: Vocab, make_doc: Callable[[str], Doc], words: Optional[Words] = None) -> None:
        self.vocab = vocab
        by_key, abroad = _patterns()
        self.abroad = AbroadIndex(abroad)
        words = words or {}
        add = vocab.strings.add
        self.matcher = KeyedPhrases(vocab, ((key, [[add(word) for word in words[text]] if text in words
                                                   else [token.orth for token in make_doc(text)] for text in patterns])
                                            for key, patterns in by_key.items()))
        self.followers_ok = frozenset(rules()["name_followers_ok"])
        self.preceders_ok = frozenset(rules()["name_preceders_ok"])
        self.street_words = frozenset(rules()["street_words"])
        self.outlet_words = frozenset(rules()["outlet_words"])
        self.compass = frozenset(rules()["compass_words"])
        self.place_prepositions = frozenset(rules()["place_prepositions"])
        self.place_parts = frozenset(rules()["place_part_words"])
        self.town_followers = frozenset(rules()["town_followers"])
        self.town_facilities = frozenset(rules()["town_facilities"])
        self.settlement_words = frozenset(rules()["settlement_words"])
        self.title_words = frozenset(rules()["title_words"])
        self.speech_verbs = frozenset(
            line.strip() for line in (DATA_DIR / "speech_verbs.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#") and " " not in line.strip())

    def find(self, doc: Doc) -> list[Span]:
        """Place spans of ``doc``, longest match first, then in text order."""
        candidates = []
        for key, start, end in self.matcher(doc):
            if end - start > 1 and doc[start].lower_ == "the":
                start += 1
            candidates.append((start, end, key))
        candidates.extend(self.abroad.matches(doc))
        candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
        taken = [False] * len(doc)
        kept = []
        for start, end, key in candidates:
            if not any(taken[start:end]):
                taken[start:end] = [True] * (end - start)
                kept.append((start, end, key))
        entities = (
            {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
            if doc.has_annotation("ENT_IOB") else None
        )
        starts = {start: key for start, end, key in kept if key != STOP}
        written = names_written(doc, candidates)
        spans = self._kept_spans(doc, sorted(kept), entities, starts, frozenset(), written)
        known = frozenset(s.label_ for s in spans if needs_evidence(gazetteer_entries()[place_key(s.label_, s.id_)])) \
            | contained_names(kept, spans, STOP) \
            if any(needs_evidence(gazetteer_entries()[key]) for _, _, key in kept if key != STOP) else frozenset()
        if known and len(spans) < sum(key != STOP for _, _, key in kept):
            # one sense per text: a town shown once to be the place ("in Ballina") is the place where
            # it is named again without evidence ("Ballina call centre manager Jo Roe said"); so is a surname's
            # place whose county the text names ("Lincoln accounted for 171" in a text naming Lincolnshire)
            spans = self._kept_spans(doc, sorted(kept), entities, starts, known, written)
        spans = without_compass_abroad(self._without_stray_compass(spans), country_of, self.compass)
        return with_abbreviations(spans, doc, rules()["abbreviations"], country_of, place)  # "WA", "the NT"

    def _kept_spans(self, doc: Doc, kept: list[tuple[int, int, str]], entities: Optional[dict[int, Span]],
                    starts: dict[int, str], known: frozenset[str], written: Counter[str]) -> list[Span]:
        """The plausible spans of the matches ``kept`` (in text order); a town named in ``known`` needs
        no evidence of its own; ``written``: how often each matched name is written."""
        spans: list[Span] = []
        for start, end, key in kept:
            if key == STOP:
                continue
            entry = gazetteer_entries()[key]
            span = Span(doc, start, end, label=entry.place.name, span_id=entry.place.kind)
            if self._plausible(span, entry, entities, listed=listed_after(span, spans), starts=starts,
                               known=entry.place.name in known, written=written):
                spans.extend(joint_parts(span, entry))
        return spans

    def _without_stray_compass(self, spans: list[Span]) -> list[Span]:
        """Lower-case compass regions ("across the south west") only in an article that names
        no place of Scotland, Wales or Northern Ireland, where they would mean a part of those."""
        lower = [s for s in spans if self._lower_compass(s)]
        if not lower:
            return spans
        elsewhere = {"Scotland", "Wales", "Northern Ireland"}
        lower_set = set(lower)  # a set: a page of thousands of places and compass regions is not read once per pair
        if any(s.label_ in elsewhere or ancestors(s.label_) & elsewhere for s in spans if s not in lower_set):
            return [s for s in spans if s not in lower_set]
        return spans

    def _plausible(self, span: Span, entry: Entry, entities: Optional[dict[int, Span]], *,
                   listed: bool = False, starts: Optional[dict[int, str]] = None, known: bool = False,
                   written: Optional[Counter[str]] = None) -> bool:
        """Street names, names of people and ambiguous words out; ``entities`` is None without NER.

        ``listed``: the span follows another place and "and", "or" or a comma ("in Street and Wells").
        ``starts``: token index -> entry key of every place match of the doc.
        ``known``: the text names this town elsewhere with evidence that it is the place.
        ``written``: matched name -> how many times the text writes it (:func:`~pipeline.extract.place_evidence.names_written`).
        """
        starts = starts or {}
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and (after.text in self.street_words or after.text in self.outlet_words):
            return False  # "London Road", "The Yorkshire Post": a street or a newspaper, not a place claim
        if self._in_title(span):
            return False  # "the Duchess of Cambridge", "the Earl of Wessex": a title, not a place claim
        if (entry.place.kind == "city" and before is not None and before.text in self.compass
                and before.is_title):
            return False  # "North York", "East Kilbride": a compass word and a town's name make another place
        words = [t for t in span if t.lower_ != "the"]
        if len(words) == 1 and words[0].text in self.compass and after is not None and after.is_title:
            return False  # "the North Belfast constituency": the start of a longer name
        if self._lower_compass(span) and not self._lower_compass_ok(span):
            return False
        if not entry.town and labels_row(span):
            return True  # "Moray: 610" on a line of its own: a table's row, the place whatever else the name is
            # (a town of data/towns.jsonl still needs its evidence: "Ashford: 320" may be Kent's or Surrey's)
        overlapping = [entities[i] for i in range(span.start, span.end) if i in entities] if entities else []
        if entry.place.kind != "police_force_area" and any(
            e.label_ == "PERSON" and (e.start < span.start or e.end > span.end) for e in overlapping
        ):
            return False
        if any(e.label_ in ("GPE", "LOC") for e in overlapping):
            return True
        if any(e.label_ == "PERSON" for e in overlapping) and entry.ambiguous:
            return False
        single_place = len(span) == 1 and entry.place.kind in ("county", "unitary", "city")
        if entry.ambiguous or (single_place and entities is None):
            if self._name_like(before, self.preceders_ok | branch_words()):  # "Samaritans Ballina": a branch
                return False
        placed = listed or self._after_preposition(span)
        cue = placed or (entry.town and (known or self._town_cue(span, starts)
                                    or named_again(span, entry, written or Counter())))
        if entry.town and (not cue or comma_place(span, starts) is False):
            return False  # a town of data/towns.jsonl needs evidence: "from Hethersett", "the Kilkenny branch"
        if not entry.ambiguous:
            return True
        if entry.common and not cue:
            return False  # "Street", "Deal", "Wells": an ordinary word unless "in Street", "the town of Deal"
        if not placed and self._beside_speech(span):
            return False  # '"...," said Hale.', "Barry told the court": a person
        name_after = self._name_like(after, self.followers_ok | branch_words())
        if known and (not name_after or opens_line_name(span)):
            return True  # one sense per text: "in Derby" once, then "Derby callers ...", "the Highland Listening Line";
            # a town too: "The Cork branch of ..." in the body, then "Cork Samaritans busier ..." opening the headline
        return not (sentence_initial(span) or name_after)

    def _in_title(self, span: Span) -> bool:
        """A title of nobility right before the span and "of": "Duke of York", "Duke and Duchess of Cambridge"."""
        doc, i = span.doc, span.start
        return i >= 2 and doc[i - 1].text == "of" and doc[i - 2].text in self.title_words

    def _after_preposition(self, span: Span) -> bool:
        """A preposition of place right before the span, or before "the" right before it, a word of
        ``place_part_words`` allowed between ("in downtown Toronto", "across regional Victoria")."""
        doc, i = span.doc, span.start - 1
        if i >= 0 and doc[i].lower_ in self.place_parts and doc[i].text.islower():
            i -= 1
        if i >= 0 and doc[i].text == "the":  # not "The": "to The Hill's reporter" names a title
            i -= 1
        return i >= 0 and doc[i].lower_ in self.place_prepositions

    def _town_cue(self, span: Span, starts: dict[int, str]) -> bool:
        """Other evidence that a town's name is the town: a word after it ("the Kilkenny branch",
        "Hethersett-based", "the Ballina call centre"), "the town of ..." or a street and a comma before it ("Queen Street,
        Bridgwater"), or its county after a comma ("Alvechurch, Worcestershire")."""
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.text in branch_words():
            return True  # "Sevenoaks Samaritans": a branch named by its town
        if after is not None and after.is_lower and after.is_alpha and span.end + 1 < len(doc) \
                and doc[span.end + 1].lower_ in self.town_facilities:
            return True  # "the Ballina call centre", "the Galway counselling office"
        if after is not None and (after.lower_ in self.town_followers or (
                after.text == "-" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "based")):
            return True
        if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in self.settlement_words:
            return True
        entry = gazetteer_entries().get(starts.get(span.start, ""))
        if after is not None and after.lower_ in ("'s", "\u2019s") and entry is not None and not entry.ambiguous:
            return True  # "Hethersett's volunteers": a place's own (not a surname's: those are ambiguous)
        if span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].text in self.street_words:
            return True  # an address: "Queen Street, Bridgwater"
        return comma_place(span, starts) is True

    def _beside_speech(self, span: Span) -> bool:
        """A speech verb right before or after the name, or after it and a comma."""
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = [t for t in doc[span.end:span.end + 2] if not t.is_space]
        if before is not None and before.lower_ in self.speech_verbs:
            return True
        if after and after[0].text == ",":
            after = after[1:]
        return bool(after) and after[0].lower_ in self.speech_verbs

    def _lower_compass(self, span: Span) -> bool:
        """A region named by lower-case compass words alone: "south west", "north-east"."""
        words = re.split(r"[\s-]+", span.text)
        return span.text[:1].islower() and all(w in self.compass for w in words)

    @staticmethod
    def _lower_compass_ok(span: Span) -> bool:
        """A lower-case compass region names one only after "the" and before no "of" or name:
        "across the south west", not "headed south west" or "the south west of the county"."""
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        return (before is not None and before.lower_ == "the"
                and not (after is not None and (after.lower_ == "of" or after.is_title)))

    @staticmethod
    def _name_like(token: Optional[Token], allowed: frozenset[str]) -> bool:
        """A capitalised word next to the match, not one of the words allowed there."""
        return token is not None and token.is_alpha and token.is_title and token.text not in allowed
