"""Code with very long lines, coloured only up to a bound on each line.

Lexing runs at some 7 microseconds a character and a block is coloured on the event loop
when it is on screen: one line of 190,000 characters (a generated data list, minified
script) took 1.4 s to open. Each line past :data:`LONGEST_COLOURED_LINE` is lexed only up
to it (the rest of the line shown plain), and the tokens found are put back at their
places in the whole code. Code without such a line is lexed whole, as before.
"""

from __future__ import annotations

LONGEST_COLOURED_LINE = 5_000  # characters of a line lexed at most (some 35 ms)

Spans = list[tuple[int, int, str]]


class CutCode:
    """``code`` with each line past :data:`LONGEST_COLOURED_LINE` cut there (``text``), and
    the runs of it copied whole from the code: where each starts in ``text`` and in the
    code."""

    def __init__(self, text: str, cut_starts: list[int], code_starts: list[int]) -> None:
        self.text = text
        self.cut_starts = cut_starts
        self.code_starts = code_starts

    def in_code(self, spans: Spans) -> Spans:
        """``spans`` (sorted, apart) of :attr:`text` at their places in the code; a span
        over a cut is split there (its two sides stand apart in the code)."""
        found: Spans = []
        starts, count, run = self.cut_starts, len(self.cut_starts), 0
        for start, end, style in spans:
            while run + 1 < count and starts[run + 1] <= start:
                run += 1
            index = run
            while start < end:
                run_end = starts[index + 1] if index + 1 < count else end
                piece_end = min(end, run_end)
                shift = self.code_starts[index] - starts[index]
                found.append((start + shift, piece_end + shift, style))
                start, index = piece_end, index + 1
        return found


def cut_long_lines(code: str, longest: int = LONGEST_COLOURED_LINE) -> CutCode | None:
    """``code`` with its lines cut to ``longest`` characters (see :class:`CutCode`); None
    when no line is longer (told at C speed; else one pass over the lines)."""
    lines = code.split("\n")
    if max(map(len, lines)) <= longest:
        return None
    parts: list[str] = []
    cut_starts: list[int] = []
    code_starts: list[int] = []
    run_start = cut_length = pos = 0
    for line in lines:
        line_end = pos + len(line)
        if len(line) > longest:
            cut = pos + longest
            parts.append(code[run_start:cut])
            cut_starts.append(cut_length)
            code_starts.append(run_start)
            cut_length += cut - run_start
            run_start = line_end  # (the next run opens at the line's newline)
        pos = line_end + 1
    parts.append(code[run_start:])
    cut_starts.append(cut_length)
    code_starts.append(run_start)
    return CutCode("".join(parts), cut_starts, code_starts)
