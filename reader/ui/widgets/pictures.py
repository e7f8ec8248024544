"""Pictures drawn in the rows kept below an image's placeholder (see block_render).

A picture is asked for only when one of its rows is drawn (so only near the view, never
before the first screen). Two daemon loader threads fetch, decode and turn it into cells
(:mod:`reader.ui.widgets.picture_load`), the latest asked first; the UI thread only puts the
finished rows on screen. Cells are coloured half blocks ("▀": the upper pixel as the colour,
the lower as the background), which every colour terminal shows (and headless).

Memory stays small whatever the article holds: only each picture reduced to its cells is
kept (:data:`KEEP_PICTURES`, least recently drawn dropped first), and the rows of cells of the
:data:`KEEP_DRAWN` pictures drawn last. A picture that cannot be had gives up its rows: the
article is laid out again with its placeholder and the reason on one line.

Where the terminal shows pictures itself (the Kitty graphics protocol: kitty, Ghostty;
chosen from the environment or the config's ``pictures``, see :func:`use_kitty`), a
picture is instead decoded to a PNG sized for its cells, sent to the terminal once and drawn as
placeholder cells (:mod:`reader.ui.widgets.kitty`); only its id and size are kept, and it is
deleted from the terminal when dropped from :data:`KEEP_DRAWN`, when the article shown no
longer has it, and on quitting.

textual-image is not used: importing it queries the terminal (ESC [ c) and reads the
keyboard, which must not happen while Textual owns the terminal.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from reader.core.book_address import is_book
from reader.ui.widgets.layout import PICTURE_ROWS

if TYPE_CHECKING:
    from reader.ui.settings import Settings
    from reader.ui.widgets.body import BodyView
    from reader.ui.widgets.layout import Layout
    from reader.ui.widgets.picture_load import Picture

ROWS = PICTURE_ROWS  # rows kept for each picture
MAX_CELLS = 240  # widest a picture is drawn; it is kept at most this many pixels across
KEEP_PICTURES = 256  # reduced pictures kept (each at most MAX_CELLS x 2*ROWS pixels)
KEEP_DRAWN = 24  # pictures kept as rows of cells, or sent to the terminal (one width each)
THREADS = 2
MAX_ID = 0xFFFFFF  # Kitty picture ids: the 24 bits of a foreground colour
CELL = (10, 20)  # pixels a cell is taken to be (never asked): a Kitty picture's resolution
# TERM_PROGRAM (lower case) of the terminals that show Kitty pictures by placeholders. Not
# WezTerm: its releases draw a U=1 placement at the cursor and show the placeholders as
# missing glyphs (wezterm/wezterm#7807, the support is PR #7924, open): "kitty" forces it.
KITTY_TERMINALS = ("ghostty",)
NESTED = ("TMUX", "STY", "ZELLIJ")  # multiplexers that do not pass the pictures on
Cells = list[list[Segment]]
# url, width in cells, the picture if already loaded, the book its own pictures are read from
Job = tuple[str, int, "Picture | None", "str | None"]


@dataclass(frozen=True)
class Placed:
    """A picture sent to the terminal (Kitty protocol): its id and its cells."""

    image_id: int
    cols: int
    rows: int


@dataclass(frozen=True)
class Encoded:
    """A picture made ready to send (in a loader thread): PNG bytes, kept until sent."""

    png: bytes
    cols: int
    rows: int


def use_kitty(setting: str, environ: Mapping[str, str], headless: bool = False) -> bool:
    """Whether pictures are drawn with the Kitty protocol: ``setting`` "kitty" always,
    "auto" in a terminal known to show them (not inside tmux, screen or zellij, nor
    ``headless``: no terminal, or a browser); never asked of the terminal."""
    if setting != "auto":
        return setting == "kitty"
    if headless or any(environ.get(name) for name in NESTED):
        return False
    return bool(
        environ.get("KITTY_WINDOW_ID")
        or environ.get("TERM") == "xterm-kitty"
        or environ.get("TERM_PROGRAM", "").lower() in KITTY_TERMINALS
    )


class _Recent(OrderedDict):  # type: ignore[type-arg]
    """A dict that forgets its least recently used entries past ``size`` (each forgotten
    value handed to ``dropped``)."""

    def __init__(self, size: int, dropped: Callable[[object, object], None] | None = None
                 ) -> None:
        super().__init__()
        self.size = size
        self.dropped = dropped

    def use(self, key: object) -> object:
        value = self.get(key)
        if value is not None:
            self.move_to_end(key)
        return value

    def keep(self, key: object, value: object) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.size:
            key, old = self.popitem(last=False)
            if self.dropped is not None:
                self.dropped(key, old)


class Loader:
    """Daemon threads doing jobs, the latest asked first; each result handed to ``deliver``
    on the event loop. Quitting never waits for them (a stalled server included)."""

    def __init__(self, work: Callable[[Job], object], deliver: Callable[..., None]) -> None:
        self.work, self.deliver = work, deliver
        self.loop = asyncio.get_running_loop()
        import queue  # (~1 ms: with the first picture drawn, not at start)

        self.jobs: queue.LifoQueue[Job] = queue.LifoQueue()
        self.threads: list[threading.Thread] = []

    def ask(self, job: Job) -> None:
        """Queue ``job`` (threads start on the first)."""
        self.jobs.put(job)
        if len(self.threads) < THREADS:
            thread = threading.Thread(target=self._run, name="reader-pictures", daemon=True)
            self.threads.append(thread)
            thread.start()

    def drop(self) -> list[Job]:
        """Forget the jobs not started yet; return them."""
        from queue import Empty

        dropped = []
        with contextlib.suppress(Empty):
            while True:
                dropped.append(self.jobs.get_nowait())
        return dropped

    def _run(self) -> None:
        while True:
            job = self.jobs.get()
            try:
                result = self.work(job)
            except Exception as error:
                result = f"not drawn ({type(error).__name__})"
            with contextlib.suppress(RuntimeError):  # the loop is closed: the app is gone
                self.loop.call_soon_threadsafe(self.deliver, job, result)


class PictureRows:
    """The pictures of the articles shown: loading, loaded, drawn, or why not."""

    def __init__(self, body: BodyView, folder: Path, rows: int, kitty: bool = False) -> None:
        self.body = body
        self.folder = folder
        self.rows = rows
        self.kitty = kitty  # sent to the terminal (Kitty protocol), else half blocks
        self.pictures = _Recent(KEEP_PICTURES)  # url -> Picture (half blocks only)
        self.drawn = _Recent(KEEP_DRAWN, self._dropped)  # (url, width) -> Cells | Placed
        self.next_id = 1 + int.from_bytes(os.urandom(3), "big") % (MAX_ID - 1)
        self.failures: dict[str, str] = {}  # url -> why it is not shown
        self.loading: set[tuple[str, int]] = set()
        self.loader = Loader(self._work, self._done)
        self.article: object = None  # the article whose pictures are asked for
        self.book: str | None = None  # its source: where a book's own pictures are read
        self.collapsing: set[str] = set()  # failed, their rows not yet given back

    def pending(self) -> int:
        """Pictures being loaded or turned into cells now (or failed, rows not given back)."""
        return len(self.loading) + len(self.collapsing)

    def shown(self) -> int:
        """Pictures loaded (kept reduced, or sent to the terminal)."""
        return len(self.drawn) if self.kitty else len(self.pictures)

    def lines(self, url: str, width: int) -> Cells | Placed | str | None:
        """The picture's rows at ``width`` cells (or where it was sent); why it is not
        shown; None while it loads (the first ask starts the load)."""
        if url in self.failures:
            return self.failures[url]
        if self.body.article is not self.article:  # another article: its pictures first
            self.new_article()
        key = (url, width)
        cells = self.drawn.use(key)
        if cells is not None:
            return cells  # type: ignore[return-value]
        if key not in self.loading:
            self.loading.add(key)
            kept = None if self.kitty else self.pictures.use(url)
            self.loader.ask((url, width, kept, self.book))  # type: ignore[arg-type]
        return None

    def new_article(self) -> None:
        """The body shows another article: its pictures are asked for first, and those sent
        to the terminal that it does not have are deleted there."""
        self.article = self.body.article
        book = getattr(self.article, "source", None)
        if book != self.book:  # a book's own pictures are named within it: not another's
            self.book = book
            self._forget_book_pictures()
        self._forget_queued()
        if self.kitty:
            self._forget_sent(keep=_image_urls(self.body))

    def close(self) -> None:
        """Delete every picture sent to the terminal (quitting, or pictures off)."""
        if self.kitty:
            self._forget_sent(keep=set())

    def _forget_sent(self, keep: set[str]) -> None:
        """Delete the pictures sent to the terminal whose url is not in ``keep``."""
        for key in [key for key in self.drawn if key[0] not in keep]:
            self._dropped(key, self.drawn.pop(key))

    def _dropped(self, key: object, drawn: object) -> None:
        """A drawn picture forgotten: deleted from the terminal if it was sent there, and
        its rows drawn again (their placeholders would show nothing now)."""
        if not isinstance(drawn, Placed):
            return
        from reader.ui.widgets.kitty import delete

        self._write(delete(drawn.image_id))
        self._redraw(key[0])  # type: ignore[index]

    def _write(self, sequence: str) -> None:
        """Write an escape sequence built here to the terminal, between Textual's frames
        (Textual 8 has no public call for it: its own clipboard copy uses the driver so)."""
        driver = getattr(self.body.app, "_driver", None)
        if driver is not None:
            driver.write(sequence)

    def forget_failures(self) -> None:
        """Try the pictures that failed again (pictures turned back on)."""
        self.failures.clear()
        self._forget_queued()

    def _forget_queued(self) -> None:
        for url, width, _, _ in self.loader.drop():
            self.loading.discard((url, width))

    def _forget_book_pictures(self) -> None:
        """Forget what was had of a book's own pictures (the next book may name the same)."""
        for url in [url for url in self.pictures if is_book(url)]:
            del self.pictures[url]
        for key in [key for key in self.drawn if is_book(key[0])]:
            self._dropped(key, self.drawn.pop(key))
        for url in [url for url in self.failures if is_book(url)]:
            del self.failures[url]

    def _collapse(self) -> None:
        urls, self.collapsing = self.collapsing, set()
        collapse(self.body, urls)

    def _work(self, job: Job) -> tuple[Picture, Cells] | Encoded | str:
        """In a loader thread: the picture (loaded unless known) and its cells, or (Kitty)
        the PNG to send."""
        url, width, picture, book = job
        if picture is None:
            from reader.ui.widgets.picture_load import load  # (~1 ms: not before a picture)

            box = (width * CELL[0], self.rows * CELL[1]) if self.kitty else (
                MAX_CELLS, 2 * self.rows)
            loaded = load(self.folder, url, box, book)
            if isinstance(loaded, str):
                return loaded
            picture = loaded
        if self.kitty:
            return encoded(picture, width, self.rows)
        return picture, cells(picture, width, self.rows)

    def _done(self, job: Job, result: tuple[Picture, Cells] | Encoded | str) -> None:
        """On the UI thread: a job's result shown."""
        url, width, _, book = job
        self.loading.discard((url, width))
        if book != self.book and is_book(url):  # another book's picture of that name:
            self._redraw(url)  # this one's is asked for again
            return
        if isinstance(result, str):
            if not self.collapsing:
                self.body.call_later(self._collapse)  # failures that come together: once
            self.failures[url] = result
            self.collapsing.add(url)
            return
        runs = picture_runs(self.body, url)
        if isinstance(result, Encoded):
            if not runs:
                return  # the article changed meanwhile: not sent
            self._send(url, width, result)
        else:
            picture, drawn = result
            self.pictures.keep(url, picture)
            self.drawn.keep((url, width), drawn)
        self._redraw(url, runs)

    def _redraw(self, url: str, runs: list[tuple[int, int]] | None = None) -> None:
        """Draw again the rows of the picture at ``url`` (``runs``: where they are)."""
        for first, count in picture_runs(self.body, url) if runs is None else runs:
            self.body.refresh_rows(first, count)

    def _send(self, url: str, width: int, ready: Encoded) -> None:
        """Send a picture to the terminal (its PNG is not kept); the same picture at another
        width is deleted there."""
        from reader.ui.widgets.kitty import transmit

        for key in [key for key in self.drawn if key[0] == url]:
            self._dropped(key, self.drawn.pop(key))
        image_id, self.next_id = self.next_id, self.next_id % MAX_ID + 1
        self._write(transmit(image_id, ready.png, ready.cols, ready.rows))
        self.drawn.keep((url, width), Placed(image_id, ready.cols, ready.rows))


