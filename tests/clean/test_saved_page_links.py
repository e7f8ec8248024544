"""A page saved from the browser and read from a file has no address of its own, but it
names one (``<link rel="canonical">``, og:url): its relative links resolve against it, so
they can be followed; its ``#fragment`` links still jump within it, and its pictures stay
where the saved copy put them (beside the file)."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_article

PROSE = (
    "The tide tables for the harbour were printed every winter, and the keepers checked "
    "them against the gauge each morning before the boats went out."
)
BODY = (
    f'<p>{PROSE} See <a href="/about">who we are</a>, the <a href="notes.html">field notes</a>'
    f', <a href="#method">the method</a> and <a href="https://other.example/x">a source</a>.</p>'
    f'<figure><img src="tides_files/gauge.jpg" alt="The gauge"></figure>'
    f'<h2 id="method">Method</h2><p>Then {PROSE}</p>'
)


def _links(article: dict) -> dict[str, str]:
    return {link["text"]: link["href"] for link in article["links"]}


def test_a_saved_pages_relative_links_resolve_against_the_address_it_names(
    tmp_path: Path,
) -> None:
    head = '<link rel="canonical" href="https://example.com/posts/tides/">'
    article = dump_article(tmp_path, "Tide tables", BODY, head=head)
    assert _links(article) == {
        "who we are": "https://example.com/about",
        "field notes": "https://example.com/posts/tides/notes.html",
        "the method": "#method",
        "a source": "https://other.example/x",
    }
    (picture,) = [block for block in article["body"] if block["type"] == "image"]
    assert picture["src"] == "tides_files/gauge.jpg"


def test_og_url_serves_when_there_is_no_canonical(tmp_path: Path) -> None:
    head = '<meta property="og:url" content="https://example.com/posts/tides/">'
    article = dump_article(tmp_path, "Tide tables", BODY, head=head)
    assert _links(article)["who we are"] == "https://example.com/about"


def test_a_page_that_names_no_address_keeps_only_its_absolute_links(tmp_path: Path) -> None:
    article = dump_article(tmp_path, "Tide tables", BODY)
    assert _links(article) == {"the method": "#method", "a source": "https://other.example/x"}
