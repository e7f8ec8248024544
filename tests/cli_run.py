"""Run the real ``reader dump`` command in a subprocess and read its JSON."""

from __future__ import annotations

import json
import resource
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


MEMORY = 800 * 2**20  # bytes of address space a bounded dump may take


def _bounded_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def dump_bounded(path: Path, fmt: str = "json") -> subprocess.CompletedProcess[str]:
    """``reader dump --format FMT PATH`` given 20 s and :data:`MEMORY` at most: a small
    hostile file is read at once or refused, never a wait or gigabytes."""
    return subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--format", fmt, str(path)],
        capture_output=True, text=True, timeout=20, preexec_fn=_bounded_memory,
    )


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
