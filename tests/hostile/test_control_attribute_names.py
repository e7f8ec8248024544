"""A control character in an attribute's name (random bytes in a book's chapter, a broken
page) costs that attribute only: lxml refuses to change or delete such an attribute, and the
page read as "Could not read this page's HTML", the book as an unexpected error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from epub_maker import chapter, make_epub

from tests.hostile.corpus import forbidden_in_output

PARAGRAPH = "Ships came to the quay all year, and the cranes worked through the night."
MARKUP = (f'<p data-x\x01y="a\x1bb" class="lead">{PARAGRAPH}</p>'
          '<p><a hr\x00ef="x" href="https://example.org/quay">The quay</a> tells the rest.</p>')


def _dump(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "reader", "dump", "--format", "json",
                           str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert forbidden_in_output(done.stdout) == []
    return json.loads(done.stdout)


@pytest.mark.parametrize("kind", ["page.html", "book.epub"])
def test_an_attribute_named_with_a_control_goes_alone(kind: str, tmp_path: Path) -> None:
    path = tmp_path / kind
    if kind.endswith(".html"):
        path.write_text("<html><head><title>The quay</title></head><body><article>"
                        f"<h1>The quay</h1>{MARKUP}</article></body></html>")
    else:
        path.write_bytes(make_epub([chapter(1, extra=MARKUP), chapter(2)]))
    article = _dump(path)
    texts = [block["text"] for block in article["body"]]
    assert PARAGRAPH in texts
    assert "The quay tells the rest." in texts
    assert "https://example.org/quay" in json.dumps(article["links"])
