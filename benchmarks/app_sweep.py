"""Every page through the real app, headless, as a user would go through it.

For each page: open it, go to the bottom and back, page and paragraph through it, hide and
show the panels, jump from the first panel item to the text, open and close the outline and
the links list, search a word of the article and step through the matches, bookmark, and
read on in a terminal narrowed to 50 columns. Prints the pages that raised (with the error's
last line) or timed out, those the app said it could not read, and the slowest; an exit
status of 1 when any raised.

Default pages: the DEV part of ``../shared/data/wcxb-dev`` (the held-out fifth is skipped:
``benchmarks/wcxb.py`` says why). A folder of ``.html`` files may be given instead.

Usage: python benchmarks/app_sweep.py [DATA] [--limit N] [--start K]
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import os
import re
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wcxb import DEFAULT_DATA, part_of  # noqa: E402

_WORD = re.compile(r"[^\W\d_]{6,}")
KEYS = ("G", "g", "space", "}", "ctrl+d", "k", "p", "p", "tab", "enter", "escape")


def pages(data: Path) -> list[Path]:
    """The pages to open: a folder's ``.html`` files, or the WCXB dev pages."""
    html = data / "html"
    if not html.is_dir():
        return sorted(data.glob("*.html"))
    return [path for path in sorted(html.glob("*.html.gz"))
            if part_of(path.name.split(".")[0]) == "dev"]


def readable_copy(path: Path, folder: Path) -> Path:
    """``path`` as a plain ``.html`` file the app opens."""
    if path.suffix != ".gz":
        return path
    target = folder / path.name.removesuffix(".gz")
    target.write_bytes(gzip.decompress(path.read_bytes()))
    return target


class NotOpened(Exception):
    """The app said the page could not be read (a page with no article text)."""


async def _opened(app: Any, start: float) -> Any:
    """The body once the article is laid out; raises ``NotOpened`` when the app shows its
    failure instead, ``TimeoutError`` after 60 s."""
    while time.perf_counter() - start < 60:
        await asyncio.sleep(0.005)
        screen = app.reading
        if screen is not None and getattr(screen, "mode", "") == "failed":
            raise NotOpened("the app said it could not read the page")
        if screen is not None and screen.article is not None:
            body = screen.body
            if body.layout_rows is not None and body.size.height:
                return body
    raise TimeoutError("did not open within 60 s")


async def go_through(path: Path, data_dir: str) -> float:
    """Open ``path`` in the app and use it; the seconds it took. Raises what the app raised."""
    from reader.ui.app import ReaderApp

    start = time.perf_counter()
    app = ReaderApp(str(path), data_dir=data_dir)
    async with app.run_test(size=(110, 32)) as pilot:
        body = await _opened(app, start)
        await pilot.press(*KEYS, "T")
        await pilot.pause()
        await pilot.press("escape", "f")
        await pilot.pause()
        await pilot.press("escape")
        words = _WORD.findall(" ".join(block.text for block in app.reading.article.blocks[:20]))
        if words:
            await pilot.press("slash")
            bar = app.reading._search_bar()  # (the word typed at once: a key a letter is slow)
            if bar is not None:
                bar.input.value = words[len(words) // 2]
            await pilot.press("enter", "n", "N", "escape")
        await pilot.press("m")
        await pilot.resize_terminal(50, 20)
        await pilot.press("space", "G")
        await pilot.pause()
        assert body.is_attached
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--start", type=int, default=0)
    options = parser.parse_args()
    chosen = pages(options.data)[options.start:]
    chosen = chosen[: options.limit] if options.limit else chosen
    raised: list[tuple[str, str]] = []
    refused: list[str] = []
    took: list[tuple[float, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "config.toml"
        config.write_text("pictures = false\n", encoding="utf-8")  # (no fetch from the web)
        os.environ["READER_CONFIG"] = str(config)
        for at, path in enumerate(chosen, 1):
            copy = readable_copy(path, Path(folder))
            with tempfile.TemporaryDirectory() as data_dir:
                try:
                    took.append((asyncio.run(go_through(copy, data_dir)), path.name))
                except NotOpened:
                    refused.append(path.name)
                except Exception as error:  # (every failure listed)
                    last = traceback.format_exception_only(error)[-1].strip()
                    raised.append((path.name, last[:200]))
                    print(f"  {path.name}: {last[:200]}", flush=True)
            if copy != path:
                copy.unlink()
            if at % 50 == 0:
                print(f"{at} pages", flush=True)
    took.sort(reverse=True)
    print(f"pages {len(chosen)}, raised or timed out {len(raised)}, "
          f"said they hold no article {len(refused)} {' '.join(refused)}")
    for name, error in raised:
        print(f"  {name}: {error}")
    if took:
        print(f"median {sorted(took)[len(took) // 2][0]:.2f} s a page; slowest:")
        for seconds, name in took[:5]:
            print(f"  {name}: {seconds:.2f} s")
    return 1 if raised else 0


if __name__ == "__main__":
    raise SystemExit(main())
