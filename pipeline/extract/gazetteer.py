"""The gazetteer: the places of the UK and Ireland in detail (and the states, provinces and
counties of other English-speaking countries), and how those places contain each other.

The gazetteer is ``data/regions.jsonl``, one place a line: ``name`` (canonical, as a
reader expects to see it), ``kind`` (the RECORDS.md vocabulary), ``code`` (the ONS GSS
code, or null where none exists or it is not certain), ``aliases`` (every string that
names the place in running text, matched case-sensitively) and ``parents`` (the
canonical names of the areas that contain it).  An entry may be marked ``ambiguous``
(a surname, first name or ordinary word: "Preston", "Angus", "Highland"), and may list
``written``: the aliases that are names of the place in their own right, which a paper
and a reader use as its name ("Newcastle", "Brighton", "Western Isles", "Highlands",
"Aberdeen City"), not a spelling, an abbreviation or a people ("Newcastle-upon-Tyne",
"Lancs", "Scots"); a place a text names so is recorded by that name
(:mod:`pipeline.extract.place_names`).

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

Abroad.  A few countries, the states, territories and main cities of Australia and the states
of the United States are in the gazetteer too (kind ``region`` or ``city``, the country among
their parents), so that an article from there has its places and its national scope;
``data/abroad.jsonl`` (``scripts/make_abroad.py``) adds countries, cities and US counties.

Towns.  ``data/towns.jsonl`` (GeoNames' places of 500 people and more in the UK and Ireland,
built by ``scripts/make_towns.py``) adds 5,828 towns of kind ``city``; names that are ordinary
words (``common``: "Street", "Deal") or surnames (``ambiguous``) are flagged when the file is
built.  How the matcher treats them: :mod:`pipeline.extract.regions_matcher`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from pipeline.settings import DATA_DIR

DATA = DATA_DIR
GAZETTEER = DATA / "regions.jsonl"
TOWNS = DATA / "towns.jsonl"
ABROAD = DATA / "abroad.jsonl"
RULES = DATA / "regions_rules.json"
KINDS = ("nation", "region", "county", "unitary", "police_force_area", "city", "country")
GSS_CODE = re.compile(r"^[EWSNK]\d{8}$")


@dataclass(frozen=True)
class Place:
    """One place of the gazetteer."""

    name: str
    kind: str
    code: Optional[str]
    parents: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """One line of the data files: a place, the aliases that name it and how the matcher treats it."""

    place: Place
    aliases: tuple[str, ...]
    ambiguous: bool
    parts: tuple[str, ...] = ()
    common: bool = False
    town: bool = False  # from data/towns.jsonl: matched only with evidence that it is the place
    abroad: bool = False  # from data/abroad.jsonl: found by regions_abroad, not the phrase matcher
    written: tuple[str, ...] = ()  # the aliases that are names of their own ("Newcastle"): place_names


class GazetteerError(ValueError):
    """``data/regions.jsonl`` is malformed (the message names the line)."""


def place_key(name: str, kind: str) -> str:
    """The key of a place among the entries: ``"name|kind"``."""
    return f"{name}|{kind}"


def _read_entries(path: Path, *, added: bool = False) -> Iterator[tuple[int, Entry]]:
    """The validated entries of one data file, with their line numbers.  ``added``: a file of towns
    or places abroad, whose cities are ``town`` (matched only with evidence) and whose entries from
    ``abroad.jsonl`` are ``abroad`` (made so here: ``dataclasses.replace`` on 20,000 entries cost
    a tenth of a second at every start)."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                entry = Entry(
                    Place(row["name"], row["kind"], row.get("code"), tuple(row.get("parents", ()))),
                    tuple(row.get("aliases", ())),
                    bool(row.get("ambiguous", False)),
                    tuple(row.get("parts", ())),
                    bool(row.get("common", False)),
                    town=added and row["kind"] == "city",
                    abroad=added and path == ABROAD,
                    written=tuple(row.get("written", ())),
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise GazetteerError(f"{path.name}:{number}: {exc}") from exc
            if entry.place.kind not in KINDS:
                raise GazetteerError(f"{path.name}:{number}: unknown kind {entry.place.kind!r}")
            if entry.place.code is not None and not GSS_CODE.match(entry.place.code):
                raise GazetteerError(f"{path.name}:{number}: bad GSS code {entry.place.code!r}")
            yield number, entry


_GIVEN: dict[str, dict[str, Entry]] = {}  # "entries": what gazetteer_entries builds, read from a copy


def use_entries(entries: dict[str, Entry]) -> None:
    """Answer :func:`gazetteer_entries` with its entries read from a copy (:mod:`pipeline.engine.caches`)."""
    _GIVEN["entries"] = entries


@lru_cache(maxsize=1)
def gazetteer_entries() -> dict[str, Entry]:
    """Every entry of the data files, keyed ``name|kind``, validated.

    ``data/regions.jsonl`` is the hand-made gazetteer; ``data/towns.jsonl`` (built from
    GeoNames by ``scripts/make_towns.py``) adds the towns of the UK and Ireland. A town whose
    name or alias the gazetteer already has is left out: the hand-made entry wins.
    """
    if "entries" in _GIVEN:
        return _GIVEN["entries"]
    out: dict[str, Entry] = {}
    for number, entry in _read_entries(GAZETTEER):
        key = place_key(entry.place.name, entry.place.kind)
        if key in out:
            raise GazetteerError(f"{GAZETTEER.name}:{number}: duplicate place {key}")
        out[key] = entry
    taken = {alias for entry in out.values() for alias in (entry.place.name, *entry.aliases)}
    for path in (TOWNS, ABROAD):  # abroad.jsonl (scripts/make_abroad.py): countries, cities, US counties
        for _, entry in _read_entries(path, added=True) if path.is_file() else ():
            if not taken.intersection((entry.place.name, *entry.aliases)):
                out[place_key(entry.place.name, entry.place.kind)] = entry
                taken.update((entry.place.name, *entry.aliases))
    return out


