"""The current paragraph of the body (what ``m`` bookmarks and ``y`` copies) and the steps
``{`` and ``}`` take through the paragraphs.

The current paragraph is the one at the top of the view, unless a jump (a search match, a
quote, a person's mention, a bookmark) took the reader to a place still on screen: then the
paragraph holding that place. Where the view cannot scroll the next paragraph to its top (a
short article, the end of a long one), ``}`` steps the current paragraph down the screen
instead, and ``{`` back up, each step marked for a moment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ui.widgets.body import BodyView


class Paragraphs:
    """One body's current paragraph: the top one, or the one aimed at (by offset)."""

    def __init__(self, body: BodyView) -> None:
        self.body = body
        self.aim: int | None = None  # the offset jumped or stepped to, while on screen

    def current(self) -> int | None:
        """Index of the current block (the first block in the title area)."""
        top = self.top()
        if top is None or self.aim is None:
            return top
        start, end = self.body.visible_range()
        article = self.body.article
        if article is None or not start <= self.aim < max(end, start + 1):
            self.aim = None  # scrolled out of view: the top paragraph again
            return top
        return article.block_at(self.aim)

    def top(self) -> int | None:
        """Index of the block at the top of the view (the first block in the title area)."""
        body = self.body
        layout = body._rows_for(row=round(body.scroll_y) + 1)
        if not layout or not body.article or not body.article.blocks:
            return None
        row = round(body.scroll_y)
        if row < layout.header_rows:
            return 0
        row = min(row, len(layout) - 1)
        block = layout.blocks[row]
        if layout.kinds[row] == "blank" and row + 1 < len(layout):
            block = layout.blocks[row + 1]
        return max(0, block)

    def next(self) -> None:
        """Put the next block at the top; where the view cannot, make it the current one."""
        body = self.body
        current = self.current()
        layout = body.layout_rows
        if current is None or not layout or body.article is None:
            return
        heading = round(body.scroll_y) < layout.header_rows and self.aim is None
        target = current if heading else current + 1
        if target >= len(body.article.blocks):
            return
        if target < len(layout.block_rows) and layout.block_rows[target] > body.max_scroll_y:
            self._step_to(target)
            return
        self.aim = None
        body.scroll_to_block(target)

    def previous(self) -> None:
        """Put the start of this block (or the previous one, if already there) at the top;
        a paragraph stepped to below the top steps back up instead."""
        body = self.body
        top, current = self.top(), self.current()
        layout = body.layout_rows
        if current is None or top is None or not layout:
            return
        if current > top and body.scroll_y >= body.max_scroll_y:
            self._step_to(current - 1)
            return
        self.aim = None
        row = round(body.scroll_y)
        if row <= layout.block_rows[current]:
            if current == 0:
                body.scroll_to(y=0, animate=False, immediate=True)
                return
            current -= 1
        body.scroll_to_block(current)

    def _step_to(self, index: int) -> None:
        """Make block ``index`` (on screen) the current one, and show which it is."""
        block = self.body.article.blocks[index] if self.body.article else None
        if block is not None:
            self.aim = block.start
            self.body.flash(block.start, block.end)
