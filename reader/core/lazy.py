"""Things made on first use: package re-exports (PEP 562) and regular expressions.

A package's ``__init__`` names its public API in ``__all__`` without importing the modules
behind it: ``reader search`` and the app's first screen only pay for what they touch.

A module's patterns are written ``_WORD = lazy_re(r"\\w+")``: compiled the first time one
is used, not when the module is imported. Most inputs use few of a cleaner's patterns (a
plain text none of the PDF's or the mail's), and compiling all of them (~640) was most of
the start's extraction time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import import_module
from typing import Any, AnyStr, cast


def lazy_exports(
    package: str, where: dict[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: ``where`` maps a name to its module
    (relative to the package, e.g. ``"load"``)."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(import_module(f"{package}.{module}"), name)

    def __dir__() -> list[str]:
        return sorted(where)

    return __getattr__, __dir__


class LazyPattern:
    """A pattern compiled when one of its methods is first asked for; each method is then
    kept on the instance, so later uses cost what the compiled pattern's do. ``pattern`` is
    there before it is compiled (patterns built from others do not compile them)."""

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    @property
    def flags(self) -> int:
        """The compiled pattern's ``flags``, told without compiling it (``re.UNICODE`` is
        added to a text pattern's), unless the pattern opens with flags of its own."""
        if self.pattern[:2] in ("(?", b"(?"):  # (as "(?x)" does: the compiled one knows)
            return re.compile(self.pattern, self._flags).flags
        if isinstance(self.pattern, str) and not self._flags & re.ASCII:
            return self._flags | re.UNICODE
        return self._flags

    def __getattr__(self, name: str) -> Any:
        value = getattr(re.compile(self.pattern, self._flags), name)
        setattr(self, name, value)
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return re.compile, (self.pattern, self._flags)


def lazy_re(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, compiled on first use (see :class:`LazyPattern`)."""
    return cast("re.Pattern[AnyStr]", LazyPattern(pattern, flags))
