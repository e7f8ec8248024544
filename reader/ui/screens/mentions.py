"""The chosen person's mentions: marked in the body, stepped through with enter, n and N."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.article.model import Person
    from reader.ui.screens.reading import ReadingScreen


class Mentions:
    """Which person is chosen on a reading screen, and which of their mentions is current."""

    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen
        self.person: Person | None = None
        self.index = 0

    def spans(self, person: Person) -> list[tuple[int, int]]:
        """Every mention of ``person``: from the people engine, else by full name or surname."""
        if person.spans:
            return sorted(person.spans)
        article = self.screen.article
        if article is None:
            return []
        names = [person.name]
        parts = person.name.split()
        if len(parts) > 1:
            names.append(parts[-1])
        pattern = r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b"
        return [match.span() for match in re.finditer(pattern, article.text)]

    def choose(self, person: Person) -> None:
        """Mark every mention of a person; choosing the same person again steps on."""
        spans = self.spans(person)
        if self.person == person and spans:
            self.index = (self.index + 1) % len(spans)
        else:
            self.person = person
            self.index = 0
            self.screen.panels.people.show_quotes(person)
        if not spans:
            self.screen.body.set_highlights("mention", [])
            self.screen.notify(f"{person.name} is not found in the text.")
            return
        self.screen.links.remember()  # a jump from the panel: backspace comes back
        self._show(person, spans)

    def step(self, step: int) -> bool:
        """Move to the next/previous mention of the chosen person; False if none chosen."""
        person = self.person
        if person is None:
            return False
        spans = self.spans(person)
        if not spans:
            return False
        self.index = (self.index + step) % len(spans)
        self._show(person, spans)
        return True

    def _show(self, person: Person, spans: list[tuple[int, int]]) -> None:
        body = self.screen.body
        body.set_highlights("mention", spans, current=self.index)
        body.scroll_to_offset(spans[self.index][0])
        self.screen.set_status_right(f"{person.name} {self.index + 1}/{len(spans)}")
        self.screen.refresh_bindings()  # n and N step through the mentions

    def clear(self) -> bool:
        """Forget the chosen person's marks; False if there were none."""
        if self.person is None:
            return False
        self.person = None
        self.index = 0
        self.screen.body.set_highlights("mention", [])
        self.screen.set_status_right("")
        self.screen.refresh_bindings()
        return True
