"""The writer's biography in a copied article: "Jane Doe is a reporter who covers ...".

A web page sets a box about its writer under the article (or over it, before its first
paragraph), and a copy takes it as a paragraph that opens with the byline's name and says who
the writer is. It is the page's, not the article's: it goes, with the line of the name alone
set over it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.lazy import lazy_re

MAX_WORDS = 200  # a biography is a paragraph, not a profile
TAIL_SHARE = 0.5  # it stands in the last half of the body ...
HEAD_PARAGRAPHS = 2  # ... or among its first paragraphs

_HONORIFIC = r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s)?"
# what a biography says of its writer, right after the name
_BIO_VERB = lazy_re(
    r"(?:'s)?\s(?:is|was|has|holds|writes|covers|joined|leads|serves|founded|co-founded|"
    r"works|lives|specializes|specialises|brings|teaches|studied|helps|began|started|"
    r"reports|edits|manages|oversees|runs|loves)\b"
)
# the words that tell a biography from a sentence that starts with the writer's first name
# only ("Summer is the best season ...")
_WHO = lazy_re(
    r"\b(?:writer|editor|reporter|journalist|author|contributor|columnist|correspondent|"
    r"founder|co-founder|ceo|cto|director|manager|head|lead|analyst|expert|specialist|"
    r"consultant|strategist|marketer|designer|developer|engineer|professor|scientist|"
    r"researcher|photographer|producer|host|coach|executive|officer|president|owner|"
    r"enthusiast|blogger|creator|educator|member|years? of experience|has written|"
    r"has been writing|has covered)\b",
    re.I,
)


def _opens_with_bio(text: str, names: Sequence[str]) -> bool:
    """Whether ``text`` opens with one of the writers' ``names`` (the whole name, or the
    first name where it goes on to name a trade) and says what the writer is or does."""
    for name in names:
        parts = name.split()
        if not parts:
            continue
        for form, needs_trade in ((name, False), (parts[0], True)):
            match = re.match(_HONORIFIC + re.escape(form), text)
            if match is None or not _BIO_VERB.match(text, match.end()):
                continue
            if not needs_trade or (len(parts) > 1 and _WHO.search(text)):
                return True
    return False


def biography_lines(texts: Sequence[str], authors: Sequence[str]) -> set[int]:
    """The indexes of ``texts`` (a body's paragraphs) that are its writers' biographies, each
    with the line of the name (or "About <name>") set over it: among the body's first
    :data:`HEAD_PARAGRAPHS` paragraphs or in its last half, no longer than :data:`MAX_WORDS`
    words.

    Measured (``benchmarks/copied_text.py``, articles copied whole): in the last half, 51
    dev pages up and 3 down (the references of 62 of the 74 dev copies that have such a
    paragraph leave it out), held-out 1015 words dropped, none the article's; among the first
    paragraphs too, 5 more dev pages up and 1 down, held-out 72 more words, 2 the article's."""
    if not authors or not texts:
        return set()
    found: set[int] = set()
    first = range(min(HEAD_PARAGRAPHS, len(texts)))
    last = range(max(HEAD_PARAGRAPHS, int(len(texts) * TAIL_SHARE)), len(texts))
    for index in (*first, *last):
        text = texts[index]
        if len(text.split()) > MAX_WORDS or not _opens_with_bio(text, authors):
            continue
        found.add(index)
        above = texts[index - 1].strip().removeprefix("About ") if index else ""
        if any(above == name for name in authors):
            found.add(index - 1)
    return found


__all__ = ["biography_lines"]
