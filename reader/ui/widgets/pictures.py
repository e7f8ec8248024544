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

textual-image is not used: importing it queries the terminal (ESC [ c) and reads the
keyboard, which must not happen while Textual owns the terminal.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from reader.ui.widgets.layout import PICTURE_ROWS

if TYPE_CHECKING:
    from reader.ui.settings import Settings
    from reader.ui.widgets.body import BodyView
    from reader.ui.widgets.layout import Layout
    from reader.ui.widgets.picture_load import Picture

ROWS = PICTURE_ROWS  # rows kept for each picture
MAX_CELLS = 240  # widest a picture is drawn; it is kept at most this many pixels across
KEEP_PICTURES = 256  # reduced pictures kept (each at most MAX_CELLS x 2*ROWS pixels)
KEEP_DRAWN = 24  # pictures kept as rows of cells (at one width each)
THREADS = 2
Cells = list[list[Segment]]
Job = tuple[str, int, "Picture | None"]  # url, width in cells, the picture if already loaded


class _Recent(OrderedDict):  # type: ignore[type-arg]
    """A dict that forgets its least recently used entries past ``size``."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def use(self, key: object) -> object:
        value = self.get(key)
        if value is not None:
            self.move_to_end(key)
        return value

    def keep(self, key: object, value: object) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)


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

    def __init__(self, body: BodyView, folder: Path, rows: int) -> None:
        self.body = body
        self.folder = folder
        self.rows = rows
        self.pictures = _Recent(KEEP_PICTURES)  # url -> Picture
        self.drawn = _Recent(KEEP_DRAWN)  # (url, width) -> Cells
        self.failures: dict[str, str] = {}  # url -> why it is not shown
        self.loading: set[tuple[str, int]] = set()
        self.loader = Loader(self._work, self._done)
        self.article: object = None  # the article whose pictures are asked for
        self.collapsing: set[str] = set()  # failed, their rows not yet given back

    def pending(self) -> int:
        """Pictures being loaded or turned into cells now (or failed, rows not given back)."""
        return len(self.loading) + len(self.collapsing)

    def shown(self) -> int:
        """Pictures loaded (kept reduced)."""
        return len(self.pictures)

    def lines(self, url: str, width: int) -> Cells | str | None:
        """The picture's rows at ``width`` cells; why it is not shown; None while it loads
        (the first ask starts the load)."""
        if url in self.failures:
            return self.failures[url]
        if self.body.article is not self.article:  # another article: its pictures first
            self.article = self.body.article
            self._forget_queued()
        key = (url, width)
        cells = self.drawn.use(key)
        if cells is not None:
            return cells  # type: ignore[return-value]
        if key not in self.loading:
            self.loading.add(key)
            self.loader.ask((url, width, self.pictures.use(url)))  # type: ignore[arg-type]
        return None

    def forget_failures(self) -> None:
        """Try the pictures that failed again (pictures turned back on)."""
        self.failures.clear()
        self._forget_queued()

    def _forget_queued(self) -> None:
        for url, width, _ in self.loader.drop():
            self.loading.discard((url, width))

    def _collapse(self) -> None:
        urls, self.collapsing = self.collapsing, set()
        collapse(self.body, urls)

    def _work(self, job: Job) -> tuple[Picture, Cells] | str:
        """In a loader thread: the picture (loaded unless known) and its cells."""
        url, width, picture = job
        if picture is None:
            from reader.ui.widgets.picture_load import load  # (~1 ms: not before a picture)

            loaded = load(self.folder, url, (MAX_CELLS, 2 * self.rows))
            if isinstance(loaded, str):
                return loaded
            picture = loaded
        return picture, cells(picture, width, self.rows)

    def _done(self, job: Job, result: tuple[Picture, Cells] | str) -> None:
        """On the UI thread: a job's result shown."""
        url, width, _ = job
        self.loading.discard((url, width))
        if isinstance(result, str):
            if not self.collapsing:
                self.body.call_later(self._collapse)  # failures that come together: once
            self.failures[url] = result
            self.collapsing.add(url)
            return
        picture, drawn = result
        self.pictures.keep(url, picture)
        self.drawn.keep((url, width), drawn)
        for first, count in picture_runs(self.body, url):
            self.body.refresh_rows(first, count)


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
        body.picture_rows = PictureRows(body, Path(body.app.data_dir), layout.picture_rows)
    lines = body.picture_rows.lines(url, min(layout.width, MAX_CELLS))
    if isinstance(lines, list) and row - first < len(lines):
        segments.extend(lines[row - first])
    return Strip(segments)


def failures(body: BodyView) -> dict[str, str]:
    """The pictures of ``body`` that cannot be shown: url -> why (laid out on one line)."""
    return body.picture_rows.failures if body.picture_rows is not None else {}


def toggle(body: BodyView, settings: Settings) -> None:
    """Pictures on or off (remembered in the settings); on again retries those that failed."""
    settings.pictures = not settings.pictures
    settings.save()
    if body.picture_rows is not None:
        body.picture_rows.forget_failures()
    body.redraw(ROWS if settings.pictures else 0)
