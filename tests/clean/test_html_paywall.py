"""A paywall's prompt at the article's end or start (``paywall``): out by its words and place."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.clean.html.paywall import is_paywall_prompt, paywall_prompts
from reader.clean.html.pipeline import clean_html
from reader.engine.pipeline import assemble
from tests.cli_run import dump_explain

STORY = (
    "<h1>Employers drop coverage of obesity drugs</h1>"
    "<p>When a large hospital system told its employees it would stop covering the new obesity "
    "drugs next year, it pointed them to the makers' own cash-price programmes instead.</p>"
    "<p>In fact, the company said in its notice that the discounts available make the "
    "medications less expensive than what group health plans can negotiate at this time.</p>"
)
BOX = (
    "<div class='restricted-content-breaker'><p>STAT+ Exclusive Story</p>"
    "<p>Already have an account? <a href='/login/'>Log in</a></p>"
    "<img src='/stat-plus-logo.svg' alt='STAT+'>"
    "<h2>This article is exclusive to STAT+ subscribers</h2>"
    "<h3>Unlock this article — plus daily coverage and analysis of the biotech sector — by "
    "subscribing to STAT+.</h3>"
    "<p>To read the rest of this story subscribe to STAT+.</p></div>"
)


def _text(html: str) -> str:
    return assemble(clean_html(html)).text


def test_the_prompt_at_the_end_goes_and_the_story_stays() -> None:
    text = _text(f"<html><body><article>{STORY}{BOX}</article></body></html>")
    assert "cash-price programmes" in text
    assert text.rstrip().endswith("negotiate at this time.")
    for junk in ("Exclusive Story", "exclusive to STAT+", "Unlock", "read the rest", "Log in"):
        assert junk not in text


def test_explain_names_the_rule(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(f"<html><body><article>{STORY}{BOX}</article></body></html>", "utf-8")
    lines = dump_explain(str(page))
    assert "paywall-prompt: To read the rest of this story subscribe to STAT+." in lines


def test_a_prompt_over_the_teaser_goes() -> None:
    box = "<p>Subscriber-only story</p><p>Log in or subscribe to read the full article.</p>"
    text = _text(f"<html><body><article>{box}{STORY}</article></body></html>")
    assert "Subscriber-only" not in text and "Log in or subscribe" not in text
    assert "cash-price programmes" in text


@pytest.mark.parametrize(
    "text",
    [
        "To read the rest of this story subscribe to STAT+.",
        "This article is exclusive to STAT+ subscribers",
        "Unlock this article — plus daily coverage and analysis of the biotech sector — by "
        "subscribing to STAT+.",
        "Subscribe to continue reading.",
        "Already a subscriber? Sign in",
        "This content is available to paying subscribers only.",
        "You've reached your limit of free articles this month.",
    ],
)
def test_prompts(text: str) -> None:
    assert is_paywall_prompt(text)


@pytest.mark.parametrize(
    "text",
    [
        "Subscribers can cancel at any time, the company said.",
        "The service costs $10 a month and most of its members are students.",
        "Sign up for our newsletter.",
        "He told readers to log in to their bank accounts and check every payment, then to "
        "read the terms their bank sent them, as the regulator advised on Monday in a long "
        "statement that went on to list the steps for each of the country's largest banks, "
        "one after another, with the numbers to call.",
    ],
)
def test_not_prompts(text: str) -> None:
    assert not is_paywall_prompt(text)


def test_a_prompt_followed_by_prose_is_left_to_the_text() -> None:
    blocks = [
        ("paragraph", "The story opens here and goes on for a while about the harbour.", 0),
        ("paragraph", "Subscribe to continue reading.", 0),
        ("paragraph", "A long paragraph of the story that follows the prompt and goes on "
                      "to tell what the council decided about the harbour wall and the "
                      "ferry, and what the islanders made of it.", 0),
    ]
    assert paywall_prompts(blocks) == []


def test_an_offer_alone_without_a_prompt_stays() -> None:
    blocks = [
        ("paragraph", "The story opens here and goes on for a while about the harbour.", 0),
        ("paragraph", "Premium plans start at $5.", 0),
    ]
    assert paywall_prompts(blocks) == []


def test_the_whole_text_is_not_a_prompt() -> None:
    blocks = [("paragraph", "Subscribe to continue reading.", 0)]
    assert paywall_prompts(blocks) == []
