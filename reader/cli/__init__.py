"""The ``reader`` command line: argument parsing only; each subcommand calls one function
below it. Opening the app is handed in by the entry point (``reader.__main__``)."""

from reader.core.lazy import lazy_exports

_WHERE = {
    "main": "main",
}
__all__ = sorted(_WHERE)
__getattr__, __dir__ = lazy_exports(__name__, _WHERE)
