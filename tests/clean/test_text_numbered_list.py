"""A plain text's numbered steps keep their numbers ("If step 2 fails" needs a step 2); a
list of bullets has none."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_text

STEPS = """Fixing the router

If the internet stops working, try these steps in order before calling us.

1. Unplug the router.
2. Wait 30 seconds.
3. Plug it back in and wait for the lights.

If step 2 fails, call the help line and give them the number on the box.
"""


def _list(article: dict) -> dict:
    (found,) = [block for block in article["body"] if block["type"] == "list"]
    return found


def test_numbered_steps_keep_their_numbers(tmp_path: Path) -> None:
    steps = _list(dump_text(tmp_path, STEPS))
    assert [(item["number"], item["text"]) for item in steps["items"]] == [
        (1, "Unplug the router."),
        (2, "Wait 30 seconds."),
        (3, "Plug it back in and wait for the lights."),
    ]


def test_bullets_have_no_numbers(tmp_path: Path) -> None:
    bullets = STEPS.replace("1. ", "- ").replace("2. ", "- ").replace("3. ", "- ")
    assert [item["number"] for item in _list(dump_text(tmp_path, bullets))["items"]] == [None] * 3
