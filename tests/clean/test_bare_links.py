"""Addresses written out in a plain text or a Markdown file are links (as GitHub and mail
readers make them): a sentence's stop is not part of one, a bare "www." gets "http://", a
mail address "mailto:"; an address in Markdown code stays code."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_json

NOTES = (
    "Release notes\n\n"
    "The new build is at https://example.org/download/v2.tar.gz and the guide at\n"
    "http://docs.example.org/guide. Mail bugs@example.org or see www.example.com.\n\n"
    "Thanks to everyone who helped with this release of the tool; it was a lot of work,\n"
    "and the list of people who tested it is longer than ever before.\n"
)


def _links(article: dict) -> list[tuple[str, str]]:
    """The links as (text, address), each checked to stand at its offsets in the text."""
    text = "\n\n".join(block["text"] for block in article["body"])
    for link in article["links"]:
        assert text[link["start"]:link["end"]] == link["text"]
    return [(link["text"], link["href"]) for link in article["links"]]


def test_a_plain_texts_addresses_are_its_links(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    assert _links(dump_json(str(path))) == [
        ("https://example.org/download/v2.tar.gz", "https://example.org/download/v2.tar.gz"),
        ("http://docs.example.org/guide", "http://docs.example.org/guide"),
        ("bugs@example.org", "mailto:bugs@example.org"),
        ("www.example.com", "http://www.example.com"),
    ]


def test_a_mails_addresses_are_its_links(tmp_path: Path) -> None:
    path = tmp_path / "letter.eml"
    path.write_text(
        "From: Ana Ruiz <ana@example.org>\nSubject: The harbour minutes\n"
        "Date: Tue, 3 Nov 2026 09:00:00 +0000\n\n"
        "The minutes of the harbour meeting are online at https://harbour.example/minutes\n"
        "for anyone who missed it, with the tide tables and the keepers' notes beside them.\n",
        encoding="utf-8",
    )
    assert _links(dump_json(str(path))) == [
        ("https://harbour.example/minutes", "https://harbour.example/minutes")]


def test_a_markdown_files_bare_addresses_are_links_but_not_in_code(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        "# Notes\n\nThe guide is at https://docs.example.org/guide, and `https://in.code/x`"
        " is code.\n\n```\ncurl https://example.org/fenced\n```\n\n"
        "See [the named one](https://a.example) and <https://b.example>.\n",
        encoding="utf-8",
    )
    assert _links(dump_json(str(path))) == [
        ("https://docs.example.org/guide", "https://docs.example.org/guide"),
        ("the named one", "https://a.example"),
        ("https://b.example", "https://b.example"),
    ]


def test_a_text_with_no_address_has_no_links(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("A title\n\nTwo words @ noon, no address in this line at all.\n",
                    encoding="utf-8")
    assert dump_json(str(path))["links"] == []
