"""The Frictionless ``datapackage.json`` that describes the CSV tables.

Every field has its type, its meaning and, for an enumerated field, the values
it takes (an ``enum`` constraint); every table has its primary and foreign
keys.  Resource paths are relative to the package file, so the package and
its ``csv/`` folder move together.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Mapping

from pipeline import __version__
from pipeline.publish.schema import table_specs

NAME = "newsfacts"


def _field(column) -> dict[str, Any]:
    field: dict[str, Any] = {"name": column.name, "type": column.type, "description": column.description}
    if column.enum:
        field["constraints"] = {"enum": list(column.enum)}
    return field


def describe(rows: Mapping[str, int], csv_folder: Path, package_path: Path) -> dict[str, Any]:
    """The package descriptor for CSV files in ``csv_folder`` (``rows`` per table), written at ``package_path``."""
    relative = Path(os.path.relpath(csv_folder.resolve(), package_path.resolve().parent))
    resources = []
    for spec in table_specs():
        schema: dict[str, Any] = {"fields": [_field(c) for c in spec.columns],
                                  "primaryKey": list(spec.primary_key)}
        if spec.foreign_keys:
            schema["foreignKeys"] = [{"fields": column, "reference": {"resource": table, "fields": target}}
                                     for column, table, target in spec.foreign_keys]
        resources.append({
            "name": spec.name, "path": (relative / f"{spec.name}.csv").as_posix(), "profile": "tabular-data-resource",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "description": spec.description,
            "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": "\"", "header": True},
            "schema": schema, "rows": rows.get(spec.name, 0),
        })
    return {
        "profile": "tabular-data-package", "name": NAME, "title": "newsfacts: facts from local news about prevention helplines",
        "description": "Counts, percentages, multipliers, quotes and arithmetic checks extracted by newsfacts "
                       "from news articles about prevention helplines such as Stop It Now!. See README.md beside this file.",
        "version": __version__, "licenses": [{"name": "other-at", "title": "Facts extracted from third-party articles; "
                                              "the articles' own terms apply to quoted text"}],
        "sources": [{"title": "newsfacts extract and newsfacts check output (records.jsonl, checks.jsonl)"}],
        "resources": resources,
    }


def write_datapackage(rows: Mapping[str, int], csv_folder: str | Path, package_path: str | Path) -> Path:
    """Write the descriptor for the CSV tables in ``csv_folder`` (``rows`` per table) to ``package_path``."""
    package_path = Path(package_path)
    package_path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = describe(rows, Path(csv_folder), package_path)
    package_path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return package_path
