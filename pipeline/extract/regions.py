"""Finding the places an article names (the UK and Ireland in detail; the states, provinces and
counties of other English-speaking countries), and how those places contain each other.

The gazetteer is ``data/regions.jsonl``, one place a line: ``name`` (canonical, as a
reader expects to see it), ``kind`` (the RECORDS.md vocabulary), ``code`` (the ONS GSS
code, or null where none exists or it is not certain), ``aliases`` (every string that
names the place in running text, matched case-sensitively) and ``parents`` (the
canonical names of the areas that contain it).  An entry may be marked ``ambiguous``
(a surname, first name or ordinary word: "Preston", "Angus", "Highland").

Naming decision.  A police force area is named after its place, not its force: the
Cheshire force area is ``Cheshire`` of kind ``police_force_area`` (the Met's is
``Metropolitan Police``, Police Scotland's ``Scotland``, the PSNI's ``Northern Ireland``).
Where a bare name belongs to two places the data decides, by listing it as an alias of
one entry only: "Cheshire" is the ceremonial county, "North Wales" the informal region,
"West Midlands" the ITL1 region, while "Cheshire Constabulary", "North Wales Police" and
"West Midlands Police" name the force areas.  :func:`load_gazetteer` keys every place by
``"name|kind"`` and the bare ``name`` by the entry that owns the bare alias; use
:func:`place` to reach one.  London is the region (E12000007); Cardiff, Swansea, Newport,
Edinburgh, Glasgow, Aberdeen, Dundee and Belfast are cities carrying the code of the
council that governs exactly that city.

Matching.  A :class:`~spacy.matcher.PhraseMatcher` on ``ORTH`` built from the aliases
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

Abroad.  A few countries, the states, territories and main cities of Australia and the states
of the United States are in the gazetteer too (kind ``region`` or ``city``, the country among
their parents), so that an article from there has its places and its national scope.

Towns.  ``data/towns.jsonl`` (GeoNames' places of 500 people and more in the UK and Ireland,
built by ``scripts/make_towns.py``) adds 5,828 towns of kind ``city``, each matched only with
evidence that the name is the place (a preposition of place, a list of places, "the Kilkenny
branch", its county after a comma) and never as a namesake abroad ("Portland, Oregon"); names
that are ordinary words (``common``: "Street", "Deal") or surnames (``ambiguous``) are flagged
when the file is built.  :func:`~pipeline.extract.place_roles.organisation_places` and
:func:`~pipeline.extract.place_roles.event_places` tell the fact
extractor which mentions name a body or an event rather than the place of a figure.
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional, Sequence

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from pipeline.extract.headline import capitalised, lower_headline
from pipeline.extract.place_peoples import peoples
from pipeline.extract.regions_abroad import AbroadIndex
from pipeline.extract.regions_abbreviations import with_abbreviations
from pipeline.extract.regions_branches import branch_words
from pipeline.extract.regions_compass import without_compass_abroad
from pipeline.nlp import safe_text
from pipeline.records import Region
from pipeline.settings import DATA_DIR

log = logging.getLogger(__name__)

DATA = DATA_DIR
GAZETTEER = DATA / "regions.jsonl"
TOWNS = DATA / "towns.jsonl"
ABROAD = DATA / "abroad.jsonl"
RULES = DATA / "regions_rules.json"
SPANS_KEY = "regions"
KINDS = ("nation", "region", "county", "unitary", "police_force_area", "city", "country")
GSS_CODE = re.compile(r"^[EWSNK]\d{8}$")
STOP = "__stop__"
HYPHEN_WORD = re.compile(r"(?<=-)(?:Upon|On|Under|In|Le|La|By|The|Next|En|Sur|Super|Cum|With)(?=-)")
SENTENCE_END = {".", "!", "?", ":"}


@dataclass(frozen=True)
class Place:
    """One place of the gazetteer."""

    name: str
    kind: str
    code: Optional[str]
    parents: tuple[str, ...]


@dataclass(frozen=True)
class RegionMention:
    """One mention of a place: character offsets into the document's text."""

    name: str
    kind: str
    code: Optional[str]
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Entry:
    place: Place
    aliases: tuple[str, ...]
    ambiguous: bool
    parts: tuple[str, ...] = ()
    common: bool = False
    town: bool = False  # from data/towns.jsonl: matched only with evidence that it is the place
    abroad: bool = False  # from data/abroad.jsonl: found by regions_abroad, not the phrase matcher


class GazetteerError(ValueError):
    """``data/regions.jsonl`` is malformed (the message names the line)."""


def _key(name: str, kind: str) -> str:
    return f"{name}|{kind}"


