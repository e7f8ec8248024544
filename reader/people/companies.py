"""Names the page calls companies: an apposition or a noun before the name that names a kind
of company.

- after the name: "Robert Half, a global HR consulting firm, ..." (the head of the phrase
  after the comma is a company noun; not "Jane Roe, a consultant at a firm": its head is
  "consultant");
- before it: "the drugs’ manufacturers, Eli Lilly and Novo Nordisk, which ..." and
  "drugmakers such as Eli Lilly and Novo Nordisk" (every name of the list), unless the
  phrase opens the sentence as an adverbial ("After leaving the company, Jane Roe, 34, ...");
- what only an organisation or a publication has: "the editors of Precision Nanomedicine",
  "employees at Dalton Maag", "published in Precision Nanomedicine" (not "Jane Roe's book").

Such a name is no person, whatever else the page says of it ("Robert Half said").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from reader.core.lazy import lazy_re

_NOUNS = (
    "firm company corporation manufacturer maker drugmaker automaker carmaker chipmaker "
    "brand retailer chain startup start-up supplier distributor vendor conglomerate "
    "subsidiary insurer lender bank airline consultancy business"
).split()
_PLURALS = frozenset(
    [
        *(f"{n}s" for n in _NOUNS if not n.endswith(("y", "s"))),
        "companies",
        "subsidiaries",
        "consultancies",
        "businesses",
    ]
)
COMPANY_NOUNS = _PLURALS | frozenset(_NOUNS)
# words that end the head noun's phrase: a preposition, a relative, a participle after it
_PHRASE_ENDS = frozenset(
    "of at for with in from to on by that which who whose behind based known founded "
    "headquartered specializing specialising offering owned run and or".split()
)
_DETERMINERS = frozenset("a an the its their his her our one".split())
_CLAUSE_MARK = lazy_re(r"[,;:.!?“”\"()\[\]\n]")
# an adverbial opening the sentence: "After leaving the company, Jane Roe ..."
_FRONTING = frozenset(
    "after before at in since while when until as for with without during on by from "
    "despite although though if because once unlike like upon within inside outside "
    "leaving joining having".split()
)
_NAME = r"[A-Z][\w’'.&-]*(?: (?:[A-Z][\w’'.&-]*|de|van|von|der|la|le|du|di|da))*"
_LIST = lazy_re(rf"{_NAME}(?:(?:,? and |, or |, | & ){_NAME})*")
# what joins a company noun to the names after it: ", ", ", such as ", " including "
_MEMBERS_OF = lazy_re(  # what a company, a journal or a body has, and a person does not
    r"\b(?:editors|editorial board|staff|employees|workers|shareholders|subscribers"
    r"|editors-in-chief|board members|staffers) (?:of|at) (?:the )?(?=[A-Z])"
    r"|\b(?:published|publishes|appeared|appears|appearing|publishing) in (?:the )?(?=[A-Z])"
)
_JOIN = lazy_re(
    r", (?:such as |including |like )?(?=[A-Z])|(?:such as|including|like) (?=[A-Z])"
)


def company_after(text: str, end: int) -> bool:
    """Whether the apposition right after a name ending at ``end`` names a company: "Robert
    Half, a global HR consulting firm, ..."."""
    if not text.startswith(", ", end):
        return False
    mark = _CLAUSE_MARK.search(text, end + 2, end + 160)
    words = text[end + 2 : mark.start() if mark else end + 160].split()
    if len(words) < 2 or words[0].casefold() not in _DETERMINERS:
        return False  # "Robert Half, Jane Roe and ...": a list, no apposition
    head = ""
    for word in words[1:8]:
        if word.casefold() in _PHRASE_ENDS:
            break
        head = word
    return head.casefold() in COMPANY_NOUNS


def company_lists(text: str) -> list[tuple[int, int]]:
    """Spans of the names a company noun introduces: "the drugs’ manufacturers, Eli Lilly
    and Novo Nordisk," or "drugmakers such as Eli Lilly and Novo Nordisk"."""
    spans: list[tuple[int, int]] = []
    for match in _JOIN.finditer(text):
        joined = match.group()
        if joined[0] != "," and text[match.start() - 1 : match.start()] != " ":
            continue
        end = match.start() - (joined[0] != ",")
        words = text[max(0, end - 30) : end].split()
        noun = words[-1].casefold() if words else ""
        begin = end - len(noun)
        if noun not in COMPANY_NOUNS:
            continue
        if joined != ", " and noun not in _PLURALS:
            continue  # "staff at the firm, including Jane Roe": people at a company
        names = _LIST.match(text, match.end())
        if names is None:
            continue
        if joined == ", ":  # an apposition: closed after the names, not an adverbial
            if not re.match(r"[,.;:)]|$", text[names.end() : names.end() + 1]):
                continue  # "Before joining the firm, Jane Roe worked at ..."
            if _fronted(text, begin):
                continue
        spans.append((names.start(), names.end()))
    return sorted(spans + _member_spans(text))


def _member_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the names after "the editors of", "staff at", "published in": an
    organisation's or a publication's, unless possessive ("published in Jane Roe's ...")."""
    spans = []
    for match in _MEMBERS_OF.finditer(text):
        names = _LIST.match(text, match.end())
        if names is not None and text[names.end() : names.end() + 1] not in "’'":
            spans.append((names.start(), names.end()))
    return spans


def _fronted(text: str, noun_start: int) -> bool:
    """Whether the noun phrase ending at the noun stands in an adverbial that opens the
    sentence ("After leaving the company, ...")."""
    window = text[max(0, noun_start - 120) : noun_start]
    marks = list(_CLAUSE_MARK.finditer(window))
    if marks and marks[-1].group() not in '.!?\n“"':
        return False  # a comma or a colon before: the phrase is inside the sentence
    opening = window[marks[-1].end() if marks else 0 :].split()
    if not marks and noun_start > 120:
        return False
    return bool(opening) and opening[0].casefold() in _FRONTING


class CompanyNames:
    """The spans of names this page introduces as companies, looked up by offset."""

    def __init__(self, text: str) -> None:
        self.spans = company_lists(text)
        self.starts = [start for start, _ in self.spans]

    def __call__(self, position: int) -> bool:
        index = bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.spans[index][1]


__all__ = ["COMPANY_NOUNS", "CompanyNames", "company_after", "company_lists"]
