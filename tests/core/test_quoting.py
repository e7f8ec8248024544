"""Quotations in quotation marks once."""

from __future__ import annotations

import pytest

from reader.core.quoting import in_quotes, unquoted


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("This wall is ours", "“This wall is ours”"),
        ("“This wall is ours”", "“This wall is ours”"),
        ('"This wall is ours"', "“This wall is ours”"),
        ("«Ce mur est à nous»", "“Ce mur est à nous”"),
        ("  “Spaced” ", "“Spaced”"),
        # marks inside: two quotations, not one in its own marks
        ('"Go," he said, "now"', '“"Go," he said, "now"”'),
        ("“", "““”"),
    ],
)
def test_a_quotation_is_marked_once(text: str, shown: str) -> None:
    assert in_quotes(text) == shown


def test_unquoted_keeps_a_quotation_without_its_own_marks() -> None:
    assert unquoted("Plain words") == "Plain words"
    assert unquoted("“Marked”") == "Marked"