def _read_entries(path: Path) -> Iterator[tuple[int, _Entry]]:
    """The validated entries of one data file, with their line numbers."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                entry = _Entry(
                    Place(row["name"], row["kind"], row.get("code"), tuple(row.get("parents", ()))),
                    tuple(row.get("aliases", ())),
                    bool(row.get("ambiguous", False)),
                    tuple(row.get("parts", ())),
                    bool(row.get("common", False)),
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise GazetteerError(f"{path.name}:{number}: {exc}") from exc
            if entry.place.kind not in KINDS:
                raise GazetteerError(f"{path.name}:{number}: unknown kind {entry.place.kind!r}")
            if entry.place.code is not None and not GSS_CODE.match(entry.place.code):
                raise GazetteerError(f"{path.name}:{number}: bad GSS code {entry.place.code!r}")
            yield number, entry


@lru_cache(maxsize=1)
def _entries() -> dict[str, _Entry]:
    """Every entry of the data files, keyed ``name|kind``, validated.

    ``data/regions.jsonl`` is the hand-made gazetteer; ``data/towns.jsonl`` (built from
    GeoNames by ``scripts/make_towns.py``) adds the towns of the UK and Ireland. A town whose
    name or alias the gazetteer already has is left out: the hand-made entry wins.
    """
    out: dict[str, _Entry] = {}
    for number, entry in _read_entries(GAZETTEER):
        key = _key(entry.place.name, entry.place.kind)
        if key in out:
            raise GazetteerError(f"{GAZETTEER.name}:{number}: duplicate place {key}")
        out[key] = entry
    taken = {alias for entry in out.values() for alias in (entry.place.name, *entry.aliases)}
    for path in (TOWNS, ABROAD):  # abroad.jsonl (scripts/make_abroad.py): countries, cities, US counties
        for _, row in _read_entries(path) if path.is_file() else ():
            entry = replace(row, town=row.place.kind == "city", abroad=path == ABROAD)  # a city needs evidence
            if not taken.intersection((entry.place.name, *entry.aliases)):
                out[_key(entry.place.name, entry.place.kind)] = entry
                taken.update((entry.place.name, *entry.aliases))
    return out


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Alias -> entry key; an alias naming two places is a data error."""
    out: dict[str, str] = {}
    for key, entry in _entries().items():
        for alias in entry.aliases:
            if out.get(alias, key) != key:
                raise GazetteerError(f"alias {alias!r} names both {out[alias]} and {key}")
            out[alias] = key
    return out


@lru_cache(maxsize=1)
def load_gazetteer() -> dict[str, Place]:
    """Canonical name -> :class:`Place`, plus ``"name|kind"`` -> Place for every entry.

    A bare name shared by several kinds maps to the entry that owns the bare alias
    ("Cheshire" -> the county), else to the first kind in :data:`KINDS` order.
    """
    entries = _entries()
    out = {key: entry.place for key, entry in entries.items()}
    aliases = _aliases()
    for entry in sorted(entries.values(), key=lambda e: KINDS.index(e.place.kind), reverse=True):
        out[entry.place.name] = entry.place
    for key, entry in entries.items():
        if aliases.get(entry.place.name) == key:
            out[entry.place.name] = entry.place
    return out


def places() -> tuple[Place, ...]:
    """Every place of the gazetteer once, in file order."""
    return tuple(entry.place for entry in _entries().values())


def place(name: str, kind: Optional[str] = None) -> Optional[Place]:
    """The place of that canonical name (and kind, when given), or None."""
    return load_gazetteer().get(_key(name, kind) if kind else name)


def canonical(text: str) -> Optional[str]:
    """The canonical name for a canonical name or an alias ("UK" -> "United Kingdom")."""
    if text in load_gazetteer():
        return load_gazetteer()[text].name
    key = _aliases().get(text) or _aliases().get(text.strip())
    return _entries()[key].place.name if key else None


@lru_cache(maxsize=1)
def _parents_by_name() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for entry in _entries().values():
        out.setdefault(entry.place.name, set()).update(entry.place.parents)
    return {name: frozenset(parents) for name, parents in out.items()}


def ancestors(name: str) -> set[str]:
    """Every area that contains ``name`` (canonical name or alias), transitively."""
    start = canonical(name) or name
    parents = _parents_by_name()
    seen: set[str] = set()
    todo = list(parents.get(start, ()))
    while todo:
        parent = todo.pop()
        if parent not in seen:
            seen.add(parent)
            todo.extend(parents.get(parent, ()))
    seen.discard(start)
    return seen


