"""The people found in an article so far, and how a later reference finds one of them.

A :class:`FoundPerson` is a person as the finder collects them (folded name words, roles,
spans, quotes); the :class:`Registry` indexes them by full name, reference keys (surname,
compound surname, "al-" surname), first and last name, and first name, so that "Obama",
"Peña Nieto" or "Iker" find the person named in full earlier.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from reader.core.lazy import lazy_re
from reader.people.evidence import names_no_one
from reader.people.names import (
    COMMON,
    HONORIFICS,
    PARTICLES,
    SUFFIXES,
    Run,
    find_runs,
    fold,
    is_given_name,
    is_initials,
)

ROMAN = frozenset({"II", "III", "IV"})
Words = tuple[str, ...]  # the folded words of a name
_ARTICLE_PREFIX = lazy_re(r"^(?:al|el|ad|as|ash|at|az|an|ar)[-’']")


@dataclass
class FoundPerson:
    """A person as the finder collects them, before the public ``Person`` is made."""

    name: str
    tokens: Words  # folded name tokens
    first_seen: int
    roles: list[tuple[int, int, str]] = field(default_factory=list)  # (priority, pos, role)
    ranks: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    extra_role: str | None = None  # "author" / "photographer"
    extra_mentions: int = 0
    titles: list[str] = field(default_factory=list)  # "Mr", "Dame" before the name

    def name_keys(self) -> frozenset[str]:
        """Ways a later reference may name this person: surname, compound surname."""
        return reference_keys(self.tokens)


@lru_cache(maxsize=16384)
def reference_keys(tokens: Words) -> frozenset[str]:
    """Ways a later reference may name the person called ``tokens``: full name, surname,
    compound surname (remembered per name)."""
    words = [w for w in tokens if w not in SUFFIXES and w.upper() not in ROMAN]
    keys = {" ".join(tokens), " ".join(words)}
    if len(words) >= 2:
        keys.add(words[-1])  # "obama"
        bare = _ARTICLE_PREFIX.sub("", words[-1])
        if bare != words[-1] and len(bare) > 2:
            keys.add(bare)  # "al-bashir" is also "bashir"
        for index in range(1, len(words) - 1):
            if words[index] in PARTICLES:
                keys.add(" ".join(words[index:]))  # "de la fuente", "von albrecht"
                if index >= 2:
                    keys.add(" ".join(words[index - 1 :]))  # "villeroy de galhau"
                break
        second = words[-2] if len(words) >= 3 else ""
        compound = second not in PARTICLES and not is_initials(second)
        if second and compound and not is_given_name(second):
            keys.add(" ".join(words[-2:]))  # "peña nieto"
    return frozenset(keys)


class Registry:
    """The people found so far, indexed by full name, reference keys and first name."""

    def __init__(self) -> None:
        self.people: list[FoundPerson] = []
        self.full: dict[str, int] = {}
        self.keys: dict[str, list[int]] = {}
        self.first_last: dict[tuple[str, str], int] = {}
        self.first: dict[str, list[int]] = {}
        self.leading: dict[tuple[str, ...], int] = {}

    def add(self, person: FoundPerson) -> int:
        number = len(self.people)
        self.people.append(person)
        self.full.setdefault(" ".join(person.tokens), number)
        for key in person.name_keys():
            self.keys.setdefault(key, []).append(number)
        if len(person.tokens) >= 2:
            self.first_last.setdefault((person.tokens[0], person.tokens[-1]), number)
            self.first.setdefault(person.tokens[0], []).append(number)
        for size in range(2, len(person.tokens)):
            self.leading.setdefault(person.tokens[:size], number)  # "Mei Ling"
        return number

    def match(self, words: Words) -> int | None:
        """The person named ``words`` in full or by a multi-word key ("Peña Nieto")."""
        key = " ".join(words)
        if key in self.full:
            return self.full[key]
        if len(name_words(words)) < 2:
            return None
        owners = self.keys.get(key)
        if owners:
            return owners[0]
        found = self.first_last.get((words[0], words[-1]))  # "Robert Haverford"
        return found if found is not None else self.leading.get(words)

    def match_single(self, words: Words, position: int, titled: bool) -> int | None:
        """A one-word reference: a surname (the latest such person before it) or first name."""
        bare = " ".join(name_words(words))
        owners = self.keys.get(" ".join(words)) or self.keys.get(bare)
        if owners:
            if len(owners) == 1:
                return owners[0]
            before = [o for o in owners if self.people[o].first_seen <= position]
            return max(before, key=lambda o: self.people[o].first_seen) if before else owners[0]
        owners = self.first.get(bare)
        if owners and len(owners) == 1 and not titled:
            return owners[0]  # "Iker was outstanding"
        return None

    def refers_back(self, words: Words) -> bool:
        bare = " ".join(name_words(words))
        return " ".join(words) in self.keys or bare in self.keys or bare in self.first

    def find_or_add(self, name: str, trusted: bool = False) -> int | None:
        """The person called ``name`` (a byline, credit or attribution), added if new.

        ``trusted`` names (bylines, credits) are names already: no stop-word cutting, so
        "Sunday Alamba" keeps its first name.
        """
        found_runs = find_runs(name)
        runs = [run for run in found_runs if not run.org]
        if trusted:
            written = [w for w in name.split() if w.casefold().rstrip(".") not in HONORIFICS]
            if not any(w[0].isupper() and w.casefold() not in COMMON for w in written):
                return None  # "By", "" — not a name
            if names_no_one(written, found_runs):
                return None
            name = " ".join(written)
            runs = []
        if runs:
            words = core_words(runs[-1])
            display = display_name(runs[-1])
        else:
            words = tuple(fold(name).split())
            display = name.strip().replace("’", "'")
        if not words:
            return None
        found = self.match(words)
        if found is None and len(name_words(words)) == 1:
            found = self.match_single(words, 10**12, False)
        if found is not None:
            return found
        return self.add(FoundPerson(display, words, 10**12 + len(self.people), extra_mentions=1))


def core_words(run: Run) -> Words:
    """The folded words of a run's name ("Luis de la Fuente" -> luis, de, la, fuente)."""
    return tuple(fold(run.name).split())


@lru_cache(maxsize=16384)
def name_words(words: Words) -> Words:
    """Name words without particles inside ("de", "van") and suffixes ("Jr.", "II");
    remembered per name, as every reference asks again."""
    return tuple(
        w
        for i, w in enumerate(words)
        if not (i and w in PARTICLES) and w not in SUFFIXES and w.upper() not in ROMAN
    )


def display_name(run: Run) -> str:
    """A run's name as the reader shows it: single spaces, straight apostrophes."""
    return " ".join(run.name.split()).replace("’", "'")


__all__ = [
    "ROMAN",
    "FoundPerson",
    "Registry",
    "Words",
    "core_words",
    "display_name",
    "name_words",
    "reference_keys",
]
