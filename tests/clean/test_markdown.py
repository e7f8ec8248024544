"""The Markdown cleaner: structure kept, inline markup stripped, title and front matter."""

from __future__ import annotations

from pathlib import Path

from reader.article.model import Article
from reader.clean.markdown import clean_markdown, parse_front_matter
from reader.engine.pipeline import assemble, detect_kind, load_article
from reader.sources.load import RawDocument

FIXTURES = Path(__file__).parents[1] / "fixtures" / "markdown"


def _md(text: str) -> Article:
    return assemble(clean_markdown(text))


def test_front_matter_fixture() -> None:
    article = load_article(str(FIXTURES / "front-matter.md"), people=False)
    assert article.title == "Why Tide Tables Still Matter"
    assert article.subtitle == "Old tools for a changing coast."
    assert article.authors == ("Jane Doe", "Li Wei")
    assert article.published == "2023-06-12"
    kinds = [block.type for block in article.blocks]
    assert kinds == ["paragraph", "heading", "list", "quote", "code", "list"]
    # The h1 repeating the front-matter title is not left in the body.
    assert all(block.text != article.title for block in article.blocks)
    first = article.blocks[0].text
    assert "tide table on the wall" in first and "*" not in first
    assert "the official tables before you sail" in first  # a link becomes its text
    assert "https://" not in first


def test_setext_headings_byline_and_a_lead_image_kept_in_place() -> None:
    article = load_article(str(FIXTURES / "setext-byline.md"), people=False)
    assert article.title == "The Last Boatyard on the River"
    assert article.authors == ("Carlos Mendes",)
    assert article.published == "2015-03-04"
    lead, *blocks = article.blocks  # the lead picture stays, to be drawn in its place
    assert (lead.type, lead.alt, lead.src) == ("image", "Fishing boats at dawn", "boats.jpg")
    assert [(b.type, b.level) for b in blocks] == [
        ("paragraph", 0), ("heading", 2), ("paragraph", 0), ("list", 0), ("paragraph", 0),
        ("paragraph", 0),
    ]
    assert blocks[4].text == "* * *"  # (the *** before the closing line)
    assert "Ana Ruiz" in blocks[0].text and "_" not in blocks[0].text
    assert blocks[3].items == ["wooden hulls", "canvas sails"]


def test_headings_keep_their_levels() -> None:
    article = _md("# Title\n\nIntro.\n\n## Two\n\nText.\n\n### Three\n\nMore.\n\nSub\n---\n\nEnd.")
    assert article.title == "Title"
    headings = [(b.text, b.level) for b in article.blocks if b.type == "heading"]
    assert headings == [("Two", 2), ("Three", 3), ("Sub", 2)]


def test_lists_all_markers() -> None:
    for marker in ("-", "*", "+", "1."):
        article = _md(f"# T\n\n{marker} one\n{marker} two *em*\n{marker} three [x](http://y)\n")
        (block,) = article.blocks
        assert block.type == "list", marker
        assert block.items == ["one", "two em", "three x"], marker


def test_block_quote_and_code() -> None:
    article = _md(
        "# T\n\n> First line with **bold**\n> and more.\n>\n> Second paragraph.\n\n"
        "```\ncode *stays* as is\n    indented\n```\n\n    indented code block\n"
    )
    quote, fenced, indented = article.blocks
    assert quote.type == "quote"
    assert quote.text == "First line with bold and more.\n\nSecond paragraph."  # (apart)
    assert fenced.type == "code"
    assert fenced.text == "code *stays* as is\n    indented"
    assert indented.type == "code" and indented.text == "indented code block"


def test_inline_markup_stripped() -> None:
    article = _md("# T\n\nSome *em*, __strong__, `code`, ~~gone~~ and [a link](http://x \"t\").")
    assert article.blocks[0].text == "Some em, strong, code, gone and a link."


def test_title_is_first_h1_only() -> None:
    article = _md("Intro paragraph before any heading.\n\n# The Title\n\n# Another h1\n\nText.")
    assert article.title == "The Title"
    texts = [b.text for b in article.blocks]
    assert texts == ["Intro paragraph before any heading.", "Another h1", "Text."]


