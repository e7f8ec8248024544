"""JSON of a dict whose one long list is dumped a batch of items at a time.

``json.dumps`` wants the whole value built first: for a text of a million lines, a dict per
body block (~600 MB) beside the article. :func:`json_pieces` gives the same characters as
``json.dumps(data, ensure_ascii=False, indent=indent)`` with ``data[key]`` the items, but
makes only a batch of the items' dicts at a time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
BATCH = 4096


def json_pieces(
    data: dict[str, Any], key: str, items: Sequence[T], item: Callable[[T], Any], *,
    indent: int | None = None, compact: bool = False,
) -> Iterator[str]:
    """Pieces of the JSON of ``data`` with ``data[key]`` = ``[item(x) for x in items]``
    (``data[key]`` must be there, an empty list: it marks the place). Only ``indent`` None
    or a top-level ``key`` with any indent; ``compact``: no spaces after ``,`` and ``:``
    (with ``indent`` None)."""
    options: dict[str, Any] = {"separators": (",", ":")} if compact else {}
    whole = json.dumps(data, ensure_ascii=False, indent=indent, **options)
    marker = json.dumps({key: []}, ensure_ascii=False, **options)[1:-1]  # '"body": []'
    # (the first match is the key: inside a JSON string every quote is escaped)
    at = whole.index(marker) + len(marker) - 2
    yield whole[:at]
    if not items:
        yield "[]"
    else:
        pad = "" if indent is None else " " * (2 * indent)
        between = ("," if compact else ", ") if indent is None else ",\n"
        nl = "\n" + pad
        yield "[" if indent is None else "[\n"
        for first in range(0, len(items), BATCH):
            dumped = (
                pad + json.dumps(item(x), ensure_ascii=False, indent=indent).replace("\n", nl)
                if indent is not None
                else json.dumps(item(x), ensure_ascii=False, **options)
                for x in items[first : first + BATCH]
            )
            yield (between if first else "") + between.join(dumped)
        yield "]" if indent is None else "\n" + " " * indent + "]"
    yield whole[at + 2 :]