@lru_cache(maxsize=1)
def alias_keys() -> dict[str, str]:
    """Alias -> entry key; an alias naming two places is a data error."""
    out: dict[str, str] = {}
    for key, entry in gazetteer_entries().items():
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
    entries = gazetteer_entries()
    out = {key: entry.place for key, entry in entries.items()}
    aliases = alias_keys()
    for entry in sorted(entries.values(), key=lambda e: KINDS.index(e.place.kind), reverse=True):
        out[entry.place.name] = entry.place
    for key, entry in entries.items():
        if aliases.get(entry.place.name) == key:
            out[entry.place.name] = entry.place
    return out


def places() -> tuple[Place, ...]:
    """Every place of the gazetteer once, in file order."""
    return tuple(entry.place for entry in gazetteer_entries().values())


def place(name: str, kind: Optional[str] = None) -> Optional[Place]:
    """The place of that canonical name (and kind, when given), or None."""
    return load_gazetteer().get(place_key(name, kind) if kind else name)


def canonical(text: str) -> Optional[str]:
    """The canonical name for a canonical name or an alias ("UK" -> "United Kingdom"; "Highlands" for "the
    Highlands", as :mod:`pipeline.extract.place_names` records it)."""
    if text in load_gazetteer():
        return load_gazetteer()[text].name
    key = alias_keys().get(text) or alias_keys().get(text.strip()) or alias_keys().get(f"the {text.strip()}")
    return gazetteer_entries()[key].place.name if key else None


class _Parents(dict):
    """Each canonical name's parents, and (``lineage``) the answers of :func:`ancestors` given so far, by the name
    asked: both built from the same gazetteer, so a test that builds it anew (``cache_clear``) drops both."""

    def __init__(self, parents: dict[str, frozenset[str]]) -> None:
        super().__init__(parents)
        self.lineage: dict[str, frozenset[str]] = {}


@lru_cache(maxsize=1)
def _parents_by_name() -> _Parents:
    out: dict[str, set[str]] = {}
    for entry in gazetteer_entries().values():
        out.setdefault(entry.place.name, set()).update(entry.place.parents)
    return _Parents({name: frozenset(parents) for name, parents in out.items()})


def _lineage(name: str) -> frozenset[str]:
    """:func:`ancestors` of ``name``, walked once per name and process (the check rules ask a few thousand times an
    article about a few hundred names; the gazetteer never changes while it is loaded)."""
    lineage = _parents_by_name().lineage
    found = lineage.get(name)
    if found is None:
        found = lineage[name] = frozenset(_walk(name))
    return found


def _walk(name: str) -> set[str]:
    """The areas that contain ``name``, walked up the gazetteer's parents."""
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


def ancestors(name: str) -> set[str]:
    """Every area that contains ``name`` (canonical name or alias), transitively."""
    return set(_lineage(name))


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
    return a == b or a in _lineage(b)


@lru_cache(maxsize=1)
def _held_by_kind() -> tuple[dict[tuple[str, str], frozenset[str]], dict[str, frozenset[str]]]:
    """(place, kind) -> the places of that kind inside it, and each name's kinds: built once, on the first
    breakdown that falls short."""
    held: dict[tuple[str, str], set[str]] = {}
    kinds: dict[str, set[str]] = {}
    for entry in gazetteer_entries().values():
        kinds.setdefault(entry.place.name, set()).add(entry.place.kind)
        for holder in _walk(entry.place.name):  # every entry once: not kept in ``lineage``
            held.setdefault((holder, entry.place.kind), set()).add(entry.place.name)
    return ({key: frozenset(names) for key, names in held.items()},
            {name: frozenset(found) for name, found in kinds.items()})


def exhausts(whole: str, names: Iterable[str]) -> bool:
    """Whether ``names`` hold every place the gazetteer puts inside ``whole`` of a kind one of them is: the four
    force areas of Wales, the three counties of Thames Valley, the five boroughs of Gwent.  Parts that name every
    place of their whole leave nothing out, so their shortfall is an error, not a list cut short."""
    whole = canonical(whole) or whole
    given = {canonical(n) or n for n in names}
    held, kinds_of = _held_by_kind()
    kinds = {kind for name in given for kind in kinds_of.get(name, ())}
    return any(held.get((whole, kind)) and all(name in given or _accounted(name, held[(whole, kind)], given)
                                               for name in held[(whole, kind)]) for kind in kinds)


def _accounted(name: str, held: frozenset[str], given: set[str]) -> bool:
    """Whether a place the gazetteer holds beside the given ones is accounted for by them: inside one of them
    ("England" when "Great Britain" is given), or only a union of some of them ("Great Britain", a nation of the
    United Kingdom in the gazetteer, when England, Scotland and Wales are given: every place of its kind inside it)."""
    if any(covers(other, name) for other in given):
        return True
    inner = [other for other in held if other != name and covers(name, other)]
    return bool(inner) and all(other in given for other in inner)


def force_areas(a: str, b: str) -> bool:
    """Whether both places are police force areas ("South Wales" and "Gwent", each the name of a force's area):
    forces' areas never hold one another, whatever the places of the same names do (the region of South Wales
    holds Gwent), so two force areas a breakdown lists side by side are two parts."""
    return place(canonical(a) or a, "police_force_area") is not None \
        and place(canonical(b) or b, "police_force_area") is not None


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    """The rules of ``data/regions_rules.json``: stop phrases, national-scope phrases, body words (read once)."""
    with RULES.open(encoding="utf-8") as handle:
        return json.load(handle)

