"""Two shapes of a role phrase that name no one's role as written.

- A plural title before several names ("researchers Beth Schueler and Grace Falken") is
  each one's title in the singular: "researcher".
- An apposition after a work's author ("“Amped” by Daniel H. Wilson, a gripping science
  fiction novel from a new author") describes the work: its head noun, the last word before
  a preposition, names a kind of work (a novel, a memoir, an album), not a person's post.
"""

from __future__ import annotations

from collections.abc import Callable

WORK_NOUNS = frozenset(
    "novel novella book memoir biography autobiography thriller story stories collection "
    "anthology trilogy series sequel prequel film movie documentary album record song "
    "single play musical opera poem poems essay essays podcast show cookbook guide "
    "textbook comic comics manga graphic".split()
)
_LINKS = frozenset("of at for with in from to on by about that which who".split())
_PUNCTUATION = ",.;:!?“”\"‘()[]…"


def singular_title(role: str, is_role_word: Callable[[str], bool]) -> str:
    """``role`` with its last word (the head of a title chain) in the singular when it is a
    plural whose singular is a title too ("researchers" → "researcher", "deputies" →
    "deputy", "chairmen" → "chairman"); ``is_role_word`` tells titles (roles.is_role_word)."""
    words = role.split(" ")
    head = words[-1]
    for plural, singular in (("ies", "y"), ("men", "man"), ("s", "")):
        if head.endswith(plural) and not head.endswith("ss") and len(head) > len(plural) + 2:
            candidate = head[: len(head) - len(plural)] + singular
            if is_role_word(candidate):
                return " ".join([*words[:-1], candidate])
            break
    return role


def describes_a_work(phrase: str) -> bool:
    """Whether an apposition's noun phrase is headed by a kind of work ("a gripping
    philosophical science fiction novel from a new author"; not "author of a novel")."""
    head = ""
    for word in phrase.split()[:12]:
        key = word.casefold().rstrip(_PUNCTUATION)
        if key in _LINKS:
            break
        head = key
    return head in WORK_NOUNS


__all__ = ["WORK_NOUNS", "describes_a_work", "singular_title"]
