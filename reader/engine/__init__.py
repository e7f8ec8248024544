"""The engine: load a source, clean it, find its people → one ``Article``."""

from reader.core.lazy import lazy_exports

_WHERE = {
    "load_article": "pipeline",
    "load_sample": "pipeline",
    "extract": "pipeline",
    "assemble": "pipeline",
    "analyse": "pipeline",
    "clean": "pipeline",
    "detect_kind": "pipeline",
    "extract_joined": "pages",
    "load_joined": "pages",
    "Joined": "pages",
    "opening": "opening",
}
__all__ = sorted(_WHERE)
__getattr__, __dir__ = lazy_exports(__name__, _WHERE)
