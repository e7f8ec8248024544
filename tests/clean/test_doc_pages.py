"""Documentation pages: the detector's signals, and the whole content container kept."""

from __future__ import annotations

import lxml.html

from reader.clean.html import doc_main
from reader.clean.html.doc_page import content_containers, doc_signals, is_documentation
from reader.clean.html.pipeline import parse_html
from reader.clean.html.readable import extract_main
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument

LONG = (
    "<p>The middleware {n} handles every request before the view runs; it reads the "
    "headers, decides whether the response can come from the cache, and sets the vary "
    "headers so that proxies keep one copy per language and per session cookie.</p>"
)
SHORT = (
    "<section><h3>Option {n}</h3><p>Option {n} sets the limit.</p>"
    "<pre>LIMIT_{n} = 10</pre></section>"
)


def _reference(dated: bool = False) -> str:
    """A reference page: one long section readability prefers, many short sibling ones."""
    big = "<section><h2>Overview</h2>" + "".join(LONG.format(n=n) for n in range(8)) + "</section>"
    small = "".join(SHORT.format(n=n) for n in range(12))
    date = '<meta property="article:published_time" content="2024-01-02">' if dated else ""
    return (
        f"<html><head><title>Middleware</title>{date}</head><body>"
        "<nav><ul><li><a href='/a'>Getting started</a></li><li><a href='/b'>Models</a></li>"
        "</ul></nav>"
        f"<main><article>{big}<section><h2>Options</h2>{small}</section></article></main>"
        "<footer>Copyright the makers</footer></body></html>"
    )


def _stripped(fragment: str, count: int) -> str:
    """The fragment's text after the furniture rules, which must drop ``count`` elements."""
    from reader.clean.html.doc_furniture import strip_doc_furniture

    root = lxml.html.fragment_fromstring(fragment)
    assert strip_doc_furniture(root) == count
    return str(root.text_content())


def _extract(html: str, url: str) -> str:
    raw = RawDocument(text=html, source=url, content_type="text/html", url=url)
    return extract(raw, people=False).text


def test_signals_of_a_documentation_page() -> None:
    html = _reference()
    tree = parse_html(html)
    signals = doc_signals(tree, "https://docs.example.org/ref/middleware/", html)
    assert {"address", "code", "undated"} <= set(signals)
    assert is_documentation(tree, "https://docs.example.org/ref/middleware/", html)


def test_a_dated_news_story_is_not_documentation() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2024-01-02"></head>'
        "<body><article><h1>Storm hits the coast</h1><p>Rain fell all night.</p></article>"
        "</body></html>"
    )
    tree = parse_html(html)
    assert doc_signals(tree, "https://news.example.com/2024/storm", html) == []
    assert not is_documentation(tree, "https://news.example.com/2024/storm", html)


def test_one_signal_is_not_enough() -> None:
    html = "<html><body><article><p>Notes on <code>a</code>, <code>b</code>, <code>c</code>.</p>"
    html += "<time>2024</time></article></body></html>"
    tree = parse_html(html)
    assert doc_signals(tree, "https://example.com/notes", html) == ["code"]
    assert not is_documentation(tree, "https://example.com/notes", html)


def test_containers_include_role_main_only_when_the_source_names_it() -> None:
    html = "<html><body><div role='main'><p>x</p></div><article><p>y</p></article></body></html>"
    tree = lxml.html.document_fromstring(html)
    assert [c.tag for c in content_containers(tree, html)] == ["article", "div"]
    assert [c.tag for c in content_containers(tree, html.replace("'main'", "'none'"))] == [
        "article"
    ]


def test_readability_alone_keeps_one_section_of_the_reference() -> None:
    """The fixture reproduces the failure the rule exists for (so the next test can fail)."""
    tree = parse_html(_reference())
    text = extract_main(tree).text_content()
    assert "The middleware 3 handles" in text
    assert "Option 5 sets the limit" not in text


def test_a_reference_page_keeps_every_section_and_its_code() -> None:
    text = _extract(_reference(), "https://docs.example.org/ref/middleware/")
    assert "The middleware 3 handles" in text
    for n in range(12):
        assert f"Option {n} sets the limit" in text, n
        assert f"LIMIT_{n} = 10" in text, n
    assert "Getting started" not in text  # the sidebar navigation stays out
    assert "Copyright the makers" not in text


