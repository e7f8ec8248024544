"""The sample article (a page copied from a browser, with a cookie panel): all it must show."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reader.engine.pipeline import load_article
from tests.cli_run import dump_json

SAMPLE = Path(__file__).parents[1] / "fixtures" / "obama-mexico-security.txt"
TITLE = "Obama Sidelines Mexico Security Issues During Presidential Visit"
SUBTITLE = (
    "The U.S.-Mexico security partnership is threatened by accusations of corruption and "
    "human rights abuses."
)
CAPTION_START = "Demonstrators hold candles and images of some of the 43 students"
FIRST = "The U.S. and Mexico share pressing national security concerns"
LAST = "But it’s clear that the work on this continues.”"
COOKIE_WORDS = ("cookie", "Accept", "Do Not Sell", "Cookie List", "opt-out", "Save Settings")
# (start of the pull quote, its attribution, start of the body paragraph it repeats)
PULL_QUOTES = [
    (
        "Our commitment is to be a friend and supporter of Mexico",
        "President Barack Obama",
        "“Our commitment is to be a friend and supporter of Mexico",
    ),
    (
        "Many argue these threats are not existential",
        "Gen. John Kelly, Commander of U.S. Southern Command",
        "“In comparison to other global threats",
    ),
    (
        "What the Obama administration -- like the Bush administration",
        "Daniel Wilkinson, Americas managing editor at Human Rights Watch",
        "While the U.S. recognizes its shared responsibility",
    ),
]
# Checked by hand: the body paragraphs those three quotes repeat.
PULL_QUOTE_BLOCKS = [3, 10, 13]


@pytest.fixture(scope="module")
def engine_dump() -> dict:
    return load_article(str(SAMPLE), people=False).to_dict()


@pytest.fixture(scope="module")
def cli_dump() -> dict:
    return dump_json(str(SAMPLE))


@pytest.fixture(params=["engine", "cli"])
def dump(request: pytest.FixtureRequest) -> dict:
    return request.getfixturevalue(f"{request.param}_dump")


def test_head(dump: dict) -> None:
    assert dump["title"] == TITLE
    assert dump["subtitle"] == SUBTITLE
    assert dump["authors"] == ["Molly O'Toole"]


def test_caption_once_with_credit(dump: dict) -> None:
    assert dump["caption"]["text"].startswith(CAPTION_START)
    assert dump["caption"]["text"].endswith("in the town of Iguala.")
    assert dump["caption"]["credit"] == "AP Photo/Eduardo Verdugo"
    everything = json.dumps(dump, ensure_ascii=False)
    assert everything.count(CAPTION_START) == 1


def test_seventeen_body_paragraphs(dump: dict) -> None:
    body = dump["body"]
    assert len(body) == 17
    assert all(block["type"] == "paragraph" for block in body)
    assert body[0]["text"].startswith(FIRST)
    assert body[-1]["text"].endswith(LAST)
    source = SAMPLE.read_text(encoding="utf-8")
    for block in body:  # every paragraph is a whole paragraph of the source
        assert block["text"] in source


def test_no_cookie_panel(dump: dict) -> None:
    everything = json.dumps(dump, ensure_ascii=False)
    for word in COOKIE_WORDS:
        assert word.lower() not in everything.lower(), word
    for block in dump["body"]:
        assert block["text"].strip() != "X"
        assert not re.search(r"(?m)^X$", block["text"])


def test_pull_quotes(dump: dict) -> None:
    quotes = dump["pull_quotes"]
    assert len(quotes) == 3
    for quote, (start, attribution, repeats), block in zip(
        quotes, PULL_QUOTES, PULL_QUOTE_BLOCKS, strict=True
    ):
        assert quote["text"].startswith(start)
        assert quote["attribution"] == attribution
        assert quote["block"] == block
        assert dump["body"][block]["text"].startswith(repeats)
    texts = [block["text"] for block in dump["body"]]
    for quote in quotes:  # the quote and its attribution line left the body
        assert quote["attribution"] not in texts
        assert quote["text"] not in texts


def test_stdin_gives_the_same_title() -> None:
    piped = dump_json("-", stdin=SAMPLE.read_bytes())
    assert piped["title"] == TITLE
    assert len(piped["body"]) == 17
