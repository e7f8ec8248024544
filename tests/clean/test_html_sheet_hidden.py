"""What the page's own stylesheet hides (``sheet_hidden``): out, unless a rule may show it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.clean.html.pipeline import clean_html, parse_html
from reader.clean.html.sheet_hidden import sheet_hidden
from reader.engine.pipeline import assemble
from tests.clean.test_html_hidden import STORY  # (the same three paragraphs)
from tests.cli_run import dump_explain

SURVEY = (
    "<div id='qaBox'><div class='qaTitle'><img src='/logo.png' alt='Digit.in'>"
    "<span>Survey</span></div><div class='qa-content'><div id='qaContainer'></div></div></div>"
    "<div id='thankYouBox'>✅ Thank you for completing the survey!</div>"
)
SHEET = (
    "<style>#thankYouBox { width: 100%; display: none; opacity: 0 }"
    " #qaBox {\n  margin: 20px auto;\n  display: none;\n}"
    " #qaBox.show, #thankYouBox.show { display: block; opacity: 1 }"
    " .qaTitle { display: flex }</style>"
)


def _page(sheet: str, body: str) -> str:
    return f"<html><head>{sheet}</head><body><article>{body}</article></body></html>"


def _text(html: str) -> str:
    return assemble(clean_html(html)).text


def test_a_survey_the_stylesheet_hides_goes() -> None:
    text = _text(_page(SHEET, STORY[:180] + SURVEY + STORY[180:]))
    assert "ferry between the two islands" in text and "working day" in text
    assert "Survey" not in text and "Thank you for completing" not in text
    assert "Digit.in" not in text


def test_explain_names_the_rule(tmp_path: Path) -> None:
    page = tmp_path / "survey.html"
    page.write_text(_page(SHEET, STORY + SURVEY), "utf-8")
    lines = dump_explain(str(page))
    assert "hidden-by-stylesheet: ✅ Thank you for completing the survey!" in lines


def _hidden(sheet: str, body: str) -> list[str]:
    return [element.get("id") or "" for element in sheet_hidden(parse_html(_page(sheet, body)))]


def test_shown_by_its_own_class_it_stays() -> None:
    assert _hidden(SHEET, "<div id='qaBox' class='show'>Survey</div>") == []


def test_a_state_or_a_width_that_shows_it_keeps_it() -> None:
    answer = "<div class='faq'><div id='a' class='answer'>The ferry runs hourly.</div></div>"
    assert _hidden("<style>.answer{display:none}.faq.open .answer{display:block}</style>",
                   answer) == []
    assert _hidden("<style>.answer{display:none}"
                   "@media (min-width: 40em){.answer{display:block}}</style>", answer) == []
    assert _hidden("<style>.answer{display:none}</style>", answer) == ["a"]


def test_hidden_only_at_a_width_or_in_print_stays() -> None:
    box = "<div id='box'>Words</div>"
    assert _hidden("<style>@media (max-width: 600px){#box{display:none}}</style>", box) == []
    assert _hidden("<style media='print'>#box{display:none}</style>", box) == []


def test_a_weightier_or_inline_display_shows_it() -> None:
    box = "<div id='box' class='note'>Words</div>"
    assert _hidden("<style>.note{display:none} #box{display:block}</style>", box) == []
    assert _hidden("<style>#box{display:none} .note{display:block}</style>", box) == ["box"]
    assert _hidden("<style>#box{display:none}</style>",
                   "<div id='box' style='display: block'>Words</div>") == []


def test_broad_selectors_hide_nothing() -> None:
    body = "<div id='box'><p>Words</p></div>"
    assert _hidden("<style>p{display:none} #box p{display:none} [id]{display:none}</style>",
                   body) == []


def test_comments_are_read_out_of_a_stylesheet_in_one_pass() -> None:
    from reader.clean.html.sheet_hidden import without_comments

    kept = without_comments("#a { display: none } /* x */ .b {}/**/")
    assert kept == "#a { display: none }  .b {}"
    assert without_comments(".a {} /* open to the end .b { display: none }") == ".a {} "
    assert without_comments("no comment") == "no comment"


@pytest.mark.parametrize(
    ("sheet", "boxes"),
    [
        ("/* a" * 40_000, 0),  # never closed: a lazy regex read to the end from each: 31 s
        ("@media screen{" * 40_000 + "#x{display:none}" + "}" * 40_000, 0),  # per level: 40 s
        # 5,000 boxes, each looked up among 10,000 rules of its class: ~50 s
        ("".join(f".x.y{n}{{display:none}}" for n in range(10_000)), 5_000),
    ],
    ids=["unclosed-comments", "nested-media", "rules-of-one-class"],
)
def test_a_hostile_stylesheet_does_not_hold_the_cleanup(sheet: str, boxes: int) -> None:
    """A stylesheet made to be slow is read in one pass: milliseconds, not a minute. (An
    alarm ends the test at 10 s.)"""
    import signal

    fired: list[bool] = []

    def too_slow(*_: object) -> None:
        fired.append(True)  # (the cleanup may catch what is raised here: told by this)
        raise TimeoutError("the stylesheet took more than 10 s")

    page = (f"<html><head><style>{sheet}</style></head><body>{STORY}"
            f"{'<div class=x>box</div>' * boxes}</body></html>")
    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(10)
    try:
        article = assemble(clean_html(page))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert not fired
    assert "ferry between the two islands" in article.text
