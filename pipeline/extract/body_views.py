"""The bodies named before or after a paragraph, as a list made only when something reads it.

:func:`pipeline.extract.quotes.extract_quotes` hands every paragraph the bodies the text names
before it and from it on.  Copying them for each paragraph made a page of many paragraphs
naming bodies quadratic (21 s at 40,000 words); most paragraphs never read them.
"""
from __future__ import annotations

import bisect
from typing import Iterator, Optional, Sequence, Union, overload


class Bodies(Sequence[str]):
    """``names[lo:hi]`` without the positions in ``left_out``, made into a list on first use."""

    __slots__ = ("_names", "_lo", "_hi", "_left_out", "_items", "_index")

    def __init__(self, names: list[str], lo: int, hi: int, left_out: Optional[set[int]] = None,
                 index: Optional[dict[str, list[int]]] = None) -> None:
        self._names, self._lo, self._hi, self._left_out = names, lo, hi, left_out
        self._items: Optional[list[str]] = None
        self._index = index

    def holds(self, name: str) -> bool:
        """Whether ``name`` is among these bodies; with the article's ``index`` (each name's positions,
        sorted) a bisection, so that asking for every quote copies nothing."""
        if self._index is None:
            return name in self
        where = self._index.get(name, ())
        i = bisect.bisect_left(where, self._lo)
        while i < len(where) and where[i] < self._hi:
            if not self._left_out or where[i] not in self._left_out:
                return True
            i += 1
        return False

    def _list(self) -> list[str]:
        if self._items is None:
            if self._left_out:
                self._items = [n for i, n in enumerate(self._names[self._lo:self._hi], self._lo) if i not in self._left_out]
            else:
                self._items = self._names[self._lo:self._hi]
        return self._items

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: Union[int, slice]) -> Union[str, list[str]]:
        return self._list()[i]

    def __len__(self) -> int:
        return len(self._list())

    def __bool__(self) -> bool:
        return bool(self._list()) if self._left_out else self._hi > self._lo

    def __iter__(self) -> Iterator[str]:
        return iter(self._list())

    def __reversed__(self) -> Iterator[str]:
        return reversed(self._list())

    def __contains__(self, name: object) -> bool:
        return name in self._list()

    def __add__(self, other: Sequence[str]) -> list[str]:
        return self._list() + list(other)

    def __radd__(self, other: Sequence[str]) -> list[str]:
        return list(other) + self._list()

    def __eq__(self, other: object) -> bool:
        return self._list() == (list(other) if isinstance(other, Bodies) else other)

    def __repr__(self) -> str:
        return repr(self._list())