def test_the_container_is_not_taken_on_a_page_that_is_not_documentation() -> None:
    html = _reference(dated=True).replace("<pre>", "<p>").replace("</pre>", "</p>")
    tree = parse_html(html)
    main = extract_main(tree)
    assert doc_main.widen_documentation(tree, main, "https://news.example.com/a", html)[0] is main


def test_the_container_is_not_taken_when_it_adds_little() -> None:
    html = (
        "<html><body><main><article>" + "".join(LONG.format(n=n) for n in range(8))
        + "<pre>x = 1</pre></article></main></body></html>"
    )
    tree = parse_html(html)
    main = extract_main(tree)
    assert doc_main.widen_documentation(tree, main, "https://docs.example.org/x", html)[0] is main


def _tabbed(url_dated: bool = False) -> str:
    steps = "".join(LONG.format(n=n) for n in range(6))
    date = '<meta property="article:published_time" content="2024-01-02">' if url_dated else ""
    return (
        f"<html><head><title>Install</title>{date}</head><body><main><h1>Install the tools</h1>"
        f"{steps}<div role='tablist'><a role='tab' href='#win'>Windows</a>"
        "<a role='tab' href='#mac'>macOS</a></div>"
        "<section id='win' role='tabpanel'><p>Run the Windows installer from the download "
        "page and choose the 64-bit build, then restart the terminal.</p>"
        "<pre>winget install tools</pre></section>"
        "<section id='mac' role='tabpanel' hidden><p>Install Homebrew first, then run the "
        "formula below; it puts the tools on your path for every shell.</p>"
        "<pre>brew install tools</pre></section></main></body></html>"
    )


def test_hidden_tab_panels_of_a_manual_are_kept() -> None:
    text = _extract(_tabbed(), "https://docs.example.org/install")
    assert "winget install tools" in text
    assert "brew install tools" in text
    assert "Install Homebrew first" in text


def test_each_tab_panel_is_headed_by_its_tabs_words() -> None:
    """Shown one after another, the panels say which is which: "Windows", then its steps,
    "macOS", then its own (the row of tabs itself goes, as a page's control)."""
    raw = RawDocument(text=_tabbed(), source="https://docs.example.org/install",
                      content_type="text/html", url="https://docs.example.org/install")
    blocks = [(block.type, block.text) for block in extract(raw, people=False).blocks]
    windows = blocks.index(("heading", "Windows"))
    mac = blocks.index(("heading", "macOS"))
    assert blocks[windows + 1][1].startswith("Run the Windows installer")
    assert blocks[mac + 1][1].startswith("Install Homebrew first")
    assert sum(1 for kind, text in blocks if text == "Windows" or text == "macOS") == 2


def test_tab_panels_hidden_by_style_are_kept_too() -> None:
    html = _tabbed().replace("role='tabpanel' hidden>", "role='tabpanel' style='display:none'>")
    text = _extract(html, "https://docs.example.org/install")
    assert "Install Homebrew first" in text and "brew install tools" in text


def test_hidden_tab_panels_elsewhere_stay_hidden() -> None:
    text = _extract(_tabbed(url_dated=True).replace("<pre>", "<p>").replace("</pre>", "</p>"),
                    "https://news.example.com/2024/install")
    assert "winget install tools" in text
    assert "brew install tools" not in text


def test_doc_furniture_lines_go_and_text_about_them_stays() -> None:
    text = _stripped(
        "<div><p>Was this page helpful? Yes No</p><p>Edit this page on GitHub</p>"
        "<p>This page was last modified on Sep 25, 2024 by MDN contributors.</p>"
        "<p><a href='/a'>Previous</a></p><div id='siteSub'>From ArchWiki</div>"
        "<p>Jump to navigation Jump to search</p>"
        "<p>The next step edits this page's configuration on GitHub Actions runners.</p>"
        "<p>Previous versions of the tool wrote the cache elsewhere.</p></div>",
        6,
    )
    assert "The next step edits" in text and "Previous versions" in text
    assert "helpful" not in text and "GitHub</p>" not in text and "ArchWiki" not in text


def test_a_manual_keeps_a_line_it_repeats() -> None:
    step = "<p>Restart the service and check that the status line reads active.</p>"
    html = _reference().replace("<h2>Options</h2>", f"<h2>Options</h2>{step}{step}")
    text = _extract(html, "https://docs.example.org/ref/middleware/")
    assert text.count("Restart the service and check") == 2


