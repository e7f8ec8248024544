"""``reader open ID`` and ``reader ID``: the library's article, by the id ``reader library``
lists (printed when standard output is not a terminal; the app part is in
tests/ui/test_travel.py and below)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest


def reader(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, timeout=60,
        cwd=cwd,
    )


@pytest.fixture
def library(tmp_path: Path) -> tuple[str, int]:
    """A data folder whose library holds the sample (``reader library`` seeds it); the
    sample's id as listed."""
    data = str(tmp_path / "data")
    listed = reader("library", "--data-dir", data)
    assert listed.returncode == 0, listed.stderr
    found = re.search(r"^\s*(\d+)\s+\S+\s+\d+%\s+Obama", listed.stdout, re.MULTILINE)
    assert found, listed.stdout
    return data, int(found.group(1))


def test_reader_open_id_prints_the_stored_article(library: tuple[str, int]) -> None:
    data, article_id = library
    done = reader("open", str(article_id), "--data-dir", data)
    assert done.returncode == 0, done.stderr
    assert "Obama Sidelines Mexico" in done.stdout
    assert "Peña Nieto" in done.stdout


def test_reader_id_alone_opens_it_too(library: tuple[str, int], tmp_path: Path) -> None:
    data, article_id = library
    done = reader(str(article_id), "--data-dir", data, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Obama Sidelines Mexico" in done.stdout


def test_a_file_named_like_an_id_is_the_file(library: tuple[str, int], tmp_path: Path) -> None:
    data, article_id = library
    (tmp_path / str(article_id)).write_text("A file\n\nIts own words here.", encoding="utf-8")
    done = reader(str(article_id), "--data-dir", data, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Its own words here." in done.stdout and "Obama" not in done.stdout


def test_an_unknown_id_is_one_sentence(library: tuple[str, int]) -> None:
    data, _ = library
    done = reader("open", "4242", "--data-dir", data)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "reader: No article 4242 in the library; 'reader library' lists them."
    )
    assert done.stdout == ""


@pytest.mark.anyio
async def test_the_app_starts_on_a_library_id(tmp_path: Path) -> None:
    from reader.engine.pipeline import load_sample
    from reader.store import Store
    from reader.ui.app import ReaderApp

    data = str(tmp_path / "data")
    with Store.open(data, seed=load_sample) as store:
        article_id = store.list_articles()[0].id
    app = ReaderApp(f"library:{article_id}", data_dir=data)
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        screen = app.reading
        assert screen is not None and screen.article is not None
        assert "Obama" in screen.article.title
        assert screen.mode == "ready"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("abc", "No such file: abc, and it is not a web address (a page's address starts "
                "with https://)."),
        ("example.com", "No such file: example.com. If you meant a web page, give its "
                        "address: https://example.com."),
        ("typo/file.txt", "No such file: typo/file.txt (there is no folder typo)."),
    ],
)
@pytest.mark.parametrize("command", [(), ("open",), ("dump",)])
def test_a_missing_source_says_what_was_tried_and_how_to_give_an_address(
    tmp_path: Path, asked: str, said: str, command: tuple[str, ...]
) -> None:
    """Neither a file nor a web address: the message says both, and how to write an
    address; a name like a web site's is not fetched unasked (a missing notes.md would go
    to the web)."""
    done = reader(*command, asked, "--data-dir", str(tmp_path / "data"), cwd=tmp_path)
    assert done.returncode != 0
    assert done.stderr.strip() == f"reader: {said}", done.stderr
