"""The quick argument parser of ``reader search``/``reader library`` agrees with argparse."""

from __future__ import annotations

import contextlib
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import cli_store

SEARCH = (cli_store.SEARCH_OPTIONS, {"limit": 10}, "query", cli_store._search_parser)
LIBRARY = (cli_store.LIBRARY_OPTIONS, {"search": None, "limit": 50}, None,
           cli_store._library_parser)
TOKENS = [
    "security", "mexico", "", "-", "--", "-n", "--limit", "--lim", "-n3", "-n=3", "--limit=4",
    "--limit=", "3", "-3", "x", "0x10", " 7 ", "--data-dir", "--data-dir=/d", "--data", "/d",
    "-s", "--search", "--search=war peace", "-h", "--help", "a=b", "-x y", "ü", "--bogus",
]


def argparse_result(parser_factory, argv: list[str]) -> dict[str, object] | None:
    """What argparse makes of ``argv`` (None when it refuses it)."""
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        try:
            return vars(parser_factory().parse_args(argv))
        except SystemExit:
            return None


@pytest.mark.parametrize(
    ("spec", "argv"),
    [
        (SEARCH, ["security"]),
        (SEARCH, ["mexico", "police", "--data-dir", "/tmp/d"]),
        (SEARCH, ["--limit=2", "security", "--data-dir=/tmp/d"]),
        (SEARCH, ["--data-dir", "", "-n", "0", "about"]),
        (SEARCH, ["security", "-n", "3", "-n", "5"]),
        (LIBRARY, []),
        (LIBRARY, ["-n", "3", "--data-dir", "/tmp/d"]),
        (LIBRARY, ["--search", "mexico police", "-n", " 4 "]),
    ],
)
def test_usual_command_lines_parse_as_argparse_does(spec, argv):
    options, defaults, positional, factory = spec
    quick = cli_store.quick_parse(argv, options, defaults, positional)
    assert quick is not None
    assert vars(quick) == argparse_result(factory, argv)


@pytest.mark.parametrize(
    ("spec", "argv"),
    [
        (SEARCH, []),
        (SEARCH, ["-h"]),
        (SEARCH, ["foo", "--limit", "3", "bar"]),  # argparse: unrecognized arguments: bar
        (SEARCH, ["--lim", "2", "police"]),  # an abbreviation
        (SEARCH, ["-n", "x", "police"]),
        (SEARCH, ["--", "-n", "police"]),
        (SEARCH, ["police", "--data-dir"]),
        (LIBRARY, ["extra"]),
        (LIBRARY, ["-n3"]),
    ],
)
def test_anything_unusual_is_left_to_argparse(spec, argv):
    options, defaults, positional, _ = spec
    assert cli_store.quick_parse(argv, options, defaults, positional) is None


@settings(max_examples=300, deadline=None)
@given(argv=st.lists(st.sampled_from(TOKENS), max_size=6), which=st.booleans())
def test_quick_parse_never_disagrees_with_argparse(argv, which):
    options, defaults, positional, factory = SEARCH if which else LIBRARY
    quick = cli_store.quick_parse(argv, options, defaults, positional)
    if quick is not None:
        assert vars(quick) == argparse_result(factory, argv)
