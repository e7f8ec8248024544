"""A comparison table whose first column names each row by a link in a paragraph
(``<td><p><a>Advantage</a></p></td>``) keeps its names: a paragraph that is only a link
is a teaser elsewhere, in a table's cell it is the row's name."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_article

PROSE = (
    "We rented a compact car from each company at the airport for a week in June and "
    "paid the price the counter asked, taxes and the airport fee included."
)
ROWS = [
    ("Advantage", "$312", "A long queue at the counter, and a car with a full tank."),
    ("Budget", "$298", "The cheapest of the week once the airport fee was added."),
    ("Sixt", "$355", "A newer car than we paid for, and no queue at all."),
    ("Thrifty", "$287", "A shuttle ride away from the terminal, which took an hour."),
]


def test_a_tables_link_names_stay_in_their_cells(tmp_path: Path) -> None:
    rows = "".join(
        f'<tr><td><p><a href="https://example.com/{name.lower()}">{name}</a></p></td>'
        f"<td><p>{price}</p></td><td><p>{note}</p></td></tr>"
        for name, price, note in ROWS
    )
    table = f"<table><tr><th>Rental company</th><th>Week</th><th>Notes</th></tr>{rows}</table>"
    article = dump_article(tmp_path, "What a week's car costs", f"<p>{PROSE}</p>{table}"
                           f"<p>Then {PROSE}</p>")
    (block,) = [block for block in article["body"] if block["type"] == "table"]
    assert block["rows"][0] == ["Rental company", "Week", "Notes"]
    assert [row[0] for row in block["rows"][1:]] == [name for name, _, _ in ROWS]


def test_a_paragraph_that_is_only_a_link_between_paragraphs_still_goes(tmp_path: Path) -> None:
    teaser = '<p><a href="https://example.com/other">Read: the best cars for a road trip</a></p>'
    article = dump_article(tmp_path, "What a week's car costs",
                           f"<p>{PROSE}</p>{teaser}<p>Then {PROSE}</p>")
    assert not any("road trip" in block["text"] for block in article["body"])
