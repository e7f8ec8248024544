"""Where a copied page's headline stands above its article's body: the title-like line just
above it that names what the body is about, with a byline or a date under it (past a table of
contents, a dek, a picture's credits), and the lines around a headline (its head matter).
Read by :mod:`reader.clean.text.region`, which finds the body."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reader.clean.byline import parse_byline, parse_date, split_credit
from reader.clean.labels import CONTENTS_LABEL, JUMP_LABEL, READING_TIME_LABELLED
from reader.clean.text.head import count_words, is_page_label, is_person_name, is_title_like
from reader.clean.text.junk import (
    is_button_line,
    is_menu_row,
    is_nav_line,
    is_newsletter,
    junk_mask,
)
from reader.clean.text.prose_line import is_prose, title_case
from reader.core.lazy import lazy_re

READING_TIME = lazy_re(
    rf"^\s*\d{{1,3}}\s*(?:-|\s)?\s*min(?:ute)?s?\.?(?:\s+read)?\s*$|{READING_TIME_LABELLED}", re.I
)
# A credit or a date's label at a line's start ("ByRhonda Krause", "Posted in News").
_CREDIT_LEAD = lazy_re(
    r"^(?:(?-i:By(?=[A-Z]))|(?:by|posted|published|updated|written|authored|author|filed|"
    r"(?:last )?(?:updated|modified|reviewed)|(?:medically |fact[- ])?(?:reviewed|checked))\b)",
    re.I,
)
# The page's own labels between a headline and its body.
_CONTENTS = rf"^(?:skip to )?(?:{CONTENTS_LABEL}|{JUMP_LABEL})"
_HEAD_LABEL = lazy_re(rf"{_CONTENTS}$", re.I)
# A table of contents' label, maybe with its button run on ("Table of ContentsToggle").
_CONTENTS_LINE = lazy_re(rf"{_CONTENTS}(?:(?-i:[A-Z])[^.!?]{{0,40}})?$", re.I)
_WORDS = lazy_re(r"\w+")
_BREADCRUMB = lazy_re(r"\s[»›>/|]\s")
_NUMBERED = lazy_re(r"^\s*\d{1,3}(?:\.\d{1,3})*[.)]\s")
TITLE_IN_BODY = 0.5  # share of a first line's words the body must hold for it to be the title
HEAD_BACK = 12  # units looked at above the body for its title
FAR_BACK = 40  # ... and, when none there names the body, how far up one that does may stand
MIN_NAMED_FAR = 2  # words of the body such a headline names
CONTENTS_BACK = 40  # units above the body where a table of contents' label may stand
MIN_NAMED_ABOVE_CONTENTS = 2  # words of the body a headline above one names ("Get a Demo": 1)
TITLE_MATTER_BONUS = 1.0  # a byline or a date under a line: where a headline stands ...
TITLE_DISTANCE_COST = 0.2  # ... near the body: each unit between them counts against a line
MIN_HEADLINE_OVER_DEK = 5  # words of a headline over its dek (a kicker, "Health News", has fewer)
MIN_DEK_UNDER = 8  # words of a dek under its headline
MAX_LONE_TITLE_WORDS = 12  # words of the line over a body taken as its title, untitled
SHORT_PROSE = 20  # words of a short line of prose: two may stand under a headline

_words = count_words


def is_head_matter(text: str) -> bool:
    """A byline, a date, a reading time or a photo credit: the lines around a headline."""
    if len(text) > 200:
        return False
    words = _words(text)
    return (
        _is_signature(text, words)
        or READING_TIME.match(text) is not None
        or _HEAD_LABEL.match(text.strip(" :")) is not None
        or (words <= 12 and split_credit(text)[1] is not None)
    )


def _is_signature(text: str, words: int) -> bool:
    """A byline or a date line ("By Dana Holt", "Posted on March 3, 2025"): ``text`` of
    ``words`` words, 200 characters at most."""
    return (
        (words <= 15 and parse_date(text) is not None)
        or parse_byline(text) is not None
        or (words <= 12 and _CREDIT_LEAD.match(text) is not None)
    )


def is_signed(text: str) -> bool:
    """A byline or a date line (:func:`_is_signature`), of 200 characters at most."""
    return len(text) <= 200 and _is_signature(text, _words(text))


def is_byline_or_date(text: str) -> bool:
    """A byline that names a writer ("Written by Jorge Jimenez") or a date line; not a bare
    "By" label ("By Manufacturer")."""
    return len(text) <= 200 and (
        parse_byline(text) is not None or (_words(text) <= 15 and parse_date(text) is not None)
    )


def is_headline(text: str) -> bool:
    """Title-like, three words or more; no byline, date, breadcrumb trail or numbered step."""
    return (
        is_title_like(text)
        and _words(text) >= 3
        and len(_BREADCRUMB.findall(text)) < 2
        and not _NUMBERED.match(text)
        and not is_head_matter(text)
        and not is_newsletter(text)  # ("Sign up to receive regular emails like this")
        and not is_button_line(text)  # ("Read the Article", "Sign inStart free trial")
        and not is_menu_row(text)  # ("Home Blog About")
    )


def line_over_body(text: str) -> str | None:
    """The line just over a copied page's body, as its title when nothing else gave one: a
    documentation page's short heading ("Managing dependencies", "Flexbox"), when it is
    title-like, of :data:`MAX_LONE_TITLE_WORDS` words at most, and no menu's entry, label,
    byline, date, reading time or other page furniture."""
    if (
        _words(text) > MAX_LONE_TITLE_WORDS
        or not is_title_like(text)
        or is_page_label(text)
        or is_head_matter(text)
        or junk_mask([text])[0]  # (a menu's entry, a share count: "139 shares")
    ):
        return None
    return text.strip()


def body_words(texts: Sequence[str], body: int) -> set[str]:
    """The lower-cased words of the body's first paragraphs."""
    return {word.lower() for text in texts[body : body + 40] for word in _WORDS.findall(text)}


