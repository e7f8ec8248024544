"""Where the Textual CSS lives: ``styles/`` at the top of the project, every colour in it.

The package is used from its checkout (``pip install -e``, as the README says), so the app
reads the folder itself: one copy, no link into the package.
"""

from __future__ import annotations

from pathlib import Path

STYLES_DIR = Path(__file__).resolve().parents[2] / "styles"


def stylesheet(name: str) -> Path:
    """The path of ``styles/NAME.tcss``."""
    return STYLES_DIR / f"{name}.tcss"