def country_of(name: str) -> Optional[str]:
    """The country that holds ``name`` (the United Kingdom for its nations' places), or None."""
    lineage = {canonical(name) or name} | ancestors(name)
    if "United Kingdom" in lineage:
        return "United Kingdom"
    found = [a for a in lineage if getattr(place(a), "kind", None) == "country"]
    return found[0] if len(found) == 1 else None


def counties_of(names: Iterable[str]) -> list[str]:
    """"the county" said of places named before: each place that is a county (or unitary area) as
    it is, a town or city as the county that holds it ("Chester" -> Cheshire); places of no county
    as they are."""
    out = []
    for name in names:
        found = place(name)
        if found is not None and found.kind not in ("county", "unitary", "police_force_area"):
            county = next((p for p in _parents_by_name().get(found.name, ())
                           if getattr(place(p), "kind", None) == "county"), None)
            name = county or name
        out.append(name)
    return list(dict.fromkeys(out))


def covers(a: str, b: str) -> bool:
    """Whether place ``a`` contains or equals place ``b`` ("Wales" covers "North Wales")."""
    a, b = canonical(a) or a, canonical(b) or b
    return a == b or a in ancestors(b)


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    """The rules of ``data/regions_rules.json``: stop phrases, national-scope phrases, body words (read once)."""
    with RULES.open(encoding="utf-8") as handle:
        return json.load(handle)