# Words of four letters or more that any text holds: they name nothing. English, then
# German, French, Spanish, Italian, Portuguese and Dutch.
FUNCTION_WORDS = frozenset(
    "about after again also been before being both could does each even from have here "
    "into just like more most much must only other over same should some such than that "
    "their them then there these they this those through very were what when where which "
    "while will with would your yours "
    "aber auch dass denn doch eine einer eines einem einen nach noch oder ohne sich sind "
    "über unter wird werden wurde wurden beim durch gegen nicht seit sowie wenn weil dies "
    "diese dieser dieses jetzt mehr schon sehr haben hatte kann können muss soll ihre ihrer "
    "ihren sein seine seiner zwischen "
    "dans avec pour sans sous vers chez leur leurs cette ceux celle elle elles nous vous "
    "mais donc comme plus moins tout tous toute toutes entre après avant depuis pendant "
    "selon autour contre aussi encore très bien même quand alors ainsi dont était sont "
    "sera être avoir "
    "para pero este esta estos estas sobre entre desde hasta tras contra sino también "
    "más cuando donde porque ante según hacia durante "
    "della delle dello degli dalla dalle dallo dagli nella nelle nello negli sulla sulle "
    "come anche sono questo questa questi queste dopo prima senza verso mentre però "
    "perché tutto tutti molto "
    "pelo pela pelos pelas mais isso após também muito onde seus suas "
    "voor naar door maar niet zijn haar deze wordt worden werd werden omdat zoals tegen "
    "zonder tussen tijdens alle meer".split()
)


def named_words(title: str, seen: set[str]) -> int | None:
    """How many of the line's longer words the body holds, or None when under half of them
    do: a headline names what the article is about (a menu item or a promotion does not).
    Function words ("what", "about", "this") name nothing and are not counted."""
    words = {word.lower() for word in _WORDS.findall(title) if len(word) > 3}
    words -= FUNCTION_WORDS
    named = sum(word in seen for word in words)
    return named if words and named >= TITLE_IN_BODY * len(words) else None


