"""What the page hides (``hidden``): out of our reading, unless a click or a script shows it."""

from __future__ import annotations

import pytest

from reader.clean.html.hidden import hidden_elements
from reader.clean.html.pipeline import clean_html, parse_html
from reader.engine.pipeline import assemble
from tests.cli_run import dump_explain, dump_json

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
    """ "no-print" hides an element from a printout, not from the screen."""
    tree = parse_html(f"<html><body><div class='{name}'>{STORY}</div></body></html>")
    assert list(hidden_elements(tree)) == []


PROMO_BAR = (
    "<div class='promo-bar {hide}'><div class='promo-bar__slide'>"
    "<p>Free standard shipping on orders of forty dollars or more. For shipping rates "
    "and timelines, please visit our international page.</p>"
    "<p>Free express shipping on orders of ninety dollars or more. For shipping rates "
    "and timelines, please visit our international page.</p></div></div>"
)


@pytest.mark.parametrize("hide", ["hide", "hidden", "d-none", "is-hidden"])
def test_a_class_that_hides_at_every_width_is_left_out(tmp_path, hide: str) -> None:
    """A shop's promotion carousel, hidden by a framework's class until a script shows
    one slide, is not the article (reader dump, and its --explain says why)."""
    page = tmp_path / "terms.html"
    page.write_text(
        f"<html><body>{PROMO_BAR.format(hide=hide)}<main><article><h1>Ferry every hour</h1>"
        f"{STORY}</article></main></body></html>",
        encoding="utf-8",
    )
    text = " ".join(block["text"] for block in dump_json(str(page))["body"])
    assert "ferry between the two islands" in text
    assert "Free standard shipping" not in text
    assert any(
        line.startswith("hidden-class: Free standard shipping") for line in dump_explain(str(page))
    )


@pytest.mark.parametrize(
    "classes",
    [
        "hidden md:block",  # Tailwind: shown from a tablet's width up
        "d-none d-lg-block",  # Bootstrap 4: shown on a desktop
        "hidden-xs",  # Bootstrap 3: hidden on phones only
        "collapse hidden in",  # opened
        "sr-only",  # read aloud by a screen reader; a reading view keeps it
        "hidden-gem",  # a word of a name, not the helper class
    ],
)
def test_a_class_that_shows_the_element_somewhere_keeps_it(classes: str) -> None:
    tree = parse_html(f"<html><body><div class='{classes}'>{STORY}</div></body></html>")
    assert list(hidden_elements(tree)) == []


def test_a_collapsed_answer_hidden_by_class_still_opens_under_its_question() -> None:
    page = (
        "<html><body><article><h1>Ferry questions</h1>"
        "<h2><button aria-expanded='false' aria-controls='a1'>When does it run?</button></h2>"
        f"<div id='a1' class='panel hidden'>{STORY}</div></article></body></html>"
    )
    assert "ferry between the two islands" in _text(page)


@pytest.mark.parametrize(
    "page",
    [
        f"<main class='post-main hide'><h2>Ferry every hour</h2>{STORY}</main>",
        f"<div class='hidden'><h1>Ferry every hour</h1>{STORY}</div>",
    ],
)
def test_a_hiding_class_on_the_story_itself_is_a_scripts_to_lift(page: str) -> None:
    """The article's own wrapper, hidden by class until a script has run, is read."""
    aside = "<aside><p>Other stories from the islands, and the week's weather at sea.</p></aside>"
    assert "ferry between the two islands" in _text(f"<html><body>{page}{aside}</body></html>")
