"""Pictures carried in ``data:`` addresses drawn in the app like fetched ones: a page's, a
notebook's; decoded from the address (nothing fetched, nothing cached), and a
hostile one (a decompression bomb, an SVG with a script) only its placeholder and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import reading, screen_text

from tests.embedded_pictures import SVG, address, bomb_png, page, picture
from tests.office_files import code_cell, markdown_cell, notebook
from tests.ui.test_pictures import pictures_done

pytestmark = pytest.mark.anyio


@pytest.fixture(autouse=True)
def _pictures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows kept for pictures (tests/ui/conftest.py keeps none elsewhere)."""
    monkeypatch.setattr("reader.ui.widgets.pictures.ROWS", 12)


def _figure(src: str, alt: str) -> str:
    return f'<figure><img src="{src}" alt="{alt}"><figcaption>{alt}, told.</figcaption></figure>'


async def _drawn(make_app, path: Path, alt: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Open ``path``, scroll to the picture described ``alt``; the size it was decoded to."""
    app = make_app(path)
    async with app.run_test(size=(100, 50)) as pilot:
        await pictures_done(pilot)
        body = reading(app).body
        index = next(i for i, block in enumerate(body.article.blocks) if block.alt == alt)
        body.scroll_to(y=body.layout_rows.block_rows[index], animate=False, immediate=True)
        await pictures_done(pilot)
        text = screen_text(app)
        assert f"[image: {alt}]" in text and "▀" in text, text
        src = body.article.blocks[index].src
        assert src.startswith(("data:image/", "book:"))
        kept = body.picture_rows.pictures.use(src)
        assert not (Path(app.data_dir) / "images").exists()  # not cached: nothing fetched
        return kept.width, kept.height


async def test_a_pages_data_picture_is_decoded_and_drawn(make_app, tmp_path: Path) -> None:
    path = tmp_path / "harbour.html"
    path.write_text(page(_figure(address(picture(120, 80)), "A gradient")), encoding="utf-8")
    # 120 x 80 reduced to fit the 240 x 24 pixels of 12 rows of half blocks: its shape kept
    assert await _drawn(make_app, path, "A gradient") == (36, 24)


async def test_a_bomb_and_an_svg_show_their_placeholders_and_why(
    make_app, tmp_path: Path
) -> None:
    path = tmp_path / "harbour.html"
    svg = "data:image/svg+xml;utf8," + SVG.replace('"', "'").replace("#", "%23")
    path.write_text(page(_figure(address(bomb_png()), "A bomb") + _figure(svg, "A drawing")),
                    encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 80)) as pilot:
        await pictures_done(pilot)
        await pictures_done(pilot)
        text = " ".join(screen_text(app).split())
        assert "[image: A bomb] (too large to draw)" in text
        assert "[image: A drawing] (SVG not drawn)" in text
        assert "▀" not in text


async def test_a_notebooks_plot_is_drawn(make_app, tmp_path: Path) -> None:
    plot = {"output_type": "display_data", "metadata": {},
            "data": {"image/png": address(picture(90, 60)).split(",", 1)[1],
                     "text/plain": ["<Figure size 640x480 with 1 Axes>"]}}
    path = tmp_path / "ships.ipynb"
    path.write_text(notebook([markdown_cell("# Ships\n\nWe count the ships at the quay."),
                              code_cell("plot(ships)", plot)]), encoding="utf-8")
    assert await _drawn(make_app, path, "A picture the cell drew") == (36, 24)
