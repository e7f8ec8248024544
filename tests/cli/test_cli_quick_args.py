"""``reader [SOURCE] [--sample] [--data-dir DIR]`` is read without argparse at start; where
that quick reading answers, it is argparse's answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli.main import _open_parser, quick_open_args

WORDS = ("--sample", "--data-dir", "--data-dir=/tmp/d", "--data-dir=", "-", "story.html",
         "12", "library:3", "--", "-x", "--samp", "--data", "", "a b", "-1", "--data-dir=-d",
         "https://example.org/a?b=-c")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=5))
def test_the_quick_reading_is_argparses_reading(argv: list[str]) -> None:
    quick = quick_open_args(argv)
    if quick is not None:
        assert quick == vars(_open_parser().parse_args(argv))


def test_the_usual_commands_are_read_quickly() -> None:
    assert quick_open_args(["--sample"]) == {"source": None, "sample": True, "data_dir": None}
    assert quick_open_args(["story.html", "--data-dir", "d"]) == {
        "source": "story.html", "sample": False, "data_dir": "d"}
    assert quick_open_args([]) == {"source": None, "sample": False, "data_dir": None}
    assert quick_open_args(["-"]) is not None


def test_help_version_and_mistakes_go_to_argparse() -> None:
    for argv in (["--help"], ["-h"], ["--version"], ["a", "b"], ["--samp"], ["--data-dir"],
                 ["--data-dir", "a", "--data-dir", "b"]):
        assert quick_open_args(argv) is None
