"""The cleaners keep structure: code verbatim, tables, numbered and nested lists,
definition lists, figures, footnotes, links (HTML and Markdown)."""

from __future__ import annotations

from pathlib import Path

from reader.article.dump import to_markdown
from reader.clean.extracted import Draft
from reader.clean.html.blocks import fragment_blocks
from reader.engine.pipeline import load_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _structure(block: tuple[str, str, int]) -> dict[str, object]:
    return block.structure if isinstance(block, Draft) else {}


def test_highlighted_pre_keeps_every_character_tab_and_line() -> None:
    html = (
        '<pre class="language-go"><span class="k">func</span> <span>main</span>() {<br>'
        '\t<span>fmt</span>.<span>Println</span>(<span class="s">"hi"</span>)\n}</pre>'
    )
    [(kind, text, _level)] = blocks = fragment_blocks(html)
    assert kind == "code"
    assert text == 'func main() {\n\tfmt.Println("hi")\n}'
    assert _structure(blocks[0])["language"] == "go"


def test_a_plain_pre_is_preformatted_and_gutters_are_left_out() -> None:
    assert fragment_blocks("<pre>  roses  are\n   red</pre>") == [
        ("preformatted", "  roses  are\n   red", 0)
    ]
    html = (
        '<pre><code><span class="lineno">1</span>x = 1\n'
        '<span class="lineno">2</span>y</code></pre>'
    )
    assert fragment_blocks(html)[0][1] == "x = 1\ny"


def test_pygments_table_of_line_numbers_gives_one_code_block(tmp_path: Path) -> None:
    """Pygments' ``linenos=table`` (many blogs): the numbers in one cell, the code in a
    ``<pre>`` two levels under ``td.code``. One code block, every character, no numbers."""
    from tests.cli_run import dump_json

    page = tmp_path / "post.html"
    page.write_text(
        "<html><body><article><h1>Adding</h1><p>A function that adds two numbers, shown as "
        "the blog's highlighter shows every listing of its posts.</p>"
        '<div class="highlight"><table class="highlighttable"><tr><td class="linenos">'
        '<div class="linenodiv"><pre><span class="normal">1</span>\n'
        '<span class="normal">2</span></pre></div></td><td class="code"><div><pre><span></span>'
        '<span class="k">def</span> <span class="nf">add</span>(a, b):\n'
        '    <span class="k">return</span> a <span class="o">+</span> b\n</pre></div></td>'
        "</tr></table></div><p>That is all there is to it, and this paragraph ends the post "
        "with words enough.</p></article></body></html>",
        encoding="utf-8",
    )
    code = [block for block in dump_json(str(page))["body"] if block["type"] != "paragraph"]
    assert [(block["type"], block["text"]) for block in code] == [
        ("code", "def add(a, b):\n    return a + b")
    ]


def test_a_gutter_of_line_numbers_beside_the_code_is_no_code_block() -> None:
    """Hugo's Chroma sets the numbers in a ``<pre>`` of their own, in the cell before the
    code's; a program's output of numbers, standing alone, stays."""
    html = (
        '<table class="lntable"><tr><td class="lntd"><pre class="chroma"><code>'
        '<span class="lnt">1\n</span><span class="lnt">2\n</span></code></pre></td>'
        '<td class="lntd"><pre class="chroma"><code class="language-go">func main() {\n}'
        "</code></pre></td></tr></table><pre><code>1\n2\n3</code></pre>"
    )
    assert [(kind, text) for kind, text, _level in fragment_blocks(html)] == [
        ("code", "func main() {\n}"), ("code", "1\n2\n3")
    ]


def test_a_listing_laid_out_one_row_a_line_is_one_code_block() -> None:
    """GitHub's file view and embedded gists: a row a line, a number cell and a code cell.
    One code block with its indentation, not a two-column table of stripped lines."""
    html = (
        '<table class="highlight tab-size js-file-line-container"><tr><td id="L1" '
        'class="blob-num js-line-number" data-line-number="1"></td><td id="LC1" '
        'class="blob-code blob-code-inner js-file-line"><span class="pl-k">def</span> '
        "add(a, b):</td></tr><tr><td class=\"blob-num js-line-number\" data-line-number=\"2\">"
        '</td><td class="blob-code blob-code-inner js-file-line">    <span class="pl-k">'
        "return</span> a + b</td></tr></table>"
    )
    assert [(kind, text) for kind, text, _level in fragment_blocks(html)] == [
        ("code", "def add(a, b):\n    return a + b")
    ]


def test_the_language_is_the_word_after_the_class_prefix() -> None:
    """GitHub's "highlight highlight-source-python" is Python, not "highlight-source-python";
    "highlight tab-size" names no language."""
    blocks = fragment_blocks(
        '<div class="highlight highlight-source-python notranslate"><pre>x = 1</pre></div>'
        '<pre class="highlight tab-size"><code>y = 2</code></pre>'
        '<pre class="sourceCode haskell"><code>main = pure ()</code></pre>'
    )
    assert [_structure(block).get("language") for block in blocks] == ["python", None, "haskell"]


