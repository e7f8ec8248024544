"""Pages built by JavaScript site generators (Docusaurus, VitePress, Astro Starlight, Hexo),
read through ``reader dump``: their tabs, code groups, code frames and highlighted listings."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_json, run_dump

PAGES = Path(__file__).parents[1] / "fixtures" / "site_generators"
INSTALLS = [("Linux", "sudo apt install harbour-cache"), ("macOS", "brew install harbour-cache"),
            ("Windows", "winget install Harbour.Cache")]  # (each tab's label, its command)


def _labelled_commands(name: str) -> list[tuple[str, str]]:
    """Each code block of the page with the heading just before it ("" for none)."""
    body = dump_json(PAGES / name)["body"]
    return [
        (body[n - 1]["text"] if n and body[n - 1]["type"] == "heading" else "", block["text"])
        for n, block in enumerate(body) if block["type"] == "code"
    ]


def test_docusaurus_tabs_head_their_panels_in_order():
    """Docusaurus's tabs name no panel (``<li role="tab">`` without ``aria-controls``): the
    n-th tab names the n-th panel after the row, and the row is no list of names."""
    article = dump_json(PAGES / "docusaurus_tabs.html")
    assert _labelled_commands("docusaurus_tabs.html")[:3] == INSTALLS
    lists = [item["text"] for b in article["body"] if b["type"] == "list" for item in b["items"]]
    assert "Linux" not in lists


def test_a_vitepress_code_group_heads_each_block_with_its_radio_tab():
    """VitePress's code group: radio buttons and their labels in a row, the blocks after it."""
    assert _labelled_commands("vitepress_code_group.html")[:3] == INSTALLS


def test_a_gutter_beside_the_listing_stays_out():
    """VitePress's line numbers stand in an element of their own after the ``<pre>``."""
    texts = [block["text"] for block in dump_json(PAGES / "vitepress_code_group.html")["body"]]
    toml = texts.index('[cache]\ndirectory = "/var/tiles"\nlimit_mb = 512')
    assert texts[toml + 1] == "The cache reads the file once at start; restart it after a change."


def test_a_code_frames_screen_reader_title_is_neither_caption_nor_text():
    """Starlight's Expressive Code titles a shell's frame "Terminal window" for a screen
    reader, in a ``<figcaption>``: it is no lead picture's caption (the frames were dropped as
    its repeats, the commands with them) and no line of text."""
    article = dump_json(PAGES / "starlight_tabs.html")
    assert article["caption"] is None
    assert _labelled_commands("starlight_tabs.html")[:3] == INSTALLS
    assert "Terminal window" not in run_dump(PAGES / "starlight_tabs.html")


def test_hexos_highlighted_listing_keeps_its_language_and_its_lines():
    """Hexo's highlight.js figure: ``<figure class="highlight python">``, each line a
    ``<span class="line">`` ended by a ``<br>`` (one line break, not two)."""
    (code,) = [b for b in dump_json(PAGES / "hexo_landscape_guide.html")["body"]
               if b["type"] == "code"]
    assert code["language"] == "python"
    assert code["text"] == (
        'from harbour import TileCache\n\ncache = TileCache(directory="/var/tiles", '
        'limit_mb=512)\ncache.warm(["coast", "rivers"])\nprint(cache.stats())'
    )


def test_material_content_tabs_head_their_blocks():
    """MkDocs Material's content tabs are radio tabs too: the buttons first, then the row
    of labels, then the blocks, one a label (the labels were lost)."""
    body = dump_json(PAGES / "mkdocs_material_tabs.html")["body"]
    headed = [(body[n - 1]["text"], b["text"]) for n, b in enumerate(body) if b["type"] == "code"]
    assert headed == [("pip", "pip install harbour-cache"),
                      ("conda", "conda install -c harbour harbour-cache")]


def test_nextras_pager_of_page_titles_alone_stays_out():
    """Nextra's pager draws an arrow, not "Next", before the next page's title ("API"): a
    last line of links to pages the site's menu lists is the pager, not the text's end."""
    texts = [block["text"] for block in dump_json(PAGES / "nextra_install.html")["body"]]
    assert texts[-1] == "The cache reads the file once at start; restart it after a change."


def test_a_tab_panel_left_empty_for_a_script_gets_no_heading():
    """Nextra (headlessui) writes the chosen tab's panel and an empty ``<span
    role="tabpanel">`` for each other tab: the chosen one is headed, the empty ones are not
    headings over nothing."""
    body = dump_json(PAGES / "nextra_install.html")["body"]
    assert [b["text"] for b in body if b["type"] == "heading"] == ["Linux"]
    assert _labelled_commands("nextra_install.html")[0] == INSTALLS[0]
