"""A byline no element marks ("Julia Gralberg" over "March 4, 2025" under the headline) is
read from the page's visible lines, as a copied page's is."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_json

PROSE = "".join(
    f"<p>{text}</p>"
    for text in (
        "Hotel rooms hide more comforts than most guests ever find, and the staff who clean "
        "them know every one: the spare blanket, the quiet floor, the late checkout.",
        "We asked housekeepers at nine hotels what travellers miss, and their answers saved "
        "us money on the next trip, from the minibar to the laundry service.",
        "Most of what they told us costs nothing at all, as long as you ask at the front desk "
        "before you unpack and settle into the room for the night.",
    )
)


def _page(head: str) -> str:
    return (
        "<html><head><title>Hotel Travel Hacks | Wanderly</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/blog'>Blog</a></nav><main>"
        f"<h1>Hotel Travel Hacks</h1>{head}<div class='entry'>{PROSE}</div></main>"
        "<footer><p>© 2025 Wanderly</p></footer></body></html>"
    )


def test_a_name_over_the_date_under_the_headline_is_the_author(tmp_path: Path) -> None:
    page = tmp_path / "hacks.html"
    head = "<div class='meta'><div><span>Zorwen Talbrook</span></div><div>March 4, 2025</div></div>"
    page.write_text(_page(head), encoding="utf-8")
    article = dump_json(str(page))
    assert article["authors"] == ["Zorwen Talbrook"]
    assert "Zorwen Talbrook" not in [block["text"] for block in article["body"]]


def test_words_over_a_date_that_the_article_writes_in_lower_case_are_no_name(
    tmp_path: Path,
) -> None:
    page = tmp_path / "hacks.html"
    head = "<div class='meta'><div><span>Quiet Floor</span></div><div>March 4, 2025</div></div>"
    page.write_text(_page(head), encoding="utf-8")
    assert dump_json(str(page))["authors"] == []
