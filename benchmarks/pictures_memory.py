"""Pictures shown: peak memory and frame times (issue 14), against the targets.

A child process serves, on 127.0.0.1, an article of 50 figures and 20 code blocks (the page of
benchmarks/structure_render.py) whose pictures are real-size photos (1600x1000: JPEG and PNG,
made with Pillow in that child). Another child runs the real app headless on it, pictures on,
and pages from the top to the bottom, waiting at each page until its pictures are drawn, so
every picture is fetched, decoded and drawn once. It reports:
- peak RSS of the app's process (``ru_maxrss``), target <= 200 MB with all pictures shown;
  the same run with pictures off beside it, for scale;
- frame times while pictures load, target <= 16 ms: the rows on screen drawn
  (``render_lines``), the UI thread's work when a picture comes, the UI thread's own CPU time
  in any 2 ms tick of the event loop; and the loop's lateness (a 2 ms timer's overshoot:
  anything that holds the UI thread or the GIL, decoding included, but also waiting for a
  core on a busy machine: the load average is printed, and the same with pictures off).
Keys drive it (space a page; j/k while pictures load, as a reader nudging the text: the app
collects garbage only when no key came for a second, see reader/ui/app.py).
Usage: python benchmarks/pictures_memory.py [--figures 50] [--code 20] [--size 1600x1000]
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from app_wait import laid_out_body
from structure_render import generate

TARGET_MB = 200
TARGET_FRAME_MS = 16.0
VARIANTS = 6  # distinct pictures made; figure n gets variant n % VARIANTS (each its own URL)


def make_pictures(width: int, height: int) -> list[tuple[str, bytes]]:
    """Photo-like pictures (gradients and noise): JPEGs and PNGs, (content type, bytes)."""
    from PIL import Image

    pictures = []
    for index in range(VARIANTS):
        red = Image.linear_gradient("L").rotate(index * 40).resize((width, height))
        green = Image.effect_noise((width, height), 24 + index * 8)
        blue = Image.radial_gradient("L").resize((width, height))
        picture = Image.merge("RGB", (red, green, blue))
        data = io.BytesIO()
        if index % 3 == 2:  # a third PNG
            picture.save(data, "PNG")
            pictures.append(("image/png", data.getvalue()))
        else:
            picture.save(data, "JPEG", quality=88)
            pictures.append(("image/jpeg", data.getvalue()))
    return pictures


def serve(figures: int, code: int, size: tuple[int, int]) -> None:
    """The child that serves the article and its pictures; prints its port, then serves."""
    pictures = make_pictures(*size)
    page = generate(figures, code).replace("https://example.org/", "/pictures/")
    page = page.encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.startswith("/pictures/"):
                number = int(self.path.rsplit("/", 1)[1].split(".")[0])
                kind, body = pictures[number % len(pictures)]
            elif self.path == "/article":
                kind, body = "text/html; charset=utf-8", page
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    sizes = sorted(len(body) for _, body in pictures)
    print(json.dumps({"port": server.server_address[1], "sizes": sizes}), flush=True)
    server.serve_forever()


def loading(body) -> int:  # type: ignore[no-untyped-def]
    """Pictures being fetched or decoded now."""
    rows = body.picture_rows
    return 0 if rows is None else rows.pending()


async def measure(url: str, pictures: bool) -> dict[str, float]:
    """In the measuring child: open ``url``, page through it all with keys; numbers."""
    from textual.geometry import Region

    from reader.ui.app import ReaderApp
    from reader.ui.widgets import pictures as module

    results: dict[str, float] = {}
    frames: list[float] = []
    lateness: list[float] = []
    working: list[float] = []  # the UI thread's own CPU time in each of those ticks
    arrivals: list[float] = []  # the UI thread's work when a picture comes
    done = module.PictureRows._done

    def timed_done(self, job, result) -> None:  # type: ignore[no-untyped-def]
        began = time.perf_counter()
        done(self, job, result)
        arrivals.append((time.perf_counter() - began) * 1000)

    module.PictureRows._done = timed_done  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as data:
        config = Path(data) / "config.toml"
        config.write_text(f"pictures = {'true' if pictures else 'false'}\n", encoding="utf-8")
        os.environ["READER_CONFIG"] = str(config)
        app = ReaderApp(url, data_dir=data)
        async with app.run_test(size=(120, 40)) as pilot:
            start = time.perf_counter()
            body = await laid_out_body(app, start, "article", poll=0.005)
            await pilot.pause()
            region = Region(0, 0, body.scrollable_content_region.width,
                            body.scrollable_content_region.height)
            busy = True

            async def watch() -> None:  # the event loop's lateness while reading
                while busy:
                    began, cpu = time.perf_counter(), time.thread_time()
                    await asyncio.sleep(0.002)
                    late = (time.perf_counter() - began) * 1000 - 2
                    if loading(body) or not pictures:
                        lateness.append(late)
                        working.append((time.thread_time() - cpu) * 1000)

            def draw() -> None:  # the rows on screen drawn again, timed
                began = time.perf_counter()
                body.render_lines(region)
                frames.append((time.perf_counter() - began) * 1000)

            watcher = asyncio.create_task(watch())
            total = body.layout_rows.estimated_rows(len(body.article.text))
            began = time.perf_counter()
            while True:
                draw()  # asks for the pictures in view
                deadline = time.perf_counter() + 20
                nudge = 0
                while loading(body) and time.perf_counter() < deadline:
                    # a reader nudging the text while pictures come: keys keep coming,
                    # as they do while reading (the app collects garbage only when idle)
                    await pilot.press("j" if nudge % 2 == 0 else "k")
                    nudge += 1
                    draw()
                    await asyncio.sleep(0.03)
                if body.scroll_y >= body.max_scroll_y:
                    break
                await pilot.press("space")
            results["paged through s"] = time.perf_counter() - began
            busy = False
            await watcher
            rows = body.picture_rows
            results["rows"] = float(total)
            results["figures in the body"] = float(sum(
                1 for block in body.article.blocks if block.type == "image" and block.src))
            results["pictures drawn"] = float(rows.shown() if rows else 0)
            results["pictures failed"] = float(len(rows.failures) if rows else 0)
    results["frames measured"] = float(len(frames))
    results["frame (rows drawn) mean ms"] = statistics.mean(frames)
    results["frame (rows drawn) max ms"] = max(frames)
    if arrivals:
        results["a picture comes: UI thread max ms"] = max(arrivals)
    if lateness:
        results["UI thread busy in one tick, max ms"] = max(working)
        results["ticks later than 16 ms %"] = 100 * sum(x > 16 for x in lateness) / len(lateness)
        lateness.sort()
        results["loop lateness while loading p95 ms"] = lateness[int(0.95 * len(lateness))]
        results["loop lateness while loading max ms"] = lateness[-1]
    results["peak RSS MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def child(url: str, pictures: bool) -> dict[str, float]:
    """Run the measuring child; its numbers."""
    out = subprocess.run(
        [sys.executable, __file__, "--measure", url, *([] if pictures else ["--off"])],
        check=True, stdout=subprocess.PIPE, text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, default=50)
    parser.add_argument("--code", type=int, default=20)
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--measure", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--off", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    size = tuple(int(n) for n in options.size.split("x"))
    if options.serve:
        serve(options.figures, options.code, size)  # type: ignore[arg-type]
        return 0
    if options.measure:
        print(json.dumps(asyncio.run(measure(options.measure, not options.off))))
        return 0
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", "--figures", str(options.figures), "--code",
         str(options.code), "--size", options.size],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert server.stdout is not None
        started = json.loads(server.stdout.readline())
        url = f"http://127.0.0.1:{started['port']}/article"
        print(f"{options.figures} figures ({options.size}; picture files "
              f"{started['sizes'][0] // 1024}-{started['sizes'][-1] // 1024} KB), "
              f"{options.code} code blocks, at {url}")
        off = child(url, pictures=False)
        on = child(url, pictures=True)
    finally:
        server.terminate()
        server.wait()
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(lateness includes waiting for a core)")
    print(f"{'':45} {'pictures on':>12} {'off':>12}")
    for name, value in on.items():
        print(f"{name:45} {value:12.2f} {off.get(name, float('nan')):12.2f}")
    peak = on["peak RSS MB"]
    work = max(on["frame (rows drawn) max ms"], on.get("UI thread busy in one tick, max ms", 0),
               on.get("a picture comes: UI thread max ms", 0))
    late = on.get("loop lateness while loading max ms", 0.0)
    print(f"peak RSS with all pictures shown: {peak:.1f} MB (target <= {TARGET_MB} MB): "
          f"{'ok' if peak <= TARGET_MB else 'OVER'}")
    print(f"longest UI-thread work while pictures load: {work:.1f} ms (target <= "
          f"{TARGET_FRAME_MS:g} ms): {'ok' if work <= TARGET_FRAME_MS else 'OVER'}")
    print(f"longest wait of the event loop while pictures load: {late:.1f} ms (pictures off: "
          f"{off.get('loop lateness while loading max ms', float('nan')):.1f} ms; "
          f"{'ok' if late <= TARGET_FRAME_MS else 'over'} the {TARGET_FRAME_MS:g} ms target, "
          "machine load included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
