"""The hostile inputs of ``benchmarks/scaling.py`` in the real app, headless.

Each input (built at about ``--size`` bytes by ``benchmarks/scaling_inputs.py``) is opened in
``ReaderApp`` through Textual's ``run_test``; then the end (G), three page-downs, the start
(g), a search for a word of the text and the next match. Prints for each: the seconds to
open (to the laid-out body), the slowest step, and the longest the event loop stalled from
the first screen on (a ticker every 10 ms); a stall over 1 s or an error is flagged.

Usage: python benchmarks/scaling_app.py [--only SUBSTRING] [--size BYTES]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from app_sweep import NotOpened, _opened
from scaling import sized
from scaling_inputs import KINDS

STEPS = (("G",), ("pagedown",), ("pagedown",), ("pagedown",), ("g",))
FLAG_STALL = 1.0


class Ticker:
    """The longest gap between the event loop's turns while it runs."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.01)
            now = time.perf_counter()
            self.longest = max(self.longest, now - last - 0.01)
            last = now

    def start(self) -> None:
        self.task = asyncio.get_running_loop().create_task(self._tick())


async def use(path: Path, data_dir: str) -> tuple[float, float, float]:
    """Open ``path`` and go through it: seconds to open, the slowest step, the longest stall."""
    from reader.ui.app import ReaderApp

    start = time.perf_counter()
    app = ReaderApp(str(path), data_dir=data_dir)
    ticker = Ticker()
    slowest = 0.0
    async with app.run_test(size=(110, 32)) as pilot:
        await _opened(app, start)
        opened = time.perf_counter() - start
        ticker.start()
        for keys in STEPS:
            began = time.perf_counter()
            await pilot.press(*keys)
            await pilot.pause()
            slowest = max(slowest, time.perf_counter() - began)
        began = time.perf_counter()
        await pilot.press("slash")
        bar = app.reading._search_bar()
        if bar is not None:
            bar.input.value = "council"
        await pilot.press("enter", "n", "escape")
        await pilot.pause()
        slowest = max(slowest, time.perf_counter() - began)
    return opened, slowest, ticker.longest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="only kinds or patterns holding one of: a,b")
    parser.add_argument("--size", type=int, default=400_000, help="bytes of an input")
    args = parser.parse_args()
    flagged = 0
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "config.toml"
        config.write_text("pictures = false\n", encoding="utf-8")  # (no fetch from the web)
        os.environ["READER_CONFIG"] = str(config)
        for kind, (suffix, patterns) in KINDS.items():
            if kind in ("feed", "piped"):  # (a feed's entries open from the store; piped is text)
                continue
            for pattern, build in patterns.items():
                if not any(part in f"{kind} {pattern}" for part in args.only.split(",")):
                    continue
                target = args.size // 8 if suffix in (".epub", ".docx") else args.size
                data = build(sized(build, target))
                path = Path(folder) / f"input{suffix}"
                path.write_bytes(data if isinstance(data, bytes) else data.encode())
                with tempfile.TemporaryDirectory() as data_dir:
                    try:
                        opened, slowest, stall = asyncio.run(use(path, data_dir))
                    except NotOpened:
                        print(f"{kind:9} {pattern:22} not opened (no article)", flush=True)
                        continue
                    except Exception as error:  # (every failure listed)
                        flagged += 1
                        last = traceback.format_exception_only(error)[-1].strip()
                        print(f"{kind:9} {pattern:22} RAISED {last[:150]}", flush=True)
                        continue
                flag = "STALL" if max(slowest, stall) > FLAG_STALL else ""
                flagged += bool(flag)
                print(
                    f"{kind:9} {pattern:22} {len(data) // 1024:6} KB  open {opened:5.2f} s  "
                    f"slowest step {slowest:5.2f} s  stall {stall:5.2f} s  {flag}",
                    flush=True,
                )
    print(f"{flagged} flagged (a step or a stall over {FLAG_STALL:.0f} s, or an error)")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