def test_pager_links_and_contribution_lines_go_but_a_sentence_starting_next_stays() -> None:
    text = _stripped(
        "<div><p>Was this helpful?</p><p><a href='/edit'>Edit page</a></p>"
        "<p><a href='/contribute'>Learn how to contribute</a></p>"
        "<div><a href='/start/prerequisites'>Next Prerequisites</a></div>"
        "<div><a href='/intro'>« Previous: Installing the tools</a></div>"
        "<p>Next, install the prerequisites for your platform</p>"
        "<p>Next we add the <a href='/x'>router</a> to the app</p></div>",
        5,
    )
    assert "Next, install the prerequisites" in text and "Next we add the router" in text
    assert "Prerequisites" not in text.replace("the prerequisites", "")
    assert "Installing the tools" not in text and "contribute" not in text


def test_a_site_footer_nested_in_the_taken_container_stays_out() -> None:
    footer = (
        "<div role='contentinfo'><p>The Makers Foundation keeps these pages with the help of "
        "volunteers in many countries who Advertise With The Makers nothing at all.</p></div>"
    )
    html = _reference().replace("</article></main>", f"{footer}</article></main>")
    text = _extract(html, "https://docs.example.org/ref/middleware/")
    assert "Options" in text  # the container was taken (the sibling sections are there)
    assert "Advertise With The Makers" not in text and "volunteers" not in text


def test_a_pager_link_laid_out_in_blocks_goes_whole() -> None:
    text = _stripped(
        "<div><p>Thinking in components is the first step of the tutorial.</p>"
        "<a href='/learn/tic-tac-toe'><div><span>Previous</span>"
        "<span>Tutorial: Tic-Tac-Toe</span></div></a>"
        "<a href='/learn/installation'><div><span>Next</span><span>Installation</span></div></a>"
        "</div>",
        2,
    )
    assert "Tic-Tac-Toe" not in text and "Installation" not in text
    assert "Thinking in components" in text


def test_source_links_and_toggle_labels_of_an_api_reference_go() -> None:
    text = _stripped(
        "<div><h1>Enum Result</h1><span class='sub-heading'><span>1.0.0</span> · "
        "<a href='/src/result.rs'>Source</a></span>"
        "<details open><summary><span>Expand description</span></summary>"
        "<p>Result is a type that represents either success or failure.</p></details>"
        "<h2>Source</h2><p>Show the <a href='#src'>source</a> of a value.</p>"
        "<button>Show more</button></div>",
        3,
    )
    assert "1.0.0" not in text and "Expand" not in text and "more" not in text
    assert "Result is a type" in text and "SourceShow the source of a value." in text


def test_more_furniture_lines_go_and_a_next_steps_heading_stays() -> None:
    text = _stripped(
        "<div><h2>Next steps<a href='#next-steps'>next-steps page anchor</a></h2>"
        "<p>Read the routing guide to add pages to the app.</p>"
        "<p>Is this page useful?</p><p><a href='/p'>prev</a> | <a href='/n'>next</a></p>"
        "<p>Last modified January 07, 2026 at 4:12 AM PST: Fix ordering of ports (854aaf8)</p>"
        "<p>Powered by Markdoc</p>"
        "<div>Hidden categories: <ul><li><a href='/c1'>Pages flagged with Template:Style</a>"
        "</li><li><a href='/c2'>Pages flagged with Template:Expansion</a></li></ul></div>"
        "<p>Last modified files are listed first: the newest edits come on top.</p>"
        "<pre>total = <span>next</span>(iterator)</pre></div>",
        5,
    )
    assert "Next steps" in text and "Read the routing guide" in text
    assert "Last modified files are listed first" in text and "total = next(iterator)" in text
    for gone in ("useful", "prev", "Fix ordering", "Markdoc", "Template:"):
        assert gone not in text, gone


def test_furniture_goes_on_a_manual_readability_reads_whole() -> None:
    html = (
        "<html><head><title>Install</title></head><body><div id='docs'>"
        + "".join(LONG.format(n=n) for n in range(6))
        + "<pre>pip install tools</pre><p>Was this page helpful?</p></div></body></html>"
    )
    text = _extract(html, "https://docs.example.org/install")
    assert "The middleware 5 handles" in text and "pip install tools" in text
    assert "helpful" not in text