def _image_urls(body: BodyView) -> set[str]:
    """The pictures of the article shown."""
    article = body.article
    blocks = article.blocks if article is not None else ()
    return {block.src for block in blocks if block.type == "image" and block.src}


def picture_runs(body: BodyView, url: str) -> list[tuple[int, int]]:
    """Where the picture at ``url`` is drawn: (first row, how many) per figure showing it."""
    layout, article = body.layout_rows, body.article
    if layout is None or article is None:
        return []
    runs: list[tuple[int, int]] = []
    starts = layout.block_rows
    for index, block in enumerate(article.blocks[: len(starts)]):
        if block.type != "image" or block.src != url:
            continue
        end = starts[index + 1] if index + 1 < len(starts) else len(layout)
        rows = [row for row in range(starts[index], end) if layout.kinds[row] == "picture"]
        if rows:
            runs.append((rows[0], len(rows)))
    return runs


def cells(picture: Picture, width: int, rows: int) -> Cells:
    """``picture`` as half-block cells, at most ``width`` x ``rows``, its shape kept."""
    from PIL import Image

    image = Image.frombytes("RGB", (picture.width, picture.height), picture.pixels)
    scale = min(width / image.width, 2 * rows / image.height, 1.0)
    across = max(1, round(image.width * scale))
    down = max(2, round(image.height * scale))
    down += down % 2  # two pixels a cell, one above the other
    if (across, down) != image.size:
        image = image.resize((across, down), Image.Resampling.BILINEAR)
    data, stride = image.tobytes(), 3 * across
    styles: dict[bytes, Style] = {}
    lines = []
    for top in range(0, min(down, 2 * rows), 2):
        upper = data[top * stride : (top + 1) * stride]
        lower = data[(top + 1) * stride : (top + 2) * stride]
        line: list[Segment] = []
        last, run = None, 0
        for x in range(0, stride, 3):
            key = upper[x : x + 3] + lower[x : x + 3]
            style = styles.get(key)
            if style is None:
                style = styles[key] = Style.from_color(
                    Color.from_rgb(*key[:3]), Color.from_rgb(*key[3:])
                )
            if style is not last and run:
                line.append(Segment("▀" * run, last))
                run = 0
            last, run = style, run + 1
        if run:
            line.append(Segment("▀" * run, last))
        lines.append(line)
    return lines


