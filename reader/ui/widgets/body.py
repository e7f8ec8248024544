"""The article body: a Line API view that draws only the rows on screen.

Rows come from :func:`reader.ui.widgets.layout.build_layout`; each knows its character offsets in
``Article.text``, so highlight layers (search hits, mentions, bookmarks, a flash) are drawn
from offsets with a bisect on the rows being rendered. Rendered rows are cached as Strips.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.cache import LRUCache
from textual.events import Resize
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer
from textual.worker import Worker, WorkerState

from reader.article.model import Article
from reader.ui.settings import TEXT_WIDTH
from reader.ui.widgets.block_render import STRUCTURE_STYLES, Piece
from reader.ui.widgets.code_edges import blank_row
from reader.ui.widgets.highlights import Layer, marked, style_layer
from reader.ui.widgets.layout import (
    BIG_TEXT,
    GUTTER,
    Layout,
    build_layout,
    full_layout,
    head_text,
    same_layout,
    text_margin,
    text_width,
)
from reader.ui.widgets.paragraphs import Paragraphs
from reader.ui.widgets.pictures import PictureRows, failures, forget_sent, picture_strip

MEASURE = TEXT_WIDTH  # reading width in cells (config: text_width)
MARK = "▌"
FIRST_ROWS = 300  # rows of a long article laid out before it is drawn; the rest in a worker
DRAWN_LATEST = 0.25  # seconds: when_drawn callbacks run by then even if nothing was drawn


class BodyView(ScrollView, can_focus=True, inherit_bindings=False):
    """The article text, wrapped to a reading width and centred."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "body--title",
        "body--subtitle",
        "body--byline",
        "body--caption",
        "body--credit",
        "body--rule",
        "body--paragraph",
        "body--heading",
        "body--quote",
        "body--list",
        "body--pre",
        "body--marker",
        "body--prefix",
        "body--link",
        "body--emphasis",
        "body--strong",
        "body--code-span",
        "body--struck",
        "body--bookmark",
        "body--mention",
        "body--search",
        "body--search-current",
        "body--flash",
        *STRUCTURE_STYLES,
    }

    DEFAULT_CSS = """
    BodyView { overflow-x: hidden; overflow-y: auto; height: 1fr; scrollbar-gutter: stable; }
    """

    def __init__(
        self,
        article: Article | None = None,
        *,
        measure: int = MEASURE,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.measure = measure
        self._article: Article | None = article
        self._layout: Layout | None = None
        self._marked_blocks: frozenset[int] = frozenset()
        self._layers: dict[str, Layer] = {}
        self._cache: LRUCache[tuple[int, int, int], Strip] = LRUCache(1024)
        self._version = 0
        self._pending_offset: tuple[int, bool] | None = None
        self._flash_timer: Timer | None = None
        self._base_style: Style | None = None
        self._on_drawn: list[Callable[[], object]] = []
        self._completing: tuple[Article, int, int] | None = None  # (article, width, view)
        self.pictures = 0  # rows for each image's picture (0: placeholders only)
        self.picture_rows: PictureRows | None = None  # made on the first picture row drawn
        self._focus_restyle = False
        self.paragraphs = Paragraphs(self)

    def watch_has_focus(self, has_focus: bool) -> None:
        """Restyle for ``:focus`` (given before the first frame) without the ~30 component
        classes: no rule of theirs depends on it (see tests/ui/test_perf_paths.py)."""
        self._focus_restyle = True
        try:
            super().watch_has_focus(has_focus)
        finally:
            self._focus_restyle = False

    def _get_component_classes(self) -> frozenset[str]:  # type: ignore[override]
        """(What Textual styles: none while restyling for focus, once they are styled.)"""
        return frozenset() if self._focus_restyle and self._component_styles else (
            super()._get_component_classes())

    # -- article and layout -------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        """The article shown, if any."""
        return self._article

    @property
    def allow_vertical_scroll(self) -> bool:
        """Whether the text is longer than the view (not whether its scrollbar is drawn yet:
        a jump right after the first paint, to an address's #heading, is not refused)."""
        return self.is_scrollable and not self._check_disabled() and self.max_scroll_y > 0

    @property
    def layout_rows(self) -> Layout | None:
        """The current layout (rows and their offsets)."""
        return self._layout

    def set_article(
        self, article: Article | None, *, keep_position: bool = False,
        layout: Layout | None = None,
    ) -> None:
        """Show ``article`` from its top (highlights are cleared).

        ``layout``: rows already built (in a worker) for this article; used if their width is
        still the view's. With ``keep_position``, an article with the same text and title block
        (the same one, analysed) keeps its rows, scroll position and highlights: no re-wrap.
        """
        same = keep_position and article is not None and self._article is not None and (
            self._layout is not None and same_layout(self._article, article))
        self._article = article
        self._marked_blocks = frozenset(
            quote.block for quote in (article.pull_quotes if article else ()) if quote.block
            is not None
        )
        if same:
            self._version += 1
            self._cache.clear()
            self.refresh()
            return
        self._layers.clear()
        self.paragraphs.aim = None
        if article is not None and article.styles:
            self._layers["style"] = style_layer(article.styles)
        forget_sent(self)  # pictures sent to the terminal that this article does not have
        fits = layout is not None and layout.picture_rows == self.pictures and self.size.width
        fits = fits and not failures(self)
        self._layout = layout if fits else None
        self._relayout()
        self.scroll_to(y=0, animate=False, immediate=True)

    def head_text(self) -> str:
        """The title block's text (title, subtitle, byline, caption): searched too, its
        matches at negative offsets (see ``Layout.head_span``)."""
        if self._layout is not None:
            return self._layout.head
        return head_text(self._article) if self._article is not None else ""

    def search_origin(self) -> int:
        """Where a search starts looking: the top row's offset (negative in the title
        block, so its matches come first there)."""
        layout = self._layout
        row = round(self.scroll_y)
        if layout is not None and row < len(layout.head_spans):
            return layout.head_span(row)[0]
        return self.top_offset()

    def text_size(self) -> tuple[int, int]:
        """The width the article is wrapped to at the view's current size (0 if not laid out
        yet) and the rows shown; a worker can build the layout ahead with ``build_layout``."""
        return (self._text_width() if self.size.width else 0), self.size.height

    def _text_width(self) -> int:
        return text_width(self._article, self.measure, self._view_width())

    def _view_width(self) -> int:
        """The view's width, where wide tables and code may run past the text's."""
        return self.scrollable_content_region.width or self.size.width

    def _relayout(self) -> None:
        """Wrap the article for the current width (only when the width changed)."""
        article = self._article
        if article is None or not self.size.width:
            self._layout = None if article is None else self._layout
            self.virtual_size = Size(self.size.width, len(self._layout or ()))
            return
        width = self._text_width()
        if self._layout is None or not self._layout.serves(width, self._view_width()):
            self._layout = self._build(article, width, self._first_rows(article),
                                       lex_after=self.size.height)
        self._cache.clear()
        rows = self._layout.estimated_rows(len(article.text))
        self.virtual_size = Size(self.scrollable_content_region.width, rows)
        self.refresh()
        if not self._layout.complete or not self._layout.exact_minutes:
            self.when_drawn(self._complete_in_background)

    def _first_rows(self, article: Article) -> int | None:
        """How many rows to lay out now (None: all): a long text gets its first screens."""
        if len(article.text) <= BIG_TEXT:
            return None
        return max(FIRST_ROWS, 3 * (self.size.height or 40))

    def _complete_in_background(self) -> None:
        """Lay out the whole article in a thread (and count its words); swap it in after."""
        layout, article = self._layout, self._article
        if layout is None or article is None or (layout.complete and layout.exact_minutes):
            return
        if self._completing == (article, layout.width, layout.view):
            return  # already under way
        self._completing = (article, layout.width, layout.view)
        self.run_worker(
            partial(full_layout, article, layout.width, self.pictures, dict(failures(self)),
                    layout.view),
            name="layout",
            group="layout", description="lay out the article", thread=True, exit_on_error=False,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The whole layout is ready: use it if it fits the article, view and pictures shown."""
        worker = event.worker
        if worker.name != "layout" or not worker.is_finished:
            return
        if event.state != WorkerState.SUCCESS:
            self._completing = None
            return
        article, layout = worker.result  # type: ignore[misc]
        if self._completing == (article, layout.width, layout.view):
            self._completing = None  # (not when another is under way for a newer view)
        current = self._layout
        shown = self._article
        if shown is None or current is None:
            return
        if article is not shown and not same_layout(article, shown):
            return  # another article (the same one analysed lays out the same)
        if current.complete and current.exact_minutes:
            return  # completed already (a jump needed it)
        if (current.width, current.view) != (layout.width, layout.view) or (
            layout.failed != failures(self)  # (a picture failed meanwhile: its rows go too)
        ):
            self._complete_in_background()  # laid out for what has changed since: again
            return
        self._use(layout)

    def _use(self, layout: Layout) -> None:
        """Put a complete ``layout`` (of the same width) in place of a partial one."""
        current = self._layout
        shift = layout.header_rows - current.header_rows if current is not None else 0
        self._layout = layout
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(layout))
        if shift and self.scroll_y > 0:  # the title block grew or shrank: same text on top
            self.scroll_to(y=self.scroll_y + shift, animate=False, immediate=True)
        self.refresh()

    def _build(self, article: Article, width: int, rows: int | None = None,
               lex_after: int | None = None) -> Layout:
        """``build_layout`` with the view's pictures (and those that failed) and width."""
        failed = dict(failures(self))
        return build_layout(article, width, max_rows=rows, pictures=self.pictures, failed=failed,
                            lex_after=lex_after, view=self._view_width())

    def redraw(self, pictures: int | None = None, *, relayout: bool = False) -> None:
        """Draw again (a picture came); ``pictures``: lay out with that many picture rows;
        ``relayout``: lay out again all the same (a picture failed: its rows go)."""
        if relayout or (pictures is not None and pictures != self.pictures):
            self.pictures = self.pictures if pictures is None else pictures
            self._layout = None
            self._relayout()
        self._version += 1
        self.refresh()

    def refresh_rows(self, first: int, count: int) -> None:
        """Draw ``count`` rows from ``first`` again (a picture came), only them."""
        width = self.scrollable_content_region.width
        for row in range(first, first + count):
            self._cache.discard((row, width, self._version))
        self.refresh_lines(first, count)

    def ensure_complete(self) -> Layout | None:
        """The whole layout, now (a jump past the rows laid out so far needs it)."""
        layout, article = self._layout, self._article
        if layout is not None and article is not None and not layout.complete:
            self._use(self._build(article, layout.width))
        return self._layout

    def on_unmount(self) -> None:
        forget_sent(self, quitting=True)

    def on_resize(self, event: Resize) -> None:
        """Re-wrap to the new width, keeping the reading position at the top."""
        top = self.top_offset() if self._layout else None
        old = self._layout.width if self._layout else None
        self._relayout()
        if self._pending_offset is not None:
            offset, center = self._pending_offset
            self._pending_offset = None
            self.scroll_to_offset(offset, center=center)
        elif top and self._layout and self._layout.width != old:  # (laid out that far first)
            self.scroll_to(y=self.line_for_offset(top), animate=False, immediate=True)

    def notify_style_update(self) -> None:
        """Theme or CSS changed: drop cached rows."""
        super().notify_style_update()
        cache = getattr(self, "_cache", None)
        if cache is not None:
            cache.clear()
        self._base_style = None

    # -- offsets and lines ---------------------------------------------------------------

    def _rows_for(self, *, row: int = 0, offset: int = 0) -> Layout | None:
        """The layout, completed first if ``row`` or ``offset`` lies past what it has."""
        layout = self._layout
        if layout is not None and not layout.complete and (
            row >= len(layout) or offset >= layout.covered
        ):
            return self.ensure_complete()
        return layout

    def line_for_offset(self, offset: int) -> int:
        """The row (virtual line) showing character ``offset``."""
        layout = self._rows_for(offset=offset)
        return layout.row_for_offset(offset) if layout else 0

    def offset_for_line(self, y: int) -> int:
        """The first character offset shown on virtual line ``y``."""
        layout = self._rows_for(row=y)
        return layout.offset_for_row(y) if layout else 0

    def top_offset(self) -> int:
        """The reading position: the offset at the top line of the view."""
        if not self._layout:
            return 0
        row = round(self.scroll_y)
        if row < self._layout.header_rows:
            return 0
        return self.offset_for_line(row)

    def progress(self) -> float:
        """How far down the article the view is, 0..1 (1 when the end shows): the status
        line's percentage, and what the library keeps beside the offset."""
        if self.max_scroll_y <= 0:
            return 1.0
        return min(1.0, max(0.0, self.scroll_y / self.max_scroll_y))

    def visible_range(self) -> tuple[int, int]:
        """Character offsets shown from the top row to the bottom row of the view (the first
        negative when the title block shows: see ``Layout.head_span``)."""
        height = self.scrollable_content_region.height
        layout = self._rows_for(row=round(self.scroll_y) + height)
        if not layout or not len(layout):
            return (0, 0)
        first = round(self.scroll_y)
        last = min(len(layout) - 1, first + height - 1)
        if first < len(layout.head_spans):  # from the title block: its negative offsets
            return (layout.head_span(first)[0], layout.ends[last])
        return (layout.offset_for_row(first), layout.ends[last])

    def current_block(self) -> int | None:
        """Index of the current block: see :mod:`reader.ui.widgets.paragraphs`."""
        return self.paragraphs.current()

    def scroll_to_offset(self, offset: int, *, center: bool = True, animate: bool = False) -> None:
        """Scroll so ``offset`` is in view: a third down the view, or at the top (its
        paragraph the current one while it shows, though the end keeps it lower)."""
        self.paragraphs.aim = offset
        if not self._layout or not self.size.height:
            self._pending_offset = (offset, center)
            return
        row = self.line_for_offset(offset)
        height = self.scrollable_content_region.height
        y = row - height // 3 if center else row
        self.scroll_to(y=max(0, y), animate=animate, immediate=not animate)

    def scroll_to_block(self, index: int) -> None:
        """Put the first line of block ``index`` at the top of the view."""
        layout = self._layout
        if layout is not None and not layout.complete and index >= len(layout.block_rows):
            self.ensure_complete()
        if not self._layout or not self._layout.block_rows:
            return
        index = max(0, min(index, len(self._layout.block_rows) - 1))
        self.scroll_to(y=self._layout.block_rows[index], animate=False, immediate=True)

    def next_paragraph(self) -> None:
        self.paragraphs.next()

    def previous_paragraph(self) -> None:
        self.paragraphs.previous()

    # -- highlights ------------------------------------------------------------------------

    def set_highlights(
        self, layer: str, spans: Sequence[tuple[int, int]], current: int | None = None
    ) -> None:
        """Draw ``spans`` (character offsets) in ``layer``; ``current`` indexes the one to stress.

        Layers: "search", "mention", "bookmark", "flash". An empty list clears the layer.
        """
        known = self._layers.get(layer)
        if not spans:
            self._layers.pop(layer, None)
        elif known is not None and known.source is spans:  # same spans: only `current` moved
            known.current = current
        else:
            ordered = list(spans)
            if any(ordered[i] > ordered[i + 1] for i in range(len(ordered) - 1)):
                marked = ordered[current] if current is not None else None
                ordered.sort()
                current = ordered.index(marked) if marked is not None else None
            self._layers[layer] = Layer(
                [s for s, _ in ordered],
                [e for _, e in ordered],
                max(e - s for s, e in ordered),
                current,
                spans,
            )
        self._version += 1
        self._cache.clear()
        self.refresh()

    def set_links(self, links: Sequence[tuple[int, int, str | None]]) -> None:
        """Draw links: ``(start, end, address)``, the address (already checked: a clean
        http(s) one, or None) made a terminal hyperlink."""
        ordered = sorted(links, key=lambda link: link[0])
        if not ordered:
            self.set_highlights("link", [])
            return
        self._layers["link"] = Layer(
            [start for start, _, _ in ordered], [end for _, end, _ in ordered],
            max(end - start for start, end, _ in ordered),
            styles=[Style(link=url) if url else Style() for _, _, url in ordered],
        )
        self._version += 1
        self._cache.clear()
        self.refresh()

    def highlights(self, layer: str) -> list[tuple[int, int]]:
        """The spans of ``layer`` (sorted)."""
        found = self._layers.get(layer)
        return list(zip(found.starts, found.ends, strict=True)) if found else []

    def flash(self, start: int, end: int, seconds: float = 1.5) -> None:
        """Mark ``start:end`` briefly."""
        if self._flash_timer is not None:
            self._flash_timer.stop()
        self.set_highlights("flash", [(start, end)])
        self._flash_timer = self.set_timer(seconds, lambda: self.set_highlights("flash", []))

    # -- rendering -------------------------------------------------------------------------

    def when_drawn(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once the article has been drawn (right after the frame that
        shows it is out), or after ``DRAWN_LATEST`` seconds if it is not drawn (covered).

        For work that must not delay the first screen: panels, people, the library.
        """
        self._on_drawn.append(callback)
        if len(self._on_drawn) == 1:
            self.set_timer(DRAWN_LATEST, self._drawn)

    def _drawn(self, callbacks: list[Callable[[], object]] | None = None) -> None:
        if callbacks is None:
            callbacks, self._on_drawn = self._on_drawn, []
        for callback in callbacks:
            callback()

    def render_line(self, y: int) -> Strip:
        """One screen line (Line API)."""
        width = self.scrollable_content_region.width
        row = round(self.scroll_y) + y
        layout = self._layout
        if layout is None and self._article is not None and width > 0:
            self._relayout()  # the first frame: sized now, before its Resize event comes
            layout = self._layout
        if layout is not None and row >= len(layout) and not layout.complete:
            layout = self.ensure_complete()  # scrolled past the rows laid out so far
        if self._on_drawn and layout is not None:  # (runs after this frame is out)
            self.call_later(self._drawn, self._on_drawn)
            self._on_drawn = []
        if layout is None or row >= len(layout) or width <= 0:
            return Strip.blank(width, self._base())
        key = (row, width, self._version)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row(layout, row, width)
            self._cache[key] = strip
        return strip

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def _base(self) -> Style:
        """The widget's own style (cached: ``rich_style`` walks every ancestor)."""
        if self._base_style is None:
            self._base_style = self.rich_style
        return self._base_style

    def _render_row(self, layout: Layout, row: int, width: int) -> Strip:
        base = self._base()
        kind = layout.kinds[row]
        across = layout.across(row)  # (a wide table: centred; wide code: from the text's edge)
        margin = text_margin(width, across if kind != "code" else layout.width)
        segments = [Segment(" " * margin, base)]
        block, indent = layout.blocks[row], layout.indent(row)  # (a thread's reply: indented)
        if block in self._marked_blocks and kind != "blank":
            segments.append(Segment(MARK, base + self._style("body--marker")))
            segments.append(Segment(" " * (GUTTER - 1 + indent), base))
        else:
            segments.append(Segment(" " * (GUTTER + indent), base))
        if kind == "picture":
            return picture_strip(self, layout, row, segments).adjust_cell_length(width, base)
        own = layout.texts[row]
        if kind == "blank":  # (beside a code block: its box's top or bottom edge)
            own, text_style = blank_row(layout, row, base, self._style("body--code"))
        else:
            text_style = base + self._style(f"body--{kind}")
        prefix = layout.prefixes[row]
        if prefix:
            segments.append(Segment(prefix, text_style + self._style("body--prefix")))
        pieces = layout.pieces.get(row)
        if pieces is not None:
            segments.extend(self._piece_segments(pieces, text_style))
        elif own is not None and kind == "rule":
            segments.append(Segment("─" * min(layout.width, 12), text_style))
        elif own is not None and row < len(layout.head_spans) and self._layers:
            segments.extend(self._marked(own, *layout.head_span(row), text_style))
        elif own is not None:
            segments.append(Segment(own, text_style))
        else:
            assert self._article is not None
            start, end = layout.starts[row], layout.ends[row]
            segments.extend(self._article_segments(start, end, text_style))
        if kind == "code":  # the code block's own background, the text's width across
            segments = list(Strip(segments).adjust_cell_length(
                margin + GUTTER + across, text_style))
        return Strip(segments).adjust_cell_length(width, base)

    def _piece_segments(self, pieces: Sequence[Piece], style: Style) -> list[Segment]:
        """A row of pieces (see block_render): article text highlighted, literals as is."""
        segments: list[Segment] = []
        for start, end, literal, name in pieces:
            piece_style = style + self._style(f"body--{name}") if name else style
            if literal is not None:
                segments.append(Segment(literal, piece_style))
            elif end > start:
                segments.extend(self._article_segments(start, end, piece_style))
        return segments

    def _article_segments(self, start: int, end: int, style: Style) -> list[Segment]:
        """``Article.text[start:end]`` with its highlights."""
        assert self._article is not None
        # a tab (kept in code) is one cell here, so the row's cells match its offsets
        text = self._article.text[start:end].replace("\t", " ")
        return self._marked(text, start, end, style)

    def _marked(self, text: str, start: int, end: int, style: Style) -> list[Segment]:
        """``text`` (offsets ``start:end``) split where highlight layers begin and end."""
        return marked(text, start, end, style, self._layers, self._style)
