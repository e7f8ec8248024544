"""An accordion's buttons are its sections' headings: an FAQ keeps its questions above their
answers, through the real CLI. A button that opens nothing to read, a "Show more" and a menu's
toggle stay controls."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_article

INTRO = (
    "<p>Rewiring a house is a big job, and homeowners ask the installer the same few things "
    "before the crew arrives with its van and its spools of new cable.</p>"
    "<h2>Frequently asked questions</h2><p>The installer answers what homeowners ask most "
    "often about rewiring, and each answer below is short enough to read at a glance.</p>"
)
ANSWER = (
    "Every house is different, and the electrician who inspects it will tell you how long "
    "the work takes and what it costs before anything starts."
)


def _headings(body: dict) -> list[tuple[str, int]]:
    return [(b["text"], b["level"]) for b in body["body"] if b["type"] == "heading"]


def _text(body: dict) -> str:
    return "\n".join(block.get("text", "") for block in body["body"])


def _after(body: dict, heading: str) -> str:
    """The text of the block right after the heading ``heading``."""
    blocks = body["body"]
    at = next(n for n, b in enumerate(blocks) if b["type"] == "heading" and b["text"] == heading)
    return blocks[at + 1]["text"]


def test_a_disclosure_button_is_its_answers_heading(tmp_path: Path) -> None:
    faq = "".join(
        f"<div class='faq-item'><button aria-expanded='false' aria-controls='a{n}'>"
        f"{question}<svg><title>Open accordion</title></svg></button>"
        f"<div id='a{n}' hidden><p>{ANSWER} ({n})</p></div></div>"
        for n, question in enumerate(["Do I need a rewire?", "How long does a rewire take?"])
    )
    body = dump_article(tmp_path, "Rewiring", INTRO + faq)
    headings = _headings(body)
    assert ("Do I need a rewire?", 3) in headings  # one level under the FAQ's own heading
    assert ("How long does a rewire take?", 3) in headings
    assert _after(body, "How long does a rewire take?").endswith("(1)")
    assert "Open accordion" not in _text(body)


def test_a_button_inside_or_around_a_heading_gives_it_its_words(tmp_path: Path) -> None:
    sections = (
        "<h3><button aria-expanded='false'><span>Cushioning</span></button></h3>"
        f"<div hidden><p>{ANSWER}</p></div>"
        "<button aria-expanded='false' aria-controls='fit'><div><h3>Fit</h3></div></button>"
        f"<div id='fit' hidden><p>{ANSWER} Fit.</p></div>"
    )
    body = dump_article(tmp_path, "Running shoes", INTRO + sections)
    assert ("Cushioning", 3) in _headings(body)
    assert ("Fit", 3) in _headings(body)
    assert _after(body, "Fit").endswith("Fit.")


def test_controls_and_empty_toggles_stay_out(tmp_path: Path) -> None:
    page = (
        INTRO
        + f"<p>{ANSWER}</p><button aria-expanded='false' class='read-more'>Show more</button>"
        f"<div><p>{ANSWER} More.</p></div>"
        # a toggle whose panel the page has not filled (it streams it later)
        "<h3><button aria-expanded='false' aria-controls='later'>Is it safe?</button></h3>"
        "<div id='later' hidden></div>"
        "<nav><button aria-expanded='false'>Products and services</button>"
        f"<div><p>{ANSWER} Nav.</p></div></nav>"
    )
    body = dump_article(tmp_path, "Rewiring", page)
    assert _headings(body) == [("Frequently asked questions", 2)]
    assert "Show more" not in _text(body)
    assert "Is it safe?" not in _text(body)


def test_a_long_question_is_a_heading_and_the_text_dump_wraps_it(tmp_path: Path) -> None:
    """An FAQ's question of thirty words is still its heading (a button's label is a
    paragraph only past forty), and ``reader dump`` wraps a heading like any line."""
    import subprocess
    import sys

    question = (
        "My electrician says I need to carry out extensive electrical work in my home before "
        "the sale goes through next month, so how do I know if they are telling the truth?"
    )
    faq = (
        f"<div class='faq'><button aria-expanded='false' aria-controls='q'>{question}</button>"
        f"<div id='q' hidden><p>{ANSWER}</p></div></div>"
    )
    body = dump_article(tmp_path, "Rewiring", INTRO + faq)
    assert (question, 3) in _headings(body)
    lines = subprocess.run(
        [sys.executable, "-m", "reader", "dump", str(tmp_path / "page.html")],
        capture_output=True, check=True, text=True, timeout=60,
    ).stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any(line.startswith("My electrician says") for line in lines)
