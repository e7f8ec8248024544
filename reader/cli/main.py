"""The ``reader`` command: argument parsing only; each subcommand calls one engine function.

Imports are made inside the functions that need them: ``reader search`` and ``reader library``
must start quickly (see benchmarks/library.py), so this module loads nothing heavy.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from reader import __version__
from reader.core.errors import ReaderError
from reader.core.sanitize import clean_shown

TYPE_CHECKING = False  # not typing's: importing typing slows `reader search`
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

    OpenApp = Callable[..., int]  # (source, *, data_dir, document) -> exit status
    ShowConfig = Callable[..., str]  # (*, data_dir) -> what `reader config` prints

SUBCOMMANDS = ("dump", "bookmarks", "library", "search", "config", "feeds")


def _open_parser(prog: str = "reader") -> argparse.ArgumentParser:
    from reader.cli.args import CleanParser

    parser = CleanParser(
        prog=prog,
        description="Read an article in the terminal. SOURCE is a URL, a file (HTML, plain "
        "text, Markdown, reStructuredText, a PDF, a Project Gutenberg book, an EPUB book, a "
        "Word .docx, a Jupyter notebook, a saved mail .eml, a web archive .mhtml, a program's "
        "source or a data file, a .csv or .tsv table), or - for stdin.",
        epilog="Other commands: reader dump SOURCE..., reader bookmarks, reader library, "
        "reader open ID, reader search QUERY, reader config, reader feeds. Run 'reader COMMAND "
        "--help' for each.",
    )
    parser.add_argument(
        "source", nargs="?",
        help="URL, path, - for standard input, or the id of an article 'reader library' lists",
    )
    parser.add_argument("--sample", action="store_true", help="open the bundled sample article")
    parser.add_argument("--data-dir", help="where bookmarks and the library are kept")
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    return parser


def quick_open_args(argv: Sequence[str]) -> dict[str, object] | None:
    """``reader [SOURCE] [--sample] [--data-dir DIR]`` read without argparse (importing and
    building it is ~6 ms of every start), as argparse reads them: ``source``, ``sample`` and
    ``data_dir``. None for anything else (help, version, another option, an abbreviation,
    a value that starts with a dash, two sources): argparse reads those, and tells errors."""
    found: dict[str, object] = {"source": None, "sample": False, "data_dir": None}
    words = iter(argv)
    for word in words:
        if word == "--sample":
            found["sample"] = True
        elif word == "--data-dir" or word.startswith("--data-dir="):
            value = word[len("--data-dir=") :] if "=" in word else next(words, None)
            if value is None or value.startswith("-") or found["data_dir"] is not None:
                return None
            found["data_dir"] = value
        elif (word == "-" or not word.startswith("-")) and found["source"] is None:
            found["source"] = word
        else:
            return None
    return found


def _dump_parser() -> argparse.ArgumentParser:
    from reader.cli.args import CleanParser

    parser = CleanParser(
        prog="reader dump", description="Print the cleaned article without opening the app."
    )
    parser.add_argument(
        "sources", nargs="+",
        help="URLs, paths, - for standard input, or the ids of articles 'reader library' lists "
        "(library:ID)",
    )
    parser.add_argument("--data-dir", help="the library the ids are read from")
    parser.add_argument(
        "--format", "-f", choices=("text", "markdown", "json"), default="text",
        help="json: one indented object for one source; for several, JSON Lines (an object "
        "a line, each with its \"source\")",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="list the blocks the cleanup dropped, each with the rule that dropped it",
    )
    return parser


_KEPT_WHOLE = {"markdown": "a Markdown document", "rst": "a reStructuredText document",
               "notebook": "a notebook", "docx": "a Word document",
               "code": "a program's source or a data file", "table": "a table"}


def run_explain(source: str) -> None:
    """Print one line per dropped block of ``source``: "rule: the first words ..."."""
    from reader.clean.explain import DropLog
    from reader.clean.html.pipeline import clean_html
    from reader.engine.pipeline import detect_kind
    from reader.sources.load import load_source

    raw = load_source(source)
    kind = detect_kind(raw)
    if kind in _KEPT_WHOLE:
        print(f"({_KEPT_WHOLE[kind]}: no block is dropped by a rule)")
        return
    log = DropLog()
    if kind == "html":
        clean_html(raw.text, url=raw.url, log=log)
    elif kind == "message":
        from reader.clean.message import clean_message

        clean_message(raw.text, log=log)
    else:
        from reader.clean.text.pipeline import clean_plain_text

        clean_plain_text(raw.text, log=log)
    for line in log.lines():
        print(clean_shown(line, 200))
    print(f"({len(log.drops)} blocks dropped)")


def run_dump(argv: Sequence[str]) -> int:
    """``reader dump``: print each source; JSON Lines when several sources ask for JSON."""
    import json

    from reader.article.dump import write
    from reader.cli.library_open import stored_article
    from reader.engine.pages import load_joined

    args = _dump_parser().parse_args(argv)
    many = len(args.sources) > 1
    status = 0
    for source in args.sources:
        if args.explain:
            try:
                if many:
                    print(f"== {clean_shown(source, 200)}")
                run_explain(source)
            except BrokenPipeError:  # `reader dump --explain x | head`: handled in main
                raise
            except Exception as error:  # a bug must not cost the other sources
                status = 1
                error = error if isinstance(error, ReaderError) else _unexpected(error)
                print(f"reader: {clean_shown(error, 1000)}", file=sys.stderr)
            continue
        try:
            article = stored_article(source, args.data_dir) or (
                load_joined(source).article)  # a multi-page article: every page
        except Exception as error:  # a bug must not cost the other sources
            status = 1
            error = error if isinstance(error, ReaderError) else _unexpected(error)
            if args.format == "json" and many:
                record = {"source": clean_shown(source, 1000), "error": clean_shown(error, 1000)}
                print(json.dumps(record, ensure_ascii=False))
            else:
                print(f"reader: {clean_shown(error, 1000)}", file=sys.stderr)
            continue
        if args.format == "json" and many:
            record = article.to_dict()
            print(json.dumps({"source": clean_shown(source, 1000), **record}, ensure_ascii=False))
        else:
            if many and args.format != "json":
                print()
            write(article, args.format, sys.stdout)
            del article  # (the next source is not loaded beside it)
    sys.stdout.flush()
    return status


def _unexpected(error: Exception) -> ReaderError:
    """A bug, told as one line (the user can report it)."""
    return ReaderError(f"unexpected error ({type(error).__name__}: {error}); please report it.")


def run_open(argv: Sequence[str], open_app: OpenApp, prog: str = "reader") -> int:
    """``reader [SOURCE]``: open the reading app through ``open_app`` (the UI's launcher,
    handed in by the entry point: the CLI sits below the UI and never imports it).
    No source, and something piped in (``cat story.txt | reader``): the pipe is read."""
    quick = quick_open_args(argv)
    if quick is not None:
        from types import SimpleNamespace

        args = SimpleNamespace(**quick)
    else:
        args = _open_parser(prog).parse_args(argv)
    source = args.source
    if args.sample:
        from reader.core.paths import sample_path

        source = str(sample_path())
    elif source is None and _is_piped(sys.stdin):
        source = "-"
    from reader.cli.library_open import library_source

    source = library_source(source, args.data_dir)  # `reader 12`: the library's article 12
    if not _is_terminal(sys.stdout):  # `reader FILE > out.txt`: the text, not a drawn screen
        return _print_instead(source, args.data_dir)
    # no source at all: the app opens the library (the sample is in it on first run)
    document = None
    if source == "-":  # read the pipe first, then take the keyboard back from the terminal
        from reader.cli.terminal import NO_TERMINAL, reattach_stdin_to_tty
        from reader.sources.load import load_source

        document = load_source("-")
        if not reattach_stdin_to_tty():
            raise ReaderError(NO_TERMINAL)
    return open_app(source, data_dir=args.data_dir, document=document)


def _is_terminal(stream: object) -> bool:
    """True when ``stream`` is a terminal (a closed or replaced stream is not)."""
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def _is_piped(stream: object) -> bool:
    """True when ``stream`` is a pipe or a redirected file (``cat f | reader``, ``reader <
    f``), not a terminal or a device such as /dev/null."""
    import os
    import stat

    try:
        mode = os.fstat(stream.fileno()).st_mode  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def data_dir_after_command(argv: list[str]) -> list[str]:
    """``reader --data-dir D COMMAND ...`` read as ``reader COMMAND --data-dir D ...``: the
    option ``reader --help`` lists may come before a command too (``dump`` reads the library
    only for an article's id)."""
    lead: list[str] = []
    at = 0
    while at < len(argv):
        if argv[at] == "--data-dir" and at + 1 < len(argv):
            lead += argv[at : at + 2]
            at += 2
        elif argv[at].startswith("--data-dir="):
            lead.append(argv[at])
            at += 1
        else:
            break
    if not lead or at == len(argv) or argv[at] not in (*SUBCOMMANDS, "open"):
        return argv
    return [argv[at], *lead, *argv[at + 1 :]]


def _print_instead(source: str | None, data_dir: str | None) -> int:
    """Standard output is not a terminal: print what the app would show, as text.

    A source is printed as ``reader dump`` prints it; no source lists the library.
    """
    if source is None:
        from reader.cli.store_commands import run_library

        return run_library(["--data-dir", data_dir] if data_dir else [])
    from reader.cli.library_open import LIBRARY_PREFIX, print_stored

    if source.startswith(LIBRARY_PREFIX):
        return print_stored(source, data_dir)
    return run_dump([source])


def run_config(argv: Sequence[str], show_config: ShowConfig | None) -> int:
    """``reader config``: print the settings in effect through ``show_config`` (the UI's,
    handed in by the entry point, like ``open_app``)."""
    from reader.cli.args import CleanParser

    parser = CleanParser(
        prog="reader config",
        description="Print the config file's path and problems, and every setting and key "
        "in effect, as a config file to start from.",
    )
    parser.add_argument("--data-dir", help="where the app's remembered settings are kept")
    args = parser.parse_args(argv)
    if show_config is None:
        raise ReaderError("the settings belong to the reading app, which is not available here.")
    sys.stdout.write(show_config(data_dir=args.data_dir))
    sys.stdout.flush()  # a closed pipe shows up here, where it is handled
    return 0


def main(
    argv: Sequence[str] | None = None,
    *,
    open_app: OpenApp | None = None,
    show_config: ShowConfig | None = None,
) -> int:
    """The ``reader`` command. ``open_app`` runs the app (``reader [SOURCE]``); without one
    (``reader.cli`` used alone) opening an article is refused with a sentence. ``show_config``
    makes the text ``reader config`` prints; without one, that is refused too."""
    argv = data_dir_after_command(list(sys.argv[1:] if argv is None else argv))
    try:
        if argv and argv[0] == "dump":
            return run_dump(argv[1:])
        if argv and argv[0] == "open" and open_app is not None:  # reader open ID|SOURCE
            return run_open(argv[1:], open_app, prog="reader open")
        if argv and argv[0] == "config":
            return run_config(argv[1:], show_config)
        if argv and argv[0] == "feeds":
            from reader.cli.feed_commands import run_feeds

            status = run_feeds(argv[1:])
            sys.stdout.flush()
            return status
        if argv and argv[0] in SUBCOMMANDS:
            from reader.cli.store_commands import run

            status = run(argv[0], argv[1:])
            sys.stdout.flush()  # a closed pipe shows up here, where it is handled
            return status
        if open_app is None:
            raise ReaderError("the reading app is not available here; try 'reader dump'.")
        return run_open(argv, open_app)
    except ReaderError as error:
        print(f"reader: {clean_shown(error, 1000)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `reader search x | head`: the reader of our output left
        _drop_stdout()
        return 0
    except Exception as error:  # never a traceback on the user's terminal
        print(f"reader: {clean_shown(_unexpected(error), 1000)}", file=sys.stderr)
        return 2


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so Python's final flush finds no broken pipe either."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        sys.stderr.close()

