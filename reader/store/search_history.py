"""Search history kept between runs: a small JSON list in the data folder.

Best effort: an unreadable or unwritable file never stops a search, it only loses history.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from reader.core.paths import data_dir

HISTORY_FILE = "search-history.json"
MAX_ENTRIES = 100


class SearchHistory:
    """Earlier searches, oldest first, without duplicates; saved after every change."""

    def __init__(self, path: Path | None = None, *, limit: int = MAX_ENTRIES) -> None:
        self.path = path
        self.limit = limit
        self.entries: list[str] = self._load()

    @classmethod
    def in_data_dir(cls, override: str | os.PathLike[str] | None = None) -> SearchHistory:
        """The history file in the user's data folder (``--data-dir``/``READER_HOME`` first)."""
        return cls(data_dir(override) / HISTORY_FILE)

    def _load(self) -> list[str]:
        if self.path is None:
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(data, list):
            return []
        return [item for item in data if isinstance(item, str) and item.strip()][-self.limit :]

    def add(self, query: str) -> None:
        """Remember ``query`` as the newest entry (moving it if it was there already)."""
        if not query.strip():
            return
        if self.entries and self.entries[-1] == query:
            return
        self.entries = [entry for entry in self.entries if entry != query]
        self.entries.append(query)
        del self.entries[: -self.limit]
        self._save()

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps(self.entries, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:
            pass

    def cursor(self, draft: str = "") -> HistoryCursor:
        """A cursor for stepping through the entries with up/down, starting after the newest."""
        return HistoryCursor(list(self.entries), draft)


class HistoryCursor:
    """Up/down through a snapshot of the history; stepping past the newest gives the draft back."""

    def __init__(self, entries: list[str], draft: str = "") -> None:
        self.entries = entries
        self.draft = draft
        self.index = len(entries)

    def older(self) -> str | None:
        """The previous (older) entry, or None at the oldest."""
        if self.index == 0:
            return None
        self.index -= 1
        return self.entries[self.index]

    def newer(self) -> str | None:
        """The next (newer) entry, the draft after the newest, or None when already there."""
        if self.index >= len(self.entries):
            return None
        self.index += 1
        return self.draft if self.index == len(self.entries) else self.entries[self.index]
