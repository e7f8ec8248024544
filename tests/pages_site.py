"""A small local web site for multi-page articles, history and links (pytest-httpserver)."""

from __future__ import annotations

from pytest_httpserver import HTTPServer

WORDS = (
    "The council met on Tuesday to weigh the new budget, and the members argued late into "
    "the night about schools, roads, and the long-delayed repairs to the harbour wall."
)


def page_html(
    title: str, marker: str, *, paragraphs: int = 6, next_href: str | None = None,
    next_anchor: str | None = None, extra: str = "", headings: bool = False,
) -> str:
    """One article page: ``paragraphs`` paragraphs each starting with ``marker``; a
    ``<link rel="next">`` to ``next_href``, or an anchor with text ``next_anchor``."""
    head = f'<link rel="next" href="{next_href}">' if next_href and not next_anchor else ""
    parts = []
    for index in range(paragraphs):
        if headings and index % 3 == 0:
            parts.append(f"<h2>{marker} section {index // 3 + 1}</h2>")
        parts.append(f"<p>{marker} paragraph {index + 1}. {WORDS} {WORDS}</p>")
    pager = ""
    if next_anchor and next_href:
        pager = f'<div class="pagination"><a href="{next_href}">{next_anchor}</a></div>'
    return (
        f"<!doctype html><html><head><title>{title}</title>{head}</head><body>"
        f"<article><h1>{title}</h1>{''.join(parts)}{pager}</article>{extra}</body></html>"
    )


def serve(server: HTTPServer, path: str, html: str) -> str:
    """Serve ``html`` at ``path`` (any number of times); its URL."""
    server.expect_request(path).respond_with_data(html, content_type="text/html; charset=utf-8")
    return server.url_for(path)


def two_page_article(server: HTTPServer) -> str:
    """``/story`` (page 1, rel=next → ``/story?page=2``); the first page's URL."""
    serve(server, "/story/2", page_html("The harbour budget", "Second page"))
    return serve(
        server, "/story",
        page_html("The harbour budget", "First page", next_href="/story/2"),
    )
