"""Structure through the real ``reader dump``: code, tables, lists, definitions, images,
footnotes and links survive into the JSON, Markdown and text dumps."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE = FIXTURES / "structure.html"
CODE = "def to_metres(feet):\n    # one foot is 0.3048 metres\n    return feet * 0.3048\n\n"


def dump(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", *args],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_json_dump_holds_every_structure() -> None:
    data = json.loads(dump("--format", "json", str(PAGE)))
    body = {block["type"]: block for block in reversed(data["body"])}  # first of each type
    code = body["code"]
    assert code["language"] == "python"
    assert code["text"].startswith(CODE)  # spans' text, indentation and <br>s kept
    table = body["table"]
    assert table["rows"] == [["Feet", "Metres"], ["1", "0.3048"], ["10", "3.048"]]
    assert table["header"] is True
    steps = body["list"]["items"]
    assert [(i["number"], i["depth"]) for i in steps] == [
        (1, 0), (2, 0), (None, 1), (None, 1), (3, 0),
    ]
    definitions = body["definitions"]["items"]
    assert definitions[0] == {
        "term": "Foot", "definition": "A unit of length equal to twelve inches.",
    }
    images = [block for block in data["body"] if block["type"] == "image"]
    office = images[-1]
    assert office["src"] == "https://example.org/img/office-tape.png"
    assert office["alt"] == "An office tape in its case"
    assert office["caption"] == "The office tape, in its leather case."
    assert office["credit"] == "Field Notes archive"  # (its label gone, as the lead caption's)
    # the first figure stands after the code, the table and the lists: a body figure, whose
    # caption stays with it, not the lead picture's
    assert len(images) == 2
    assert images[0]["caption"] == "A tape measure marked in both feet and metres."
    assert data["caption"] is None
    footnote = data["body"][-1]
    assert footnote["type"] == "list" and "international foot" in footnote["text"]
    assert "script link.[1]" in data["body"][0]["text"]
    links = {link["text"]: link for link in data["links"]}
    assert links["conversion guide"]["href"] == "https://example.org/notes/guide.html"
    assert links["NIST weights office"]["href"] == "https://www.nist.gov/pml/owm"
    assert "this script link" not in links  # javascript: stays text only
    assert not any(link["text"] in ("Home", "About", "Share this") for link in data["links"])
    text = "\n\n".join(block["text"] for block in data["body"])
    for link in data["links"]:
        assert text[link["start"] : link["end"]] == link["text"]


def test_markdown_dump_writes_fences_tables_images_links_and_numbers() -> None:
    out = dump("--format", "markdown", str(PAGE))
    assert "```python\n" + CODE + "print(to_metres(2.41))\n```" in out
    assert "| Feet | Metres |\n|---|---|\n| 1 | 0.3048 |\n| 10 | 3.048 |" in out
    assert "![An office tape in its case](https://example.org/img/office-tape.png)" in out
    assert "[conversion guide](https://example.org/notes/guide.html)" in out
    assert "1. Measure the length in feet.\n2. Multiply by the factor:\n   - 0.3048" in out
    assert "3. Round the result" in out
    assert "Foot\n:   A unit of length" in out
    assert "javascript:" not in out


def test_text_dump_lines_up_tables_and_indents_code() -> None:
    out = dump("--format", "text", str(PAGE))
    assert "Feet  Metres\n------------\n1     0.3048\n10    3.048" in out
    assert "    def to_metres(feet):\n        # one foot is 0.3048 metres" in out
    assert "1. Measure the length in feet." in out
    assert "   • 0.3048 for metres" in out
    assert "Foot\n    A unit of length equal to twelve inches." in out


LEAD_PAGE = (
    "<html><head><title>The harbour</title></head><body><article><h1>The harbour</h1>"
    "<figure><img src='https://example.org/boats.jpg' alt='Boats at the quay'>"
    "<figcaption>Boats at the quay at dawn.</figcaption></figure>"
    + "<p>The harbour was quiet in the early morning, and the boats sat low in the water "
    "while the fishermen mended their nets along the old stone quay.</p>" * 3
    + "<figure><img src='https://example.org/nets.jpg' alt='Nets drying'></figure>"
    + "<p>By noon the nets were dry and the boats went out again, one after another, into "
    "the grey water beyond the harbour wall.</p>" * 2
    + "</article></body></html>"
)


def test_the_lead_figure_gives_the_caption_and_a_bare_figure_is_a_picture(
    tmp_path: Path,
) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(LEAD_PAGE, encoding="utf-8")
    data = json.loads(dump("--format", "json", str(page)))
    assert data["caption"] == {"text": "Boats at the quay at dawn.", "credit": None}
    images = [block for block in data["body"] if block["type"] == "image"]
    # the lead picture stays, drawn first; its caption is the header's and does not repeat
    assert [image["src"] for image in images] == [
        "https://example.org/boats.jpg", "https://example.org/nets.jpg"
    ]
    assert data["body"][0]["src"] == "https://example.org/boats.jpg"
    assert "Boats at the quay" not in "\n".join(block["text"] for block in data["body"])
    images = images[1:]
    assert images[0]["text"] == "" and images[0]["alt"] == "Nets drying"
    assert "Nets drying" not in "\n".join(block["text"] for block in data["body"])
    text = dump("--format", "text", str(page))
    assert "[Image: Nets drying]" in text
    markdown = dump("--format", "markdown", str(page))
    assert "![Nets drying](https://example.org/nets.jpg)" in markdown


LINE_BREAKS = FIXTURES / "line_breaks.html"
VERSE = "Fog on the river,\nthe bridge lamps hum their one note —\nnobody hurries."


def test_line_breaks_keep_a_verse_and_an_address_in_their_lines() -> None:
    body = json.loads(dump("--format", "json", str(LINE_BREAKS)))["body"]
    texts = [block["text"] for block in body]
    assert VERSE in texts
    address = "The Small Gazette\n12 Quay Street\nRiverton\n\nOpen weekdays from nine to five."
    assert address in texts
    text = dump(str(LINE_BREAKS))
    assert VERSE in text  # each line its own, not run into one
    markdown = dump("--format", "markdown", str(LINE_BREAKS))
    # a hard break (two spaces) ends every line but the last
    assert "Fog on the river,  \nthe bridge lamps hum their one note —  \nnobody hurries.\n" in (
        markdown
    )
    assert "Riverton\n\nOpen weekdays" in markdown


API_REFERENCE = FIXTURES / "api_reference.html"


def test_an_api_entry_is_a_heading_over_its_paragraphs_and_code() -> None:
    body = json.loads(dump("--format", "json", str(API_REFERENCE)))["body"]
    kinds = [(block["type"], block["text"].split("\n")[0]) for block in body]
    start = kinds.index(("heading", "cachetools.cache(user_function)"))  # no "¶"
    assert [kind for kind, _first in kinds[start : start + 5]] == [
        "heading", "paragraph", "paragraph", "code", "paragraph",
    ]
    assert body[start + 3]["text"].startswith("@cache\ndef factorial(n):\n    return n")
    assert ("heading", "cachetools.clear()") in kinds
    assert not any(block["type"] == "definitions" for block in body)
    markdown = dump("--format", "markdown", str(API_REFERENCE))
    assert "#### cachetools.cache(*user_function*)\n\nSimple unbounded function cache." in markdown


def test_a_body_of_h1_sections_keeps_its_h2s_below_them_in_markdown(tmp_path: Path) -> None:
    """SQLite's pages set their sections in h1 and subsections in h2: in the Markdown dump
    the sections are "##" (under the title's "#") and the subsections "###", not both "##"."""
    prose = ("<p>The statement reads rows from the tables named in its FROM clause and "
             "returns those that pass its filter, one result row for each ({}).</p>")
    page = tmp_path / "select.html"
    page.write_text(
        "<html><head><title>SELECT</title></head><body><div class='nosearch'>"
        f"<h1>1. Overview</h1>{prose.format(1)}<h1>2. Simple Select Processing</h1>"
        f"{prose.format(2)}<h2>2.1. Determination of input data</h2>{prose.format(3)}"
        f"<h2>2.2. WHERE filtering</h2>{prose.format(4)}"
        "</div></body></html>",
        encoding="utf-8",
    )
    headings = [line for line in dump("--format", "markdown", str(page)).splitlines()
                if line.startswith("#")]
    assert headings[-4:] == ["## 1. Overview", "## 2. Simple Select Processing",
                             "### 2.1. Determination of input data", "### 2.2. WHERE filtering"]


def test_definitions_without_terms_read_as_paragraphs_in_every_dump(tmp_path: Path) -> None:
    """A wiki's indented lines (MediaWiki writes ':' as ``<dl><dd>``, no term) are paragraphs:
    no ':   ' before them in the Markdown, no empty term in the JSON; a definition list with
    its terms stays one."""
    page = _page(
        tmp_path / "wiki.html", "Pacman",
        "<dl><dd>Note: run <code>pacman -Syu</code> first.</dd></dl>"
        "<dl><dt>Server</dt><dd>The mirror to use.</dd><dd>One per line.</dd></dl>"
        "<dl><dd>Options, in order:</dd><dt>Color</dt><dd>Colours the output.</dd></dl>",
    )
    body = json.loads(dump("--format", "json", str(page)))["body"]
    assert {"type": "paragraph", "text": "Note: run pacman -Syu first."} in body
    terms = [item["term"] for block in body if block["type"] == "definitions"
             for item in block["items"]]
    assert terms == ["Server", "", "", "Color"]  # (a term's second definition: its own)
    markdown = dump("--format", "markdown", str(page))
    assert "\n\nNote: run `pacman -Syu` first.\n" in markdown
    assert "Server\n:   The mirror to use.\n:   One per line." in markdown
    assert "\n\nOptions, in order:\n\nColor\n:   Colours the output." in markdown
    text = dump("--format", "text", str(page))
    assert "\n\nNote: run pacman -Syu first.\n" in text


def test_a_definition_lists_links_and_styles_stay_in_the_markdown(tmp_path: Path) -> None:
    """A term's code and bold, a definition's italics, code and links (and those of a
    second term of the same definition) are marked in the Markdown as in a paragraph; the
    JSON's styles and links cover the same words."""
    page = _page(
        tmp_path / "options.html", "Options",
        "<dl><dt><code>--verbose</code>, <strong>-v</strong></dt>"
        "<dd>Print <em>more</em>, see <a href='https://example.org/log'>the log</a> and "
        "<code>RUST_LOG</code>.</dd><dt><a href='https://example.org/q'>quiet</a> mode</dt>"
        "<dt><em>silent</em> mode</dt><dd>Print <b>nothing</b> at all.</dd>"
        "<dd>A second line.</dd></dl>",
    )
    markdown = dump("--format", "markdown", str(page))
    assert (
        "`--verbose`, **-v**\n"
        ":   Print *more*, see [the log](https://example.org/log) and `RUST_LOG`.\n\n"
        "[quiet](https://example.org/q) mode / *silent* mode\n"
        ":   Print **nothing** at all.\n:   A second line.\n"
    ) in markdown, markdown
    data = json.loads(dump("--format", "json", str(page)))
    styled = {(style["kind"], style["end"] - style["start"]) for style in data["styles"]}
    assert {("code", 9), ("strong", 2), ("emphasis", 4), ("emphasis", 6)} <= styled
    assert [link["text"] for link in data["links"]] == ["the log", "quiet"]


def _page(path: Path, title: str, after: str) -> Path:
    """``path`` written: an article titled ``title``, three paragraphs, then ``after``."""
    story = "".join(
        f"<p>Paragraph {n} of the article, told at length, with words enough.</p>"
        for n in range(3)
    )
    path.write_text(
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{story}{after}</article></body></html>",
        encoding="utf-8",
    )
    return path
