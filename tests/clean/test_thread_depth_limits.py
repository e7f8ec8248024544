"""A reply tree nested deeper than the parser keeps: no reply's words lost to the thread
reading, and a reply's depth shown within bounds."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import run_dump


def _nested_comments(count: int) -> str:
    """A thread of ``count`` comments, each the reply to the one before (nested in it)."""
    comments = "".join(
        f'<div class="comment"><div class="meta"><span class="author">user{at}</span> '
        f'<time datetime="2024-01-01">Jan 1</time></div><div class="text"><p>Reply number '
        f"{at} says something about the topic at hand with enough words.</p></div>"
        for at in range(count)
    )
    return (
        "<html><head><title>Thread</title></head><body><main>"
        f"{comments}{'</div>' * count}</main></body></html>"
    )


def test_a_tree_nested_past_the_parsers_depth_keeps_most_replies(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    page.write_text(_nested_comments(400), encoding="utf-8")
    text = run_dump("--format", "text", page)
    kept = sum(f"Reply number {at} " in text for at in range(400))
    assert kept >= 300, kept  # (the 145 signed before the flattening, and the rest)
    assert "Reply number 399 " in text


def test_a_replys_depth_is_shown_within_bounds(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    page.write_text(_nested_comments(40), encoding="utf-8")
    text = run_dump("--format", "text", page)
    assert "Reply number 39 " in text and "user39" in text
    marks = [line.split(" ", 1)[0] for line in text.splitlines() if line.startswith("↳")]
    assert marks and max(map(len, marks)) <= 12
    assert any(len(mark) == 12 for mark in marks)
