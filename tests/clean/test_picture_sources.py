"""A ``<picture>`` that gives its address only in its ``<source>`` keeps its picture,
through the real CLI."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_article

PROSE = "and the sentence runs on long enough to be read as the article's prose by the reader."


def test_a_pictures_address_in_its_source_srcset_is_the_images(tmp_path: Path) -> None:
    article = dump_article(tmp_path, "Pictures", (
        f"<p>Before the figure, {PROSE}</p>"
        "<figure><picture><source type='image/webp' srcset='https://example.com/a-800.webp "
        "800w, https://example.com/a-1600.webp 1600w'><img alt='The harbour'></picture>"
        "<figcaption>The harbour at dawn.</figcaption></figure>"
        f"<p>After the figure, {PROSE}</p>"
    ))
    images = [block for block in article["body"] if block["type"] == "image"]
    assert [(image["src"], image["alt"]) for image in images] == [
        ("https://example.com/a-800.webp", "The harbour")
    ]
    assert article["caption"]["text"] == "The harbour at dawn."  # (the lead picture's)
