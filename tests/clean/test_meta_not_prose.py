"""A date or a byline is read from the page's prose, never from a program's output, a
stylesheet's address or a drawing: documentation pages got the date of a commit in an
example and an author "Limit" from a syntax diagram's "ORDER BY LIMIT"."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_article

PROSE = (
    "<p>The response object holds the decoded body, and the json method parses it for you "
    "when the server says the body is JSON.</p>"
    "<p>Each call opens a connection from the pool, and the session keeps it for the next "
    "request to the same host, which saves a handshake.</p>"
)


def _page(tmp_path: Path, head: str, body: str) -> dict:
    return dump_article(tmp_path, "Advanced usage", body, head=head)


def test_a_date_in_a_programs_output_is_not_the_pages(tmp_path: Path) -> None:
    output = (
        "<pre><span>&gt;&gt;&gt; commit['author']</span>\n"
        "<span>{'date': '2012-05-10T11:10:50-07:00', 'name': 'Ann Lee'}</span></pre>"
    )
    article = _page(tmp_path, "", PROSE + output + PROSE.replace("pool", "pool again"))
    assert "2012-05-10" in str(article["body"])  # (the example itself is kept)
    assert article["published"] is None


def test_a_date_in_a_stylesheets_address_is_not_the_pages(tmp_path: Path) -> None:
    head = '<link rel="stylesheet" href="/static/rustdoc-2026-03-08.css?v=2026-03-08">'
    assert _page(tmp_path, head, PROSE)["published"] is None


def test_a_date_in_the_prose_is_still_found(tmp_path: Path) -> None:
    dated = "<p>Published 12 May 2024</p>" + PROSE
    assert _page(tmp_path, "", dated)["published"] == "2024-05-12"


def test_by_in_a_syntax_diagram_is_no_byline(tmp_path: Path) -> None:
    diagram = (
        '<svg width="300" height="40"><text x="10" y="20">ORDER</text>'
        '<text x="60" y="20">BY</text><text x="100" y="20">LIMIT</text></svg>'
    )
    article = _page(tmp_path, "", PROSE + diagram + PROSE.replace("pool", "pool again"))
    assert article["authors"] == []
