"""Pictures drawn in the rows kept below an image's placeholder (see block_render).

A picture is fetched in a thread only when one of its rows is drawn (so only near the view,
never before the first screen), at most :data:`MAX_BYTES`, with the fetch deadlines of
:mod:`reader.sources.fetch`, and cached as ``<data_dir>/images/<sha256 of url>``. It is drawn
as coloured half-block cells ("▀": the upper pixel as the colour, the lower as the background),
which every colour terminal shows (and headless); Pillow is imported on the first picture
only. textual-image is not used: importing it queries the terminal (ESC [ c) and reads the
keyboard, which must not happen while Textual owns the terminal.
"""

from __future__ import annotations

import contextlib
import io
import os
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from reader.core.errors import LoadError

if TYPE_CHECKING:
    from reader.ui.settings import Settings
    from reader.ui.widgets.body import BodyView
    from reader.ui.widgets.layout import Layout

ROWS = 12  # rows kept for each picture
MAX_BYTES = 5 * 1024 * 1024
FOLDER = "images"
LOADING = "loading"


def cache_path(folder: Path, url: str) -> Path:
    """Where the picture at ``url`` is cached."""
    import hashlib  # (not before the first screen: most articles draw no picture on it)

    return folder / FOLDER / hashlib.sha256(url.encode("utf-8")).hexdigest()


def load(folder: Path, url: str) -> Any:
    """In a thread: the picture at ``url`` (cache, else fetched and cached) as a PIL image;
    a short reason (str) when it cannot be had."""
    from PIL import Image, UnidentifiedImageError

    from reader.sources.fetch import fetch, format_size  # (not before the first screen)

    path = cache_path(folder, url)
    try:
        data = path.read_bytes() if path.is_file() else None
    except OSError:
        data = None
    if data is None:
        try:
            data = fetch(url, max_bytes=MAX_BYTES, pictures=True).data
        except LoadError as error:
            return str(error) or "not fetched"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".tmp")
            temporary.write_bytes(data)
            os.replace(temporary, path)
        except OSError:
            pass  # drawn all the same, fetched again next time
    if len(data) > MAX_BYTES:
        return f"larger than {format_size(MAX_BYTES)}"
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return "not a picture"
    return image


class PictureRows:
    """The pictures of the article shown: loading, loaded (PIL images) or why not."""

    def __init__(self, body: BodyView, folder: Path, rows: int) -> None:
        self.body = body
        self.folder = folder
        self.rows = rows
        self.state: dict[str, Any] = {}  # url -> LOADING, a PIL image or a reason (str)
        self._lines: dict[tuple[str, int], list[list[Segment]]] = {}

    def lines(self, url: str, width: int) -> list[list[Segment]] | str | None:
        """The picture's rows at ``width`` cells; a reason it is not shown; None while it
        loads (the first ask starts the load)."""
        state = self.state.get(url)
        if state is None:
            self.state[url] = LOADING
            self.body.run_worker(
                partial(self._load, url), name="picture", group="pictures",
                description="fetch a picture", thread=True, exit_on_error=False,
            )
            return None
        if state == LOADING or isinstance(state, str):
            return None if state == LOADING else state
        key = (url, width)
        if key not in self._lines:
            self._lines[key] = _render(state, width, self.rows)
        return self._lines[key]

    def _load(self, url: str) -> None:
        result = load(self.folder, url)
        with contextlib.suppress(RuntimeError):  # the app is gone
            self.body.app.call_from_thread(self._loaded, url, result)

    def _loaded(self, url: str, result: Any) -> None:
        self.state[url] = result
        self.body.redraw()


def _render(image: Any, width: int, rows: int) -> list[list[Segment]]:
    """``image`` as half-block cells, at most ``width`` × ``rows`` cells, its shape kept."""
    from PIL import Image

    picture = image.convert("RGB")
    scale = min(width / picture.width, 2 * rows / picture.height, 1.0)
    cells = max(1, round(picture.width * scale))
    pixel_rows = max(2, round(picture.height * scale))
    pixel_rows += pixel_rows % 2  # two pixels a cell, one above the other
    picture = picture.resize((cells, pixel_rows), Image.Resampling.LANCZOS)
    pixels = picture.load()
    lines = []
    for top in range(0, pixel_rows, 2):
        line = []
        for x in range(cells):
            upper, lower = pixels[x, top], pixels[x, top + 1]
            style = Style(color=Color.from_rgb(*upper), bgcolor=Color.from_rgb(*lower))
            line.append(Segment("▀", style))
        lines.append(line)
    return lines[:rows]


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
    lines = body.picture_rows.lines(url, layout.width)
    if isinstance(lines, str):
        if row == first:
            segments.append(Segment(f"(picture not shown: {lines})", body.rich_style))
    elif lines is not None and row - first < len(lines):
        segments.extend(lines[row - first])
    return Strip(segments)


def toggle(body: BodyView, settings: Settings) -> None:
    """Pictures on or off (remembered in the settings)."""
    settings.pictures = not settings.pictures
    settings.save()
    body.redraw(ROWS if settings.pictures else 0)
