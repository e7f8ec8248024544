"""A section's heading readability left behind comes back before its paragraph."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_json

STEPS = [
    ("Step 1: The Plan", "Whether you are planing furniture or a bank robbery, the most "
     "important part is having a plan: the dimensions, the joinery and the finish."),
    ("Step 2: Preparation", "Lay the boards out on the bench and mark each one with chalk, so "
     "that the grain runs the same way across the whole top once it is glued."),
    ("Step 3: Tools", "A table saw, a jointer and a planer do most of the work, but a sharp "
     "hand plane and a square will save a piece the machines have gone wrong on."),
]


def _page(extra: str = "") -> str:
    """An instructions page: each step's title over its pictures, its text in a body of its
    own, as readability keeps the bodies and leaves the titles behind."""
    steps = "".join(
        f"<section class='step'><h2 class='step-title'>{title}</h2>"
        f"<div class='mediaset'><img src='/{n}.jpg' alt=''></div>"
        f"<div class='step-body'><p>{text}</p><p>{text.replace('the', 'each')}</p></div>"
        "</section>"
        for n, (title, text) in enumerate(STEPS)
    )
    return (
        "<html><head><title>How to Make Furniture</title></head><body><article>"
        f"<h1>How to Make Furniture</h1>{steps}{extra}</article></body></html>"
    )


def _headings(folder: Path, html: str) -> list[str]:
    page = folder / "page.html"
    page.write_text(html, encoding="utf-8")
    return [b["text"] for b in dump_json(str(page))["body"] if b["type"] == "heading"]


def test_each_steps_title_comes_back_before_its_text(tmp_path: Path) -> None:
    assert _headings(tmp_path, _page()) == [title for title, _text in STEPS]


def test_a_heading_after_the_article_or_of_another_story_stays_out(tmp_path: Path) -> None:
    extra = (
        "<section class='step'><h2 class='step-title'><a href='/other'>Build a Shaker table "
        "in a weekend</a></h2><div class='step-body'><p>Our readers built this table in two "
        "days with the tools from this guide and a few clamps borrowed from a friend.</p>"
        "</div></section>"
    )
    assert "Build a Shaker table in a weekend" not in _headings(tmp_path, _page(extra))
