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


def test_a_lazy_placeholder_gives_way_to_the_picture_in_its_noscript(tmp_path: Path) -> None:
    placeholder = "<img class='lazyload' src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' alt=''>"
    article = dump_article(tmp_path, "Pictures", (
        f"<p>Before the pictures, {PROSE}</p>"
        f"<figure>{placeholder}<noscript><img src='https://example.com/real.jpg' "
        "alt='The real harbour'></noscript><figcaption>The harbour at dawn.</figcaption>"
        f"</figure><p>Between them, {PROSE}</p>"
        f"<p>{placeholder}<noscript><img src='https://example.com/boats.jpg' alt='Boats'>"
        "</noscript></p>"
        "<p><img src='https://example.com/nets.jpg' alt='Nets' width='800'><noscript>"
        "<img src='https://example.com/nets.jpg' alt='Nets'></noscript></p>"
        f"<p>After the pictures, {PROSE}</p>"
    ))
    images = [(block["src"], block["alt"]) for block in article["body"]
              if block["type"] == "image"]
    assert images == [
        ("https://example.com/real.jpg", "The real harbour"),
        ("https://example.com/boats.jpg", "Boats"),
        ("https://example.com/nets.jpg", "Nets"),  # (drawn once: it had its address)
    ]


def test_a_lazy_loaders_own_attribute_gives_the_pictures_address(tmp_path: Path) -> None:
    """A lazy loader of its own naming ("nitro-lazy-src", NitroPack's) hides the picture's
    address behind a placeholder ``src``: the picture was drawn from nowhere."""
    article = dump_article(tmp_path, "Changing a tyre", (
        f"<p>First find the jacking point, {PROSE}</p>"
        f"<p>It is marked under the sill, {PROSE}</p>"
        "<figure><img alt='a car on a jack' nitro-lazy-src='https://example.com/jack.jpg' "
        "src='data:image/svg+xml;base64,PHN2Zz4='><figcaption>Where the jack goes"
        f"</figcaption></figure><p>Then raise the car slowly, {PROSE}</p>"
    ))
    sources = [block["src"] for block in article["body"] if block["type"] == "image"]
    assert sources == ["https://example.com/jack.jpg"]
