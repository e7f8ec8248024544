"""Where the Textual CSS lives: ``styles/`` at the top of the project, every colour in it.

The package is used from its checkout (``pip install -e``, as the README says), so the app
reads the folder itself: one copy, no link into the package.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App

STYLES_DIR = Path(__file__).resolve().parents[2] / "styles"


def stylesheet(name: str) -> Path:
    """The path of ``styles/NAME.tcss``."""
    return STYLES_DIR / f"{name}.tcss"


# Drawn after the first frame, parsed just after it: the side panels' and the outline's
# insides, and the list screens' (library, bookmarks, feeds: opened at once, not after a
# parse of their rules)
LATER = ("panels", "outline", "library")


def add_later(app: App[object], *names: str) -> None:
    """Add ``styles/NAME.tcss`` to ``app``'s stylesheet (once each) before the widgets they
    style are mounted: rules the first frame does not draw are not parsed before it (each
    file ~1-2 ms). Only the new file is parsed; no node drawn yet matches its rules."""
    sheet = app.stylesheet
    added = False
    for name in names:
        path = stylesheet(name)
        if not sheet.has_source(str(path), ""):
            sheet.read(path)
            added = True
    if added:
        sheet.parse()  # (the files already read come from the parse cache)
