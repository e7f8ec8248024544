"""A link stands on the words the page linked, not on the first words like them: "Click
here or there, then <a>here</a>" links the second "here". Through the real CLI, for HTML (a
paragraph, a list) and Markdown."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_article, dump_json

PROSE = "and the sentence runs on long enough to be read as the article's prose by the reader."


def _before_links(dump: dict) -> list[str]:
    text = "\n\n".join(block["text"] for block in dump["body"])
    return [text[: link["start"]].rsplit("\n", 1)[-1] for link in dump["links"]]


def test_a_link_on_a_common_word_is_placed_where_the_page_set_it(tmp_path: Path) -> None:
    dump = dump_article(tmp_path, "Links", (
        f'<p>Click here or there, then <a href="https://example.org/h">here</a>, {PROSE}</p>'
        "<blockquote><p>See it, and it again, then "
        '<a href="https://example.org/q">it</a> once more in the quotation.</p></blockquote>'
    ))
    assert _before_links(dump) == ["Click here or there, then ", "See it, and it again, then "]


def test_a_markdown_link_on_a_common_word_is_placed_where_it_was_written(
    tmp_path: Path,
) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(
        f"# Notes\n\nIt is here and there and [here](https://example.org/h), {PROSE}\n\n"
        "- see it\n- and [it](https://example.org/i) again\n"
    )
    assert _before_links(dump_json(str(notes))) == ["It is here and there and ", "and "]
