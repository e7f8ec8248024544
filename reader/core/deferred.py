"""Third-party modules loaded on first use rather than when a library imports them.

Some libraries import, at their top, modules the reader never reaches: readability imports
``urllib.request`` and ``chardet`` (for its command line and for pages given as bytes),
htmldate imports ``urllib3`` and ``charset_normalizer`` (for its downloader). The reader
hands both a parsed tree; in the early load's child those imports are ~40 ms of the first
HTML page. With :func:`defer_imports` (or :func:`importing_without`) they stay stand-ins
that load the real module the moment anything uses it.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import import_module
from importlib.util import find_spec
from types import ModuleType
from typing import Any

_loading = threading.RLock()
_noting = False  # True while a library is imported by ``importing_without``
_UNSET = object()


class _Deferred(ModuleType):
    """Stands in ``sys.modules`` for a module not loaded yet; the first attribute it lacks
    loads the real module (which then takes its place) and copies it in."""

    def __getattr__(self, attr: str) -> Any:
        if _noting:  # (``__path__`` too: not a package while noting, so nothing is loaded)
            if attr.startswith("__"):
                raise AttributeError(attr)
            return _Later(lambda: getattr(self._real(), attr))
        return getattr(self._real(), attr)

    def _real(self) -> ModuleType:
        with _loading:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            real = import_module(self.__name__)
            self.__dict__.update(real.__dict__)
        return real


class _Later:
    """A value from a deferred module, worked out when first used: while a library is
    imported, its attributes and calls are only noted (nothing is loaded)."""

    __slots__ = ("_find", "_found")

    def __init__(self, find: Callable[[], Any]) -> None:
        self._find = find
        self._found: Any = _UNSET

    def _value(self) -> Any:
        if self._found is _UNSET:
            self._found = self._find()
        return self._found

    def __getattr__(self, attr: str) -> Any:
        if _noting and not attr.startswith("__"):
            return _Later(lambda: getattr(self._value(), attr))
        return getattr(self._value(), attr)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if _noting:
            return _Later(lambda: self._value()(*map(_real, args),
                                                **{k: _real(v) for k, v in kwargs.items()}))
        return self._value()(*args, **kwargs)


def _real(value: Any) -> Any:
    return value._value() if isinstance(value, _Later) else value


def _stand_in(name: str) -> _Deferred | None:
    """Put a stand-in for ``name`` in ``sys.modules`` (None if it is loaded or not found)."""
    if name in sys.modules:
        return None
    spec = find_spec(name)  # (imports the parent package, if any)
    if spec is None:
        return None
    stand_in = _Deferred(name)
    stand_in.__spec__ = spec
    sys.modules[name] = stand_in
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, stand_in)
    return stand_in


def defer_imports(*names: str) -> None:
    """Make the modules ``names`` load on first use instead of when imported: ``import
    name`` gives a stand-in; reading any attribute of it loads the module. A module already
    imported stays as it is."""
    for name in names:
        _stand_in(name)


@contextmanager
def importing_without(*names: str) -> Iterator[None]:
    """Import a library (in the ``with`` block) without loading the modules ``names``, which
    it uses at its top only to set up what the reader never calls (htmldate's downloader).
    What it takes from them is noted and worked out when first used; calls it makes on
    them while importing (``urllib3.disable_warnings(...)``) are not made at all. After
    the block, ``import name`` loads the real module.

    Only in a single-threaded process (the early load's child): another thread importing
    one of ``names`` meanwhile would get a stand-in. Elsewhere the library imports as usual.
    """
    global _noting
    if threading.active_count() != 1:
        yield
        return
    stand_ins = [(name, _stand_in(name)) for name in names]
    _noting = True
    try:
        yield
    finally:
        _noting = False
        for name, stand_in in stand_ins:
            if stand_in is not None and sys.modules.get(name) is stand_in:
                del sys.modules[name]
