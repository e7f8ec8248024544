"""The same person under two spellings: "Jane Example" and "JANE EXAMPLE", "José Pérez" and
"Jose Perez", "Jane Example (@janeexample)" and "Jane Example, Senior Editor".

A byline joined from several places (a page's structured data, its tags, its visible byline,
a copyright line) may name one person twice; each is named once, as their best spelling
writes them (with its accents, not all in capitals, without an aside).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from reader.core.lazy import lazy_re

# What a byline sets beside a name that names no one else: an address ("<ann@example.com>"),
# a handle ("@janeexample", "(@janeexample)").
_ASIDE = lazy_re(
    r"(?<!\s)\s*(?:<[^<>\s@]+@[^<>\s]+>|[(\[]\s*@\w[\w.]*\s*[)\]]|(?<!\w)@\w[\w.]*)"
)  # (a run of spaces is tried at its start only: linear)
# After a name: a role or a place set off by a comma, a dash, a bar or brackets ("Jane
# Example, Senior Editor", "Jane Example (Editor)", "Jane Example - Staff Writer").
_ROLE_AFTER = lazy_re(r"(?<!\s)\s*(?:,|\s[-–—|·]\s|[(\[])")
_WORD = lazy_re(r"\w+")


def without_asides(text: str) -> str:
    """``text`` without the handles and addresses set beside its names."""
    return _ASIDE.sub("", text) if "@" in text else text


def _core(name: str) -> str:
    """A name without what a byline sets beside it: a handle, an address, a trailing role
    (when two words at least stand before it)."""
    name = without_asides(name)
    match = _ROLE_AFTER.search(name)
    if match is not None and len(name[: match.start()].split()) >= 2:
        name = name[: match.start()]
    return " ".join(name.split()).strip(" ,;:")


def person_key(name: str) -> str:
    """A name as every spelling of the same person's shares it: case and accents aside, and
    a handle, an address or a trailing role beside it ("JOSÉ PÉREZ", "Jose Perez (@jperez)"
    and "José Pérez, Editor" alike)."""
    folded = unicodedata.normalize("NFKD", _core(name).replace("’", "'"))
    bare = "".join(char for char in folded if not unicodedata.combining(char))
    return " ".join(_WORD.findall(bare.casefold()))


def _spelling_rank(name: str) -> tuple[bool, int]:
    """How well ``name`` (without its aside) spells its person, lower being better: not all
    in capitals (nor all in small letters), with its accents."""
    return (name.isupper() or name.islower(), -sum(ord(char) > 127 for char in name))


def one_per_person(names: Iterable[str]) -> list[str]:
    """``names`` with each person once, where they first stand; one named twice is spelled
    as the best of their spellings writes them, without an aside."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(person_key(name) or name, []).append(name)
    out: list[str] = []
    for spellings in groups.values():
        if len(spellings) == 1:
            out.append(spellings[0])
            continue
        cores = [_core(name) or name for name in spellings]
        out.append(min(cores, key=_spelling_rank))  # (the first of the best: min is stable)
    return out


__all__ = ["one_per_person", "person_key", "without_asides"]
