"""Settings remembered between runs (theme, panels), as JSON in the data folder."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

SETTINGS_FILE = "settings.json"
THEMES = ("dark", "light")


@dataclass
class Settings:
    """What the reader remembers. Unknown or damaged values fall back to the defaults."""

    theme: str = "dark"
    panels: bool = True
    path: Path | None = None

    @classmethod
    def load(cls, folder: str | os.PathLike[str]) -> Settings:
        """Read ``settings.json`` from ``folder``; defaults when missing or unreadable."""
        path = Path(folder) / SETTINGS_FILE
        settings = cls(path=path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return settings
        if not isinstance(data, dict):
            return settings
        if data.get("theme") in THEMES:
            settings.theme = data["theme"]
        if isinstance(data.get("panels"), bool):
            settings.panels = data["panels"]
        return settings

    def save(self) -> bool:
        """Write the settings atomically; False (never an exception) if it cannot."""
        if self.path is None:
            return False
        data = {"theme": self.theme, "panels": self.panels}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            temporary.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:
            return False
        return True
