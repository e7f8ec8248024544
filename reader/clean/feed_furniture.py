"""What a feed adds to an entry's text that is no part of it: "The post X appeared first on
Y." (WordPress, Yoast SEO), "X was originally published in Y on Medium, ...", a last line
"Continue reading →" or "Read more" linking to the page, and the "[…]" that marks an
excerpt cut short (an ellipsis says as much).

The rules read only the entry's last blocks, where feed generators put these lines, and a
line must be one of them as a whole: a sentence of the text that uses the words stays.
"""

from __future__ import annotations

import re

from reader.clean.extracted import Draft, with_text
from reader.core.lazy import lazy_re

LAST_BLOCKS = 3  # how many blocks at an entry's end are looked at
READ_ON_WORDS = 12  # a "read on" line says this many words at most (with the post's title)
_BACK_LINK = lazy_re(
    r"(?:the )?(?:post|article|entry|story) .{1,400}? (?:appeared first|was first published)"
    r" (?:on|at|in) .{1,300}",
    re.IGNORECASE | re.DOTALL,
)
# Medium's: only with a link back (an essay's own note "first published in 1990" is text)
_ORIGINALLY = lazy_re(r" was originally (?:published|posted) (?:in|on|at) \S", re.IGNORECASE)
FOOTER_MOST = 700  # characters of a footer line at most
_READ_ON = lazy_re(
    r"(?:continue reading|keep reading|read more|read the rest|read on|read the full"
    r" (?:post|article|story|entry)|view (?:the )?full (?:post|article|story))"
    r"(?:\W.{0,300})?",
    re.IGNORECASE | re.DOTALL,
)
_BACK_LINK_TAIL = lazy_re(  # the same line run into the last paragraph, after its last sentence
    r"(?<=[.!?…\]])\s+the (?:post|article|entry|story) [^\n]{1,400}? (?:appeared first|was first"
    r" published) (?:on|at|in) [^\n]{1,300}$",
    re.IGNORECASE,
)
_CUT_MARK = lazy_re(r"\[ ?(?:…|\.\.\.|&hellip;) ?\]$")  # (on text stripped of its end)
_MARKS_ONLY = lazy_re(r"[\s.…»›→\[\]()-]*")


def drop_feed_furniture(blocks: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """``blocks`` (an entry's text) without the feed's lines at its end (see the module's
    docstring); an excerpt's closing "[…]" made "…"."""
    kept = list(blocks)
    for _ in range(LAST_BLOCKS):
        if not kept or not _is_furniture(kept[-1]):
            break
        kept.pop()
    for at in range(len(kept) - 1, max(-1, len(kept) - 1 - LAST_BLOCKS), -1):
        if kept[at][0] == "paragraph":
            kept[at] = _without_read_on(kept[at])
            break
    return kept


def _is_furniture(block: tuple[str, str, int]) -> bool:
    """Whether a block is one of the feed's lines as a whole."""
    kind, text = block[0], " ".join(block[1].split())
    if kind not in ("paragraph", "quote", "list") or not text:
        return kind not in ("image", "code", "table") and not text
    if _MARKS_ONLY.fullmatch(text):
        return True
    if _BACK_LINK.fullmatch(text.rstrip(".")):
        return True
    linked = isinstance(block, Draft) and bool(block.structure.get("links"))
    if linked and len(text) <= FOOTER_MOST and _ORIGINALLY.search(text):
        return True
    return len(text.split()) <= READ_ON_WORDS and _READ_ON.fullmatch(text) is not None


def _without_read_on(block: tuple[str, str, int]) -> tuple[str, str, int]:
    """The last paragraph without a "Continue reading →" link or a "The post X appeared
    first on Y." after its last sentence, and without a "[…]" closing it ("…" in its place).
    (A link taken off stays in the structure: it is no longer found in the text.)"""
    text = block[1].rstrip()
    links = block.structure.get("links") if isinstance(block, Draft) else None
    if links:
        label = " ".join(links[-1][0].split())
        if label and _READ_ON.fullmatch(label) and len(label.split()) <= READ_ON_WORDS:
            before, found, after = text.rpartition(links[-1][0].strip())
            if found and before.strip() and _MARKS_ONLY.fullmatch(after):
                trimmed = with_text(block, before.rstrip())
                if isinstance(trimmed, Draft):
                    trimmed.structure = {**trimmed.structure, "links": links[:-1]}
                block, text = trimmed, trimmed[1]
    tail = _BACK_LINK_TAIL.search(text)
    if tail:
        block, text = with_text(block, text[: tail.start()]), text[: tail.start()]
    text = text.rstrip()
    cut = _CUT_MARK.search(text)
    if cut and text[: cut.start()].strip():
        block = with_text(block, text[: cut.start()].rstrip() + "…")
    return block


__all__ = ["drop_feed_furniture"]
