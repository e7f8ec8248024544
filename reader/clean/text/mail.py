"""An e-mail message shown as preformatted text (a mailing list's archive page) read as a
message: its paragraphs, the lines it quotes ("> ...") as quotations, its signature (from the
"-- " line down) left out; the short lines over it naming its sender and date made its
heading.

A preformatted block is a message when it writes what only mail writes: an attribution over
quoted lines ("On Wed, Tomas Ek wrote:" then "> ...") or the signature's own delimiter, a
line of "-- " (with its space).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from reader.article.model import SCENE_BREAK
from reader.clean.byline import parse_date
from reader.clean.extracted import Draft
from reader.clean.mail_signature import without_signature
from reader.core.lazy import lazy_re

Block = tuple[str, str, int]

HEADER_WORDS = 20  # words of the lines over a message naming its sender and date, at most
HEADER_LINES = 3
HEADING_LEVEL = 4  # as a thread's post's heading
_QUOTED = lazy_re(r"^\s*>")
_QUOTE_MARKS = lazy_re(r"^(?:\s*>)+ ?")
_ATTRIBUTION = lazy_re(r"\b(?:wrote|writes|said|schrieb|a écrit|escribió)\s*:\s*$", re.I)
_SIGNATURE = "-- "
_SET_IN = lazy_re(r"^(?: {2,}|\t)\S")
# a date as mail archives print it: "Thu Apr  9 14:02:11 UTC 2026" (C's ctime, a zone added)
_CTIME = lazy_re(
    r"^[A-Z][a-z]{2},? +[A-Z][a-z]{2} +\d{1,2} +\d{1,2}:\d{2}(?::\d{2})?(?: +[A-Z]{2,5})? +\d{4}$"
)
# an address ("miriam@example.org", archives' "miriam at example.org"); bounded: linear time
_ADDRESS = lazy_re(r"<?(?<![\w.+-])[\w.+-]{1,64}(?:@| at )[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}>?")


def is_message(text: str) -> bool:
    """Whether preformatted ``text`` is an e-mail message (see the module)."""
    lines = text.split("\n")
    if _SIGNATURE in lines:  # (exactly "-- ": what only a mail writes; cut by the mail rules)
        return True
    return any(
        _ATTRIBUTION.search(line) and _QUOTED.match(following)
        for line, following in pairwise(lines)
    )


def message_blocks(text: str) -> list[Block]:
    """A message's blocks: paragraphs (lines joined), runs of quoted lines as quotations,
    lines set in kept as preformatted; nothing from its signature or its list's footer down
    (``mail_signature.without_signature``, as for a mail)."""
    lines = without_signature(text).split("\n")  # (and a list's footer: the mail rules)
    blocks: list[Block] = []
    run: list[str] = []
    kind = ""
    for line in [*lines, ""]:
        line_kind = "" if not line.strip() else (
            "quote" if _QUOTED.match(line) else "preformatted" if _SET_IN.match(line)
            else "paragraph"
        )
        if line_kind != kind and run:
            blocks.append(_block(kind, run))
            run = []
        kind = line_kind
        if line_kind:
            run.append(line)
    return [block for block in blocks if block[1]]


def _block(kind: str, lines: list[str]) -> Block:
    if kind == "preformatted":
        indent = min(len(line) - len(line.lstrip()) for line in lines)
        return Draft("preformatted", "\n".join(line[indent:].rstrip() for line in lines), 0)
    if kind == "quote":
        lines = [_QUOTE_MARKS.sub("", line) for line in lines]
    return (kind, " ".join(" ".join(lines).split()), 0)


def read_messages(blocks: Sequence[Block]) -> list[Block]:
    """``blocks`` with each preformatted message read as one (:func:`message_blocks`), and
    the short lines over it naming its sender and date made its heading."""
    if not any(block[0] == "preformatted" and is_message(block[1]) for block in blocks):
        return list(blocks)
    read: list[Block] = []
    for block in blocks:
        if block[0] != "preformatted" or not is_message(block[1]):
            read.append(block)
            continue
        over = _header_at(read)
        if over is not None:
            line, sender = _header_line(read[over][1])
            read[over] = Draft("heading", line, HEADING_LEVEL, credit=sender) if sender \
                else Draft("heading", line, HEADING_LEVEL)
            del read[over + 1:]  # (the breaks between it and the message)
        read.extend(message_blocks(block[1]))
    return read


def _header_at(read: list[Block]) -> int | None:
    """Where the lines over a message stand (after any breaks): a short paragraph naming a
    date on a line of its own."""
    at = len(read) - 1
    while at >= 0 and read[at][1] == SCENE_BREAK:
        at -= 1
    if at < 0 or read[at][0] != "paragraph":
        return None
    lines = read[at][1].split("\n")
    if len(lines) > HEADER_LINES or len(read[at][1].split()) > HEADER_WORDS:
        return None
    return at if any(_is_date(line) for line in lines) else None


def _is_date(line: str) -> bool:
    line = " ".join(line.split())
    return _CTIME.match(line) is not None or parse_date(line) is not None


def _header_line(text: str) -> tuple[str, str | None]:
    """The sender's name and the date, addresses left out: "Miriam Osei · Thu Apr 9 ...",
    and the sender (its address only when it gives no name)."""
    parts: list[str] = []
    sender: str | None = None
    for line in text.split("\n"):
        part = " ".join(_ADDRESS.sub(" ", line).split())
        if not part and _ADDRESS.search(line):  # (an address alone: the sender's only name)
            part = " ".join(line.split()).strip("<>")
        if not part:
            continue
        parts.append(part)
        if sender is None and not _is_date(part):
            sender = part
    return " · ".join(parts), sender


def message_sender(blocks: Sequence[Block]) -> str | None:
    """The sender of the first message :func:`read_messages` read in ``blocks`` (its
    heading's credit), or None."""
    return next((
        block.structure["credit"] for block in blocks
        if isinstance(block, Draft) and block[0] == "heading" and block.structure.get("credit")
    ), None)


__all__ = ["is_message", "message_blocks", "message_sender", "read_messages"]
