"""Start the app for the CLI: the source starts loading before Textual is imported."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.sources.load import RawDocument


def open_app(
    source: str | None, *, data_dir: str | None = None, document: RawDocument | None = None
) -> int:
    """Run the reading app on ``source`` (or an already read ``document``); the exit status."""
    import gc

    from reader.ui.jobs.early import start  # before Textual is imported (see jobs/early.py)

    early = start(source, document)  # a local file (or what was piped): extracting already
    # Importing Textual and the app makes ~100,000 objects, none of them garbage: the cyclic
    # collector need not scan them while they are made, nor after (frozen: out of its reach,
    # as the app does at its start, reader.ui.app.hold_gc).
    collecting = gc.isenabled()
    gc.disable()
    try:
        from reader.ui.app import run_app
    finally:
        gc.freeze()
        if collecting:
            gc.enable()

    return run_app(source, data_dir=data_dir, document=document, early=early)
