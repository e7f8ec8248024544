"""The outline panel: the article's headings, indented by level, the current section marked.

Enter (or a click) on a heading posts :class:`OutlinePanel.HeadingChosen`; the reading
screen routes it. Options carry their heading (a ``Block``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import OptionList

from reader.article.model import Block
from reader.ui.widgets.panels import ItemOption, Panel, PanelList, left_out

MARK = "▸ "
LIMIT = 2000  # headings listed (a book's chapters and sections fit)


class OutlineList(PanelList):
    """The list of headings; one of them marked as the current section."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.current: int | None = None  # (an index in the panel's headings)
        self.shown: list[int] = []  # the headings listed (all, or the filter's), by index

    def position(self, heading: int | None) -> int | None:
        """Where heading ``heading`` is in the list (None if it is not listed)."""
        if heading is None:
            return None
        at = bisect_left(self.shown, heading)
        return at if at < len(self.shown) and self.shown[at] == heading else None

    def redraw(self, headings: Sequence[int | None]) -> None:
        """Draw the prompts of ``headings`` again (the current section moved)."""
        for index in map(self.position, headings):
            if index is not None and 0 <= index < self.item_count:
                barred = index == self.highlighted
                self.replace_option_prompt_at_index(index, self._prompt(index, barred))

    def show_current(self) -> None:
        """Put the cursor on the current section (the first heading listed if it is not
        listed), a third down the view."""
        at = self.position(self.current)
        self.highlighted = at if at is not None else (0 if self.item_count else None)
        if at is not None and self.is_mounted:
            self.scroll_to_highlight(top=True)
            if self.scroll_y < self.max_scroll_y:  # (at the end, it is lower in view anyway)
                self.scroll_relative(y=-(self.scrollable_content_region.height // 3),
                                     animate=False, immediate=True)


def heading_maker(heading: Block, index: int, top: int) -> Callable[[PanelList], Text]:
    """The prompt of one heading: indented by its level below the top one, marked when it
    is the current section."""

    def make(panel: PanelList) -> Text:
        current = isinstance(panel, OutlineList) and panel.current == index
        indent = "  " * max(0, min(5, (heading.level or top) - top))
        text = Text(indent)
        text.append(MARK if current else "  ", style=panel.style_of("panel--count"))
        style = "panel--name" if current else "panel--quote"
        text.append(" ".join(heading.text.split()), style=panel.style_of(style))
        return text

    return make


class OutlinePanel(Panel):
    """The article's headings (documentation, long articles, books)."""

    class HeadingChosen(Message):
        """A heading was chosen (enter or a click)."""

        def __init__(self, heading: Block) -> None:
            super().__init__()
            self.heading = heading

    filter_label = "outline"

    def __init__(self) -> None:
        super().__init__("Outline", id="outline-panel")
        self.headings: tuple[Block, ...] = ()
        self._matching: list[int] = []  # the headings the filter leaves (all, unfiltered)
        self._empty = "No headings in this article."

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield OutlineList(id="outline-list")

    @property
    def list(self) -> OutlineList:
        """The list of headings."""
        return self.query_one(OutlineList)

    def on_mount(self) -> None:
        self._fill()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if isinstance(event.option, ItemOption) and isinstance(event.option.item, Block):
            self.post_message(self.HeadingChosen(event.option.item))

    def show(self, headings: Sequence[Block]) -> None:
        """List ``headings`` (usable before the panel is mounted)."""
        self.headings = tuple(headings)
        self._matching = list(range(len(self.headings)))
        self._empty = "No headings in this article."
        for found in self.query(OutlineList):
            found.current = None
        self._fill()

    def filter(self, query: str) -> int:
        """List only the headings matching ``query`` (the search bar's ``/``); how many."""
        from reader.article.search import filter_matches  # (not before the first frame)

        self._matching = [index for index, heading in enumerate(self.headings)
                          if filter_matches(query, heading.text)]
        self._empty = "No heading matches." if self.headings else "No headings in this article."
        self._fill()
        for found in self.query(OutlineList):
            found.show_current()
        return min(len(self._matching), LIMIT)

    def _fill(self) -> None:
        top = min((heading.level or 1 for heading in self.headings), default=1)
        shown = self._matching[:LIMIT]
        for found in self.query(OutlineList):
            found.shown = shown
            found.set_items(
                [(self.headings[i], heading_maker(self.headings[i], i, top)) for i in shown],
                self._empty, left_out(len(self._matching), len(shown), "headings"),
            )

    def mark(self, index: int | None) -> None:
        """Mark heading ``index`` as the current section (None: before the first)."""
        for found in self.query(OutlineList):
            old, found.current = found.current, index
            if old != index:
                found.redraw((old, index))
