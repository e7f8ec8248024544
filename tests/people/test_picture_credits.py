"""A photographer credited under a picture in the body is no person of the story: a name
only in a figure's credit (its credit element, or "Photo: ..." / "(Photo by ...)" at its
caption's end) is not listed; a name the text names too counts its mentions outside the
credit. Through the real CLI."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_json

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "html" / "picture-credits.html"


def test_names_only_in_the_bodys_picture_credits_are_no_people() -> None:
    people = {person["name"]: person["mentions"] for person in dump_json(str(FIXTURE))["people"]}
    # (Tom Hardy: a credit element's; Jane Smith: "Photo: ..." at a caption's end; Mary
    # Brown: twice in the text, once in a caption, not in "(Photo by Mary Brown)")
    assert people == {"Peter Olsen": 3, "Mary Brown": 3}
