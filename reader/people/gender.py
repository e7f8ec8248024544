"""Grammatical gender of a person, from the words the text puts around their name.

Only what the page says: a title ("Mr", "Mrs", "Dame", "King"), a gendered role word
("spokeswoman", "chairman", "actress", "her father" → "father"). Used to resolve "he said" /
"she said" to the nearest person it can refer to. ``None`` when the page does not say.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.lazy import lazy_re

_MALE = frozenset(
    "mr sir lord king prince duke earl baron count emperor sultan sheikh monsieur herr signor "
    "señor father son husband brother grandfather grandson uncle nephew widower boyfriend "
    "spokesman chairman councilman congressman assemblyman businessman sportsman alderman "
    "actor waiter monk fiancé".split()
)
_FEMALE = frozenset(
    "mrs ms miss dame lady queen princess duchess countess baroness empress madame mme frau "
    "signora señora mother daughter wife sister grandmother granddaughter aunt niece widow "
    "girlfriend spokeswoman chairwoman councilwoman congresswoman assemblywoman "
    "businesswoman sportswoman alderwoman actress waitress nun fiancée fiancee kuia "
    "heiress anchorwoman".split()
)
_WORD = lazy_re(r"[^\W\d_]+")


def gender_of(words: Iterable[str]) -> str | None:
    """ "m", "f" or ``None`` from title and role words (the first that says)."""
    for text in words:
        for word in _WORD.findall(text.casefold()):
            if word in _MALE:
                return "m"
            if word in _FEMALE:
                return "f"
    return None


def pronoun_gender(pronoun: str) -> str | None:
    """ "he" → "m", "she" → "f", anything else → ``None``."""
    return {"he": "m", "she": "f"}.get(pronoun.casefold())


__all__ = ["gender_of", "pronoun_gender"]
