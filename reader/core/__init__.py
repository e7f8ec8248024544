"""The ground floor: errors, the sanitiser, where the user's data lives, lazy re-exports,
libraries' unused imports deferred.

Imports nothing else of the reader.
"""

from reader.core.lazy import lazy_exports

_WHERE = {
    "LoadError": "errors",
    "ReaderError": "errors",
    "StoreError": "errors",
    "clean_block": "sanitize",
    "clean_line": "sanitize",
    "clean_lines": "sanitize",
    "clean_optional": "sanitize",
    "clean_text": "sanitize",
    "data_dir": "paths",
    "sample_path": "paths",
}
__all__ = sorted(_WHERE)
__getattr__, __dir__ = lazy_exports(__name__, _WHERE)
