"""The same person named twice in one byline is named once: in another case, without their
accents, with a handle or a role beside them, or as the site too (a licence's or a personal
site's owner is its writer). Through the real ``reader dump`` (the app's title block:
``tests/ui/test_byline_once_ui.py``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_run import dump_json, dump_text

STORY = (
    "The harbour was busy all week, and the boats came in from the islands each morning with "
    "their nets full and the gulls behind them, as they have done for a hundred years."
)
LICENCE = """MIT License

Copyright (c) 2024 Jane Example

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.
"""


def _page(folder: Path, head: str) -> Path:
    """A page of four paragraphs of the story under its headline, ``head`` in its head."""
    page = folder / "page.html"
    body = "<h1>Harbour days</h1>" + f"<p>{STORY}</p>" * 4
    page.write_text(
        f"<html><head><title>Harbour days</title>{head}</head><body><article>{body}</article>"
        "</body></html>",
        encoding="utf-8",
    )
    return page


def _dumped(path: Path, form: str = "text") -> str:
    """``reader dump --format FORM PATH``'s output."""
    return subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--format", form, str(path)],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Example / Jane Example",
        "By Jane Example and JANE EXAMPLE",
        "By Jane Example (@janeexample) and Jane Example",
        "By Jane Example @janeexample",
        "By Jane Example and Jane Example, Senior Editor",
    ],
)
def test_a_text_bylines_one_person_is_named_once(tmp_path: Path, line: str) -> None:
    article = dump_text(tmp_path, f"Harbour days\n\n{line}\n\n{STORY}\n\n{STORY}\n\n{STORY}\n")
    assert article["authors"] == ["Jane Example"]


def test_a_name_with_and_without_its_accents_is_one_person(tmp_path: Path) -> None:
    article = dump_text(
        tmp_path, f"Harbour days\n\nBy José Pérez and Jose Perez\n\n{STORY}\n\n{STORY}\n"
    )
    assert article["authors"] == ["José Pérez"]
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour days",
        "author": [
            {"@type": "Person", "name": "Jose Perez"},
            {"@type": "Person", "name": "JOSÉ PÉREZ"},
            {"@type": "Person", "name": "José Pérez (@jperez)"},
            {"@type": "Person", "name": "Ann Lee"},
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    assert dump_json(str(_page(tmp_path, head)))["authors"] == ["José Pérez", "Ann Lee"]


def test_a_licences_owner_is_named_once_in_its_byline(tmp_path: Path) -> None:
    path = tmp_path / "LICENSE"
    path.write_text(LICENCE, encoding="utf-8")
    for form in ("text", "markdown"):
        head = _dumped(path, form).split("Permission is hereby granted")[0]
        assert head.count("Jane Example") == 1, head
        assert "By Jane Example" in head


def test_a_site_named_for_its_writer_is_not_told_again(tmp_path: Path) -> None:
    head = (
        '<meta property="og:site_name" content="JANE EXAMPLE">'
        '<meta name="author" content="Jane Example">'
    )
    assert _dumped(_page(tmp_path, head)).split(STORY[:20])[0].lower().count("jane example") == 1

