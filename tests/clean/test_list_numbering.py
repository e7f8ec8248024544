"""An ordered list that counts in letters or numerals (``<ol type="a">``, ``list-style-type:
upper-roman``) keeps them, through the real CLI: "b." and "iv." are what the text refers to."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli_run import dump_article

PROSE = "and the sentence runs on long enough to be read as the article's prose by the reader."
LISTS = (
    '<ol type="a"><li>First term</li><li>Second term<ol type="i"><li>one</li><li>two</li>'
    '<li>three</li><li>four</li></ol></li><li>Third term</li></ol>'
    '<ol style="color: red; list-style-type: upper-roman" start="3"><li>Part three</li>'
    "<li>Part four</li></ol>"
)


def test_letters_and_numerals_count_the_items(tmp_path: Path) -> None:
    body = dump_article(tmp_path, "Terms", f"<p>The terms, {PROSE}</p>{LISTS}<p>End, {PROSE}</p>")
    lists = [block["items"] for block in body["body"] if block["type"] == "list"]
    assert [(item["number"], item.get("numbering")) for item in lists[0]] == [
        (1, "a"), (2, "a"), (1, "i"), (2, "i"), (3, "i"), (4, "i"), (3, "a"),
    ]
    assert [(item["number"], item.get("numbering")) for item in lists[1]] == [(3, "I"), (4, "I")]
    text = subprocess.run(
        [sys.executable, "-m", "reader", "dump", str(tmp_path / "page.html")],
        capture_output=True, check=True, text=True, timeout=60,
    ).stdout
    for line in ("a. First term", "b. Second term", "   iv. four", "c. Third term",
                 "III. Part three", "IV. Part four"):
        assert f"\n{line}\n" in text
