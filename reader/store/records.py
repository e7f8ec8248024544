"""The store's rows without slow imports: ``reader search`` must answer within 100 ms,
Python's own start included, and typing and json each cost about 2 ms to import.

:class:`NamedTuple` classes are written exactly as with ``typing.NamedTuple`` (annotated
fields, defaults, methods, properties), and type checkers see ``typing.NamedTuple`` itself;
at run time :func:`collections.namedtuple` builds them. :func:`names_from_json` reads the
stored author lists; :func:`stored_lines` and its kin read the other columns, a damaged value
as its field's default and a one-line field folded to one clean line.
"""

from __future__ import annotations

from collections import namedtuple

from reader.core.sanitize import clean_lines

TYPE_CHECKING = False  # the usual idiom, without importing typing for it

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    _PROHIBITED = frozenset(
        [
            "__new__",
            "__init__",
            "__slots__",
            "__getnewargs__",
            "_fields",
            "_field_defaults",
            "_make",
            "_replace",
            "_asdict",
            "_source",
        ]
    )
    _SPECIAL = frozenset(["__module__", "__name__", "__annotations__", "__qualname__"])

    class _NamedTupleMeta(type):
        """Turns ``class X(NamedTuple): field: type = default ...`` into a namedtuple class,
        as ``typing.NamedTuple`` does."""

        def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, object]):
            if not bases:  # NamedTuple itself
                return super().__new__(mcls, name, bases, namespace)
            annotations = dict(namespace.get("__annotations__", {}))
            fields = list(annotations)
            defaults = []
            for field in fields:
                if field in namespace:
                    defaults.append(namespace[field])
                elif defaults:
                    raise TypeError(
                        f"Non-default namedtuple field {field} cannot follow default field"
                    )
            record = namedtuple(name, fields, defaults=defaults, module=namespace["__module__"])
            record.__annotations__ = annotations
            record.__qualname__ = str(namespace.get("__qualname__", name))
            for key, value in namespace.items():
                if key in _PROHIBITED:
                    raise AttributeError(f"Cannot overwrite NamedTuple attribute {key}")
                if key not in _SPECIAL and key not in fields:
                    setattr(record, key, value)
            return record

    class NamedTuple(metaclass=_NamedTupleMeta):
        """Base class for the records (see the module docstring)."""


def names_from_json(text: object) -> tuple[str, ...]:
    """A stored JSON list of names (``json.dumps(names, ensure_ascii=False)``) as a tuple.

    Plain lists are split here; anything else (escapes, other spacing, damage) goes to
    :mod:`json`, which ``reader search`` would otherwise import for this alone (~1.5 ms).
    A damaged value (not JSON, not a list, not text at all) is no names, and what is not a
    string in a list is left out: one bad row must not stop the rest from being read.
    """
    if not isinstance(text, str) or not text or text == "[]":
        return ()
    plain = len(text) >= 4 and text[:2] == '["' and text[-2:] == '"]'
    if plain and "\\" not in text and text.isprintable():
        names = text[2:-2].split('", "')
        if not any('"' in name for name in names):
            return tuple(names)
    import json

    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return ()
    if not isinstance(value, list):
        return ()
    return tuple(name for name in value if isinstance(name, str))


def stored_text(value: object) -> str:
    """A text column as read: a string, a number as its digits; anything else (NULL, a
    blob written by another program) the empty string."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    return ""


def stored_lines(row: object, names: tuple[str, ...]) -> list[str]:
    """The text columns ``names`` of ``row`` (an ``sqlite3.Row``), each folded to one clean
    line: what another program wrote there may hold line breaks or escape sequences."""
    return clean_lines([stored_text(row[name]) for name in names])  # type: ignore[index]


def stored_names(value: object) -> tuple[str, ...]:
    """A stored list of names (:func:`names_from_json`), each folded to one clean line."""
    return tuple(filter(None, clean_lines(names_from_json(value))))


def stored_optional(value: object) -> str | None:
    """An optional text column as read: :func:`stored_text`, empty as ``None``."""
    return stored_text(value) or None


def stored_count(value: object) -> int:
    """A whole-number column (an offset, a count) as read: at least 0; a damaged one (text,
    a blob) 0."""
    if isinstance(value, int):
        return max(0, value)
    if isinstance(value, float) and 0 <= value < 2**63:  # (NaN fails the test)
        return int(value)
    return 0


def stored_share(value: object) -> float:
    """A share column (how far the reader got) as read: 0.0 to 1.0; a damaged one 0.0."""
    if isinstance(value, int | float) and value == value:  # (NaN is not equal to itself)
        return max(0.0, min(1.0, float(value)))
    return 0.0
