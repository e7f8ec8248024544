"""Drive the real app headless and write SVG screenshots (and PNG copies) to ``screenshots/``.

Run: ``python -m reader.ui.screenshots [OUTPUT_FOLDER]``. PNGs need ``rsvg-convert`` (Debian's
librsvg2-bin) or the ``cairosvg`` package; without either only the SVGs are written.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable
from contextlib import suppress
from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerFailed

from reader.core.paths import sample_path
from reader.ui.app import ReaderApp

Steps = Callable[[Pilot], Awaitable[None]]
OUTPUT = Path(__file__).resolve().parents[2] / "screenshots"  # the repository's
FONT_FAMILY = "DejaVu Sans Mono"


async def _settle(pilot: Pilot) -> None:
    for _ in range(3):
        with suppress(WorkerFailed):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    await pilot.pause(0.2)


async def _nothing(pilot: Pilot) -> None:
    return None


async def _help(pilot: Pilot) -> None:
    await pilot.press("question_mark")
    await pilot.pause()


async def _panels(pilot: Pilot) -> None:
    await pilot.press("p")
    await pilot.pause()


async def _quote(pilot: Pilot) -> None:
    await pilot.press("tab", "down", "enter")
    await pilot.pause()


SHOTS: list[tuple[str, str | None, tuple[int, int], Steps, bool]] = [
    # name, source (None: the sample), size, steps, light theme
    ("reader-sample", None, (120, 40), _nothing, False),
    ("reader-quote-jump-light", None, (120, 40), _quote, True),
    ("reader-help", None, (120, 44), _help, False),
    ("reader-narrow", None, (80, 24), _panels, False),
    ("reader-error", "http://127.0.0.1:9/story.html", (100, 20), _nothing, False),
]


async def take(
    name: str, source: str | None, size: tuple[int, int], steps: Steps, light: bool,
    folder: Path,
) -> Path:
    """Open the app, run ``steps``, save ``folder/name.svg``."""
    with tempfile.TemporaryDirectory() as data:
        if light:
            Path(data, "settings.json").write_text('{"theme": "light"}', encoding="utf-8")
        app = ReaderApp(source or str(sample_path()), data_dir=data)
        async with app.run_test(size=size) as pilot:
            await _settle(pilot)
            await steps(pilot)
            await pilot.pause(0.1)
            path = Path(app.save_screenshot(f"{name}.svg", str(folder)))
    return path


def to_png(svg: Path) -> Path | None:
    """A PNG copy beside the SVG (rsvg-convert, else cairosvg), or None."""
    png = svg.with_suffix(".png")
    text = svg.read_text(encoding="utf-8")
    # the SVG asks for Fira Code from the web; render with a monospace font that is installed
    local = svg.with_suffix(".local.svg")
    local.write_text(text.replace('"Fira Code"', f'"{FONT_FAMILY}"'), encoding="utf-8")
    try:
        if shutil.which("rsvg-convert"):
            subprocess.run(["rsvg-convert", "-o", str(png), str(local)], check=True)
            return png
        try:
            import cairosvg  # type: ignore[import-not-found]
        except ImportError:
            return None
        cairosvg.svg2png(url=str(local), write_to=str(png))
        return png
    finally:
        local.unlink(missing_ok=True)


async def main_async(folder: Path) -> list[Path]:
    """Take every screenshot; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, source, size, steps, light in SHOTS:
        svg = await take(name, source, size, steps, light, folder)
        written.append(svg)
        png = to_png(svg)
        if png is not None:
            written.append(png)
    return written


def main(argv: list[str] | None = None) -> int:
    """Entry point: ``python -m reader.ui.screenshots [FOLDER]``."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else OUTPUT
    for path in asyncio.run(main_async(folder)):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