def test_front_matter_parsing() -> None:
    meta, rest = parse_front_matter(
        "---\ntitle: 'A: B'\nauthors: [Ann Lee, Bo Kim]\ndate: March 4, 2015\n---\nBody\n"
    )
    assert meta == {"title": "A: B", "authors": ["Ann Lee", "Bo Kim"], "date": "March 4, 2015"}
    assert rest == "Body\n"
    article = _md("---\ntitle: Front\nauthor: Ann Lee and Bo Kim\ndate: March 4, 2015\n---\n\nHi.")
    assert article.title == "Front"
    assert article.authors == ("Ann Lee", "Bo Kim")
    assert article.published == "2015-03-04"
    assert [b.text for b in article.blocks] == ["Hi."]
    assert parse_front_matter("no front matter\n---\n") == ({}, "no front matter\n---\n")


def test_markdown_is_detected_without_a_suffix() -> None:
    raw = RawDocument("# Title\n\n- a\n- b\n\nText.\n", "-")
    assert detect_kind(raw) == "markdown"


def test_a_byline_repeating_the_front_matter_leaves_the_body() -> None:
    from reader.clean.markdown import clean_markdown

    draft = clean_markdown(
        '---\ntitle: "Tide Tables"\nauthor: Jane Roe\n---\n\n# Tide Tables\n\nBy Jane Roe\n\n'
        "First paragraph of the text that is long enough to be a paragraph of the body.\n"
    )
    assert draft.authors == ["Jane Roe"]
    assert [text for _kind, text, _level in draft.blocks] == [
        "First paragraph of the text that is long enough to be a paragraph of the body."
    ]


def test_scripts_and_styles_in_markdown_are_not_text() -> None:
    article = _md(
        "Text <script>alert(1)</script> more and <style>p{}</style> end.\n\n"
        '<script>\nalert("x")\n</script>\n\n<STYLE>body{}</STYLE>\n\nLast paragraph.\n'
    )
    assert [b.text for b in article.blocks] == ["Text more and end.", "Last paragraph."]


def test_a_hard_line_break_is_kept_in_a_paragraph_only() -> None:
    article = _md("Line one  \nline two\\\nline three\n\n- an item  \n  continued\n")
    assert [b.text for b in article.blocks] == [
        "Line one\nline two\nline three",
        "an item continued",
    ]


def test_a_task_lists_boxes_show_their_state() -> None:
    article = _md("- [ ] to do\n- [x] done\n- [X] also done\n- [a link](https://a.example)\n")
    assert article.blocks[0].text.split("\n") == ["☐ to do", "☑ done", "☑ also done", "a link"]


def test_a_readmes_html_headline_and_githubs_alerts_read_as_they_show(tmp_path: Path) -> None:
    """Through the real CLI: a README's '<h1 align="center">' is its title (not "Untitled"
    over a paragraph of the name), an HTML '<h2>' a section heading, and "> [!NOTE]" a note
    box labelled "Note" (not the marker's text)."""
    from tests.cli_run import dump_json

    readme = tmp_path / "README.md"
    readme.write_text(
        '<p align="center"><img src="logo.png" alt="Logo"></p>\n\n'
        '<h1 align="center">Fastthing</h1>\n\n'
        "Fastthing reads your data and writes it back faster than anything you have tried.\n\n"
        "<h2>Install <em>it</em></h2>\n\n"
        "Run the installer and wait for it to finish its work.\n\n"
        "> [!WARNING]\n> Fastthing is in beta. Expect changes.\n",
        encoding="utf-8",
    )
    article = dump_json(str(readme))
    assert article["title"] == "Fastthing"
    body = [(block["type"], block["text"]) for block in article["body"]]
    assert body[0] == ("paragraph", body[0][1]) and body[0][1].startswith("Fastthing reads")
    assert ("heading", "Install it") in body
    assert ("quote", "Warning\nFastthing is in beta. Expect changes.") in body


def test_an_html_line_break_breaks_the_line_in_a_paragraph_and_a_tables_cell() -> None:
    """GitHub draws "a<br>b" on two lines: a cell keeps both lines (not "ab"), and so does
    a paragraph; in a heading the break is a space."""
    article = _md(
        "# Title\n\n## Top<br>heading\n\nFirst line<br>second line<BR/>third\n\n"
        "| Action | Command |\n|---|---|\n| List units | systemctl or<br />systemctl list-units |\n"
    )
    heading, paragraph, table = article.blocks
    assert heading.text == "Top heading"
    assert paragraph.text == "First line\nsecond line\nthird"
    assert table.rows[1] == ("List units", "systemctl or\nsystemctl list-units")
