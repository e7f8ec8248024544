"""A personal site's writer: the person its copyright line names, when no byline does."""

from __future__ import annotations

import pytest

from reader.clean.owner import copyright_owner
from tests.cli_run import dump_json

_POST = (
    "Why I Still Write My Notes by Hand\n\n"
    "Every morning for ten years I have written the day's notes in a paper notebook, and "
    "the habit has outlived four laptops, three phones and every note-taking app I tried.\n\n"
    "Paper is slow, and the slowness is the point: a sentence I have to write out by hand is "
    "a sentence I have to think about before it goes down, so fewer of them go down at all.\n\n"
    "I still copy the notes worth keeping into a text file at the end of each week, which "
    "gives me a second reading of everything and a search box for the rest of my life.\n\n"
)


def _copied_blog(footer: str) -> dict:
    page = (
        "Margaret Hale\n\nPosts\n\nProjects\n\nAbout\n\n"
        f"{_POST}Older posts\n\nRSS feed\n\nPrivacy Policy\n\n{footer}\n"
    )
    return dump_json("-", stdin=page.encode())


def test_a_copied_blog_without_a_byline_is_written_by_the_owner_of_its_copyright() -> None:
    article = _copied_blog("© 2025 Margaret Hale. All rights reserved.")
    assert article["authors"] == ["Margaret Hale"]


def test_a_company_named_in_the_copyright_line_is_no_writer() -> None:
    article = _copied_blog("© 2025 Hale Media LLC. All rights reserved.")
    assert article["authors"] == []


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("Copyright Sam Bossley 2012-2025. CC BY-NC 4.0.", "Sam Bossley"),
        ("This site is © 1998-2025 Anil Madhavapeddy, all rights reserved", "Anil Madhavapeddy"),
        ("© Copyright 2012-2025 Guillaume Gomez", "Guillaume Gomez"),
        ("COPYRIGHT © 2016-2026 · JANE DOE", "Jane Doe"),
        ("Copyright © 2025 The President and Fellows of Harvard College", None),
        ("© 2024 Mark Johnson Photography", None),
        ("© 2025 Mary Jones and Tom Brown", None),
        ("Elizabeth McCravy, LLC © 2026", None),
        ("(c) the court may order a stay of the proceedings", None),
    ],
)
def test_the_owner_a_copyright_line_names(line: str, owner: str | None) -> None:
    assert copyright_owner(line) == owner
