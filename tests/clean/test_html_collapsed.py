"""Collapsed sections: an accordion's hidden text is the article's; a hidden dialog is not."""

from __future__ import annotations

import pytest
from lxml.html import fragment_fromstring

from reader.clean.html.collapsed import Toggles, is_collapsed_section
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument

PROSE = (
    "Installing the panels takes a crew about two days, and the inspection that follows is "
    "booked by the installer once the wiring is done."
)
STEP = (
    "<p>Step {n} of the guide explains the next part of the work in plain words, with "
    "enough of them to read as the story itself.</p>"
)


def _text(body: str) -> str:
    intro = "".join(STEP.format(n=n) for n in range(4))
    html = f"<html><body><article><h1>Guide</h1>{intro}{body}</article></body></html>"
    return extract(RawDocument(html, "x.html", content_type="text/html"), people=False).text


def test_aria_accordion_panel_is_read() -> None:
    text = _text(
        "<h2><button id='h1' aria-expanded='false' aria-controls='p1'>Week 1</button></h2>"
        f"<div id='p1' role='region' aria-labelledby='h1' style='display:none'><p>{PROSE}</p>"
        "</div>"
    )
    assert "Installing the panels takes a crew" in text


def test_disclosure_and_named_collapsible_are_read() -> None:
    text = _text(
        "<button aria-expanded='false' aria-controls='answer'>How long?</button>"
        f"<div id='answer' hidden><p>{PROSE}</p></div>"
        "<div class='collapsible-section'><span>Weight</span>"
        "<div hidden>Lighter shoes feel quicker on race day, but a daily trainer needs the "
        "foam that a heavier shoe carries for the long miles.</div></div>"
    )
    assert "Installing the panels takes a crew" in text
    assert "Lighter shoes feel quicker" in text


@pytest.mark.parametrize(
    "hidden",
    [
        # a dialog has a toggle too, but it is the page's
        "<button aria-expanded='false' aria-controls='m'>Republish</button>"
        f"<div id='m' role='dialog' hidden><p>{PROSE}</p></div>",
        f"<h2>Share</h2><div class='modal-body' style='display:none'><p>{PROSE}</p></div>",
        # hidden prose with nothing that opens it
        f"<div style='display: none'><p>{PROSE}</p></div>",
    ],
)
def test_other_hidden_text_stays_out(hidden: str) -> None:
    assert "Installing the panels" not in _text(hidden)


def test_a_hidden_menu_is_not_prose() -> None:
    page = fragment_fromstring(
        "<div><button aria-expanded='false' aria-controls='menu'>Menu</button>"
        "<ul id='menu' hidden>"
        + "".join(f"<li><a href='/{n}'>Section number {n} of the site.</a></li>" for n in range(9))
        + "</ul></div>"
    )
    menu = page.get_element_by_id("menu")
    controlled = Toggles(page)
    assert "menu" in controlled and "other" not in controlled
    assert not is_collapsed_section(menu, controlled)
