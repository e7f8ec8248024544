"""Role phrases around the names of one text, each worked out once.

The finder asks for the title chain before a run ("White House spokesman") when it decides
whether the run names a person and again when it collects that person's roles; the
appositions after and before the name likewise. :class:`RoleClues` remembers the answers for
one text, by offset (see :mod:`reader.people.roles` for the rules themselves).
"""

from __future__ import annotations

from reader.people.roles import apposition_after, apposition_before, chain_before


class RoleClues:
    """The title chains and appositions of one text, looked up once per offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._chains: dict[tuple[int, int], str | None] = {}
        self._after: dict[int, str | None] = {}
        self._before: dict[tuple[int, int], str | None] = {}

    def chain_before(self, start: int, floor: int) -> str | None:
        """The title chain that ends right before ``start`` (not crossing ``floor``)."""
        key = (start, floor)
        if key not in self._chains:
            self._chains[key] = chain_before(self.text, start, floor)
        return self._chains[key]

    def apposition_after(self, end: int) -> str | None:
        """The role in ", a senior fellow at X," right after a name ending at ``end``."""
        if end not in self._after:
            self._after[end] = apposition_after(self.text, end)
        return self._after[end]

    def apposition_before(self, start: int, floor: int) -> str | None:
        """The role in "The museum's director, Nick Merriman," before ``start``."""
        key = (start, floor)
        if key not in self._before:
            self._before[key] = apposition_before(self.text, start, floor)
        return self._before[key]


__all__ = ["RoleClues"]
