"""The headline of a page left whole whose first lines gave a button or a site's name.

A copied page that :func:`.region.read_page` leaves whole takes its title from its first
lines: on a web page these are often a site's name ("Rust Blog"), a menu run together
("Home Category Tag Archive About Résumé"), a button ("Search results for") or a notice
("We independently review everything we recommend..."). The article's own headline stands
further down, with its byline or its date under it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.clean.text.headline_place import (
    body_words,
    is_headline,
    is_signed_headline,
    named_words,
)

FIRST_LINES = 4  # lines at the top of the page the taken title may stand on
SIGNED_BELOW = 40  # lines under it where the signed headline may stand


def signed_title_below(texts: Sequence[str], title: str) -> str | None:
    """The first headline under ``title`` (one of the text's :data:`FIRST_LINES` first lines,
    with no byline or date under it) that has a byline or a date under it and names more of
    what follows it than ``title`` does, within :data:`SIGNED_BELOW` lines; else None.

    Measured (``benchmarks/copied_text.py``, articles copied whole, title): 0.719 -> 0.726
    dev, 0.730 -> 0.736 held-out, no page lost; copies from the headline down unchanged.
    Asked when the text's first line names what follows it too (a copy from the headline
    down), it took a promotion's signed line under the headline on 11 dev pages."""
    at = next((index for index, text in enumerate(texts[:FIRST_LINES]) if text == title), None)
    if at is None or is_signed_headline(texts, at):
        return None
    for index in range(at + 1, min(len(texts), at + 1 + SIGNED_BELOW)):
        line = texts[index]
        if not (is_headline(line) and is_signed_headline(texts, index)):
            continue
        seen = body_words(texts, index + 1)
        if (named_words(line, seen) or 0) > (named_words(title, seen) or 0):
            return line
    return None


__all__ = ["signed_title_below"]
