"""Run the real ``reader dump`` command and read what it prints.

The command runs in this process (the ``reader`` entry point's own ``main``, its output
caught): a new interpreter for each of some 400 dumps cost CI about a minute. What needs a
process of its own (a pipe on stdin, a bound on memory) still gets one.
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import subprocess
import sys
from pathlib import Path

from reader.__main__ import main as reader_main


def run_dump(*args: str | Path) -> str:
    """What ``reader dump ARGS`` prints, run by the entry point in this process; fails when
    the command fails."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = reader_main(["dump", *map(str, args)])
    assert status == 0, f"reader dump {' '.join(args)} exited {status}"
    return out.getvalue()


def dump_json(*args: str | Path, stdin: bytes | None = None) -> dict:
    """``reader dump --format json ARGS`` (``stdin`` piped in), parsed; fails on an error."""
    if stdin is None:
        return json.loads(run_dump("--format", "json", *args))
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


def dump_explain(*args: str | Path) -> list[str]:
    """The lines ``reader dump --explain ARGS`` prints; fails on an error."""
    return run_dump("--explain", *args).splitlines()


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
    return run_dump("--format", fmt, str(path))
