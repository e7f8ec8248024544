"""Sources: files, standard input and the web (httpx) → a decoded ``RawDocument``.

Nothing here knows what an article is; every failure is a one-sentence ``LoadError``."""

from reader.core.lazy import lazy_exports

_WHERE = {
    "RawDocument": "load",
    "load_source": "load",
    "read_bytes": "load",
    "fetch": "fetch",
    "decode_bytes": "decoding",
    "check_bytes": "sniff",
    "LoadCancelled": "limits",
}
__all__ = sorted(_WHERE)
__getattr__, __dir__ = lazy_exports(__name__, _WHERE)
