"""The top of a plain-text article: masthead, title, subtitle, byline, date, lead caption."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from itertools import islice

from reader.article.model import Caption, has_cjk
from reader.article.model import count_words as count_text_words
from reader.clean.byline import (
    dated_name,
    is_date_line,
    parse_byline,
    parse_date,
    parse_names,
    split_credit,
    split_glued_byline,
)
from reader.clean.labels import CONTENTS_LABEL, SITE_LINE
from reader.clean.text.affiliate import is_affiliate_notice
from reader.clean.text.junk import is_nav_line
from reader.clean.text.preformatted import LINE_BREAK
from reader.core.given_names import opens_with_given_name
from reader.core.lazy import lazy_re

_WORD = lazy_re(r"\w+")
_TITLE_END = lazy_re(r"[.,;:][\"'”’)\]]*$")
_LIST_ITEM = lazy_re(r"[-*+•]\s")  # (matched at the start)
# a first word in lower case that names a thing, not a sentence's run-on: an identifier with
# an underscore, an inner capital, a "::" or a digit between letters ("rustc_codegen_gcc:",
# "iPhone", "n8n"; not a version run onto a name, "tokio1.50.0")
_NAME_IN_LOWER_CASE = lazy_re(r"^[a-z]+(?:_|[A-Z]|::|\d+[a-z])")
_MASTHEAD = lazy_re(
    r"\b(?:news|times|post|journal|daily|herald|tribune|guardian|magazine|gazette|chronicle|"
    r"review|observer|telegraph|independent|wire|report|today|weekly|monthly|atlantic|"
    r"economist|reuters|bloomberg|bbc|cnn|npr|pbs|politico|axios|vox|wired|verge|one|"
    r"insider|blog|press|media|radio|tv|network|express|mail|mirror|standard|star|sun|"
    r"globe|register|record|bulletin|dispatch|courier|sentinel|examiner|inquirer|monitor)\b"
    r"|\w\.(?:com|org|net|co\.uk|news|io)\b",
    re.I,
)
# Menu items a copy ran together: "HomeCommercial CleaningLocationsPricing" (a lower-case
# letter against the next item's capital; two such joins, as no headline has them)
_GLUED = lazy_re(r"[a-z][A-Z]")
MAX_GLUED = 1
_SITE_SUFFIX = lazy_re(r"^(?P<title>.{8,}?)(?<!\s)\s+\|\s+(?P<site>[^|]{2,40})$")
HEAD_LIMIT = 12  # units looked at before giving up on the head
_COUNTER = lazy_re(r"\d{1,3}(?:[.,]\d{3})*(?:[.,]\d)?[KkMm]?")  # "39", "1,204", "1.2K"
MAX_DATE_WORDS = 16  # of a date line in the head (two forms of the day, a time and its zone:
# "Last update on: August 25, 2025 Mon, 25 Aug 2025 08:00:00 +0100"; 12 left that line in the
# body, one dev page's F1 0.919 -> 0.921)
# A page's own label, never its title: "Table of contents", "About", "Skip to search".
_LABEL = lazy_re(rf"^(?:{CONTENTS_LABEL}|{SITE_LINE})$", re.I)


_GLUED_PARTS = lazy_re(r"(?<=[a-z])(?=[A-Z])")


def is_page_label(text: str) -> bool:
    """A table of contents' label, a menu's or a footer's line, a navigation button."""
    if len(text) > 120:
        return False
    if _LABEL.match(text.strip(" :|•·")) is not None or is_nav_line(text):
        return True
    parts = _GLUED_PARTS.split(text)  # (buttons a copy ran together: "SubscribeSign in")
    return len(parts) > 1 and all(
        _LABEL.match(part.strip(" :|•·")) is not None or is_nav_line(part) for part in parts
    )


MIN_DEK_WORDS = 4  # words of a subtitle ("Security", "Everfit Team", "Aug 15" are labels)
# a credit's or a date's label, a reading time: a head's furniture, no dek
_NO_DEK = lazy_re(
    r"^(?:(?:written|reviewed|edited|fact[- ]checked|posted|published|updated)\s+(?:by|on)\b|"
    r"(?:by|published|(?:last )?updated|authors?|contributors?)\s*[:(]|"
    r"medically reviewed\b)|\d\s*min(?:ute)?s?\s*read",
    re.I,
)
_TAG_SEPARATOR = lazy_re(r"\s[|/•·]\s")  # two of them: a list of tags


