"""The regular expressions the fork server compiles, kept compiled between runs (first thing it imports).

Python compiles a regular expression in Python (``re._parser`` and ``re._compiler``) to a list of
integers that its C engine runs; the fork server's start-up compiles about 1,200 of them (our word
lists' patterns, htmldate's, trafilatura's, dateparser's), 0.7 to 0.8 s of its 4 s of CPU, before
the first worker reads a document.  While the fork server starts, this module's compiler answers a
pattern compiled in an earlier run with the code it was compiled to then, which the C engine's
``_sre.compile`` takes as ``re`` hands it over (a pattern it has not seen is compiled as ``re``
compiles it); :func:`keep` puts ``re``'s own compiler back and writes the code of the patterns this
start-up compiled, so the copy holds this version's patterns and no other's.

The code depends only on the pattern, its flags and the Python that compiled it: the copy is named
by Python's version and the engine's ``MAGIC`` and code size, so another Python never reads it.  A
copy that cannot be read, or code the engine refuses, is compiled anew; nothing else changes.
This module imports nothing but the standard library and :mod:`pipeline.engine.caches`.
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import sys
from re import _compiler  # type: ignore[attr-defined]
from typing import Any, Optional

import _sre  # type: ignore[import-not-found]

from pipeline.engine.caches import cache_dir, write_atomically

log = logging.getLogger(__name__)

Key = tuple[Any, int]  # the pattern (str or bytes) and its flags
Code = tuple[int, list[int], int, dict, tuple]  # what ``_sre.compile`` takes after the pattern

_original = _compiler.compile
_known: dict[Key, Code] = {}  # read from the copy
_used: dict[Key, Code] = {}  # compiled during this start-up (the next copy)
_installed = False


def _file():  # noqa: ANN202
    version = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}".encode()
    return cache_dir() / f"patterns.{hashlib.sha256(version).hexdigest()[:16]}.marshal"


def _compile(p, flags=0):  # noqa: ANN001, ANN202 - re._compiler.compile's signature
    """``re._compiler.compile``, with the code of a pattern compiled in an earlier run taken from the copy."""
    if type(p) not in (str, bytes) or flags & _compiler.SRE_FLAG_DEBUG:
        return _original(p, flags)
    key = (p, int(flags))
    code = _known.get(key)
    if code is not None:
        try:
            pattern = _sre.compile(p, *code)
            _used[key] = code
            return pattern
        except Exception:  # noqa: BLE001 - code the engine refuses: compiled anew
            log.debug("compiled anew: %r", p)
    parsed = _compiler._parser.parse(p, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code = (int(flags | parsed.state.flags), [int(op) for op in _compiler._code(parsed, flags)],
            parsed.state.groups - 1, dict(groupindex), tuple(indexgroup))  # the opcodes as plain ints, as the engine reads them
    _used[key] = code
    return _sre.compile(p, *code)


def install() -> bool:
    """Compile with the copy's code from now until :func:`keep`; False when there is no copy (yet)."""
    global _installed
    try:
        known = marshal.loads(_file().read_bytes())
        _known.update(known if isinstance(known, dict) else {})
    except (OSError, ValueError, EOFError, TypeError) as exc:
        log.debug("no compiled patterns read: %s", exc)
    _compiler.compile = _compile
    _installed = True
    return bool(_known)


def keep(folder: Optional[Any] = None) -> bool:
    """Put ``re``'s compiler back and, when this start-up compiled a pattern the copy lacked, write the
    code of every pattern it compiled; False when nothing was written."""
    global _installed
    if not _installed:
        return False
    _compiler.compile = _original
    _installed = False
    new = any(key not in _known for key in _used)
    used = dict(_used)
    _known.clear()
    _used.clear()
    if not new:
        return False
    target = _file() if folder is None else folder / _file().name
    try:
        data = marshal.dumps(used)
    except ValueError as exc:  # never the fork server's end: the next start-up compiles them again
        log.info("compiled patterns not kept: %s", exc)
        return False
    return write_atomically(target, data)


install()
