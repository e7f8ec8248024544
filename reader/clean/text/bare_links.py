"""Web and mail addresses written out in a plain text, made links a reader can follow.

A plain text (a mail, a README saved as ``.txt``, release notes) has no markup for its links:
its addresses are the links. They are found as GitHub and markdown-it find them, with
linkify-it-py (which markdown-it-py's ``linkify`` extra brings): ``https://...``,
``www.example.org``, ``name@example.org``; a sentence's closing stop or bracket is not part
of the address. Only texts holding a sign of one are searched (a book's million lines are not).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from reader.clean.extracted import Draft

if TYPE_CHECKING:
    from linkify_it import LinkifyIt

# what every address linkify finds holds: a scheme's "//", a "www." or a mail's "@"
_MAYBE_ADDRESS = re.compile(r"//|www\.|@", re.I)
_LINKED_KINDS = frozenset({"paragraph", "list", "quote", "heading", "preformatted"})
_finder: LinkifyIt | None = None


def _linkify() -> LinkifyIt:
    global _finder
    if _finder is None:
        from linkify_it import LinkifyIt

        _finder = LinkifyIt()
    return _finder


def addresses(text: str) -> list[tuple[str, str]]:
    """The addresses written in ``text``, in order, as ``(text as written, address)``: a
    bare "www." gets "http://", a mail address "mailto:"."""
    if _MAYBE_ADDRESS.search(text) is None:
        return []
    return [(match.raw, match.url) for match in _linkify().match(text) or ()]


def with_bare_links(blocks: list[Any]) -> list[Any]:
    """``blocks`` with each text block that writes out an address given it as a link (the
    block a :class:`Draft` carrying ``links``; its other structure kept)."""
    for index, block in enumerate(blocks):
        kind, text, level = block[0], block[1], block[2]
        if kind not in _LINKED_KINDS:
            continue
        found = addresses(text)
        if not found:
            continue
        structure = dict(block.structure) if isinstance(block, Draft) else {}
        structure["links"] = [*structure.get("links", ()), *found]
        blocks[index] = Draft(kind, text, level, **structure)
    return blocks


__all__ = ["addresses", "with_bare_links"]
