"""spaCy imported without its command line, first thing in the fork server.

``import spacy`` imports ``spacy.cli`` for the one name it re-exports
(``spacy.info``), and ``spacy.cli`` imports every command of spaCy's command line
and what they need (typer, weasel, httpx, requests, jinja2, rich...): about 430 of
the 1,190 modules, a third of the import's CPU time (0.2 s with bytecode, 0.5 to
0.9 s where every module is compiled from source).  No stage runs a spaCy command,
so the fork server imports spaCy with a stand-in for ``spacy.cli`` and
``spacy.cli.info`` whose ``info`` imports the real one when called; the stand-ins
leave ``sys.modules`` as soon as spaCy is imported, so ``import spacy.cli`` (or
``python -m spacy``) later imports the real command line.  Where spaCy is already
imported, or its import needs anything else of ``spacy.cli``, spaCy is imported as
usual.
"""
from __future__ import annotations

import logging
import sys
import types
from typing import Any

log = logging.getLogger(__name__)

STAND_INS = ("spacy.cli", "spacy.cli.info")


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, imported when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> bool:
    """Import spaCy without its command line; False when spaCy was imported as usual."""
    if "spacy" in sys.modules:
        return False
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package with no submodules: any other import of it fails, and is retried below
    info = types.ModuleType("spacy.cli.info")
    info.info = _info
    sys.modules.update({"spacy.cli": package, "spacy.cli.info": info})
    try:
        import spacy
    except ImportError as exc:  # a spaCy whose import needs more of its command line
        log.info("spaCy imported with its command line: %s", exc)
        _forget_stand_ins()
        for name in [name for name in sys.modules if name == "spacy" or name.startswith("spacy.")]:
            del sys.modules[name]
        import spacy  # noqa: F401
        return False
    _forget_stand_ins()
    spacy.__dict__.pop("cli", None)  # ``spacy.cli`` is the real package once it is imported
    return True


def _forget_stand_ins() -> None:
    for name in STAND_INS:
        sys.modules.pop(name, None)


import_spacy()
