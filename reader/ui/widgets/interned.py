"""A list of few distinct values, 1 byte a row (an index into the distinct values) until a
256th distinct value, 4 bytes after.

A layout has a kind, a prefix and a text per screen row: a text of a million short lines has
two million rows, and three lists of pointers took 48 MB where the values are a handful
("paragraph", "blank"...; "", a bullet...; None, "").
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class Interned(Generic[T]):
    """An append-only sequence: ``append``, ``len``, ``[index]``, ``index()`` and iteration."""

    __slots__ = ("_codes", "_index", "_values")

    def __init__(self) -> None:
        self._codes = array("B")
        self._values: list[T] = []
        self._index: dict[T, int] = {}

    def append(self, value: T) -> None:
        """Add one value at the end."""
        code = self._index.get(value)
        if code is None:
            code = self._index[value] = len(self._values)
            self._values.append(value)
            if code == 256:
                self._codes = array("I", self._codes)
        self._codes.append(code)

    def __getitem__(self, index: int) -> T:
        return self._values[self._codes[index]]

    def index(self, value: T) -> int:
        """The first row holding ``value`` (``ValueError`` if none does), as ``list.index``."""
        code = self._index.get(value)
        if code is not None:
            for row, found in enumerate(self._codes):
                if found == code:
                    return row
        raise ValueError(f"{value!r} is not in the sequence")

    def __len__(self) -> int:
        return len(self._codes)

    def __iter__(self) -> Iterator[T]:
        values = self._values
        return (values[code] for code in self._codes)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Interned):
            return list(self) == list(other)
        return list(self) == other

    __hash__ = None  # type: ignore[assignment]  # (mutable, as a list)
