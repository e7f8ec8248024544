"""An article with 50 figures and 20 code blocks (and tables, lists) in the reader.

Generates the page (seeded), then drives the real app headless and prints:
- the layout alone (build_layout at the reading width, no tokens cached);
- open to the first screen in process;
- 50 page-downs and a scroll through the whole article line by line: the time to scroll and
  draw every body line of the new view (mean and max ms per frame).
Targets (PRODUCT.md section 8): first screen <= 0.5 s, <= 16 ms a frame.
Usage: python benchmarks/structure_render.py [--figures 50] [--code 20]
"""

from __future__ import annotations

import argparse
import asyncio
import html
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from app_wait import laid_out_body

WORDS = ("the reader draws code tables lists and figures in a calm column of text while "
         "search highlights and positions still map to the offsets of every row").split()
CODE = (
    ("python", 'def area(radius: float) -> float:\n    """The area."""\n    return 3.14159 * '
     'radius ** 2  # pi r squared\n\nfor r in range(10):\n    print(f"{r}: {area(r):.2f}", '
     'end="; ")  # a long line that wraps past the width of the text column for sure'),
    (None, '#include <stdio.h>\nint main(void) {\n    printf("hello %d\\n", 42);\n'
     '    return 0;\n}'),
    ("javascript", "const add = (a, b) => a + b;\n// the sum\nconsole.log(add(1, 2));"),
)


def paragraph(rng: random.Random, words: int = 60) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def generate(figures: int = 50, code: int = 20, seed: int = 7) -> str:
    """An HTML article: paragraphs with figures, code blocks, a table and a list between."""
    rng = random.Random(seed)
    parts = ["<html><head><title>Structure benchmark</title></head><body><article>",
             "<h1>Structure benchmark</h1>"]
    blocks = max(figures, code)
    for index in range(blocks):
        parts.append(f"<p>{paragraph(rng)}</p>")
        if index < figures:
            parts.append(
                f'<figure><img src="https://example.org/{index}.jpg" alt="Picture {index}">'
                f"<figcaption>Figure {index}: {paragraph(rng, 12)}</figcaption></figure>"
            )
        if index < code:
            language, text = CODE[index % len(CODE)]
            cls = f' class="language-{language}"' if language else ""
            parts.append(f"<pre><code{cls}>{html.escape(text)}</code></pre>")
        if index % 10 == 5:
            rows = "".join(f"<tr><td>row {r}</td><td>{r * r}</td><td>{paragraph(rng, 3)}</td>"
                           "</tr>" for r in range(5))
            parts.append(f"<table><tr><th>Name</th><th>Square</th><th>Words</th></tr>{rows}"
                         "</table><ol><li>one</li><li>two<ul><li>inner</li></ul></li></ol>")
    parts.append("</article></body></html>")
    return "\n".join(parts)


def layout_times(path: Path) -> dict[str, float]:
    from reader.engine import load_article
    from reader.ui.widgets import block_render
    from reader.ui.widgets.layout import build_layout

    article = load_article(str(path))
    block_render.code_tokens.cache_clear()
    block_render._lexer.cache_clear()
    began = time.perf_counter()
    build_layout(article, 72)
    warm = time.perf_counter() - began
    kinds = [block.type for block in article.blocks]
    return {"figures": kinds.count("image"), "code blocks": kinds.count("code"),
            "tables": kinds.count("table"), "layout, token cache empty ms": warm * 1000}


async def in_process(path: Path) -> dict[str, float]:
    from textual.geometry import Region

    from reader.ui.app import ReaderApp

    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as data:
        start = time.perf_counter()
        config = Path(data) / "config.toml"  # pictures: benchmarks/pictures_memory.py
        config.write_text("pictures = false\n", encoding="utf-8")  # (no fetch from the web)
        os.environ["READER_CONFIG"] = str(config)
        app = ReaderApp(str(path), data_dir=data)
        async with app.run_test(size=(120, 40)) as pilot:
            body = await laid_out_body(app, start, "article")
            screen = app.reading
            await pilot.pause()
            results["first screen (in process) s"] = time.perf_counter() - start
            results["rows"] = len(body.layout_rows)
            region = Region(0, 0, body.scrollable_content_region.width,
                            body.scrollable_content_region.height)

            def step(action) -> float:  # type: ignore[no-untyped-def]
                began = time.perf_counter()
                action()
                body.render_lines(region)
                return (time.perf_counter() - began) * 1000

            pages = [step(lambda: screen.action_scroll_pages(1)) for _ in range(50)]
            results["page-down mean ms"] = statistics.mean(pages)
            results["page-down max ms"] = max(pages)
            screen.action_top()
            lines = [step(lambda: body.scroll_to(y=body.scroll_y + 1, animate=False,
                                                 immediate=True))
                     for _ in range(min(400, len(body.layout_rows)))]
            results["line-by-line scroll mean ms"] = statistics.mean(lines)
            results["line-by-line scroll max ms"] = max(lines)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, default=50)
    parser.add_argument("--code", type=int, default=20)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "structure.html"
        path.write_text(generate(options.figures, options.code), encoding="utf-8")
        results = asyncio.run(in_process(path))  # first: lexers not loaded yet
        results.update(layout_times(path))
    for name, value in results.items():
        print(f"{name:45} {value:10.2f}" if isinstance(value, float) else f"{name:45} {value:>10}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
