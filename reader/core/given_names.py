"""The given-name list (``reader/data/given_names.txt``): is a word a person's first name.

Shared by the people finder and the metadata's bylines; loaded once, on first use."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parents[1] / "data"


def strip_accents(text: str) -> str:
    """``text`` without combining accents (for lenient comparisons)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given-name list, case folded (with and without accents)."""
    path = _DATA / "given_names.txt"
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            names.add(line.casefold())
            names.add(strip_accents(line).casefold())
    return frozenset(names)


@lru_cache(maxsize=65536)
def is_given_name(token: str) -> bool:
    """True when the token (or the first part of a hyphenated one) is a known first name
    (remembered per token: the finder asks about the same words many times)."""
    names = given_names()
    word = token.casefold().rstrip(".")
    return word in names or word.split("-")[0] in names


def opens_with_given_name(name: str) -> bool:
    """Whether a name's first word is a known first name, written as a name is: "Seo Yeon"
    and "LEONARDO GARCIA" are, "SEO Agencies" (an acronym before other words) is not."""
    words = name.split()
    if not words or not is_given_name(words[0]):
        return False
    return not (len(words[0]) > 1 and words[0].isupper() and not name.isupper())


__all__ = ["given_names", "is_given_name", "opens_with_given_name", "strip_accents"]
