"""What a text is, when its name does not say (piped, no suffix) or says wrong: a copied
page whose commands start with a root prompt ("# systemctl ...") is plain text; a README
that opens with an HTML block is Markdown; a whole page saved under ``.md`` is a page."""

from __future__ import annotations

from pathlib import Path

from reader.engine.pipeline import detect_kind
from reader.sources.load import RawDocument
from tests.cli_run import dump_json

COPIED_WIKI = """Main page
Recent changes

systemd

Related articles
- systemd-boot
- journal

To reload the units after a change, run:

# systemctl daemon-reload

To edit a unit in full:

# systemctl edit --full unit

The unit is then restarted with the new settings.
"""

README = """<p align="center">
  <img src="logo.png" alt="tidal" width="120">
</p>

Tidal reads tide tables from the command line.

## Install

```sh
pip install tidal
```

## Use

- `tidal today` prints today's tides
- `tidal week` prints the week's
"""


def test_a_copied_page_with_root_prompts_is_plain_text() -> None:
    assert detect_kind(RawDocument(COPIED_WIKI, "-")) == "text"


def test_a_readme_that_opens_with_an_html_block_is_markdown() -> None:
    assert detect_kind(RawDocument(README, "-")) == "markdown"
    assert detect_kind(RawDocument(README, "README.md", path="README.md")) == "markdown"


def test_a_whole_page_saved_as_md_is_read_as_a_page(tmp_path: Path) -> None:
    prose = "The harbour reopened on Monday after a month of repairs to the old stone wall."
    page = tmp_path / "saved.md"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Harbour reopens</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>Harbour reopens</h1><p>{prose}</p>"
        f"<p>Then {prose}</p></article><footer>© Harbour News · Privacy</footer></body></html>",
        encoding="utf-8",
    )
    article = dump_json(str(page))
    assert article["title"] == "Harbour reopens"
    texts = " ".join(block["text"] for block in article["body"])
    assert prose in texts and "<" not in texts and "Privacy" not in texts
