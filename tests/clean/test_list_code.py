"""Code set in a list's item stands after its item as a block of its own, the list numbered
on after it; a gutter of line numbers an element sets before each line of code is left out;
lines a highlighter sets as elements of their own keep their breaks. Through the real CLI."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_article, dump_as, dump_json

PROSE = "and the sentence runs on long enough to be read as the article's prose by the reader."


def test_code_in_a_steps_item_stands_after_it_and_the_steps_go_on(tmp_path: Path) -> None:
    body = dump_article(tmp_path, "Install", (
        f"<p>These are the steps, {PROSE}</p><ol>"
        '<li><p>Install it with <strong>pip</strong>:</p><div class="highlight-console">'
        '<div class="highlight"><pre>$ pip install tool\n$ tool --version</pre></div></div>'
        " and check the version.</li>"
        '<li>Configure it:<pre><code class="language-toml">[tool]\nname = "x"</code></pre></li>'
        '<li>Run it.</li><li value="7">Done.</li>'
        # (reStructuredText's indented block: a quotation around the code, not one itself)
        '<li>Status:<blockquote><div class="highlight-console"><div class="highlight">'
        "<pre>$ tool status --all\n$ tool status --verbose --long</pre></div></div>"
        "</blockquote></li></ol>"
        f"<p>That is all, {PROSE}</p>"
    ))["body"]
    shown = [(block["type"], block["text"]) for block in body]
    assert shown[1:9] == [
        ("list", "Install it with pip:"),
        ("code", "$ pip install tool\n$ tool --version"),
        ("paragraph", "and check the version."),  # (the item's words after its code)
        ("list", "Configure it:"),
        ("code", '[tool]\nname = "x"'),
        ("list", "Run it.\nDone.\nStatus:"),
        ("code", "$ tool status --all\n$ tool status --verbose --long"),
        ("paragraph", f"That is all, {PROSE}"),
    ]
    assert [body[2]["language"], body[5]["language"], body[7]["language"]] == [
        "console", "toml", "console"]
    lists = [block for block in body if block["type"] == "list"]
    assert [[item["number"] for item in block["items"]] for block in lists] == [
        [1], [2], [3, 7, 8]]


def test_an_items_words_between_its_codes_keep_their_order(tmp_path: Path) -> None:
    """reStructuredText's item: a line, then each code in a quotation with words between."""
    quoted = '<blockquote><div class="highlight-console"><div class="highlight"><pre>{}</pre>'
    body = dump_article(tmp_path, "Purge", (
        f"<p>The commands, {PROSE}</p><ul><li><p><strong>purge</strong>: Purge the queues.</p>"
        + quoted.format("$ tool purge --all-queues-now") + "</div></div></blockquote>"
        "<p>You can also name the queues to purge:</p>"
        + quoted.format("$ tool purge --queue first,second") + "</div></div></blockquote>"
        "</li><li><p><strong>status</strong>: List the nodes.</p></li></ul>"
        f"<p>That is all, {PROSE}</p>"
    ))["body"]
    assert [(block["type"], block["text"]) for block in body[1:6]] == [
        ("list", "purge: Purge the queues."),
        ("code", "$ tool purge --all-queues-now"),
        ("paragraph", "You can also name the queues to purge:"),
        ("code", "$ tool purge --queue first,second"),
        ("list", "status: List the nodes."),
    ]


def test_a_highlighters_table_of_numbers_and_code_in_an_item_is_one_code_block(
    tmp_path: Path,
) -> None:
    body = dump_article(tmp_path, "Table", (
        f"<p>The steps, {PROSE}</p><ol><li>Run this:"
        '<table class="highlighttable"><tr><td class="linenos"><div class="linenodiv">'
        '<pre>1\n2</pre></div></td><td class="code"><div class="highlight"><pre>import os\n'
        "print(os.getcwd())</pre></div></td></tr></table></li><li>Done.</li></ol>"
        f"<p>That is all, {PROSE}</p>"
    ))["body"]
    assert [(block["type"], block["text"]) for block in body[1:4]] == [
        ("list", "Run this:"), ("code", "import os\nprint(os.getcwd())"), ("list", "Done."),
    ]


