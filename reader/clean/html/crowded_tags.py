"""Tags of thousands of attributes, cut to their first few hundred before parsing.

libxml2 checks each attribute of a tag against all the tag's attributes before it, and lxml
reads them the same way (``attrib.items()``): a tag of 80,000 attributes took minutes to
parse. No page gives an element more than a few dozen, so a tag is cut after its
``MAX_ATTRIBUTES``-th; the rest of the page is left as it is.
"""

from __future__ import annotations

from reader.core.lazy import lazy_re

MAX_ATTRIBUTES = 256
# a start tag at least as long as the shortest of MAX_ATTRIBUTES attributes ("a b c ...");
# each try stops at the next "<" or ">", so the search reads the page once
_LONG_TAG = lazy_re(rf"<[A-Za-z][^<>]{{{2 * MAX_ATTRIBUTES}}}")
# a tag's parts: a quoted value (to the tag's end when left open), a word, a space between
_TAG_PART = lazy_re(r"\"[^\"]*\"?|'[^']*'?|[^\s\"']+|\s+")


def without_crowded_attributes(text: str) -> str:
    """``text`` with each start tag of more than ``MAX_ATTRIBUTES`` attributes (told by the
    spaces between its parts, outside quotes) cut after them; ``text`` itself when none."""
    kept: list[str] = []
    done = position = 0
    while (found := _LONG_TAG.search(text, position)) is not None:
        end = min(_found_or_end(text, ">", found.end()), _found_or_end(text, "<", found.end()))
        position = end
        if len(text[found.start() : end].split()) <= MAX_ATTRIBUTES + 1:
            continue  # (quotes only join its words)
        cut = _cut(text, found.start(), end)
        if cut is not None:
            kept.append(text[done:cut])
            done = end
    if not kept:
        return text
    kept.append(text[done:])
    return "".join(kept)


def _found_or_end(text: str, wanted: str, start: int) -> int:
    found = text.find(wanted, start)
    return len(text) if found < 0 else found


def _cut(text: str, start: int, end: int) -> int | None:
    """Where the tag from ``start`` to ``end`` passes ``MAX_ATTRIBUTES`` (None: it does not)."""
    spaces = 0
    for part in _TAG_PART.finditer(text, start, end):
        if part.group()[0].isspace():
            spaces += 1
            if spaces > MAX_ATTRIBUTES:
                return part.start()
    return None
