"""Fixtures for the UI tests: a fresh data folder, an app factory, anyio on asyncio."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.ui.app import ReaderApp

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "obama-mexico-security.txt"


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


@pytest.fixture(autouse=True)
def _reader_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real data folder."""
    monkeypatch.setenv("READER_HOME", str(tmp_path / "home"))


@pytest.fixture
def make_app(tmp_path: Path) -> Callable[..., ReaderApp]:
    """A factory for apps on a source, with a data folder of their own."""

    def make(source: str | Path | None = SAMPLE, **kwargs: object) -> ReaderApp:
        return ReaderApp(
            None if source is None else str(source), data_dir=str(tmp_path / "data"), **kwargs
        )

    return make




@pytest.fixture(autouse=True)
def _no_pictures(monkeypatch: pytest.MonkeyPatch) -> None:
    """No rows kept for pictures (so no fetch of a fixture's remote pictures, and the
    screens as before); tests/ui/test_pictures.py turns them on."""
    monkeypatch.setattr("reader.ui.widgets.pictures.ROWS", 0)
