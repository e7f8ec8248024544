"""Settings: the user's config file gives the defaults (``reader.ui.config``); what is
changed in the app (theme, panels) is remembered as JSON in the data folder and wins."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ui.config import Config

SETTINGS_FILE = "settings.json"
THEMES = ("dark", "light")
TEXT_WIDTH = 76  # reading width in cells


@dataclass
class Settings:
    """What the reader remembers. Unknown or damaged values fall back to the defaults."""

    theme: str = "dark"
    panels: bool = True
    pictures: bool = True
    picture_mode: str = "auto"  # "auto", "kitty" or "blocks" (the config's; not saved)
    text_width: int = TEXT_WIDTH
    path: Path | None = None

    @classmethod
    def load(cls, folder: str | os.PathLike[str], defaults: Config | None = None) -> Settings:
        """Read ``settings.json`` from ``folder`` over the config's ``defaults``; those alone
        when it is missing or unreadable."""
        path = Path(folder) / SETTINGS_FILE
        settings = cls(path=path)
        if defaults is not None:
            if defaults.theme in THEMES:
                settings.theme = defaults.theme
            if defaults.panels is not None:
                settings.panels = defaults.panels
            if defaults.pictures is not None:
                settings.pictures = defaults.pictures
            if defaults.picture_mode is not None:
                settings.picture_mode = defaults.picture_mode
            if defaults.text_width is not None:
                settings.text_width = defaults.text_width
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, ValueError):  # (none yet, or not UTF-8: json is not imported)
            return settings
        import json

        try:
            data = json.loads(text)
        except (ValueError, RecursionError):  # (damaged, or nested thousands deep)
            return settings
        if not isinstance(data, dict):
            return settings
        if data.get("theme") in THEMES:
            settings.theme = data["theme"]
        if isinstance(data.get("panels"), bool):
            settings.panels = data["panels"]
        if isinstance(data.get("pictures"), bool):
            settings.pictures = data["pictures"]
        return settings

    def save(self) -> bool:
        """Write the settings atomically; False (never an exception) if it cannot."""
        if self.path is None:
            return False
        data = {"theme": self.theme, "panels": self.panels, "pictures": self.pictures}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            import json

            temporary.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:
            return False
        return True
