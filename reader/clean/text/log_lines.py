"""A program's log in a plain text: lines that each start with a time stamp or a log level.

A log (``2025-03-01 12:00:01 INFO server started``, a syslog's ``Mar  1 12:00:01 host
sshd[42]: ...``, ``[ERROR] ...``, the kernel's ``[   12.345678] ...``) is read a line at a
time: joined as wrapped prose, its entries run into one paragraph. A chunk whose lines start
with a stamp or a level, two at least, keeps its lines, and the lines between them too (the
traceback an entry logged, set in or not). Lines over the log in its chunk that end with a
colon ("These are the lines from the log:") are its lead, a paragraph of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.clean.text.preformatted import LINE_BREAK, KeptBlock
from reader.clean.text.scan import chunks_holding, lines_at
from reader.core.lazy import lazy_re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?"
_CLOCK = r"\d{1,2}:\d{2}"
_STAMPS = (
    rf"\d{{4}}-\d{{2}}-\d{{2}}(?:T|[ \t]+){_CLOCK}",  # 2025-03-01 12:00, 2025-03-01T12:00:01Z
    rf"\d{{1,4}}[/.]\d{{1,2}}[/.]\d{{2,4}}[ \t,T]+{_CLOCK}",  # 01/03/2025 12:00, 2025/03/01 ...
    # a syslog's Mar  1 12:00:01, Sun Mar 1 2025 12:00:01
    rf"(?:{_DAY}[ \t]+)?{_MONTH}[ \t]+\d{{1,2}},?[ \t]+(?:\d{{4}}[ \t]+)?{_CLOCK}:\d{{2}}",
    rf"(?:{_DAY}[ \t]+)?\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}[ \t]+{_CLOCK}",  # 1 Mar 2025 12:00
    rf"\d{{1,2}}/{_MONTH}/\d{{4}}:{_CLOCK}",  # an access log's 01/Mar/2025:12:00:01
    rf"{_CLOCK}:\d{{2}}(?:[.,]\d+)?\b",  # 12:00:01.123
    rf"{_CLOCK}\]",  # a chat's [12:01]
    r"\[[ \t]*\d+\.\d+\]",  # the kernel's [   12.345678]
    rf"[IWEF]\d{{4}}[ \t]+{_CLOCK}:\d{{2}}",  # glog's I0301 12:00:01.123456
    # a level in capitals, standing alone: INFO, [ERROR], WARNING:root:..., <DEBUG>
    r"(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL|SEVERE)(?=[\]>:\s]|$)",
)
# a line's start: white space, an opening bracket, maybe a host's address and the fields a
# web server writes before its bracketed stamp (``203.0.113.9 - - [01/Mar/2025:...``)
_LINE_START = r"[ \t]*(?:\d{1,3}(?:\.\d{1,3}){3}[ \t]+\S+[ \t]+\S+[ \t]+)?[\[(<]?"
_LOG_LINE = lazy_re(rf"\A{_LINE_START}(?:{'|'.join(_STAMPS)})")  # (at a line's start)
_LOG_AFTER_NEWLINE = lazy_re(rf"\n(?={_LINE_START}(?:{'|'.join(_STAMPS)}))")
MIN_LOG_LINES = 2  # lines of a chunk starting with a stamp or a level, at least
# what any stamp or level holds, looked for first (a quick scan of a book with none)
_ANY_STAMP = lazy_re(r"\d:\d\d|\d\.\d+\]")
_LEVELS = ("TRACE", "DEBUG", "INFO", "NOTICE", "WARN", "ERROR", "FATAL", "CRITICAL", "SEVERE")


def is_log_line(line: str) -> bool:
    """Whether ``line`` starts as a log's entry does: with a time stamp or a log level."""
    return _LOG_LINE.match(line) is not None


def log_chunks(
    text: str, right: Sequence[str], chunks: Sequence[tuple[int, int]]
) -> dict[int, KeptBlock]:
    """Chunk number -> its log, for each chunk of ``text`` (``right``: its lines
    right-stripped; ``chunks``: the ``(first, end)`` lines of each blank-line-separated
    chunk) that holds :data:`MIN_LOG_LINES` entries or more from its first line on, or from
    the line after a lead that ends with a colon."""
    if _ANY_STAMP.search(text) is None and not any(level in text for level in _LEVELS):
        return {}
    stamped = ([0] if _LOG_LINE.match(text) else []) + [
        line + 1 for line in lines_at(text, _LOG_AFTER_NEWLINE)
    ]
    if len(stamped) < MIN_LOG_LINES:
        return {}
    found: dict[int, KeptBlock] = {}
    for chunk in chunks_holding(chunks, stamped):
        first, end = chunks[chunk]
        lines = right[first:end]
        entries = [index for index, line in enumerate(lines) if is_log_line(line)]
        if len(entries) < MIN_LOG_LINES:
            continue
        start = entries[0]
        if start and not lines[start - 1].rstrip().endswith(":"):
            continue  # (prose whose lines happen to start with a time)
        lead = " ".join(line.strip() for line in lines[:start])
        kept = lines[start:]
        common = min(len(line) - len(line.lstrip()) for line in kept if line.strip())
        found[chunk] = KeptBlock(LINE_BREAK.join(line[common:] for line in kept), lead=lead)
    return found


__all__ = ["is_log_line", "log_chunks"]
