"""Code set in a list's item stays with its item: "1. Install it:" over its command, the
item's words after the command, and the rest of the list read as one list in the dumps
(``item_level`` in JSON; indented under the item's text in Markdown and in plain text),
from a web page and from a Markdown file alike."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_as, dump_json, run_dump

STEPS_HTML = """<html><head><title>Setting up</title></head><body><article>
<h1>Setting up</h1><p>How to set the tool up on a new machine, one step after another.</p>
<ol><li><p>Install the package:</p><pre><code>pip install frobnicate
frobnicate --init</code></pre>
<p>It brings its own <a href="https://example.org/config">configuration</a>.</p></li>
<li><p>Write the settings:</p><ul><li>Open the folder:<pre>cd ~/.config</pre></li>
<li>Edit the file.</li></ul></li><li>Start it.</li></ol>
<p>That is all there is to it, and the tool runs from now on.</p>
</article></body></html>"""

STEPS_MARKDOWN = """# Setting up

How to set the tool up on a new machine, one step after another.

1. Install the package:

   ```sh
   pip install frobnicate
   frobnicate --init
   ```

   It brings its own [configuration](https://example.org/config).

2. Write the settings:
   - Open the folder:

     ```
     cd ~/.config
     ```

   - Edit the file.
3. Start it.

That is all there is to it, and the tool runs from now on.
"""

WANTED_MARKDOWN = (
    "1. Install the package:\n\n   ```{language}\n   pip install frobnicate\n"
    "   frobnicate --init\n   ```\n\n"
    "   It brings its own [configuration](https://example.org/config).\n\n"
    "2. Write the settings:\n   - Open the folder:\n\n     ```\n     cd ~/.config\n     ```"
    "\n\n   - Edit the file.\n3. Start it.\n\nThat is all there is to it"
)


def _levels(body: list[dict]) -> list[tuple[str, str, int]]:
    return [(block["type"], block["text"].split("\n")[0], block.get("item_level", 0))
            for block in body]


def test_a_pages_code_in_an_item_carries_its_items_level(tmp_path: Path) -> None:
    page = tmp_path / "steps.html"
    page.write_text(STEPS_HTML, encoding="utf-8")
    levels = _levels(dump_json(page)["body"])
    assert levels[1:] == [
        ("list", "Install the package:", 0),
        ("code", "pip install frobnicate", 1),
        ("paragraph", "It brings its own configuration.", 1),
        ("list", "Write the settings:", 0),
        ("preformatted", "cd ~/.config", 2),  # (a <pre> alone: no <code>)
        ("list", "Edit the file.", 0),
        ("paragraph", "That is all there is to it, and the tool runs from now on.", 0),
    ], levels


def test_a_pages_code_in_an_item_stands_under_it_in_markdown_and_text(tmp_path: Path) -> None:
    page = tmp_path / "steps.html"
    page.write_text(STEPS_HTML, encoding="utf-8")
    markdown = run_dump("--format", "markdown", page)
    assert WANTED_MARKDOWN.format(language="") in markdown, markdown
    text = run_dump("--format", "text", page)
    assert "1. Install the package:\n\n       pip install frobnicate\n" in text, text
    assert "\n   It brings its own configuration.\n" in text, text
    assert "   • Open the folder:\n\n     cd ~/.config\n\n   • Edit the file.\n3. Start" in text


def test_a_markdown_files_code_in_an_item_stays_with_it(tmp_path: Path) -> None:
    markdown = dump_as(tmp_path, STEPS_MARKDOWN, "markdown", name="steps.md")
    assert WANTED_MARKDOWN.format(language="sh") in markdown, markdown
    body = dump_json(tmp_path / "steps.md")["body"]
    assert _levels(body)[1:4] == [
        ("list", "Install the package:", 0),
        ("code", "pip install frobnicate", 1),
        ("paragraph", "It brings its own configuration.", 1),
    ]
    article = dump_json(tmp_path / "steps.md")
    [link] = article["links"]  # (kept, in the item's paragraph split from the list)
    assert (link["text"], link["href"]) == ("configuration", "https://example.org/config")
