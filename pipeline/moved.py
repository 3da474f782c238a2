"""Module paths from before the stages had folders, kept importable.

``import pipeline.archives`` or ``from pipeline.checks import check_record`` give
the module's new home (:mod:`pipeline.read.archives`, :mod:`pipeline.check.within`):
the same module object, registered under both names.
"""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
from types import ModuleType
from typing import Optional

#: old name under ``pipeline.`` -> the module's full new name
MOVED = {
    "urls": "pipeline.collect.urls", "robots": "pipeline.collect.robots",
    "download": "pipeline.collect.download", "sitemaps": "pipeline.collect.sitemaps",
    "feeds": "pipeline.collect.feeds", "links": "pipeline.collect.links",
    "frontier": "pipeline.collect.frontier", "warcstore": "pipeline.collect.warcstore",
    "crawl": "pipeline.collect.crawl",
    "archives": "pipeline.read.archives", "metadata": "pipeline.read.metadata",
    "periods_dateline": "pipeline.read.datelines", "htmltext": "pipeline.read.maintext",
    "boilerplate": "pipeline.read.boilerplate", "relevance": "pipeline.read.relevance",
    "segment": "pipeline.extract.segments", "numbers": "pipeline.extract.numbers",
    "regions": "pipeline.extract.regions", "periods": "pipeline.extract.periods",
    "periods_scan": "pipeline.extract.period_scan", "measures": "pipeline.extract.measures",
    "facts": "pipeline.extract.facts", "assemble": "pipeline.extract.assembly",
    "quotemarks": "pipeline.extract.quotemarks", "speakers": "pipeline.extract.speakers",
    "quotes": "pipeline.extract.quotes",
    "verdicts": "pipeline.check.verdicts", "evidence": "pipeline.check.evidence",
    "tolerances": "pipeline.check.tolerances", "checks": "pipeline.check.within",
    "crosscheck": "pipeline.check.across", "checkreport": "pipeline.check.summary",
}


class MovedFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds ``pipeline.<old name>`` and loads the module at its new name."""

    def find_spec(self, fullname: str, path=None, target=None):  # noqa: ANN001 - importlib's signature
        head, _, tail = fullname.partition(".")
        if head == "pipeline" and tail in MOVED:
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def create_module(self, spec) -> Optional[ModuleType]:  # noqa: ANN001
        return importlib.import_module(MOVED[spec.name.partition(".")[2]])

    def exec_module(self, module: ModuleType) -> None:
        """Nothing to run: the module was executed under its new name."""


def install() -> None:
    """Put the finder on ``sys.meta_path`` once."""
    if not any(isinstance(f, MovedFinder) for f in sys.meta_path):
        sys.meta_path.append(MovedFinder())


def lookup(name: str) -> ModuleType:
    """``pipeline.<name>`` for an old name, imported on first use."""
    return importlib.import_module(MOVED[name])
