"""Copies of the WCXB pages made by a real browser, for ``copied_text.py --copies DIR``.

``copied_text.py`` turns each page into text with our own ``visible_text``, so a rule of the
plain-text cleanup may only fit how that module sets lines. This script asks headless
Chromium instead: each page is opened from a file with scripts off and the network closed,
its ``<noscript>`` elements removed (a reader's browser runs scripts), and
``document.body.innerText`` saved as ``OUT/ID.txt``: Chrome's own line breaks, blank lines
around paragraphs and menu entries set side by side with one space.

Needs Playwright (``pip install playwright``) and a Chromium binary (Debian's ``chromium``;
``--chromium PATH``). Pages already copied are skipped; ``--workers`` browsers run at once.

    python benchmarks/real_copies.py OUT [DATA_DIR] [--chromium PATH] [--workers N]
    python benchmarks/copied_text.py --copies OUT
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from wcxb import DEFAULT_DATA  # noqa: E402

_INNER_TEXT = (
    "() => { document.querySelectorAll('noscript').forEach(e => e.remove());"
    " return document.body ? document.body.innerText : ''; }"
)
_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
TIMEOUT_MS = 30_000  # a page that takes longer to load is left out
VIEWPORT = {"width": 1280, "height": 900}  # a laptop's window (a page's layout may follow it)


def copy_pages(job: tuple[list[Path], Path, str]) -> int:
    """Copy each page of ``pages`` into ``out`` with one browser; the number copied."""
    pages, out, chromium = job
    from playwright.sync_api import sync_playwright  # (only this script needs it)

    done = 0
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as scratch:
        browser = playwright.chromium.launch(executable_path=chromium, args=_FLAGS)
        context = browser.new_context(java_script_enabled=False, viewport=VIEWPORT)
        context.route(
            "**/*",
            lambda route: route.continue_()
            if route.request.url.startswith("file:") else route.abort(),
        )
        page = context.new_page()
        local = Path(scratch) / "page.html"
        for source in pages:
            target = out / f"{source.name.removesuffix('.html.gz')}.txt"
            if target.exists():
                continue
            local.write_bytes(gzip.decompress(source.read_bytes()))
            try:
                page.goto(local.as_uri(), wait_until="domcontentloaded", timeout=TIMEOUT_MS)
                text = page.evaluate(_INNER_TEXT)
            except Exception as error:  # (one page's failure leaves the others to copy)
                print(f"{source.name}: {error}", file=sys.stderr)
                page = context.new_page()
                continue
            target.write_text(text, encoding="utf-8")
            done += 1
        browser.close()
    return done


def main(argv: list[str] | None = None) -> int:
    """Copy every page of the data set that has no copy in OUT yet."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    pages = sorted((args.data / "html").glob("*.html.gz"))
    jobs = [(pages[n :: args.workers], args.out, args.chromium) for n in range(args.workers)]
    with Pool(args.workers) as pool:
        copied = sum(pool.map(copy_pages, jobs))
    print(f"copied {copied} pages into {args.out} ({len(pages)} in {args.data})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
