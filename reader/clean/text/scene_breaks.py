"""A story's scene breaks ("* * *", "*****", "⁂") in a plain text: kept as the article's own
break (:data:`SCENE_BREAK`), not dropped with the page's furniture of lone signs."""

from __future__ import annotations

from typing import Any

from reader.article.model import SCENE_BREAK
from reader.core.lazy import lazy_re

_SCENE_BREAK = lazy_re(r"^\s*(?:(?:\*\s*){3,}|⁂)\s*$")


def is_scene_break(text: str) -> bool:
    """Whether a line is a scene break: three or more asterisks, or an asterism."""
    return _SCENE_BREAK.match(text) is not None


def with_scene_breaks(blocks: list[Any]) -> list[Any]:
    """``blocks`` with each paragraph that is a scene break written as :data:`SCENE_BREAK`."""
    return [("paragraph", SCENE_BREAK, 0) if block[0] in ("paragraph", "preformatted")
            and is_scene_break(block[1]) else block for block in blocks]


__all__ = ["is_scene_break", "with_scene_breaks"]