def _names_the_body(title: str, texts: Sequence[str], body: int) -> bool:
    """Half or more of the line's longer words are in the body's first paragraphs."""
    return named_words(title, body_words(texts, body)) is not None


def names_what_follows(texts: Sequence[str]) -> bool:
    """Whether the first text is a headline that names what the next ones are about (half
    or more of its longer words are theirs): a title, not a masthead or a section's label."""
    return bool(texts) and is_headline(texts[0]) and _names_the_body(texts[0], texts, 1)


def _headlines_above(texts: Sequence[str], body: int) -> list[int]:
    """The title-like lines above ``body``, nearest first, past bylines, dates, labels and at
    most one dek, or two short lines of prose (a dek and the writer's one-line bio under the
    byline: "Ellen is an editor at Brides."). Measured (``benchmarks/copied_text.py``,
    articles copied whole): dev titles 0.737 -> 0.743, held-out 0.748 unchanged."""
    found: list[int] = []
    prose_seen = 0
    for index in range(body - 1, max(-1, body - 1 - HEAD_BACK), -1):
        text = texts[index]
        if is_headline(text):
            found.append(index)
        elif not is_head_matter(text) and is_prose(text):
            short = _words(text) <= SHORT_PROSE
            if _words(text) > 60 or prose_seen >= (2 if short else 1):
                break
            prose_seen += 1 if short else 2
    return found


def _contents_label(texts: Sequence[str], body: int, back: int) -> int | None:
    """The last table of contents' label ("Table of contents", "Contents", "Jump to") within
    ``back`` units above ``body``: its entries run from it to the body."""
    for index in range(body - 1, max(-1, body - 1 - back), -1):
        text = texts[index]
        if len(text) <= 60 and _CONTENTS_LINE.match(text.strip(" :")):
            return index
    return None


def has_head_matter(
    texts: Sequence[str], index: int, end: int, matter: Callable[[str], bool] = is_head_matter
) -> bool:
    """A byline, a date or a reading time (or what ``matter`` asks for) within three lines
    under ``index`` (before ``end``): where a headline stands."""
    return any(matter(text) for text in texts[index + 1 : min(end, index + 4)])


def is_signed_headline(texts: Sequence[str], index: int) -> bool:
    """A byline or a date within three lines under the line, which is no person's name."""
    return not is_person_name(texts[index]) and has_head_matter(
        texts, index, len(texts), is_signed
    )


def _is_headline_over_dek(upper: str, line: str, seen: set[str]) -> bool:
    """Whether ``upper``, just above the chosen ``line``, is the headline and ``line`` its
    dek: a headline of :data:`MIN_HEADLINE_OVER_DEK` words or more that names the body,
    shorter than a dek of :data:`MIN_DEK_UNDER` words or more (a dek names more of the body
    than its headline does: "What Meditation Can Do for You" / "From breath meditation to
    yoga nidra, all types of meditation aim to help you feel calmer, ...")."""
    return (
        _words(line) >= MIN_DEK_UNDER
        and MIN_HEADLINE_OVER_DEK <= _words(upper) < _words(line)
        and is_headline(upper)
        and upper.count(",") < 2  # (a list of tags: "Best Of, Japan, Travel Guides")
        and (
            named_words(upper, seen) is not None
            # (a headline in title case over a dek in sentence case, naming words of its own)
            or (title_case(upper) and not title_case(line))
        )
    )