def test_a_gutter_set_before_each_line_is_left_out_and_the_codes_numbers_stay(
    tmp_path: Path,
) -> None:
    gutter = "".join(
        f'<div><span class="css-1m136ci">{n}</span><div><span>{line}</span>\n</div></div>'
        for n, line in enumerate(("import os", "print(os.getcwd())", "x = [1, 2]"), 1)
    )
    body = dump_article(tmp_path, "Gutter", (
        f"<p>The code, {PROSE}</p>"
        f'<pre data-lang="python">{gutter}</pre>'
        '<pre class="language-python">x = [<span class="mi">1</span>, <span class="mi">2</span>]'
        "</pre>"
        "<pre><code><span>1</span>\n<span>7</span>\n</code></pre>"
        f"<p>That is all, {PROSE}</p>"
    ))["body"]
    code = [block["text"] for block in body if block["type"] in ("code", "preformatted")]
    assert code == ["import os\nprint(os.getcwd())\nx = [1, 2]", "x = [1, 2]", "1\n7"]


def test_code_in_a_markdown_steps_item_stands_after_it_with_the_items_marks(
    tmp_path: Path,
) -> None:
    notes = tmp_path / "steps.md"
    notes.write_text(
        f"# Steps\n\nThese are the steps, {PROSE}\n\n"
        "1. Install it with *pip*:\n\n   ```bash\n   pip install tool\n   tool --version\n"
        "   ```\n\n2. Configure [it](https://example.org/c):\n\n   ```toml\n   [tool]\n   ```"
        "\n\n3. Run **it**.\n4. Done.\n\nThat is all.\n"
    )
    dump = dump_json(str(notes))
    body = dump["body"]
    assert [(block["type"], block["text"]) for block in body[1:6]] == [
        ("list", "Install it with pip:"), ("code", "pip install tool\ntool --version"),
        ("list", "Configure it:"), ("code", "[tool]"), ("list", "Run it.\nDone."),
    ]
    assert [body[2]["language"], body[4]["language"]] == ["bash", "toml"]
    lists = [block for block in body if block["type"] == "list"]
    assert [[item["number"] for item in block["items"]] for block in lists] == [[1], [2], [3, 4]]
    text = "\n\n".join(block["text"] for block in body)
    marked = {(m["kind"], text[: m["start"]].rsplit("\n", 1)[-1]) for m in dump["styles"]}
    assert marked == {("emphasis", "Install it with "), ("strong", "Run ")}
    [link] = dump["links"]
    assert text[: link["start"]].endswith("Configure ")


def test_lines_set_as_elements_without_newlines_between_keep_their_breaks(
    tmp_path: Path,
) -> None:
    """Shiki's ``<span class="line">``, Gatsby's highlighted lines (an empty one a blank
    line) and a ``<div>`` a line (Stripe's docs), with no newline between them: the browser
    breaks them by CSS, and so does the reader."""
    shiki = (
        '<pre class="shiki"><code><span class="line"><span style="color:red">npm</span>'
        '<span> create vite</span></span><span class="line"><span>cd</span> app</span></code></pre>'
    )
    gatsby = (
        '<pre class="language-jsx"><code>function f() {\n'
        '<span class="gatsby-highlight-code-line">  const a = 1;</span>'
        '<span class="gatsby-highlight-code-line"></span>'
        '<span class="gatsby-highlight-code-line">  return a;</span>\n}</code></pre>'
    )
    divs = (
        '<pre><code><div class="x1"><span></span><span>curl https://example.org \\</span></div>'
        '<div class="x1"><span></span><span>  -d amount=1</span></div></code></pre>'
    )
    body = dump_article(tmp_path, "Lines", (
        f"<p>The code, {PROSE}</p>{shiki}<p>Then, {PROSE}</p>{gatsby}"
        f"<p>And, {PROSE}</p>{divs}<p>That is all, {PROSE}</p>"
    ))["body"]
    code = [block["text"] for block in body if block["type"] == "code"]
    assert code == [
        "npm create vite\ncd app",
        "function f() {\n  const a = 1;\n\n  return a;\n}",
        "curl https://example.org \\\n  -d amount=1",
    ]


