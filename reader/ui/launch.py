"""Start the app for the CLI: the source starts loading before Textual is imported."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.sources.load import RawDocument


def open_app(
    source: str | None, *, data_dir: str | None = None, document: RawDocument | None = None
) -> int:
    """Run the reading app on ``source`` (or an already read ``document``); the exit status."""
    from reader.ui.jobs.early import start  # before Textual is imported (see jobs/early.py)

    # A local file (or what was piped): extracting already. The cyclic collector is paused
    # from here to the first screen (the imports make ~100,000 objects, none of them garbage).
    early = start(source, document)
    from reader.ui.app import run_app

    return run_app(source, data_dir=data_dir, document=document, early=early)
