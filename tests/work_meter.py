"""Work counted, not timed: what the tests of linear work share (issue 9: no input may hold a batch).

A pass that reads the whole page once per thing on the page is quadratic even when every call is
fast.  These meters count the characters such searches read and the list items a pop from the
front may shift, in C calls that a Python counter cannot see, so that a test can assert that the
work grows no faster than the page when the page grows (and fail on the quadratic code).
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

#: String methods that read their string from one end to the other when the needle is absent.
SEARCHES = frozenset({"count", "find", "rfind", "index", "rindex"})


class Meter:
    """Characters read by C string searches and items shifted by list pops, made from the code of one
    module file (``where``)."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.chars = 0
        self.shifts = 0

    def _profile(self, frame, event, arg) -> None:  # noqa: ANN001 - sys.setprofile's signature
        if event != "c_call" or not frame.f_code.co_filename.endswith(self.where):
            return
        owner = getattr(arg, "__self__", None)
        name = getattr(arg, "__name__", "")
        if isinstance(owner, str) and name in SEARCHES:
            self.chars += len(owner)
        elif isinstance(owner, list) and name == "pop":
            self.shifts += len(owner)  # pop(0) shifts every item after the first; pop() none (counted all the same)


@contextmanager
def metered(where: str) -> Iterator[Meter]:
    """Count the work of the code in the module file whose path ends with ``where`` while the block runs."""
    meter = Meter(where)
    previous = sys.getprofile()
    sys.setprofile(meter._profile)
    try:
        yield meter
    finally:
        sys.setprofile(previous)


class CountingText(str):
    """A text that adds up the characters read by ``in`` tests against it."""

    reads = 0

    def __contains__(self, item: object) -> bool:
        self.reads += len(self)
        return super().__contains__(item)


class CountingPattern:
    """A compiled pattern that adds up the characters it is asked to read."""

    def __init__(self, pattern) -> None:  # noqa: ANN001 - a compiled re or regex pattern
        self.pattern, self.chars = pattern, 0

    def _read(self, text: str, pos: int = 0, endpos: int | None = None) -> None:
        self.chars += (len(text) if endpos is None else min(endpos, len(text))) - pos

    def search(self, text: str, *args):  # noqa: ANN201
        self._read(text, *args)
        return self.pattern.search(text, *args)

    def finditer(self, text: str, *args):  # noqa: ANN201
        self._read(text, *args)
        return self.pattern.finditer(text, *args)

    def match(self, text: str, *args):  # noqa: ANN201
        return self.pattern.match(text, *args)
