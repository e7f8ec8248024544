"""The furniture of a listing's entry: its "Continue reading <headline>" link and its
taxonomy line ("Categorized as News Tagged harbour, boats", "Posted in News"), which blog
themes print under each teaser.

Both are told by their words: a link that is a "read more" label, with nothing after it but
the entry's own headline; a line made of a taxonomy label and a short list of terms (each a
few words, no sentence).
"""

from __future__ import annotations

import re

from reader.clean.html.prose import folded_words
from reader.core.lazy import lazy_re

MAX_TERM_WORDS = 4  # a category or tag's words at most: more is a sentence
MAX_TAXONOMY_CHARS = 200
_MORE = lazy_re(
    r"^(?:continue reading|read more|read the rest(?: of this (?:entry|post))?|keep reading|"
    r"read full (?:article|post|story)|more)(?: (?:about|of|on))?(?![\w'’])",
    re.IGNORECASE,
)
_ARROWS = " :»›→….>"  # ("Read more ...", "Read more >")
_TAXONOMY_LABEL = lazy_re(
    r"(?:^|\s)(?:posted in|filed under|categori[sz]ed(?: as| in)?|tagged(?: with| as)?|"
    r"(?:categor(?:y|ies)|tags?|authors?):|categories|tags)(?=\s)",
    re.IGNORECASE,
)
# a writer's label: on a taxonomy line beside a category's or a tag's, never alone
_AUTHOR_LABEL = lazy_re(r"^\s*authors?:$", re.IGNORECASE)
_TERMS = lazy_re(r" ?[,|/·•] ?")  # (in text whose white space is single spaces)


def is_more_link(text: str, headline: str) -> bool:
    """Whether a link's ``text`` is a "read more" label, alone or before the entry's
    ``headline`` ("Continue reading Harbour reopens")."""
    text = " ".join(text.split())
    match = _MORE.match(text)
    if match is None:
        return False
    rest = text[match.end() :].strip(_ARROWS)
    return not rest or folded_words(rest) == folded_words(headline)


def is_taxonomy_line(text: str) -> bool:
    """Whether ``text`` is only taxonomy labels and their terms: "Categorized as Harbour Life
    Tagged crews, nets", "Posted in News | Tagged boats", "Author: Ada Marsh Category:
    Harbour Life Tags: birds" (a writer's label only beside a category's or a tag's)."""
    text = " ".join(text.split())
    if len(text) > MAX_TAXONOMY_CHARS or not _TAXONOMY_LABEL.match(text):
        return False
    labels = [label for label in _TAXONOMY_LABEL.findall(text) if not _AUTHOR_LABEL.match(label)]
    if not labels:
        return False  # "Author: Ada Marsh", a byline
    lists = [part for part in _TAXONOMY_LABEL.split(text) if part.strip(" |·•")]
    terms = [term for part in lists for term in _TERMS.split(part.strip(" |·•")) if term]
    return bool(terms) and all(
        len(term.split()) <= MAX_TERM_WORDS and not re.search(r"[.!?]\s", term + " ")
        for term in terms
    )
