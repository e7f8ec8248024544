"""Fixtures for the store tests: a fresh data folder and small articles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.article.model import Article, PullQuote, build_article
from reader.store import Store


def make_article(
    title: str = "Security talks in Mexico",
    *,
    source: str | None = "https://example.org/mexico",
    words: str = "security",
    paragraphs: int = 3,
) -> Article:
    """A small article whose body mentions ``words``."""
    blocks = [
        ("paragraph", f"Paragraph {n} says the {words} plan went ahead on day {n}.")
        for n in range(paragraphs)
    ]
    blocks.insert(1, ("paragraph", "“We will not back down,” the minister said on Tuesday."))
    return build_article(
        title=title,
        blocks=blocks,
        authors=["Molly O'Toole", "Ann Lee"],
        url=source if source and "://" in source else None,
        pull_quotes=[PullQuote("We will not back down", "The minister", "Ana Ruiz", 1)],
        source=source,
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with Store.open(data_dir) as opened:
        yield opened


@pytest.fixture
def article() -> Article:
    return make_article()