def test_a_table_in_a_steps_item_stands_after_it_and_the_steps_go_on(tmp_path: Path) -> None:
    """A step's table of versions ran into the step's one line ("...table: Linux
    distribution Version Debian 12 bookworm ..."): it stands after the item, a table."""
    body = dump_article(tmp_path, "Install", (
        f"<p>These are the steps, {PROSE}</p><ol>"
        "<li><p>Add the package source.</p></li>"
        "<li><p>Check the file for one of the versions in the following table:</p>"
        "<table><thead><tr><th>Linux distribution</th><th>Version</th></tr></thead><tbody>"
        "<tr><td>Debian 12</td><td>bookworm</td></tr><tr><td>Ubuntu 24.04</td><td>noble</td>"
        "</tr></tbody></table></li><li><p>Update the package lists.</p></li></ol>"
        f"<p>That is all, {PROSE}</p>"
    ))["body"]
    shown = [(block["type"], block.get("rows") or block["text"]) for block in body]
    assert shown[1:4] == [
        ("list", "Add the package source.\nCheck the file for one of the versions in the "
                 "following table:"),
        ("table", [["Linux distribution", "Version"], ["Debian 12", "bookworm"],
                   ["Ubuntu 24.04", "noble"]]),
        ("list", "Update the package lists."),
    ]
    assert body[3]["items"][0]["number"] == 3


NESTED = Path(__file__).resolve().parents[1] / "fixtures" / "html_lists" / "list-leftovers.html"


def test_code_in_a_nested_lists_item_is_a_verbatim_block_and_the_lists_go_on() -> None:
    """A step's sub-step's code (docs, READMEs) was read into the sub-step's one line:
    "harbour-log init --path ~/log --tide-table=local --quiet". It stands after the item,
    every line and indent kept, with its language; the items after it keep their depths
    and numbers."""
    body = dump_json(str(NESTED))["body"]
    shown = [(block["type"], block["text"]) for block in body]
    assert shown[1:7] == [
        ("list", "Prepare the machine.\nRun:"),
        ("code", "harbour-log init --path ~/log\n  --tide-table=local\n    --quiet"),
        ("list", "Then check that the log answers.\nConfigure the tide table."),
        ("list", "Open the settings.\nSet the port:"),
        ("code", '[port]\nname = "Haven"'),
        ("list", "Save the file.\nRestart the log."),
    ]
    assert [body[2]["language"], body[5]["language"]] == ["bash", "toml"]
    items = [[(item["depth"], item["number"], item.get("numbering")) for item in block["items"]]
             for block in body if block["type"] == "list"]
    assert items == [
        [(0, None, None), (1, None, None)], [(1, None, None), (0, None, None)],
        [(0, 1, "1"), (1, 1, "a")], [(1, 2, "a"), (0, 2, "1")],
    ]


def test_code_in_a_nested_lists_item_is_fenced_in_the_markdown_dump(tmp_path: Path) -> None:
    markdown = dump_as(tmp_path, NESTED.read_text(encoding="utf-8"), "markdown",
                       name="page.html")
    assert "  - Run:\n\n    ```bash\n    harbour-log init --path ~/log\n      --tide-table=" \
           "local\n        --quiet\n    ```\n\n  - Then check" in markdown  # (under its item)
    assert '   1. Set the port:\n\n      ```toml\n      [port]\n      name = "Haven"\n' \
           "      ```\n\n   2. Save the file." in markdown


def test_the_text_dump_keeps_the_depth_of_the_items_after_a_nested_code(
    tmp_path: Path,
) -> None:
    text = dump_as(tmp_path, NESTED.read_text(encoding="utf-8"), "text", name="page.html")
    assert "        --quiet\n\n  • Then check that the log answers.\n• Configure" in text
    assert "  b. Save the file.\n2. Restart the log." in text
