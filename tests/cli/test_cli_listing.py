"""`reader dump` of a site's front page: its headlines, each a link, not its menu."""

from __future__ import annotations

from pathlib import Path

from pytest_httpserver import HTTPServer

from tests.cli_run import body_texts, dump_json
from tests.pages_site import serve

PAGES = Path(__file__).parents[1] / "fixtures" / "index_pages"


def test_dump_of_a_front_page_gives_its_headlines_as_links(httpserver: HTTPServer) -> None:
    url = serve(httpserver, "/", (PAGES / "front_page.html").read_text(encoding="utf-8"))
    article = dump_json(url)
    texts = body_texts(article)
    assert texts[:3] == [
        "Harbour reopens after two-year repair",
        "The harbour story in brief: residents and officials react to the news, which"
        " follows months of talks.",
        "1 March 2026",
    ]
    assert [link["text"] for link in article["links"]][:2] == [
        "Harbour reopens after two-year repair", "River faces budget shortfall"]
    assert article["links"][1]["href"] == url + "news/2026/03/river-faces-1/"
    assert article["published"] is None and "Sport" not in texts
