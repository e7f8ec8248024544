"""The given-name lists (``reader/data/given_names*.txt``): is a word a person's first name.

Shared by the people finder and the metadata's bylines; loaded once, on first use. The hand
list (``given_names.txt``) is evidence that a capitalised run is a person; a byline, whose
label already says a person stands there, may also use the wide list, which adds the US
census first names (``given_names_census.txt``)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parents[1] / "data"
_HAND_LIST = "given_names.txt"
_CENSUS_LIST = "given_names_census.txt"


def strip_accents(text: str) -> str:
    """``text`` without combining accents (for lenient comparisons)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _read_list(file_name: str) -> set[str]:
    """One list's names, case folded, with and without accents."""
    names: set[str] = set()
    for line in (_DATA / file_name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            names.add(line.casefold())
            if not line.isascii():
                names.add(strip_accents(line).casefold())
    return names


@lru_cache(maxsize=2)
def given_names(wide: bool = False) -> frozenset[str]:
    """The given-name list, case folded (with and without accents); ``wide`` adds the
    census names."""
    if wide:
        return given_names() | _read_list(_CENSUS_LIST)
    return frozenset(_read_list(_HAND_LIST))


@lru_cache(maxsize=65536)
def is_given_name(token: str, wide: bool = False) -> bool:
    """True when the token (or the first part of a hyphenated one) is a known first name
    (remembered per token: the finder asks about the same words many times); ``wide`` for
    bylines, where the census names count too."""
    names = given_names(wide)
    word = token.casefold().rstrip(".")
    return word in names or word.split("-")[0] in names


def opens_with_given_name(name: str, wide: bool = False) -> bool:
    """Whether a name's first word is a known first name, written as a name is: "Seo Yeon"
    and "LEONARDO GARCIA" are, "SEO Agencies" (an acronym before other words) is not."""
    words = name.split()
    if not words or not is_given_name(words[0], wide):
        return False
    return not (len(words[0]) > 1 and words[0].isupper() and not name.isupper())


__all__ = ["given_names", "is_given_name", "opens_with_given_name", "strip_accents"]
