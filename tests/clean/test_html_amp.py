"""An AMP page's pictures (``<amp-img>``, ``<amp-anim>``) are the article's pictures, through
the real ``reader dump`` command."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_json

TEXT = "of the story with enough words to count as text in any reader at all today."


def test_amp_pictures_are_pictures_and_drawn_once(tmp_path: Path) -> None:
    page = tmp_path / "amp.html"
    page.write_text(
        "<html amp><head><title>AMP story</title></head><body><article><h1>The AMP story</h1>"
        f"<p>First paragraph {TEXT}</p>"
        '<figure><amp-img src="https://example.com/pic.jpg" width="800" height="600"'
        ' alt="The harbour at dawn" layout="responsive"><noscript><img'
        ' src="https://example.com/pic.jpg" alt="The harbour at dawn"></noscript></amp-img>'
        "</figure>"
        f"<p>Second paragraph {TEXT}</p>"
        '<p><amp-anim src="https://example.com/wave.gif" alt="A wave" width="400"'
        ' height="300"></amp-anim></p>'
        f"<p>Third paragraph {TEXT}</p></article></body></html>",
        encoding="utf-8",
    )
    body = dump_json(str(page))["body"]
    pictures = [(block["src"], block["alt"]) for block in body if block["type"] == "image"]
    assert pictures == [("https://example.com/pic.jpg", "The harbour at dawn"),
                        ("https://example.com/wave.gif", "A wave")]
    assert [block["text"][:6] for block in body if block["type"] == "paragraph"] == [
        "First ", "Second", "Third "]
