"""Feed refresh speed and the feeds screen's first frame, against local servers.

Usage: python benchmarks/feeds.py [--feeds 500] [--entries 50] [--hosts 10] [--cli]

Serves --feeds RSS 2.0 feeds of --entries entries each from --hosts local servers
(127.0.0.1, 127.0.0.2, ...: refresh goes to each host one request at a time), with ETags
(an unchanged feed answers 304). Prints, in seconds: the first refresh (everything new),
a second refresh (nothing changed: all 304s), and the feeds screen's first frame in the
app (headless) with every entry stored. Targets: <= 15 s, <= 3 s, <= 0.1 s.
--cli times `reader feeds refresh` as a subprocess instead of calling the refresh in-process.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def feed_body(number: int, entries: int, port: int, host: str) -> bytes:
    items = "".join(
        f"<item><title>Feed {number} entry {i}</title>"
        f"<link>http://{host}:{port}/post/{number}/{i}</link><guid>f{number}-e{i}</guid>"
        f"<pubDate>Mon, {1 + i % 28:02d} Feb 2021 {i % 24:02d}:00:00 +0000</pubDate>"
        f"<description>Entry {i} of feed {number}: a summary of a few words.</description>"
        "</item>"
        for i in range(entries)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Feed {number}</title><link>http://{host}:{port}/</link>{items}"
        "</channel></rss>"
    ).encode()


def serve(host: str, bodies: dict[str, bytes], counts: dict[int, int]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            body = bodies.get(self.path)
            etag = f'"{hash(body)}"'
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if self.headers.get("If-None-Match") == etag:
                counts[304] = counts.get(304, 0) + 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            counts[200] = counts.get(200, 0) + 1
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer((host, 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def refresh_once(data_dir: Path, cli: bool) -> float:
    started = time.perf_counter()
    if cli:
        subprocess.run([sys.executable, "-m", "reader", "feeds", "refresh", "--data-dir",
                        str(data_dir)], check=False, capture_output=True)
    else:
        from reader.feeds import refresh
        from reader.store import Store

        with Store.open(data_dir) as store:
            outcomes = refresh(store)
        failed = [o for o in outcomes if o.error]
        if failed:
            print(f"  {len(failed)} failed, e.g. {failed[0].error}")
    return time.perf_counter() - started


async def first_frame(data_dir: Path) -> tuple[float, float]:
    from reader.ui.app import ReaderApp
    from reader.ui.screens.feeds import FeedsScreen

    app = ReaderApp(str(Path(__file__).resolve().parents[1] / "reader/data/"
                        "obama-mexico-security.txt"), data_dir=str(data_dir))
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.store  # noqa: B018 (opened before timing: the app opens it at start)
        times = []
        for _ in range(2):  # (the first time mounts its kinds of widget for the first time)
            drawn = asyncio.Event()
            started = time.perf_counter()
            app.action_feeds()
            screen = app.screen
            assert isinstance(screen, FeedsScreen)
            screen.call_after_refresh(drawn.set)
            await drawn.wait()
            times.append(time.perf_counter() - started)
            lines = len(screen.items)
            app.pop_screen()
            await pilot.pause()
    print(f"  (the feeds screen drew its first {lines} feeds)")
    return times[0], times[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--entries", type=int, default=50)
    parser.add_argument("--hosts", type=int, default=10)
    parser.add_argument("--cli", action="store_true")
    args = parser.parse_args()

    from reader.store import Store

    counts: dict[int, int] = {}
    servers = []
    urls = []
    for h in range(args.hosts):
        host = f"127.0.0.{h + 1}"
        bodies: dict[str, bytes] = {}
        server = serve(host, bodies, counts)
        port = server.server_address[1]
        for n in range(h, args.feeds, args.hosts):
            bodies[f"/feed/{n}"] = feed_body(n, args.entries, port, host)
            urls.append(f"http://{host}:{port}/feed/{n}")
        servers.append(server)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        with Store.open(data_dir) as store:
            for url in urls:
                store.feeds.add(url)
        print(f"{args.feeds} feeds x {args.entries} entries on {args.hosts} local hosts"
              f" ({'reader feeds refresh' if args.cli else 'in-process refresh'})")
        first = refresh_once(data_dir, args.cli)
        print(f"first refresh:  {first:6.2f} s  (target <= 15 s; {counts.get(200, 0)} x 200)")
        counts.clear()
        second = refresh_once(data_dir, args.cli)
        print(f"second refresh: {second:6.2f} s  (target <= 3 s; {counts.get(304, 0)} x 304, "
              f"{counts.get(200, 0)} x 200)")
        with Store.open(data_dir) as store:
            stored = sum(feed.total for feed in store.feeds.list_feeds())
        cold, warm = asyncio.run(first_frame(data_dir))
        print(f"feeds screen first frame with {stored:,} entries stored: "
              f"{cold * 1000:6.1f} ms the first time, "
              f"{warm * 1000:6.1f} ms after  (target <= 100 ms)")
    for server in servers:
        server.shutdown()


if __name__ == "__main__":
    main()
