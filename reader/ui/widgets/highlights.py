"""Highlight layers over article text (the words the page styled, links, bookmarks, mentions,
search hits, a flash):
spans kept sorted by start, and a piece of text cut where they begin and end."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from operator import attrgetter

from rich.segment import Segment
from rich.style import Style

from reader.article.model import Styled

LAYERS: tuple[str, ...] = ("style", "link", "bookmark", "mention", "search", "flash")  # in order


@dataclass
class Layer:
    """One layer's spans (sorted by start), the longest span's length for the bisect."""

    starts: list[int]
    ends: list[int]
    longest: int
    current: int | None = None
    source: Sequence[tuple[int, int]] | None = None
    styles: list[Style] | None = None  # each span's own style (a link's address)
    components: list[str] | None = None  # each span's own component ("body--emphasis")


STYLE_COMPONENTS = {  # how each kind of words a page sets apart is drawn
    "emphasis": "body--emphasis",
    "strong": "body--strong",
    "code": "body--code-span",
    "struck": "body--struck",
}


def style_layer(styles: Sequence[Styled]) -> Layer:
    """The layer of the words an article sets apart (some): italics, bold, code, struck."""
    ordered = sorted(styles, key=attrgetter("start"))
    return Layer(
        [styled.start for styled in ordered], [styled.end for styled in ordered],
        max(styled.end - styled.start for styled in ordered),
        components=[STYLE_COMPONENTS[styled.kind] for styled in ordered],
    )


def marked(
    text: str, start: int, end: int, style: Style, layers: Mapping[str, Layer],
    style_for: Callable[[str], Style],
) -> list[Segment]:
    """``text`` (offsets ``start:end``; negative in the title block), split where the
    ``layers`` begin and end; ``style_for`` gives a component's style ("body--search")."""
    marks: list[tuple[int, int, Style]] = []
    for name in LAYERS:
        layer = layers.get(name)
        if layer is None:
            continue
        index = bisect_left(layer.starts, end) - 1
        while index >= 0 and layer.starts[index] + layer.longest > start:
            span_start, span_end = layer.starts[index], layer.ends[index]
            if span_end > start and span_start < end:
                component = f"body--{name}"
                if layer.components is not None:
                    component = layer.components[index]
                elif name == "search" and index == layer.current:
                    component = "body--search-current"
                mark_style = style_for(component)
                if layer.styles is not None:
                    mark_style = mark_style + layer.styles[index]
                marks.append(
                    (max(span_start, start) - start, min(span_end, end) - start, mark_style)
                )
            index -= 1
    if not marks:
        return [Segment(text, style)]
    cuts = sorted({0, len(text), *(a for a, _, _ in marks), *(b for _, b, _ in marks)})
    segments = []
    for a, b in pairwise(cuts):
        piece = style
        for mark_start, mark_end, mark_style in marks:
            if mark_start <= a and b <= mark_end:
                piece = piece + mark_style
        segments.append(Segment(text[a:b], piece))
    return segments
