"""A page drawn by its scripts: the story read from its JSON-LD ``articleBody``, through the
real ``reader dump`` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.cli_run import body_texts, dump_json

PARAGRAPHS = [
    "The council voted on Tuesday to close the old bridge for repairs that will take most of"
    " next year, and traffic will go round by the ring road.",
    "Engineers found cracks in two of the piers last spring and said the work could not wait"
    " another winter without a risk to the people who cross it.",
    '"We are ready for the detour," said the mayor, who asked drivers to be patient.',
]
NAV = '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'


def _page(body: str, markup: str = "") -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Old bridge to close for a year",
        "author": {"@type": "Person", "name": "Jane Roe"},
        "datePublished": "2026-11-03T10:00:00Z",
        "articleBody": body,
    }
    return (
        "<html><head><title>Old bridge to close | Example Times</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head>'
        f'<body>{NAV}<div id="root">{markup}</div><script>window.start()</script></body></html>'
    )


def _dump(folder: Path, page: str) -> dict:
    path = folder / "page.html"
    path.write_text(page, encoding="utf-8")
    return dump_json(str(path))


def test_an_empty_shell_reads_its_structured_body(tmp_path: Path) -> None:
    article = _dump(tmp_path, _page("\n\n".join(PARAGRAPHS)))
    assert body_texts(article) == PARAGRAPHS
    assert article["title"] == "Old bridge to close for a year"
    assert article["authors"] == ["Jane Roe"]


def test_single_line_breaks_are_its_paragraphs(tmp_path: Path) -> None:
    article = _dump(tmp_path, _page("\n".join(PARAGRAPHS)))
    assert body_texts(article) == PARAGRAPHS


def test_html_in_the_body_goes_through_the_block_rules(tmp_path: Path) -> None:
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2]) + (
        f"<blockquote><p>{PARAGRAPHS[2]}</p></blockquote>"
    )
    article = _dump(tmp_path, _page(body))
    assert [block["type"] for block in article["body"]] == ["paragraph", "paragraph", "quote"]
    assert not any("<" in text for text in body_texts(article))


def test_the_markup_wins_when_it_holds_the_story(tmp_path: Path) -> None:
    markup = "<article>" + "".join(f"<p>{text}</p>" for text in PARAGRAPHS * 3) + (
        "<p>A closing paragraph that only the page itself shows to its readers today.</p>"
        "</article>"
    )
    article = _dump(tmp_path, _page("\n\n".join(PARAGRAPHS), markup))
    assert body_texts(article)[-1].startswith("A closing paragraph")


def test_a_teaser_body_is_not_an_article(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page("The council voted on Tuesday to close the old bridge."), "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", str(path)], capture_output=True, timeout=60
    )
    assert result.returncode != 0
    assert b"drawn by JavaScript" in result.stderr  # (its root is empty: a shell)


def test_a_hostile_body_reaches_no_terminal(tmp_path: Path) -> None:
    hostile = "\n\n".join([*PARAGRAPHS, "Read on \x1b]52;c;ZXZpbA==\x07 and \x1b[2J here."])
    article = _dump(tmp_path, _page(hostile))
    shown = json.dumps(article, ensure_ascii=False)
    assert "\x1b" not in shown and "\x07" not in shown
    assert body_texts(article)[-1].startswith("Read on")


def test_explain_names_the_structured_data_choice(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page("\n\n".join(PARAGRAPHS), "<p>Loading the story, please wait.</p>"),
                    "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--explain", str(path)],
        capture_output=True, text=True, timeout=60, check=True,
    )
    assert "not-chosen-by-structured-data" in result.stdout
    assert "Loading the story" in result.stdout
