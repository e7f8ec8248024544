"""Lines of a copied page that are only names: a line of authors ("Naftali Tishby, Fernando
C. Pereira, William Bialek"), a name alone over its biography. Plain functions over lines of
text, for :mod:`reader.clean.text.details`."""

from __future__ import annotations

from collections.abc import Sequence

from reader.clean.byline import BIOGRAPHY_GOES_ON, parse_names
from reader.clean.text.head import is_person_name
from reader.core.given_names import opens_with_given_name
from reader.core.lazy import lazy_re

# a possessive ("Today's Hours", "Rick Steves' Europe"): a place's or a thing's, no name
POSSESSIVE = lazy_re(r"\w(?:['’]s|s['’])(?!\w)")


# what parts the names of a line of names: "A, B and C", "A & B"
_BETWEEN_NAMES = lazy_re(r",(?:\s*and\s)?|\s(?:and|&)\s")  # (the pieces are stripped)


def names_alone(text: str) -> list[str]:
    """The names of a line that is only names ("Naftali Tishby, Fernando C. Pereira, William
    Bialek"), each of two or three words opening with a known first name, else []."""
    if len(text) > 200 or POSSESSIVE.search(text):
        return []
    pieces = [piece.strip() for piece in _BETWEEN_NAMES.split(text.strip())]
    names = parse_names(text)
    if len(names) < 2 or names != pieces:
        return []
    if all(
        2 <= len(name.split()) <= 3 and opens_with_given_name(name, wide=True) for name in names
    ):
        return names
    return []


_BIOGRAPHY_GOES_ON = lazy_re(rf"^{BIOGRAPHY_GOES_ON}")


def name_over_biography(texts: Sequence[str]) -> list[str]:
    """The name over an author's box, with no label: a name alone on its line, then a line
    that opens with that name (or its first word) and goes on as a biography ("Lauren
    Vetter" / "Lauren Vetter is a growth-focused marketing professional ..."). Only when the
    page has one such pair: a list of people has a biography under each.

    Measured (``benchmarks/copied_text.py``, articles, author, when nothing else gave one):
    copied whole 0.583 -> 0.593 dev (4 pages, all right), held-out unchanged (0.603); from
    the headline down 0.593 -> 0.595 dev; ``plain_documents.py`` unchanged."""
    found: list[str] = []
    for index in range(len(texts) - 1):
        name = texts[index].strip()
        if not name or len(name) > 40 or not is_person_name(name):
            continue
        after = texts[index + 1]
        if any(
            after.startswith((opening + " ", opening + ","))
            and _BIOGRAPHY_GOES_ON.match(after[len(opening) :].strip())
            for opening in (name, name.split()[0])
        ):
            found.append(name)
    return found if len(set(found)) == 1 else []


__all__ = ["POSSESSIVE", "name_over_biography", "names_alone"]
