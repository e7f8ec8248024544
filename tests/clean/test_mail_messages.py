"""An e-mail shown preformatted (a mailing list's archive page) reads as a message: its
sender and date as its heading, the lines it quotes as a quotation, its paragraphs joined,
its signature left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.clean.text.mail import is_message, message_blocks
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument

PAGE = Path(__file__).parents[1] / "fixtures" / "threads" / "mailing_list_message.html"


ARCHIVE = "https://lists.example.org/pipermail/tidepool-dev/2026-April/000413.html"


def read(html: str, url: str = ARCHIVE):  # type: ignore[no-untyped-def]
    return extract(RawDocument(html, url, "text/html", url=url), people=False)


def test_a_mailing_list_message_reads_as_a_message() -> None:
    article = read(PAGE.read_text(encoding="utf-8"))
    assert article.blocks[0].type == "heading"
    assert article.blocks[0].text == "Miriam Osei · Thu Apr 9 14:02:11 UTC 2026"
    kinds = {block.text: block.type for block in article.blocks}
    assert kinds["The INI reader has not had a fix in two years and nobody on the tracker uses"
                 " it. I think we can remove it in 4.0."] == "quote"
    assert kinds["tidepool convert-config old.ini > new.toml"] == "preformatted"
    assert "read release notes will see it in their logs." in article.text  # lines joined
    assert "tidepool maintainer" not in article.text and "~miriam" not in article.text


@pytest.mark.parametrize("text", [
    "def main():\n    return 1\n",
    "$ cat notes.txt\n> not a quotation, a prompt\n",
    "-- a comment in SQL\nSELECT 1;\n",
])
def test_code_in_a_preformatted_block_is_no_message(text: str) -> None:
    assert not is_message(text)


def test_a_message_keeps_its_paragraphs_and_drops_its_signature() -> None:
    text = "Ann Lee wrote:\n> first line\n> second line\n\nMy answer,\nwrapped.\n\n-- \nAnn\n"
    assert message_blocks(text) == [
        ("paragraph", "Ann Lee wrote:", 0), ("quote", "first line second line", 0),
        ("paragraph", "My answer, wrapped.", 0),
    ]


def test_a_messages_sender_is_its_author_without_the_address() -> None:
    article = read(PAGE.read_text(encoding="utf-8"))
    assert article.authors == ("Miriam Osei",)
    assert "miriam at example.org" not in article.text


def test_a_sender_named_by_an_address_alone_is_named_by_it() -> None:
    html = PAGE.read_text(encoding="utf-8").replace("<B>Miriam Osei</B>", "")
    article = read(html)
    assert article.authors == ("miriam at example.org",)
    assert article.blocks[0].text == "miriam at example.org · Thu Apr 9 14:02:11 UTC 2026"