def named_far_above(texts: Sequence[str], body: int, seen: set[str]) -> int | None:
    """The nearest headline between :data:`HEAD_BACK` and :data:`FAR_BACK` units above
    ``body`` that names :data:`MIN_NAMED_FAR` of its words, one with a byline or a date
    under it first: the title over a long dek, a picture's credits and a promotion.

    Asked only of a page cut above its article whose line over it names nothing of it (or
    that has none), and taken only with page furniture above it. Measured
    (``benchmarks/copied_text.py``, articles copied whole): title 0.681 -> 0.682 dev, 0.675
    -> 0.681 held-out; author 0.560 -> 0.565 / 0.554 -> 0.562; date 0.640 -> 0.644 / 0.669
    -> 0.677; F1 unchanged (a dev page 0.944 -> 0.921: a form's label, no headline). Asked of
    every page, the title moved a documentation page's head up and its cut took most of the
    page (recall 1.0 -> 0.39); asked whenever the line names under two words, held-out
    titles did not move and five dev pages lost words."""
    named = [
        index
        for index in range(max(0, body - 1 - HEAD_BACK), max(-1, body - 1 - FAR_BACK), -1)
        if is_headline(texts[index]) and (named_words(texts[index], seen) or 0) >= MIN_NAMED_FAR
    ]
    signed = [index for index in named if has_head_matter(texts, index, body)]
    return (signed or named or [None])[0]


def title_above(texts: Sequence[str], body: int) -> int | None:
    """The headline's index above ``body``: of the title-like lines just above it (not the
    entries of a table of contents), the one that names most of what the body is about, with
    a byline or a date under it, nearest the body (the longest when none names the body).
    The text's first line, when it is a headline about the body, stands as near as any (a
    copy from the headline down). A headline shown twice is the upper one (a banner and the
    page's ``<h1>``). A long table of contents may stand between the headline and the body:
    above its label, a line that names the body with its byline or date under it is the
    headline. A headline with a byline or a date under it (no person's name) stands even when
    it names no word of the body, as naming none: an essay's title ("I automated my entire
    morning with one script") over a menu's "Sign in now" (whole copies, dev titles 0.714 ->
    0.719; held-out and copies from the headline down unchanged). A person's name over a date
    is the byline, not a headline signed (whole copies, dev titles 0.726 -> 0.728)."""
    seen = body_words(texts, body)
    label = _contents_label(texts, body, CONTENTS_BACK)
    if label is not None:
        dated = {
            index: named
            for index in _headlines_above(texts, label)
            if has_head_matter(texts, index, label)
            and (named := named_words(texts[index], seen) or 0) >= MIN_NAMED_ABOVE_CONTENTS
        }
        if dated:
            best = max(dated, key=lambda index: (dated[index], index))
            return min(index for index in dated if texts[index] == texts[best])
    best, best_score = None, float("-inf")
    first = texts[0]
    if body > 0 and is_headline(first) and not is_nav_line(first):
        named = named_words(first, seen)
        if named is not None:
            best, best_score = 0, named - TITLE_DISTANCE_COST
    found = _headlines_above(texts, body)
    near = _contents_label(texts, body, HEAD_BACK)
    contents = 0 if near is None else near + 1
    for index in sorted(found):
        named = named_words(texts[index], seen)
        if named is None and is_signed_headline(texts, index):
            named = 0
        if named is None or index >= contents > 0:
            continue
        score = named - TITLE_DISTANCE_COST * (body - index)
        if has_head_matter(texts, index, body) and not is_person_name(texts[index]):
            score += TITLE_MATTER_BONUS
        if score > best_score:
            best, best_score = index, score
    if best is None and found:  # a headline that names nothing of the body: the longest
        best = max(found, key=lambda index: _words(texts[index]))
    if best:
        best = min(index for index in found if texts[index] == texts[best])
        if best > 0 and _is_headline_over_dek(texts[best - 1], texts[best], seen):
            best -= 1
    return best


__all__ = [
    "FUNCTION_WORDS",
    "READING_TIME",
    "body_words",
    "has_head_matter",
    "is_byline_or_date",
    "is_head_matter",
    "is_headline",
    "is_signed",
    "is_signed_headline",
    "line_over_body",
    "named_far_above",
    "named_words",
    "names_what_follows",
    "title_above",
]
