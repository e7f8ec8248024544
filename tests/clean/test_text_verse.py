"""Verse in a plain text keeps its lines, a paragraph a stanza: a poem's short lines looked
like a text wrapped at their width and were joined into prose ("Whose woods these are I
think I know. His house is in the village though; He will not see me..."), its byline into
its title. A line that goes
on in mid-sentence into a capital letter, and often into a word that would have fitted on
it, was broken by hand; a narrow column of wrapped prose goes on in lower case."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import body_texts, dump_text

POEM = """Stopping by Woods on a Snowy Evening
by Robert Frost

Whose woods these are I think I know.
His house is in the village though;
He will not see me stopping here
To watch his woods fill up with snow.

My little horse must think it queer
To stop without a farmhouse near
Between the woods and frozen lake
The darkest evening of the year.

He gives his harness bells a shake
To ask if there is some mistake.
The only other sound's the sweep
Of easy wind and downy flake.
"""

COLUMN = """Harbour reopens after repairs

The harbour reopened on Monday after
a month of repairs to the old stone
wall, and the first boats came in at
dawn with the tide behind them.

Fishermen said the repairs had taken
longer than the council promised, but
the wall looked stronger than it had
in years, and the gulls were back.

The council said the work cost less
than planned, and that the money left
over would go to the lighthouse and
to a new ladder on the north pier.
"""


def test_a_poems_lines_stay_lines_and_its_byline_is_its_authors(tmp_path: Path) -> None:
    article = dump_text(tmp_path, POEM, "poem.txt")
    assert article["title"] == "Stopping by Woods on a Snowy Evening"
    assert article["authors"] == ["Robert Frost"]
    body = body_texts(article)
    assert len(body) == 3  # a paragraph a stanza, its lines kept
    assert body[0].split("\n") == [
        "Whose woods these are I think I know.",
        "His house is in the village though;",
        "He will not see me stopping here",
        "To watch his woods fill up with snow.",
    ]
    assert [block["type"] for block in article["body"]] == ["paragraph"] * 3


def test_a_narrow_column_of_wrapped_prose_is_still_joined(tmp_path: Path) -> None:
    body = body_texts(dump_text(tmp_path, COLUMN, "column.txt"))
    assert body[0] == (
        "The harbour reopened on Monday after a month of repairs to the old stone wall, "
        "and the first boats came in at dawn with the tide behind them."
    )
    assert len(body) == 3