def test_a_layout_table_is_walked_not_kept_as_rows() -> None:
    layout = "<table><tr><td><p>Only one column of text here.</p></td></tr></table>"
    assert fragment_blocks(layout) == [("paragraph", "Only one column of text here.", 0)]
    nested = (
        "<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td>"
        "<td>c</td></tr></table>"
    )
    assert all(kind != "table" or "c" not in text for kind, text, _ in fragment_blocks(nested))


def test_ordered_lists_keep_start_value_and_reversed_numbers() -> None:
    [block] = fragment_blocks('<ol start="4"><li>d</li><li value="9">i</li><li>j</li></ol>')
    assert _structure(block)["numbers"] == (4, 9, 10)
    [block] = fragment_blocks("<ol reversed><li>c</li><li>b</li><li>a</li></ol>")
    assert _structure(block)["numbers"] == (3, 2, 1)


def test_definition_terms_stay_with_their_definitions() -> None:
    [block] = fragment_blocks(
        "<dl><div><dt>HTML</dt><dt>HTML5</dt><dd>Markup.</dd></div><dd>Also a standard.</dd></dl>"
    )
    assert block[0] == "definitions"
    assert _structure(block)["rows"] == (("HTML / HTML5", "Markup."), ("", "Also a standard."))


def test_markdown_keeps_the_same_structure() -> None:
    article = load_article(str(FIXTURES / "structure.md"), people=False)
    kinds = [block.type for block in article.blocks]
    assert kinds.count("code") == 1 and "table" in kinds and "definitions" in kinds
    code = next(block for block in article.blocks if block.type == "code")
    assert code.language == "python"
    assert "\n\treturn feet * 0.3048" in code.text  # the tab kept
    table = next(block for block in article.blocks if block.type == "table")
    assert table.rows == (("Feet", "Metres"), ("1", "0.3048"), ("10", "3.048")) and table.header
    steps = next(block for block in article.blocks if block.numbers)
    assert steps.numbers == (1, 2, None, None, 3) and steps.depths == (0, 0, 1, 1, 0)
    image = next(block for block in article.blocks if block.type == "image")
    assert image.src == "https://cdn.example.org/img/office-tape.png"
    assert [(link.text, link.href) for link in article.links] == [
        ("conversion guide", "https://example.org/notes/guide.html"),
    ]
    assert "see this script link.[1]" in article.text  # javascript: reads as its text
    assert "[1] The international foot" in article.text
    markdown = to_markdown(article)
    assert "```python\n" in markdown and "| Feet | Metres |" in markdown
    assert "1. Measure" in markdown and "   - 0.3048 for metres" in markdown


def test_identifiers_in_code_are_not_people() -> None:
    html = (
        "<html><body><article><h1>Names</h1>"
        + "<p>Grace Hopper wrote the first compiler, and her notes are kept in a museum.</p>" * 3
        + '<pre><code class="language-python">Walter White = Jesse Pinkman()\n'
        "print(Walter White)</code></pre></article></body></html>"
    )
    page = FIXTURES.parent / "_people_code.html"
    try:
        page.write_text(html, encoding="utf-8")
        names = [person.name for person in load_article(str(page)).people]
    finally:
        page.unlink()
    assert "Grace Hopper" in names
    assert not any("Walter" in name or "Jesse" in name for name in names)


def test_a_bare_pre_of_shell_commands_is_code_and_a_poem_is_not(tmp_path) -> None:
    """Through the real CLI: a wiki's ``<pre>$ sudo pacman -Syu</pre>`` (no class, no
    ``<code>``) is code, indented as code in the text dump; a poem set in ``<pre>`` stays
    preformatted text."""
    import subprocess
    import sys

    from tests.cli_run import dump_article

    poem = "The fog comes\n  on little cat feet."
    body = dump_article(
        tmp_path, "Sudo",
        "<p>To use sudo, prefix a command and its arguments with sudo and a space, like "
        "this:</p><pre>$ sudo pacman -Syu</pre><pre># visudo /etc/sudoers.d/10-editor</pre>"
        f"<p>And a poem, to end the page with something else set apart:</p><pre>{poem}</pre>",
    )["body"]
    kinds = {block["text"]: block["type"] for block in body}
    assert kinds["$ sudo pacman -Syu"] == "code"
    assert kinds["# visudo /etc/sudoers.d/10-editor"] == "code"
    assert kinds[poem] == "preformatted"
    text = subprocess.run(
        [sys.executable, "-m", "reader", "dump", str(tmp_path / "page.html")],
        capture_output=True, check=True, text=True, timeout=60,
    ).stdout
    assert "\n    $ sudo pacman -Syu\n" in text


def test_a_bold_heading_is_one_markdown_heading_not_a_bold_one(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><h1>Earbuds</h1><p>The harbour reopened on Monday after a "
        "month of repairs, said the keeper.</p><h2><strong>How we test</strong></h2><p>We "
        "listen to <b>every pair</b> for a week on the train, at home and at the gym.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    markdown = to_markdown(load_article(str(page), people=False))
    assert "\n## How we test\n" in markdown
    assert "**every pair**" in markdown  # (bold in a paragraph stays)
