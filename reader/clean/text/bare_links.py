"""Web and mail addresses written out in a plain text, made links a reader can follow.

A plain text (a mail, a README saved as ``.txt``, release notes) has no markup for its links:
its addresses are the links. They are found as GitHub and markdown-it find them, with
linkify-it-py (which markdown-it-py's ``linkify`` extra brings): ``https://...``,
``www.example.org``, ``name@example.org``; a sentence's closing stop or bracket is not part
of the address. A file's name ("CONTRIBUTORS.md", "setup.py") is not one, though its ending
is a country's domain: an address without a scheme is one only when it starts "www.", as on
GitHub. Only texts holding a sign of one are searched (a book's million lines are not).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from reader.clean.extracted import Draft
from reader.core.lazy import lazy_re

if TYPE_CHECKING:
    from linkify_it import LinkifyIt

_LINKED_KINDS = frozenset({"paragraph", "list", "quote", "heading", "preformatted"})
_finder: LinkifyIt | None = None
_SCHEME = lazy_re(r"\A(?:[a-z][a-z0-9+.-]*:|www\.)", re.I)  # (at the start: matched there)


def is_written_address(raw: str, url: str) -> bool:
    """Whether linkify's find ``raw`` (read as ``url``) is an address as GitHub links one: with
    its scheme, from "www." or a mail address; not a bare name like "setup.py"."""
    return _SCHEME.match(raw) is not None or url.startswith("mailto:")


def _has_sign(text: str) -> bool:
    """What every address linkify finds holds: a scheme's "//", a "www." or a mail's "@"
    (looked for as substrings: a book's 25,000 paragraphs in 15 ms, a regex took 100)."""
    return "//" in text or "@" in text or "www." in text or "WWW." in text


def _linkify() -> LinkifyIt:
    global _finder
    if _finder is None:
        from linkify_it import LinkifyIt

        _finder = LinkifyIt()
    return _finder


def addresses(text: str) -> list[tuple[str, str]]:
    """The addresses written in ``text``, in order, as ``(text as written, address)``: a
    bare "www." gets "http://", a mail address "mailto:"."""
    if not _has_sign(text):
        return []
    found = _linkify().match(text) or ()
    return [(m.raw, m.url) for m in found if is_written_address(m.raw, m.url)]


def with_bare_links(blocks: list[Any]) -> list[Any]:
    """``blocks`` with each text block that writes out an address given it as a link (the
    block a :class:`Draft` carrying ``links``; its other structure kept)."""
    for index, block in enumerate(blocks):
        text = block[1]
        if not _has_sign(text) or block[0] not in _LINKED_KINDS:
            continue
        kind, level = block[0], block[2]
        found = addresses(text)
        if not found:
            continue
        structure = dict(block.structure) if isinstance(block, Draft) else {}
        structure["links"] = [*structure.get("links", ()), *found]
        blocks[index] = Draft(kind, text, level, **structure)
    return blocks


__all__ = ["addresses", "is_written_address", "with_bare_links"]
