"""What a browser draws that a page's text does not say: the rule of an ``<hr>``, the marks
of a ``<q>``, a block quote's credit in its ``<footer>``; through the real CLI."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_article, dump_json, dump_text

PROSE = "and the sentence runs on long enough to be read as the article's prose by the reader."


def _blocks(article: dict) -> list[tuple[str, str]]:
    return [(block["type"], block["text"]) for block in article["body"]]


def test_a_rule_between_two_scenes_is_a_break_but_not_at_an_edge_or_by_a_heading(
    tmp_path: Path,
) -> None:
    article = dump_article(tmp_path, "Scenes", (
        f"<hr><p>The first scene, {PROSE}</p><hr><hr><p>The second scene, {PROSE}</p>"
        f"<hr><h2>Part two</h2><p>The third scene, {PROSE}</p><hr>"
    ))
    assert _blocks(article) == [
        ("paragraph", f"The first scene, {PROSE}"),
        ("paragraph", "* * *"),
        ("paragraph", f"The second scene, {PROSE}"),
        ("heading", "Part two"),
        ("paragraph", f"The third scene, {PROSE}"),
    ]


def test_a_markdown_rule_is_the_same_break(tmp_path: Path) -> None:
    article = dump_text(
        tmp_path, f"# Scenes\n\nThe first scene, {PROSE}\n\n---\n\nThe second scene, {PROSE}\n",
        name="scenes.md",
    )
    assert [text for _kind, text in _blocks(article)] == [
        f"The first scene, {PROSE}", "* * *", f"The second scene, {PROSE}"
    ]


def test_an_inline_quotation_keeps_its_marks_and_its_speaker_is_quoted(tmp_path: Path) -> None:
    article = dump_article(tmp_path, "Marks", (
        "<p>Anna Berg said <q>we will be back before the <q>long</q> winter</q>, "
        f"{PROSE}</p><p>The harbour master Tom Reed agreed, {PROSE}</p>"
    ))
    first = _blocks(article)[0][1]
    assert first.startswith("Anna Berg said “we will be back before the ‘long’ winter”, ")
    typed = dump_article(tmp_path, "Typed", f"<p>She said <q>“calm seas”</q> again, {PROSE}</p>")
    assert _blocks(typed)[0][1].startswith("She said “calm seas” again, ")  # (not twice)
    quoted = {person["name"]: person["quotes"] for person in article["people"]}
    assert any("we will be back" in quote for quote in quoted.get("Anna Berg", []))


def test_a_block_quotes_credit_in_its_footer_stays_with_it(tmp_path: Path) -> None:
    article = dump_article(tmp_path, "Credits", (
        f"<p>Before the quotation, {PROSE}</p>"
        "<blockquote><p>The sea is the same as it was, and so are the people who fish it "
        "every morning.</p><footer>— <cite>Anna Berg, The Harbour</cite></footer></blockquote>"
        f"<p>After the quotation, {PROSE}</p>"
    ))
    quote = next(text for kind, text in _blocks(article) if kind == "quote")
    assert quote.endswith("every morning.\n— Anna Berg, The Harbour")


def test_a_way_back_to_the_top_is_neither_text_nor_a_link(tmp_path: Path) -> None:
    """A manual page's headings end in a "top" link ("NAME top"), a long page's sections in
    "↑ Back to top": not the heading's words, not a link for f to list."""
    prose = "<p>grep searches for patterns in each file and prints each line that matches.</p>"
    top = '&#160; <a href="#top_of_page"><span class="top-link">top</span></a>'
    article = dump_article(
        tmp_path, "grep",
        f"<h2>NAME {top}</h2>{prose}<h2>SYNOPSIS {top}</h2><p>grep [OPTION...] PATTERNS "
        f'[FILE...] is how it is called.</p><p><a href="#top">↑ Back to top</a></p>'
        f'<p>See <a href="#options">the options</a> below.</p><h2 id="options">OPTIONS</h2>'
        f"{prose}",
    )
    headings = [b["text"] for b in article["body"] if b["type"] == "heading"]
    assert headings[-3:] == ["NAME", "SYNOPSIS", "OPTIONS"]
    assert [link["text"] for link in article["links"]] == ["the options"]
    assert not any("Back to top" in b["text"] for b in article["body"])


def test_a_headings_link_back_to_the_contents_is_its_text_not_a_link(tmp_path: Path) -> None:
    """docutils makes each heading a link back to its line in the contents (role
    "doc-backlink", as a footnote's way back is): the heading's words stay, not as a link."""
    prose = "<p>A playbook runs in order from top to bottom, one task after another.</p>"
    article = dump_article(
        tmp_path, "Ansible playbooks",
        f'<h2><a class="toc-backref" href="#id3" role="doc-backlink">Playbook syntax</a>'
        f'<a class="headerlink" href="#playbook-syntax">\uf0c1</a></h2>{prose}'
        f'<h3><a class="toc-backref" href="#id4" role="doc-backlink">Task execution</a></h3>'
        f"<p>Each task calls a module, {PROSE}</p>",
    )
    headings = [(b["text"], b["level"]) for b in article["body"] if b["type"] == "heading"]
    assert ("Playbook syntax", 2) in headings and ("Task execution", 3) in headings
    assert article["links"] == []


def test_a_footnotes_number_linking_back_is_its_label_a_mark_is_nothing(tmp_path: Path) -> None:
    """docutils labels a footnote with its number, linked back to the reference: the label
    stays ("[1]", no link); pandoc's "↩" back is no text."""
    rst = tmp_path / "notes.rst"
    rst.write_text("Notes\n=====\n\nA playbook runs in order from top to bottom, one task "
                   "after another [#]_.\n\n.. [#] Modules live in collections.\n",
                   encoding="utf-8")
    texts = [block["text"] for block in dump_json(str(rst))["body"]]
    assert "[1]" in texts and "Modules live in collections." in texts
    article = dump_article(
        tmp_path, "Pandoc", f"<p>A playbook runs in order<a href='#fn1' role='doc-noteref'>"
        f"<sup>1</sup></a> {PROSE}</p><section role='doc-endnotes'><ol><li id='fn1'><p>Modules"
        f" live in collections.<a href='#fnref1' role='doc-backlink'>↩︎</a></p></li></ol>"
        f"</section>",
    )
    assert any(b["text"] == "Modules live in collections." for b in article["body"])
    assert not any(link["href"] == "#fnref1" for link in article["links"])


def test_a_headings_link_to_itself_is_its_text_a_link_to_it_from_elsewhere_stays(
    tmp_path: Path,
) -> None:
    """MDN heads each section with a link to the section itself (``<h2 id="try_it"><a
    href="#try_it">Try it</a></h2>``): nowhere to go, so its words, not a link; a paragraph's
    link to that heading is one."""
    article = dump_article(
        tmp_path, "The table element",
        f'<p>The examples below show it; see <a href="#try_it">the demo</a> {PROSE}</p>'
        f'<h2 id="try_it" class="heading"><a class="heading-anchor" href="#try_it">Try it</a>'
        f"</h2><p>Each row of the table is a tr element, {PROSE}</p>",
    )
    assert ("heading", "Try it") in _blocks(article)
    assert [(link["text"], link["href"]) for link in article["links"]] == [
        ("the demo", "#try_it")]