def is_dek(text: str) -> bool:
    """Whether a line taken from under the headline reads as its subtitle: a phrase or a
    sentence of :data:`MIN_DEK_WORDS` words or more, not a label (in capitals, or ending in
    a colon: "Written By:", "Table of Contents:"), a credit, a date, a reading time, a list
    of tags ("Asia | Japan | Travel Tips") or a site's note that it earns from its links."""
    text = text.strip()
    return (
        count_words(text) >= MIN_DEK_WORDS
        and not text.endswith(":")
        and not text.isupper()
        and _NO_DEK.search(text) is None
        and len(_TAG_SEPARATOR.findall(text)) < 2
        and not is_date_line(text)
        and parse_byline(text) is None
        and not is_affiliate_notice(text)
    )


@dataclass
class Head:
    """What the top of the article says about it, and which units that used up."""

    title: str = ""
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site: str | None = None
    caption: Caption | None = None
    used: set[int] = field(default_factory=set)
    # of the used, the page's furniture: buttons over the title ("SubscribeSign in"), a
    # post's counts under its byline ("39"); told as "head-label" by --explain
    furniture: set[int] = field(default_factory=set)


def count_words(text: str) -> int:
    """The number of words, as :func:`reader.article.model.count_words` counts them (every
    two Chinese or Japanese characters a word); a line without them as fast as ``\\w+``
    runs are found, a long one without listing them."""
    if len(text) >= 10_000:
        return sum(1 for _ in _WORD.finditer(text)) if text.isascii() else count_text_words(text)
    if not has_cjk(text):
        return len(_WORD.findall(text))
    return count_text_words(text)


def is_title_like(text: str) -> bool:
    """Short, not a sentence ending in a full stop, not a byline or a date."""
    if len(text) > 200:
        return False
    words = count_words(text)
    return (
        1 <= words <= 25
        and not _TITLE_END.search(text)
        and not _LIST_ITEM.match(text)
        and not (text[:1].islower() and not _NAME_IN_LOWER_CASE.match(text))
        and not is_date_line(text)
        and parse_byline(text) is None
        and len(_GLUED.findall(text)) <= MAX_GLUED
    )


def _is_duplicate_caption(text: str, others: Sequence[str]) -> bool:
    """A caption shown twice: the same words are repeated just below, with a photo credit."""
    bases = []
    for other in others:
        base, credit = split_credit(other)
        if credit is not None:
            bases.append([w.lower() for w in _WORD.findall(base)])
    # Only the first words can match a base (a longer text matches none): read no more.
    limit = max([4, *(len(base_words) + 1 for base_words in bases)])
    words = [m[0].lower() for m in islice(_WORD.finditer(text), limit)]
    if len(words) < 4:
        return False
    for base_words in bases:
        if base_words == words or (
            base_words[: len(words)] == words and len(base_words) - len(words) <= 12
        ):
            return True
    return False


def _is_credit_only(text: str) -> str | None:
    base, credit = split_credit("x " + text)
    return credit if credit and base == "x" else None


def is_person_name(text: str) -> bool:
    """A person's name alone on its line ("Denise Everheart", "Dylan Bailey, MS, RD"): two
    to four words, the first a known given name."""
    if len(text) > 60:
        return False
    names = parse_names(text)
    return (
        len(names) == 1
        and 2 <= len(names[0].split()) <= 4
        and text.casefold().startswith(names[0].casefold())
        and opens_with_given_name(text[: len(names[0])])
    )


def masthead(text: str) -> str | None:
    """The line when it names a publication ("The Harbor Gazette", "example.com")."""
    return text if count_words(text) <= 4 and _MASTHEAD.search(text) else None


def _signed(lines: Sequence[str]) -> bool:
    """Whether one of ``lines`` is a byline or a date."""
    return any(parse_byline(line) or is_date_line(line) for line in lines)


NAME_TO_DATE = 3  # lines from a name down to its date (past "Follow", a reading time)
MAX_DEK_OVER_NAME = 30  # words of a dek over such a name (a longer one is the lead paragraph)


def _is_name_over_date(text: str, below: Sequence[str]) -> bool:
    """A person's name alone on its line with a date line within :data:`NAME_TO_DATE` lines
    under it ("Priya Raman" / "Mar 3, 2025"): a byline without its "By"."""
    return is_person_name(text) and any(
        is_date_line(line) and count_words(line) <= MAX_DATE_WORDS
        for line in below[:NAME_TO_DATE]
    )


def _signed_sentence(text: str, following: str) -> str | None:
    """A headline that ends in one full stop ("Things to Know Before Travelling to Japan for
    the First Time."), without it, when a byline or a date stands under it; else None."""
    text = text.strip()
    if not text.endswith(".") or text.endswith(".."):
        return None
    title = text[:-1]
    if count_words(title) < 3 or not is_title_like(title) or not _signed([following]):
        return None
    return title