def encoded(picture: Picture, width: int, rows: int) -> Encoded:
    """``picture`` as PNG and the cells it takes (at most ``width`` x ``rows``, taking a cell
    as :data:`CELL` pixels; the terminal fits it in them, its shape kept)."""
    from reader.ui.widgets.kitty import png_of

    cols = min(width, max(1, round(picture.width / CELL[0])))
    down = min(rows, max(1, round(picture.height / CELL[1])))
    return Encoded(png_of(picture.pixels, picture.width, picture.height), cols, down)


def collapse(body: BodyView, urls: set[str]) -> None:
    """The pictures at ``urls`` failed: lay out again without their rows, the same text on
    top."""
    layout, article = body.layout_rows, body.article
    if layout is None or article is None:
        return
    top = round(body.scroll_y)
    above = 0
    for index, block in enumerate(article.blocks[: len(layout.block_rows)]):
        if block.type != "image" or block.src not in urls or layout.block_rows[index] >= top:
            continue
        row = layout.block_rows[index]
        while row < min(top, len(layout)) and layout.blocks[row] == index:
            above += layout.kinds[row] == "picture"
            row += 1
    body.redraw(relayout=True)
    if above:
        body.scroll_to(y=max(0, top - above), animate=False, immediate=True)


def picture_strip(
    body: BodyView, layout: Layout, row: int, segments: list[Segment]
) -> Strip:
    """A picture row: ``segments`` (its margin) then that row of the block's picture."""
    first = row
    while first > 0 and layout.kinds[first - 1] == "picture":
        first -= 1
    article = body.article
    block = layout.blocks[row]
    if article is None or not 0 <= block < len(article.blocks):
        return Strip(segments)
    url = article.blocks[block].src
    if not url:
        return Strip(segments)
    if body.picture_rows is None:
        mode = getattr(getattr(body.app, "settings", None), "picture_mode", "auto")
        kitty = use_kitty(mode, os.environ, body.app.is_headless or body.app.is_web)
        body.picture_rows = PictureRows(body, Path(body.app.data_dir), layout.picture_rows,
                                        kitty)
    lines = body.picture_rows.lines(url, min(layout.width, MAX_CELLS))
    if isinstance(lines, list) and row - first < len(lines):
        segments.extend(lines[row - first])
    elif isinstance(lines, Placed) and row - first < lines.rows:
        from reader.ui.widgets.kitty import placeholder_row

        base = segments[0].style if segments else None
        segments.append(placeholder_row(lines.image_id, row - first, lines.cols, base))
    return Strip(segments)


def failures(body: BodyView) -> dict[str, str]:
    """The pictures of ``body`` that cannot be shown: url -> why (laid out on one line)."""
    return body.picture_rows.failures if body.picture_rows is not None else {}


def toggle(body: BodyView, settings: Settings) -> None:
    """Pictures on or off (remembered in the settings, and said); on again retries those
    that failed."""
    settings.pictures = not settings.pictures
    settings.save()
    if body.picture_rows is not None:
        body.picture_rows.forget_failures()
        if not settings.pictures:
            body.picture_rows.close()
    body.redraw(ROWS if settings.pictures else 0)
    article = body.article
    none = article is not None and not any(block.src for block in article.blocks)
    body.notify(("Pictures on: drawn below their [image] rows" if settings.pictures else
                 "Pictures off: their [image] rows only")
                + (" (this article has none)." if none else "."), title="Pictures")


def forget_sent(body: BodyView, quitting: bool = False) -> None:
    """``body`` shows another article (see :meth:`PictureRows.new_article`), or goes
    (``quitting``: every picture sent to the terminal is deleted there)."""
    if body.picture_rows is None:
        return
    if quitting:
        body.picture_rows.close()
    else:
        body.picture_rows.new_article()
