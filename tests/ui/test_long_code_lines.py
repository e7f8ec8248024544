"""Code's very long lines coloured up to a bound (``long_code_lines``): the tokens found put
back at their places, the lines after a cut line coloured as before."""

from __future__ import annotations

import time

from reader.ui.widgets.block_render import code_tokens
from reader.ui.widgets.long_code_lines import LONGEST_COLOURED_LINE, cut_long_lines


def test_a_long_lines_colours_stop_at_the_bound_and_the_lines_after_keep_theirs() -> None:
    """Tokens past a cut line's bound are none; the lines after it are coloured at their own
    offsets in the code, as if nothing were cut."""
    long_line = "x = [" + "1, " * 4_000 + "]"
    code = f"{long_line}\ny = 'yes'\nz = 2\n"
    tokens = code_tokens("python", code)
    bound = LONGEST_COLOURED_LINE
    assert ("1", "code-number") in [(code[a:b], style) for a, b, style in tokens[:3]]
    assert not [t for t in tokens if bound < t[1] <= len(long_line)]
    after = [(code[a:b], style) for a, b, style in tokens if a > len(long_line)]
    rest = "y = 'yes'\nz = 2\n"
    assert after == [(rest[a:b], style) for a, b, style in code_tokens("python", rest)]
    assert ("'yes'", "code-string") in after and ("2", "code-number") in after


def test_code_without_long_lines_is_not_cut() -> None:
    assert cut_long_lines("a = 1\n" * 1_000) is None


def test_cutting_five_megabytes_of_long_lines_is_linear() -> None:
    """5 MB: 500 lines, each 5,000 characters past the bound, cut in one pass (0.02 s) and
    350,000 tokens put back (0.16 s)."""
    code = ("w" * (LONGEST_COLOURED_LINE + 5_000) + "\n") * 500
    began = time.perf_counter()
    cut = cut_long_lines(code)
    assert cut is not None
    spans = [(i, i + 3, "s") for i in range(0, len(cut.text) - 3, 7)]
    placed = cut.in_code(spans)
    took = time.perf_counter() - began
    assert len(cut.text) == 500 * (LONGEST_COLOURED_LINE + 1)
    assert "".join(code[a:b] for a, b, _ in placed) == "".join(cut.text[x:y] for x, y, _ in spans)
    assert len(placed) > len(spans)  # (those over a cut: split there)
    assert took < 10