def _variants(alias: str, *, town: bool = False) -> list[str]:
    """The alias as written, "The ..." for "the ...", and upper case (headlines) but for a town."""
    out = [alias]
    if "-" in alias:  # GeoNames' "Berwick-Upon-Tweed", "Houghton-Le-Spring": papers write the joining word small
        out.append(HYPHEN_WORD.sub(lambda m: m.group().lower(), alias))
    if alias.startswith("the "):
        out.append("The " + alias[4:])
    if len(alias) > 3 and alias.upper() != alias and not town:
        out.append(alias.upper())
    return out


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, tuple[str, ...]], tuple[tuple[str, str], ...]]:
    """The phrase matcher's pattern texts by entry key (the stop phrases under :data:`STOP`), and
    the aliases of the places abroad with their keys, which :class:`AbroadIndex` matches."""
    by_key: dict[str, list[str]] = {}
    abroad = []
    for alias, key in _aliases().items():
        if _entries()[key].abroad:
            abroad.append((alias, key))
            if alias == _entries()[key].place.name and _entries()[key].place.kind == "country":
                # "South Africans", "Malaysians": a country's people (not a city's: 12,000 names abroad)
                abroad.extend((p, key) for p in peoples(alias, "country", rules()) if p not in _aliases())
            continue
        by_key.setdefault(key, []).extend(_variants(alias, town=_entries()[key].town))
        if alias == _entries()[key].place.name and not _entries()[key].town:  # "Iowans", "Canberrans": place_peoples
            by_key[key].extend(p for p in peoples(alias, _entries()[key].place.kind, rules()) if p not in _aliases())
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
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        by_key, abroad = _patterns()
        self.abroad = AbroadIndex(abroad)
        words = words or {}
        add = vocab.strings.add
        for key, patterns in by_key.items():
            self.matcher.add(key, [[add(word) for word in words[text]] if text in words else make_doc(text)
                                   for text in patterns])
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
            line.strip() for line in (DATA / "speech_verbs.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#") and " " not in line.strip())

    def find(self, doc: Doc) -> list[Span]:
        """Place spans of ``doc``, longest match first, then in text order."""
        candidates = []
        for match_id, start, end in self.matcher(doc):
            if end - start > 1 and doc[start].lower_ == "the":
                start += 1
            candidates.append((start, end, self.vocab.strings[match_id]))
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
        spans = self._kept_spans(doc, sorted(kept), entities, starts, frozenset())
        known = frozenset(s.label_ for s in spans if _entries()[_key(s.label_, s.id_)].town) if any(
            _entries()[key].town for _, _, key in kept if key != STOP) else frozenset()
        if known and len(spans) < sum(key != STOP for _, _, key in kept):
            # one sense per text: a town shown once to be the place ("in Ballina") is the place where
            # it is named again without evidence ("Ballina call centre manager Jo Roe said")
            spans = self._kept_spans(doc, sorted(kept), entities, starts, known)
        spans = without_compass_abroad(self._without_stray_compass(spans), country_of, self.compass)
        return with_abbreviations(spans, doc, rules()["abbreviations"], country_of, place)  # "WA", "the NT"

    def _kept_spans(self, doc: Doc, kept: list[tuple[int, int, str]], entities: Optional[dict[int, Span]],
                    starts: dict[int, str], known: frozenset[str]) -> list[Span]:
        """The plausible spans of the matches ``kept`` (in text order); a town named in ``known`` needs
        no evidence of its own."""
        spans: list[Span] = []
        for start, end, key in kept:
            if key == STOP:
                continue
            entry = _entries()[key]
            span = Span(doc, start, end, label=entry.place.name, span_id=entry.place.kind)
            if self._plausible(span, entry, entities, listed=_listed_after(span, spans), starts=starts,
                               known=entry.place.name in known):
                spans.extend(_parts(span, entry))
        return spans

    def _without_stray_compass(self, spans: list[Span]) -> list[Span]:
        """Lower-case compass regions ("across the south west") only in an article that names
        no place of Scotland, Wales or Northern Ireland, where they would mean a part of those."""
        lower = [s for s in spans if self._lower_compass(s)]
        if not lower:
            return spans
        elsewhere = {"Scotland", "Wales", "Northern Ireland"}
        if any(s.label_ in elsewhere or ancestors(s.label_) & elsewhere for s in spans if s not in lower):
            return [s for s in spans if s not in lower]
        return spans

    def _plausible(self, span: Span, entry: _Entry, entities: Optional[dict[int, Span]], *,
                   listed: bool = False, starts: Optional[dict[int, str]] = None, known: bool = False) -> bool:
        """Street names, names of people and ambiguous words out; ``entities`` is None without NER.

        ``listed``: the span follows another place and "and", "or" or a comma ("in Street and Wells").
        ``starts``: token index -> entry key of every place match of the doc.
        ``known``: the text names this town elsewhere with evidence that it is the place.
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
        cue = placed or (entry.town and (known or self._town_cue(span, starts) or _named_again(span, entry)))
        if entry.town and (not cue or _comma_place(span, starts) is False):
            return False  # a town of data/towns.jsonl needs evidence: "from Hethersett", "the Kilkenny branch"
        if not entry.ambiguous:
            return True
        if entry.common and not cue:
            return False  # "Street", "Deal", "Wells": an ordinary word unless "in Street", "the town of Deal"
        if not placed and self._beside_speech(span):
            return False  # '"...," said Hale.', "Barry told the court": a person
        return not (_sentence_initial(span) or self._name_like(after, self.followers_ok | branch_words()))

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
        entry = _entries().get(starts.get(span.start, ""))
        if after is not None and after.lower_ in ("'s", "\u2019s") and entry is not None and not entry.ambiguous:
            return True  # "Hethersett's volunteers": a place's own (not a surname's: those are ambiguous)
        if span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].text in self.street_words:
            return True  # an address: "Queen Street, Bridgwater"
        return _comma_place(span, starts) is True

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


def _comma_place(span: Span, starts: dict[int, str]) -> Optional[bool]:
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
    return True if _entries()[key].place.name in ancestors(span.label_) else None


def _named_again(span: Span, entry: _Entry) -> bool:
    """A town's name of two or more capitalised words, neither a surname nor a word, written more
    than once in the text ("Mount Isa gamblers spent ...", "Mount Isa Irish Club"): a name that
    long and repeated is the place even where no preposition shows it."""
    words = [t for t in span if t.is_alpha]
    return (len(words) > 1 and not entry.ambiguous and not entry.common and all(t.is_title for t in words)
            and span.doc.text.count(span.text) > 1)


def _listed_after(span: Span, kept: list[Span]) -> bool:
    """Whether ``span`` follows the last kept place and a list's "and", "or", comma or slash
    ("Carlow/Wexford")."""
    if not kept or span.start < 2:
        return False
    joiner = span.doc[span.start - 1]
    return joiner.lower_ in ("and", "or", ",", "&", "/") and kept[-1].end == span.start - 1


def _sentence_initial(span: Span) -> bool:
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


def _parts(span: Span, entry: _Entry) -> list[Span]:
    """The span, or for a joint name listed with its ``parts`` ("Devon and Cornwall") one span
    per part over the same words: the places it names, as readers list them."""
    if not entry.parts:
        return [span]
    found = [place(name) for name in entry.parts]
    return [Span(span.doc, span.start, span.end, label=p.name, span_id=p.kind) for p in found if p is not None]


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


def find_regions(text: str) -> list[RegionMention]:
    """The place mentions of a plain text: tokenizer and matcher only, no statistical model."""
    if not isinstance(text, str):
        log.warning("find_regions: expected a str, got %s", type(text).__name__)
        return []
    if not text:
        return []
    tokenizer = _tokenizer()
    matcher_for(tokenizer.vocab, tokenizer.make_doc)  # its patterns tokenized by this tokenizer, not a second one
    return list(extract_regions(tokenizer.make_doc(safe_text(text))))


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
    entries = _entries()
    found = []
    for m in find_regions(line):
        entry = entries.get(_key(m.name, m.kind))
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
