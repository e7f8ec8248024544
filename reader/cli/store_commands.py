"""``reader bookmarks``, ``reader library`` and ``reader search``: argument parsing only.

``reader search`` and ``reader library`` should answer within 100 ms (issue 6): heavy
modules are imported only where they are needed. Everything printed goes through
:func:`say` (database contents, paths and notices are text from outside).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.core.errors import ReaderError, StoreError
from reader.core.quoting import unquoted
from reader.core.sanitize import clean_shown, clean_text
from reader.store import Store

if TYPE_CHECKING:
    import argparse

    from reader.store.bookmarks import Bookmark

MAX_LIMIT = 1_000_000


def say(text: str = "", *, error: bool = False) -> None:
    """Print ``text`` with every control character and escape sequence removed."""
    print(clean_text(text), file=sys.stderr if error else sys.stdout)


def _limit(value: int) -> int:
    """A ``--limit`` from 1 to :data:`MAX_LIMIT` (a smaller one counts as 1), else a sentence."""
    if value > MAX_LIMIT:
        raise ReaderError(f"--limit can be at most {MAX_LIMIT:,}.")
    return max(1, value)


def _common() -> argparse.ArgumentParser:
    import argparse

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", default=argparse.SUPPRESS, help="where bookmarks and the library are kept"
    )
    return common


def _bookmarks_parser() -> argparse.ArgumentParser:
    from reader.cli.args import CleanParser
    from reader.store.export import FORMATS

    parser = CleanParser(
        prog="reader bookmarks",
        description="List, export or import bookmarks.",
        parents=[_common()],
    )
    parser.add_argument("--search", "-s", help="only bookmarks matching these words")
    sub = parser.add_subparsers(dest="action")
    sub.add_parser("list", parents=[_common()], help="list bookmarks (the default)")
    export = sub.add_parser("export", parents=[_common()], help="write every bookmark")
    export.add_argument("--format", "-f", choices=FORMATS, default="markdown")
    export.add_argument("--output", "-o", help="file to write (default: standard output)")
    export.add_argument("--force", action="store_true", help="overwrite an existing file")
    imp = sub.add_parser("import", parents=[_common()], help="add bookmarks from a JSON export")
    imp.add_argument("file", help="a file written by 'reader bookmarks export --format json'")
    return parser


def _library_parser() -> argparse.ArgumentParser:
    from reader.cli.args import CleanParser

    parser = CleanParser(
        prog="reader library",
        description="List saved articles, most recently read first.",
        parents=[_common()],
    )
    parser.add_argument("--search", "-s", help="only articles matching these words")
    parser.add_argument("--limit", "-n", type=int, default=50, help="how many (default 50)")
    return parser


def _search_parser() -> argparse.ArgumentParser:
    from reader.cli.args import CleanParser

    parser = CleanParser(
        prog="reader search",
        description="Search saved articles and bookmarks.",
        parents=[_common()],
    )
    parser.add_argument("query", nargs="+", help="words to find (all of them)")
    parser.add_argument("--limit", "-n", type=int, default=10, help="hits of each kind")
    return parser


def _open(args: object) -> Store:
    from reader.engine.pipeline import load_sample

    store = Store.open(getattr(args, "data_dir", None), seed=load_sample, check=False)
    _tell(store)
    return store


def _tell(store: Store) -> None:
    for notice in store.take_notices():
        say(f"reader: {notice}", error=True)


def _one_line(text: str, width: int = 100) -> str:
    return clean_shown(text, width)


def _said_by(mark: Bookmark) -> str:
    """`` — the speaker`` after a listed quote (a page's name may be any length), or ""."""
    return f" — {_one_line(mark.speaker, 60)}" if mark.speaker else ""


def _kept_from(mark: Bookmark) -> str:
    """A listed bookmark's second line: its article's title and address."""
    title = _one_line(mark.title, 60)  # (none: a text without one, or only invisible marks)
    where = clean_shown(mark.url or mark.article_key, 300)
    return f"       {title} · {where}" if title else f"       {where}"


def _write_new(path: str, text: str, *, force: bool) -> None:
    """Write ``text`` to ``path``; an existing file only with ``force``."""
    shown = clean_shown(path)
    if os.path.isdir(path):
        raise StoreError(f"Could not write {shown}: it is a folder; give a file's name.")
    try:
        with open(path, "w" if force else "x", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except FileExistsError as error:
        raise StoreError(
            f"Could not write {shown}: it already exists (use --force to replace it)."
        ) from error
    except OSError as error:
        reason = (error.strerror or "it could not be written").lower()
        raise StoreError(f"Could not write {shown}: {reason}.") from error


def run_bookmarks(argv: Sequence[str]) -> int:
    """``reader bookmarks [list|export|import]``."""
    args = _bookmarks_parser().parse_args(argv)
    with _open(args) as store:
        if args.action == "export":
            text = store.export(args.format)  # sanitised by the exporter
            if args.output:
                _write_new(args.output, text, force=args.force)
            else:
                sys.stdout.write(text)
        elif args.action == "import":
            added, skipped = store.import_json(args.file)
            say(f"Imported {added} bookmark{'s' * (added != 1)}; "
                f"skipped {skipped} already kept.")
        else:
            marks = store.list_bookmarks(args.search)
            if not marks and args.search:
                say(f"No bookmark matches {clean_shown(args.search)!r}.")
                _tell(store)
                return 1
            if not marks:
                say("No bookmarks yet.")
            for mark in marks:
                who = _said_by(mark)
                quote = _one_line(unquoted(mark.text), 80)
                say(f"{mark.id:>5}  {mark.created[:10]}  “{quote}”{who}")
                say(_kept_from(mark))
                if mark.note:
                    say(f"       Note: {_one_line(mark.note, 80)}")
        _tell(store)
    return 0


def run_library(argv: Sequence[str]) -> int:
    """``reader library``: saved articles, most recent first."""
    args = _library_parser().parse_args(argv)
    with _open(args) as store:
        entries = store.list_articles(args.search, limit=_limit(args.limit))
        if not entries and args.search:
            say(f"No saved article matches {clean_shown(args.search)!r}.")
            _tell(store)
            return 1
        if not entries:
            say("The library is empty.")
        for entry in entries:
            byline = f" — {_one_line(', '.join(entry.authors), 80)}" if entry.authors else ""
            say(
                f"{entry.id:>5}  {entry.last_read[:10]}  {round(entry.progress * 100):>3}%  "
                f"{_one_line(entry.title or entry.location, 70)}{byline}"
            )
            say(f"       {clean_shown(entry.location, 300)}")
        _tell(store)
    return 0


def run_search(argv: Sequence[str]) -> int:
    """``reader search QUERY``: matching articles and bookmarks with snippets."""
    args = _search_parser().parse_args(argv)
    # a word given with spaces in it ('reader search "peña nieto"') is a phrase
    query = " ".join(f'"{word}"' if " " in word.strip() else word for word in args.query)
    with _open(args) as store:
        results = store.search(query, limit=_limit(args.limit))
        _tell(store)
        if not results.articles and not results.bookmarks:
            say(f"Nothing found for {clean_shown(query)!r}.")
            return 1  # like grep: no match is a status a script can test
        if results.articles:
            say("Articles")
            for hit in results.articles:
                say(f"{hit.entry.id:>5}  {_one_line(hit.entry.title or hit.entry.location, 80)}")
                say(f"       {clean_shown(hit.entry.location, 300)}")
                say(f"       {_one_line(hit.snippet.marked(), 1000)}")
        if results.bookmarks:
            if results.articles:
                say()
            say("Bookmarks")
            for mark_hit in results.bookmarks:
                mark = mark_hit.bookmark
                say(f"{mark.id:>5}  “{_one_line(unquoted(mark.text), 80)}”{_said_by(mark)}")
                say(_kept_from(mark))
                say(f"       {_one_line(mark_hit.snippet.marked(), 1000)}")
    return 0


COMMANDS = {"bookmarks": run_bookmarks, "library": run_library, "search": run_search}


def run(command: str, argv: Sequence[str]) -> int:
    """Run one of :data:`COMMANDS`."""
    return COMMANDS[command](argv)
