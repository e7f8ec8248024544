"""Where the user's data lives: ``--data-dir``, then ``READER_HOME``, then platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "article-reader"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder (not created here)."""
    if override:
        return Path(override).expanduser()
    home = os.environ.get("READER_HOME")
    if home:
        return Path(home).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


SAMPLE_NAME = "obama-mexico-security.txt"


def sample_path() -> Path:
    """The bundled sample article."""
    # the package's own folder (importlib.resources would cost the start ~10 ms for this)
    return Path(__file__).resolve().parents[1] / "data" / SAMPLE_NAME
