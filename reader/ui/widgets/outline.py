"""The outline panel: the article's headings, indented by level, the current section marked.

Enter (or a click) on a heading posts :class:`OutlinePanel.HeadingChosen`; the reading
screen routes it. Options carry their heading (a ``Block``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import OptionList

from reader.article.model import Block
from reader.ui.widgets.panels import ItemOption, Panel, PanelList

MARK = "▸ "
LIMIT = 2000  # headings listed (a book's chapters and sections fit)


class OutlineList(PanelList):
    """The list of headings; one of them marked as the current section."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.current: int | None = None

    def redraw(self, indexes: Sequence[int | None]) -> None:
        """Draw the prompts at ``indexes`` again (the current section moved)."""
        for index in indexes:
            if index is not None and 0 <= index < self.item_count:
                barred = index == self.highlighted
                self.replace_option_prompt_at_index(index, self._prompt(index, barred))


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

    def __init__(self) -> None:
        super().__init__("Outline", id="outline-panel")
        self.headings: tuple[Block, ...] = ()

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
        self.headings = tuple(headings[:LIMIT])
        self._fill()

    def _fill(self) -> None:
        top = min((heading.level or 1 for heading in self.headings), default=1)
        for found in self.query(OutlineList):
            found.current = None
            found.set_items(
                [(h, heading_maker(h, i, top)) for i, h in enumerate(self.headings)],
                "No headings in this article.",
            )

    def mark(self, index: int | None) -> None:
        """Mark heading ``index`` as the current section (None: before the first)."""
        for found in self.query(OutlineList):
            old, found.current = found.current, index
            if old != index:
                found.redraw((old, index))
