"""Pictures carried in ``data:`` addresses through the real ``reader dump``: a page's, a
notebook's plot, a Markdown file's are image blocks; a tracking pixel, a lazy loader's
placeholder (its real address wins) and bad base64 are not. The dump names the picture's type
and counts its bytes ("src": "data:image/png;base64,", "bytes": N), never writing them out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cli_run import dump_json

from tests.embedded_pictures import (
    EMPTY_SVG,
    PIXEL_GIF,
    address,
    page,
    picture,
)
from tests.office_files import code_cell, markdown_cell, notebook

GRADIENT = picture(400, 300, "JPEG")
FIGURES = (
    f'<figure><img src="{address(GRADIENT, "image/jpeg")}" alt="A gradient">'
    "<figcaption>A gradient carried in the page.</figcaption></figure>"
    f'<p><img src="data:image/gif;base64,{PIXEL_GIF}" width="1" height="1"></p>'
    f'<figure><img src="{EMPTY_SVG}" data-src="https://example.org/boats.jpg" alt="Boats">'
    "<figcaption>Boats at dawn.</figcaption></figure>"
    f'<figure><img src="{address(picture(20, 15, "JPEG"), "image/jpeg")}" '
    'srcset="https://example.org/quay-800.jpg 800w, https://example.org/quay.jpg 1600w" '
    'alt="The quay"><figcaption>The quay at noon.</figcaption></figure>'
    '<p><img src="data:image/png;base64,!!broken!!" alt="Broken" width="300"></p>'
)


def _images(article: dict) -> list[tuple[str, int | None]]:
    return [(block["src"], block.get("bytes")) for block in article["body"]
            if block["type"] == "image"]


def test_a_pages_data_picture_is_a_block_and_placeholders_are_not(tmp_path: Path) -> None:
    path = tmp_path / "harbour.html"
    path.write_text(page(FIGURES), encoding="utf-8")
    article = dump_json(str(path))
    assert _images(article) == [
        ("data:image/jpeg;base64,", len(GRADIENT)),
        ("https://example.org/boats.jpg", None),
        ("https://example.org/quay-800.jpg", None),
    ]
    markdown = subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--format", "markdown", str(path)],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout
    assert "![A gradient](data:image/jpeg;base64,)" in markdown
    assert len(markdown) < len(GRADIENT)  # its bytes are not written out


def test_a_notebooks_plot_is_an_image_block(tmp_path: Path) -> None:
    plot = picture(90, 60)
    output = {"output_type": "display_data", "metadata": {},
              "data": {"image/png": address(plot).split(",", 1)[1],
                       "text/plain": ["<Figure size 640x480 with 1 Axes>"]}}
    path = tmp_path / "ships.ipynb"
    path.write_text(notebook([markdown_cell("# Ships\n\nWe count the ships."),
                              code_cell("plot(ships)", output)]), encoding="utf-8")
    article = dump_json(str(path))
    assert [block["type"] for block in article["body"]] == ["paragraph", "code", "image"]
    assert _images(article) == [("data:image/png;base64,", len(plot))]
    assert article["body"][2]["alt"] == "A picture the cell drew"


def test_a_markdown_files_data_pictures_are_image_blocks(tmp_path: Path) -> None:
    plot = picture(120, 80)
    path = tmp_path / "notes.md"
    path.write_text(
        "# Notes\n\nWhat the harbour's boats did today.\n\n"
        f"![A plot]({address(plot)})\n\n"
        f'<p align="center"><img src="{address(plot)}" alt="Set in HTML"></p>\n\n'
        f"![A pixel](data:image/gif;base64,{PIXEL_GIF})\n\nMore words.\n",
        encoding="utf-8",
    )
    # (the pixel is no picture: its description stays, as for an address not read, no src)
    assert _images(dump_json(str(path))) == [("data:image/png;base64,", len(plot))] * 2 + [
        (None, None)]
