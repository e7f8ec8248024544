"""Screens of the reader app."""

from pathlib import Path

DIALOGS = Path(__file__).resolve().parents[2] / "styles" / "dialogs.tcss"
