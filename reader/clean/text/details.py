"""The byline and the date of a copied page, read around its headline.

The lines between the headline and the body (:func:`head_details`), the few just above it
(:func:`details_above`), the body's first lines (:func:`early_details`), and failing those
the byline or date line nearest the title (:func:`byline_near`, :func:`date_near`). Plain
functions over lines of text; :mod:`reader.clean.text.region` finds the headline and the body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import TypeVar

from reader.clean.byline import (
    dated_name,
    dated_piece,
    is_date_line,
    labelled_credit,
    parse_byline,
    parse_date,
    parse_names,
)
from reader.clean.months import month_alternation
from reader.clean.text.head import count_words, is_page_label, is_person_name
from reader.clean.text.headline_place import FUNCTION_WORDS, READING_TIME
from reader.clean.text.junk import is_end_heading
from reader.clean.text.name_lines import POSSESSIVE, name_over_biography, names_alone
from reader.core.given_names import is_given_name, opens_with_given_name
from reader.core.lazy import lazy_re

T = TypeVar("T")

DETAILS_ABOVE = 3  # lines above a copied page's headline where its byline or date may stand
EARLY_UNITS = 6  # the body's first units, where a date under its first lines may stand
_words = count_words


# "September 1, 2023 By Emily Norwood": a date, then the byline
_DATED_BY = lazy_re(r"^(?P<date>.{6,60}?)\s+[Bb]y\s+(?P<rest>[A-Z].{1,160})$")
# where the name after "by" ends: "Jean-Luc Aufranc (CNXSoft) - 5 Comments on ..."
_AFTER_NAME = lazy_re(r"\s[-–—|•·]\s|\s\(|[|•·]")
_ABOUT_AUTHOR = lazy_re(
    r"^(?:about the authors?|meet the author|author bio|(?:(?:article|post|story) )?written by|"
    r"(?:article|post|story) by|author)\s*:?$",
    re.I,
)
_AUTHOR_LABEL = lazy_re(
    r"^(?:(?:(?:article|post|story) )?written by|(?:words |posted |article |post |story )?by|"
    r"author)\s*:?$",
    re.I,
)
# between a name and what follows it (the pieces are stripped)
_NAME_SEPARATORS = lazy_re(r"[•|·]|\s[—–/]\s|(?<=[^\s,&])\s{2,}(?=\S)")


def _lone_name(text: str) -> str | None:
    """A person's name before a date ("Ann Lee • May 4, 2025"), or alone on its line when its
    first word is a known given name; what follows two spaces or more is not the name's
    ("Brian Truitt  USA TODAY", a copy's cells)."""
    parts = _NAME_SEPARATORS.split(text.strip(), maxsplit=1)
    piece = parts[0].strip()
    if len(piece) > 40 or POSSESSIVE.search(piece):
        return None
    names = parse_names(piece)
    dated = len(parts) == 2 and parse_date(parts[1]) is not None
    if not names and (dated or parse_date(piece)):
        # one first name before its date ("Susan Dec 9, 2024", "Susan   December 9, 2024")
        names = [name for name in labelled_credit(piece) if " " not in name]
    if len(names) != 1 or len(names[0].split()) > 3:
        return None
    if not (dated or opens_with_given_name(names[0])):
        return None
    shown = names[0].replace("'", "’").casefold()
    return names[0] if shown in piece.replace("'", "’").casefold() else None


def details_above(texts: Sequence[str]) -> tuple[list[str], str | None]:
    """The byline and the date on short lines just above a copied page's headline ("Written
    by Ann Lee", "January 16, 2026 | Reviews"), the nearest first. A name there must open
    with a known given name (a menu's "By Industry" is none)."""
    authors: list[str] = []
    published = None
    for text in reversed(texts):
        if _words(text) > 15:
            continue
        byline = parse_byline(text)
        names = byline[0] if byline else _dated_byline(text)
        if not authors and names and is_given_name(names[0].split()[0], wide=True):
            authors = names
        published = published or parse_date(text)
    return authors, published


def early_details(texts: Sequence[str]) -> tuple[list[str], str | None, list[int]]:
    """The byline and date under a dek or a lead the body opened with, and the lines they
    took: the first line that is only a date ("Updated March 13, 2024"), with the author on
    a line beside it that is a lone name ("Shauna Mitchell"); or a byline with a date ("By
    Ann Lee • December 17, 2025", "Kristian Larsen July 13, 2025 — 7 minutes read")."""
    for index, text in enumerate(texts):
        if len(text) > 200:
            continue
        if is_date_line(text):
            for other in (index - 1, index + 1):
                name = _lone_name(texts[other]) if 0 <= other < len(texts) else None
                if name:
                    return [name], parse_date(text), sorted((index, other))
            return [], parse_date(text), [index]
        byline = parse_byline(text)
        if byline and byline[1]:
            return byline[0], byline[1], [index]
        name = (_lone_name(text) or dated_name(text)) if _words(text) <= 15 else None
        published = parse_date(text) if name else None
        if name and published:
            return [name], published, [index]
    return [], None, []


def _dated_byline(text: str) -> list[str]:
    """The names after "by" in a line that opens with a date ("September 1, 2023 By Emily
    Norwood", "Published August 7, 2023 by Nicole Burke"), or the name on a date line
    ("December 15, 2025 · 30 min · Ash Vardanian"), else []."""
    match = _DATED_BY.match(text)
    if match and is_date_line(match["date"]):
        credit = _AFTER_NAME.split(match["rest"], maxsplit=1)[0]
        return parse_names(credit) or labelled_credit(credit)  # (or a handle: "by infuy")
    name = dated_name(text)  # (or a name the date line holds without "by")
    return [name] if name else []


def _labelled_name(
    texts: Sequence[str], index: int, label: re.Pattern[str] = _AUTHOR_LABEL
) -> list[str]:
    """The names on the line under a "Written by" or "Author" label (``label``), else []."""
    if index == 0 or not label.match(texts[index - 1].strip()):
        return []
    return parse_names(texts[index]) or labelled_credit(texts[index])


NEAR_NAME = 2  # lines around a lone name where the date or the reading time that make it
# the byline may stand ("Jane Doe" / "VP - Technology" / "November 14, 2025")


# a day of a month without its year ("Jun 9", "9 June"), as a blog's byline dates its post
_DAY_OF_MONTH = lazy_re(
    rf"^(?:(?:{month_alternation()})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{month_alternation()}))\.?$",
    re.I,
)


def _dates_the_head(line: str) -> bool:
    """A date (a day of a month without its year too) or a reading time: what stands by a
    byline.

    The day without its year, measured (``benchmarks/copied_text.py``, articles copied
    whole, author): 0.553 -> 0.560 dev, 0.554 held-out unchanged. (A role's line under a
    name as its sign, "Content Editor": 0.560 -> 0.569 dev but 0.554 -> 0.537 held-out; not
    taken.)"""
    return len(line) <= 200 and (
        parse_date(line) is not None
        or READING_TIME.match(line) is not None
        or _DAY_OF_MONTH.match(line.strip()) is not None
    )


# a capitalised word of a name: "Petkova", "O'Neil", "Jean-Luc", "McIntyre" (not "DashboardGet")
_NAME_WORD = lazy_re(r"^[^\W\d_](?:[^\W\d_]{0,2}[A-Z])?[^\W\d_A-Z]*(?:[-'’][^\W\d_]+)*\.?$")
_NOT_IN_NAMES = FUNCTION_WORDS | frozenset(
    "by the of and or in on for to at our my all new how why".split()
)
NAME_CHECK_LINES = 60  # lines under a lone name where its words must not be in lower case
# A word alone over a date that is its label or the story's kind, never a name.
_LONE_LABEL = lazy_re(
    r"^(?:published|posted|updated|modified|written|authors?|contributors?|editors?|staff writer"
    r"|sponsored|advertisement|opinion|analysis|editorial|commentary|review|news|blog|updates?"
    r"|features?|interview|explainer|essay|column|profile|podcast|guide|how-to|tutorial)"
    r"\W*$",
    re.I,
)
_LOWER_WORD = lazy_re(r"\b[^\W\d_A-Z]+\b")


def unknown_name(text: str, body: Sequence[str], fewest: int = 2) -> str | None:
    """A name alone on its line whose first word is no known given name ("Pavlina Petkova"):
    ``fewest`` (a first name alone, "Mazi", with 1) to three capitalised words, none of which
    ``body`` (the article) writes in lower case ("Product Analytics" is a line's words, not a
    name)."""
    piece = text.strip()
    words = piece.split()
    if len(piece) > 40 or not fewest <= len(words) <= 3 or POSSESSIVE.search(piece):
        return None
    if not all(
        _NAME_WORD.match(word) and word[0].isupper() and not word.isupper() for word in words
    ):
        return None
    if len(words) == 1:
        if len(piece) < 3 or is_page_label(piece) or _LONE_LABEL.match(piece):
            return None
    elif parse_names(piece) != [piece]:
        return None
    lower = {word.casefold() for word in words}
    if lower & _NOT_IN_NAMES:
        return None
    return None if _written_in_lower_case(lower, body) else piece


def _written_in_lower_case(words: set[str], body: Sequence[str]) -> bool:
    """Whether ``body`` writes one of ``words`` (case-folded) in lower case: a line's
    words, not a name ("Product Analytics", "Tiger Cloud")."""
    return any(words.intersection(_LOWER_WORD.findall(text)) for text in body)


def _dated_below(lines: Sequence[str]) -> bool:
    """A date right under a name, or under its role ("Marketing Director")."""
    if not lines:
        return False
    if _dates_the_head(lines[0]):
        return True
    role = lines[0]
    return (
        len(lines) > 1
        and _words(role) <= 5
        and not any(char.isdigit() or char in "?!|•" for char in role)
        and _dates_the_head(lines[1])
    )


BODY_LINES = 40  # lines of the article read for the words it writes in lower case
MAX_TITLE_LINES = 4  # lines that are the title, looked around for its details
MIN_DEK_WORDS = 8  # words of a dek between a copied page's title and its author's name
NEAR_TITLE = 12  # lines around a copied page's title where its date line or byline may stand
MAX_DETAILS_WORDS = 25  # words of a line of details (a byline, a date, a role, a reading time)
_DETAILS_SEPARATOR = lazy_re(r"(?<!\s)\s+[•·⋅●∙|—]\s+|(?<=\S)\s{2,}(?=\S)")
_DATE_LABEL = lazy_re(r"^\W*(?:first\s+)?(?:published|posted|updated|last\s+updated)\b", re.I)
LABELLED_DAY_WITHIN = 30  # characters after a long line's date label its date stands in


def _labelled_day(text: str) -> str | None:
    """The date right after a long line's date label ("Posted on November 25, 2024 in
    College of Health Sciences, General, ..."), or None."""
    label = _DATE_LABEL.match(text)
    return parse_date(text[: label.end() + LABELLED_DAY_WITHIN]) if label else None


def _lines_of(texts: Sequence[str], title: str) -> list[int]:
    """The indexes of the first :data:`MAX_TITLE_LINES` lines that are ``title``: a copied
    page may show its title in a menu or a breadcrumb before its headline."""
    return [index for index, text in enumerate(texts) if text == title][:MAX_TITLE_LINES]


def _nearest_to(texts: Sequence[str], title: str, read: Callable[[int], T | None]) -> T | None:
    """What ``read`` finds at the index of the line nearest the line ``title`` in ``texts``
    (a copied page's lines), within :data:`NEAR_TITLE` lines, the one below first at the same
    distance (lines of 200 characters or more are not read); around the title's next line
    when its first gives nothing (the title in a menu, then over the article).

    The next lines, measured with :func:`_name_under` looking under each too
    (``benchmarks/copied_text.py``, articles): copied whole, author 0.669 -> 0.671 dev (2
    pages right), held-out unchanged; date 0.679 -> 0.677 dev (a page whose title is a
    menu's entry), 0.692 -> 0.700 held-out; from the headline down, author 0.668 -> 0.673
    dev."""
    for at in _lines_of(texts, title):
        for distance in range(1, NEAR_TITLE + 1):
            for index in (at + distance, at - distance):
                if 0 <= index < len(texts) and len(texts[index]) <= 200:
                    found = read(index)
                    if found:
                        return found
    return None


def _date_of_date_line(text: str, parts: bool = True) -> str | None:
    """The date of a line that is only a date, of one labelled "Published", "Posted" or
    "Updated" (up to 40 words: "Posted on December 20, 2025 by Jean-Luc Aufranc - 5 Comments
    on ..."), of a date before its byline, or of such a part of a line of details set apart
    by dots, bars or wide spaces ("@dana  •  Jan 26, 2026  •  Reading time").

    The parts, measured (``benchmarks/copied_text.py``, articles, date): copied whole 0.644
    -> 0.653 dev, 0.677 -> 0.685 held-out; from the headline down 0.571 -> 0.589 dev, 0.603
    -> 0.611 held-out; no page lost."""
    if is_date_line(text) or (_words(text) <= 40 and _DATE_LABEL.match(text)):
        return parse_date(text)
    dated = _DATED_BY.match(text)  # (a date, then its byline: "March 15, 2022 · By ASU Online")
    if dated and is_date_line(dated["date"]):
        return parse_date(dated["date"])
    if parts and _words(text) <= MAX_DETAILS_WORDS:
        found = (_date_of_date_line(part, False) for part in _DETAILS_SEPARATOR.split(text))
        return next(filter(None, found), None)
    return None


def _names_of_byline(text: str) -> list[str] | None:
    """The names of a line that says "By" ("By Dana Holt", "Published August 7, 2023 by
    Nicole Burke")."""
    byline = parse_byline(text)
    return (byline[0] if byline else _dated_byline(text)) or None


def _names_among_details(text: str) -> list[str]:
    """The names in a line of details set apart by dots, bars or wide spaces: a byline among
    them ("By Dana Holt ⋅ Review Editor"), or a person's name beside a date ("12/19/2025  •
    Friday Philosophy  •  Dana Holt"), else [].

    Measured (``benchmarks/copied_text.py``, articles, author): copied whole 0.565 -> 0.579
    dev, 0.562 -> 0.587 held-out; from the headline down 0.571 -> 0.583 dev, 0.543 -> 0.569
    held-out; no page lost."""
    if _words(text) > MAX_DETAILS_WORDS:
        return []
    parts = [part.strip() for part in _DETAILS_SEPARATOR.split(text)]
    if len(parts) < 2:
        return []
    for part in parts:
        if names := _names_of_byline(part):
            return names
    if any(parse_date(part) for part in parts):
        for part in parts:
            if name := _lone_name(part) or _name_in_section(part):
                return [name]
    return []


# a writer and the section or publication they wrote in: "Mahua Das in Project Management"
_NAME_IN = lazy_re(r"^(?P<name>[^\W\d_][\w.'’ -]{2,40}?) in (?P<section>[A-Z][^.!?]{1,60})$")


def _name_in_section(part: str) -> str | None:
    """The name of a details line's part that says who wrote in which section, beside the
    line's date: two or three capitalised words, else None."""
    match = _NAME_IN.match(part)
    if not match:
        return None
    name = match["name"].strip()
    return name if parse_names(name) == [name] and 2 <= len(name.split()) <= 3 else None


def date_near(texts: Sequence[str], title: str) -> str | None:
    """The date of the date line nearest the line ``title`` (see :func:`_nearest_to`).

    Measured (``benchmarks/copied_text.py``, articles, date, when nothing else gave one):
    copied whole 0.583 -> 0.614 dev, 0.600 -> 0.646 held-out; from the headline down 0.544
    -> 0.560 dev, 0.579 -> 0.587 held-out. Of the 16 dev pages it dated, 14 right, one
    wrong (the page's "Updated" day), one unlabelled; at 20 lines, 19 right and 3 wrong."""
    return _nearest_to(texts, title, lambda index: _date_of_date_line(texts[index]))


_PUBLISHED_LABEL = lazy_re(r"^\W*(?:first\s+)?(?:published|posted)\b", re.I)


def labelled_date(texts: Sequence[str]) -> str | None:
    """The date of the first line in ``texts`` (an article's) that says it is the day it was
    published or posted ("Posted on April 13, 2023" under the article's last paragraph).

    Measured (``benchmarks/copied_text.py``, articles copied whole, date, when nothing by
    the headline gave one): 0.655 -> 0.666 dev, the 5 pages it dated all right; held-out
    unchanged."""
    for text in texts:
        if len(text) <= 200 and _PUBLISHED_LABEL.match(text):
            day = _date_of_date_line(text)
            if day:
                return day
    return None


AFTER_END = 4  # lines under a copied article's last paragraph looked through for its date
ALONE_WITHIN = 10  # ... and the lines where it must be the only date (a list's are many)


def date_after_end(texts: Sequence[str]) -> str | None:
    """The date of a date line among the first :data:`AFTER_END` lines under an article's
    last paragraph (``texts``), a label alone on the line above it or not ("Published" /
    "August 30, 2024"): a site that sets the post's day at its foot. It must be the only
    date line among the first :data:`ALONE_WITHIN`, above any heading that ends an article
    ("Comments", "Related articles"): a list of related posts or a comment thread dates
    each of its entries.

    Measured (``benchmarks/copied_text.py``, articles, date, when nothing else gave one):
    copied whole 0.677 -> 0.683 dev, 0.700 -> 0.708 held-out; from the headline down 0.615
    -> 0.619 dev, 0.635 -> 0.651 held-out. The 3 labelled dev pages it dated: all right
    (without the two checks, 3 of 6)."""
    days: list[tuple[int, str]] = []
    for index, text in enumerate(texts[:ALONE_WITHIN]):
        if is_end_heading(text):
            break  # (its comments', its related posts')
        if len(text) > 200:
            continue
        day = _date_of_date_line(text)
        if day:
            days.append((index, day))
    if len(days) != 1 or days[0][0] >= AFTER_END:
        return None
    return days[0][1]


def byline_near(texts: Sequence[str], title: str, after: Sequence[str] = ()) -> list[str]:
    """The names of the byline nearest the line ``title`` (see :func:`_nearest_to`); else
    the nearest lone name, site's desk or line of names alone with a date line beside it
    ("Andrew King" / "September 4, 2025"); else the name in an author's box
    (:func:`_author_box`), under the title (:func:`_name_under`) or over a biography
    (:func:`name_lines.name_over_biography`). A name no list knows beside a date stands when neither
    ``texts`` under it nor the lines ``after`` them (the article, when ``texts`` is only its
    head) write its words in lower case.

    Measured (``benchmarks/copied_text.py``, articles, author, when nothing else gave one):
    copied whole 0.428 -> 0.463 dev, 0.372 -> 0.421 held-out; from the headline down 0.466
    -> 0.485 dev, 0.440 -> 0.474 held-out. The 15 dev pages it gave an author: all right.
    Asking for a known first name too: 0.447 dev. The lone names beside a date: 0.463 ->
    0.479 dev, the 7 pages they named all right."""

    def names_at(index: int) -> list[str] | None:
        text = texts[index]
        return (
            _names_of_byline(text)
            or _labelled_name(texts, index)
            or _names_among_details(text)
            or None
        )

    def name_by_date_at(index: int) -> list[str] | None:
        name = _lone_name(texts[index]) or _desk(texts[index])
        names = [name] if name else names_alone(texts[index])
        return names if names and _dated_beside(texts, index) else None

    def unknown_by_date_at(index: int) -> list[str] | None:
        below = [*texts[index + 1 : index + 1 + NAME_CHECK_LINES], *after[:NAME_CHECK_LINES]]
        name = unknown_name(texts[index], below)
        return [name] if name and _dated_beside(texts, index) else None

    found = (
        _nearest_to(texts, title, names_at)
        or _nearest_to(texts, title, name_by_date_at)
        or _nearest_to(texts, title, unknown_by_date_at)
    )
    return found or _author_box(texts) or _name_under(texts, title) or name_over_biography(texts)


def only_byline(texts: Sequence[str]) -> list[str]:
    """The names of the page's one byline, wherever it stands, when nothing near its title
    named the writer (a title taken from a menu's button, a byline in the author's box): the
    lines that say "By" ("Written by Jorge Jimenez", "Posted by Peter Bell on August 21,
    2019") must all name the same writers on the same day, else []: a list of other posts
    names its writer on each post's day. A name that opens with no known first name must not
    stand over a list's short items, nor its words be written in lower case elsewhere: a
    menu's filters read like a byline ("By role" / "Manufacturing", "By Event Type").

    Measured (``benchmarks/copied_text.py``, articles, author): copied whole 0.637 -> 0.657
    dev (9 pages, no name given wrong), 0.636 -> 0.645 held-out; from the headline down 0.639
    -> 0.656 dev, 0.647 -> 0.655 held-out; the 579 plain documents' authors unchanged."""
    found: set[tuple[str, ...]] = set()
    days: set[str | None] = set()
    at: list[int] = []
    for index, text in enumerate(texts):
        if len(text) <= 200 and (names := _names_of_byline(text)):
            found.add(tuple(names))
            days.add(parse_date(text))
            at.append(index)
    if len(found) != 1 or len(days - {None}) > 1:
        return []
    names = list(next(iter(found)))
    if all(opens_with_given_name(name, wide=True) for name in names):
        return names
    others = [text for index, text in enumerate(texts) if index not in at]
    words = {word.casefold() for name in names for word in name.split()}
    over_items = any(_words(texts[i + 1]) <= 4 for i in at if i + 1 < len(texts))
    return [] if over_items or _written_in_lower_case(words, others) else names


def _dated_beside(texts: Sequence[str], index: int) -> bool:
    """Whether the line above or under ``index`` dates the head (a byline's date)."""
    return any(_dates_the_head(texts[i]) for i in (index - 1, index + 1) if 0 <= i < len(texts))


def _name_under(texts: Sequence[str], title: str) -> list[str]:
    """A person's name alone on the line under the title, or under its dek ("Lisa Pham" /
    "Start Trial"): two to four words, the first a known given name, none of which the
    article writes in lower case ("Tiger Cloud" is a product), else []. (Under a label,
    "Trending", it is a list's entry: "Charles Dickens Quote".)

    Measured (``benchmarks/copied_text.py``, articles, author, when nothing else gave one):
    copied whole 0.579 -> 0.583 dev, 0.587 -> 0.603 held-out; from the headline down 0.583
    -> 0.593 dev, 0.569 -> 0.595 held-out; the 4 dev pages it named all right; authors of
    ``plain_documents.py``'s 579 texts unchanged."""
    for at in _lines_of(texts, title):
        if at + 1 >= len(texts):
            continue
        index = at + 2 if _words(texts[at + 1]) >= MIN_DEK_WORDS else at + 1
        name = _lone_name(texts[index]) if index < len(texts) else None
        if not name or not is_person_name(name):
            continue
        words = {word.casefold() for word in name.split()}
        body = texts[index + 1 : index + 1 + BODY_LINES]
        return [] if _written_in_lower_case(words, body) else [name]
    return []


def _author_box(texts: Sequence[str]) -> list[str]:
    """The name under the page's first "About the author" (or "Written by", "Author") label,
    wherever it stands (an author's box under the article): a known first name or a desk.

    Measured (``benchmarks/copied_text.py``, articles, author, when nothing nearer gave one):
    copied whole 0.523 -> 0.537 dev, 0.496 -> 0.504 held-out; from the headline down 0.551
    -> 0.561 dev, 0.526 -> 0.543 held-out; the 7 dev pages it named: 6 right, one unlabelled
    (a name under "About the authors")."""
    for index in range(1, len(texts)):
        names = _labelled_name(texts, index, _ABOUT_AUTHOR)
        if names and (opens_with_given_name(names[0], wide=True) or _desk(texts[index])):
            return names
    return []


def _desk(text: str) -> str | None:
    """A site's desk alone on its line ("Everfit Team", "Podium Staff")."""
    credit = labelled_credit(text.strip())
    return credit[0] if credit and " " in credit[0] else None


def head_details(
    texts: Sequence[str], body: Sequence[str] = (), read: Collection[int] = ()
) -> tuple[list[str], str | None]:
    """The authors and date in the lines between a copied page's headline and its body
    (``body``: its first paragraphs, where a name is never written in lower case). Lines
    ``read`` already (the title, the date) give nothing, but still date a name beside them.
    A byline that says so ("By Amy Wilhelm") wins over a name only guessed from the date
    beside it (a search box's "Clear Close" over the headline and its date)."""
    authors: list[str] = []
    guessed: list[str] = []  # (a name beside a date, unlabelled)
    published = None
    for index, text in enumerate(texts):
        if len(text) > 200 and index not in read:
            published = published or _labelled_day(text)  # ("Posted on May 4, 2024 in ...")
        if len(text) > 200 or index in read:
            continue
        if not authors:
            authors = _dated_byline(text) or _labelled_name(texts, index)
        byline = parse_byline(text)
        if byline and not authors:
            authors = byline[0]
            published = published or byline[1]
        if not authors and not guessed:
            guessed = _guessed_name(texts, index, body)
        if published is None and _words(text) <= 15:
            published = parse_date(text)
    return authors or guessed, published


def _guessed_name(texts: Sequence[str], index: int, body: Sequence[str]) -> list[str]:
    """The name on ``texts[index]`` that no label marks, read from the date beside it: a
    name its lists do not know before a date ("Ash Vardanian"), a known one near the head's
    date, or a desk or unknown name over a date line."""
    text = texts[index]
    piece = dated_piece(text) if body else None
    name = unknown_name(piece, body) if piece else None
    if name:
        return [name]
    name = _lone_name(text)
    near = texts[max(0, index - NEAR_NAME) : index + NEAR_NAME + 1]
    if name and any(map(_dates_the_head, near)):
        return [name]
    if _dated_below(texts[index + 1 : index + 3]):
        name = _desk(text) or (unknown_name(text, body) if body else None)
        return [name] if name else []
    return []
