"""What the page hides (``hidden``): out of our reading, unless a click or a script shows it."""

from __future__ import annotations

import pytest

from reader.clean.html.hidden import hidden_elements
from reader.clean.html.pipeline import clean_html, parse_html
from reader.engine.pipeline import assemble

STORY = (
    "<p>The ferry between the two islands will run every hour from June, the operator said on "
    "Monday, after a summer in which queues at both harbours stretched for miles.</p>"
    "<p>Two new boats, each carrying two hundred passengers and forty cars, arrive in May; the "
    "old ferry stays in service as a reserve for storms and repairs.</p>"
    "<p>Islanders welcomed the news but asked for lower fares for residents, who pay the same "
    "as visitors for a crossing they make every working day.</p>"
)


def _text(html: str) -> str:
    return assemble(clean_html(html)).text


@pytest.mark.parametrize("name", ["print-header", "print-only", "visible-print-block", "printonly"])
def test_what_only_a_printout_shows_is_left_out(name: str) -> None:
    page = (
        "<html><body><article>"
        f"<div class='{name}'><img src='/logo.png' alt='logo'>"
        "<span>https://news.example.org/story/ferry-every-hour-123.php</span></div>"
        f"<h1>Ferry every hour</h1>{STORY}</article></body></html>"
    )
    text = _text(page)
    assert "ferry between the two islands" in text
    assert "news.example.org" not in text


@pytest.mark.parametrize("name", ["no-print", "hidden-print", "share-print", "print"])
def test_text_named_for_printing_otherwise_is_shown(name: str) -> None:
    """"no-print" hides an element from a printout, not from the screen."""
    tree = parse_html(f"<html><body><div class='{name}'>{STORY}</div></body></html>")
    assert list(hidden_elements(tree)) == []
