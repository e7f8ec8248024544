"""Recall: a dateline keeps its paragraph, wiki edit links leave headings."""

from __future__ import annotations

from reader.clean.html.edges import join_datelines, strip_edit_links
from reader.clean.html.pipeline import clean_html


def _para(label: str, count: int = 3) -> str:
    return "".join(
        f"<p>{label} paragraph {n} says something of its own, long enough to be read as text.</p>"
        for n in range(count)
    )


def _text(page: str) -> str:
    return "\n".join(text for _kind, text, _level in clean_html(page).blocks)


def test_a_place_dateline_does_not_cut_the_first_paragraph() -> None:
    first = "Egypt said on Monday that the talks would resume next week after a pause."
    for opening in (
        f'<p><span class="dateline">CAIRO —</span> {first}</p>',
        f'<span class="story-dateline">CAIRO (Reuters) —</span><p>{first}</p>',
    ):
        page = f"<html><body><article><h1>T</h1>{opening}{_para('Body')}</article></body></html>"
        assert _text(page).split("\n")[0].startswith("CAIRO")
        assert first in _text(page).split("\n")[0]


def test_a_dated_dateline_still_goes() -> None:
    first = "Egypt said on Monday that the talks would resume next week after a pause."
    opening = f'<p><span class="dateline">March 3, 2021</span> {first}</p>'
    page = f"<html><body><article><h1>T</h1>{opening}{_para('Body')}</article></body></html>"
    assert _text(page).startswith("Egypt said")


def test_join_datelines_only_joins_a_place_before_a_paragraph() -> None:
    blocks = [("paragraph", "LONDON -", 0), ("paragraph", "The story starts.", 0)]
    assert join_datelines(blocks) == [("paragraph", "LONDON - The story starts.", 0)]
    kept = [("paragraph", "A sentence ends here.", 0), ("paragraph", "Another one.", 0)]
    assert join_datelines(kept) == kept


def test_wiki_edit_links_leave_headings() -> None:
    blocks = [
        ("heading", "History[edit]", 2),
        ("heading", "Geschichte [Bearbeiten | Quelltext bearbeiten]", 2),
        ("heading", "Quick example¶", 2),  # a manual's link mark
        ("heading", "Learn C#", 2),
        ("paragraph", "A note [edit]", 0),
    ]
    assert strip_edit_links(blocks) == [
        ("heading", "History", 2),
        ("heading", "Geschichte", 2),
        ("heading", "Quick example", 2),
        ("heading", "Learn C#", 2),
        ("paragraph", "A note [edit]", 0),
    ]