KICKER_WORDS = 6  # a line over the title, words at most


def _is_kicker(text: str, below: Sequence[str]) -> bool:
    """A short line that is no title but no sentence either, over a title-like line with a
    date or a byline under it: a site's name in lower case ("discodanlives"), a series'
    name ("Erik Demaine's Folding and Unfolding:") over a signed headline."""
    return (
        1 <= count_words(text) <= KICKER_WORDS
        and len(text) <= 60
        and not text.rstrip().endswith((".", "!", "?"))
        and parse_byline(text) is None
        and not is_date_line(text)
        and bool(below)
        and is_title_like(below[0])
        and _signed(below[1:])
    )


def parse_head(units: Sequence[str], headings: Collection[int] = ()) -> Head:
    """Read the head of the article from the first units (caption, title, dek, byline, date);
    ``headings``: the units the text marks as headings (underlined), never a label above one."""
    head = Head()
    index = 0
    limit = min(len(units), HEAD_LIMIT)
    while index < limit:
        text = units[index]
        following = units[index + 1] if index + 1 < len(units) else ""
        byline = parse_byline(text)
        if is_date_line(text) and count_words(text) <= MAX_DATE_WORDS:
            head.published = head.published or parse_date(text)
        elif byline and not head.authors:
            head.authors, date = byline
            head.published = head.published or date
        elif not head.title and not head.authors and (name := dated_name(text)):
            # a date and a name, no "By" ("Dec 17, 2025Julian K. Arni"): the byline over the
            # headline, not the headline
            head.authors, head.published = [name], head.published or parse_date(text)
        elif head.title and not head.authors and _is_name_over_date(text, units[index + 1 :]):
            head.authors = parse_names(text)[:1]  # (a name over its date: the byline, unlabelled)
        elif _is_duplicate_caption(text, units[index + 1 : index + 3]):
            pass  # the copy below (the one with the credit) becomes the caption
        elif head.caption and head.caption.credit is None and _is_credit_only(text):
            head.caption = Caption(head.caption.text, _is_credit_only(text))
        elif count_words(text) <= 90 and split_credit(text)[1] and not head.caption:
            caption, credit = split_credit(text)
            head.caption = Caption(caption, credit)
        elif not head.title:
            if LINE_BREAK in text:  # a memo's header block above the title: left in the body
                index += 1
                continue
            if not is_title_like(text):
                if index == 0 and _is_kicker(text, units[1:4]):
                    index += 1  # (a site's name in lower case, a series' name over the title)
                    continue
                stopped = _signed_sentence(text, following)
                if stopped is None:
                    break
                head.title = stopped  # (a headline with a full stop, its byline under it)
                head.used.add(index)
                index += 1
                continue
            if is_page_label(text):  # (a menu's entry above the headline: not the title)
                head.furniture.add(index)
                head.used.add(index)
                index += 1
                continue
            after = index + 1  # (past a button or two: "SubscribeSign in")
            while after < min(len(units), index + 3) and is_page_label(units[after]):
                after += 1
            below = units[after] if after < len(units) else ""
            # (over buttons and a signed headline: a site's name, however long)
            over_buttons = after > index + 1 and _signed(units[after + 1 : after + 4])
            if (
                index not in headings
                and (count_words(text) <= 4 or over_buttons)
                and is_title_like(below)
                and count_words(below) > count_words(text)
                and not _is_duplicate_caption(below, units[after + 1 : after + 3])
            ):
                # A masthead or a section label above the headline.
                head.site = masthead(text) or head.site
            else:
                match = _SITE_SUFFIX.match(text)
                if match and len(match["site"].split()) <= 5:
                    head.title, head.site = match["title"], head.site or match["site"]
                else:
                    head.title = text
        elif head.title and (head.authors or head.published) and _COUNTER.fullmatch(text):
            head.furniture.add(index)  # a post's likes, comments, shares under its byline
        elif head.subtitle is None and not head.authors:
            glued = split_glued_byline(text)
            if glued and count_words(glued[0]) <= 80:
                head.subtitle, head.authors = glued
            elif (
                count_words(text) <= 60
                and (
                    parse_byline(following)
                    or (is_date_line(following) and count_words(following) <= 12)
                    or (
                        count_words(text) <= MAX_DEK_OVER_NAME
                        and _is_name_over_date(following, units[index + 2 :])
                    )
                )
                and not is_person_name(text)  # (a name over its date: the byline, unlabelled)
            ):
                head.subtitle = text
            else:
                break
        else:
            break
        head.used.add(index)
        index += 1
    return head
