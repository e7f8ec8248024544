"""A data table's caption and its spanning cells, through the real CLI."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_article

PROSE = "and the sentence runs on long enough to be read as the article's prose by the reader."
TABLE = (
    "<table><caption>Boats in the harbour, 2020–2022</caption>"
    "<thead><tr><th rowspan='2'>Kind</th><th colspan='2'>Count</th></tr>"
    "<tr><th>2020</th><th>2022</th></tr></thead>"
    "<tbody><tr><td rowspan='2'>Fishing</td><td>12</td><td>9</td></tr>"
    "<tr><td>3</td><td>4</td></tr>"
    "<tr><td>Sailing</td><td colspan='999999'>30</td></tr></tbody></table>"
)


def test_a_tables_caption_stands_over_it_and_spanning_cells_keep_their_columns(
    tmp_path: Path,
) -> None:
    body = dump_article(tmp_path, "Boats", f"<p>Before the table, {PROSE}</p>{TABLE}"
                        f"<p>After the table, {PROSE}</p>")["body"]
    kinds = [block["type"] for block in body]
    at = kinds.index("table")
    assert body[at - 1] == {"type": "paragraph", "text": "Boats in the harbour, 2020–2022"}
    rows = body[at]["rows"]
    assert rows[:4] == [
        ["Kind", "Count", ""],
        ["", "2020", "2022"],
        ["Fishing", "12", "9"],
        ["", "3", "4"],
    ]
    assert rows[4][:2] == ["Sailing", "30"] and len(rows[4]) <= 51  # (a span is capped)
