"""The byline and date lines a copied page shows over its article's first paragraph, once the
head has read its writers and its day from them: "Published on December 2nd, 2025 by Chen Zhao
and Daryl Fairweather", "Medically reviewed by ... — Written by Jillian Kubala, MS, RD —
Updated on March 7, 2025", "Posted on November 25, 2024 in College of Health Sciences". The
reader shows them in the article's head; in the body they told it twice."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.clean.byline import parse_date
from reader.clean.text.head import count_words
from reader.clean.text.prose_line import is_prose
from reader.core.lazy import lazy_re

FIRST_LINES = 3  # lines at the body's top where such a line stands
MAX_CHARS = 200  # characters of such a line
MAX_DATED_WORDS = 30  # words of a labelled date line that names no writer ("Posted on ... in")
LONG_PROSE = 30  # words of a paragraph that starts the article: the lines stop there
# A label that opens a byline or a date line ("Posted on", "Written by", "ByRhonda Krause").
_LABEL = lazy_re(
    r"^(?:(?-i:By(?=[A-Z]))|(?:by|posted|published|updated|last updated|written|authored|"
    r"(?:medically |fact[- ])?(?:reviewed|checked)|on)\b)",
    re.IGNORECASE,
)



def is_signature_of(text: str, authors: Sequence[str], published: str | None) -> bool:
    """Whether ``text`` is a line of the head: it names one of ``authors`` with a date or a
    byline's label, or it opens with such a label and holds the day ``published``, and is no
    sentence ("Posted on November 25, 2024 in Health", "On Behalf of Smith LLP | Apr 21,
    2017")."""
    if len(text) > MAX_CHARS or text.rstrip().endswith(":"):
        return False  # (a line ending in a colon opens what follows: "Posted on a forum:")
    folded = text.casefold()
    day = parse_date(text)
    if any(name.casefold() in folded for name in authors):
        return day is not None or _LABEL.match(text) is not None
    return (
        published is not None
        and day == published
        and _LABEL.match(text) is not None
        and count_words(text) <= MAX_DATED_WORDS
        and not is_prose(text)  # ("On December 9, 2024, the council voted to ...")
    )


def signature_lines(
    texts: Sequence[str], authors: Sequence[str], published: str | None
) -> list[int]:
    """The indexes of such lines among the first :data:`FIRST_LINES` of ``texts`` (the
    body), up to the first paragraph of prose that is none."""
    if not authors and published is None:
        return []
    found = []
    for index, text in enumerate(texts[:FIRST_LINES]):
        if is_signature_of(text, authors, published):
            found.append(index)
        elif count_words(text) > LONG_PROSE:
            break
    return found


__all__ = ["is_signature_of", "signature_lines"]
