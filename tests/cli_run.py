"""Run the real ``reader dump`` command in a subprocess and read its JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def dump_json(*args: str, stdin: bytes | None = None) -> dict:
    """``reader dump --format json ARGS`` (``stdin`` piped in), parsed; fails on an error."""
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--format", "json", *args],
        input=stdin,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return json.loads(result.stdout)


def body_texts(article: dict) -> list[str]:
    """The texts of a dumped article's body blocks, in order."""
    return [block["text"] for block in article["body"]]


def dump_explain(*args: str) -> list[str]:
    """The lines ``reader dump --explain ARGS`` prints; fails on an error."""
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--explain", *args],
        capture_output=True,
        check=True,
        text=True,
        timeout=60,
    )
    return result.stdout.splitlines()


def dump_article(folder: Path, title: str, article: str, head: str = "") -> dict:
    """A page whose ``<article>`` holds a ``<h1>`` of ``title`` and ``article`` (HTML),
    ``head`` in its head, saved in ``folder``, then read by ``reader dump`` as JSON."""
    path = folder / "page.html"
    path.write_text(
        f"<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
        f"{article}</article></body></html>",
        encoding="utf-8",
    )
    return dump_json(str(path))


def dump_text(folder: Path, text: str, name: str = "note.txt") -> dict:
    """``text`` saved as ``folder / name`` (UTF-8), then read by ``reader dump`` as JSON."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return dump_json(str(path))


def dump_as(folder: Path, text: str, fmt: str, name: str = "note.txt") -> str:
    """``text`` saved as ``folder / name`` (UTF-8), then what ``reader dump --format FMT``
    prints for it (``text`` or ``markdown``)."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--format", fmt, str(path)],
        capture_output=True,
        check=True,
        text=True,
        timeout=60,
    )
    return result.stdout
