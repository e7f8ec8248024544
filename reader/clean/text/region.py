"""Where the article stands in a whole page copied from a browser.

"Select all, copy" takes the page's menus, section lists and table of contents above the
article and its footer below. The article is the run of prose that outweighs the furniture
around it: each paragraph that reads as prose counts for its words, each short label or menu
line against them, and the best-scoring run of paragraphs (the maximum-sum segment) is the
body. Its head (title, dek, byline, date, caption) stands just above it.

A text that is its own document (a clean paste, a licence, a README, a book) is not cut: the
lines above the headline and below the body go only when they are mostly labels, with little
prose, and say what only a web site says (sign in, search, privacy policy, ©); a first line
that names what the body is about is the headline of a copy from the headline down.
Where the headline stands above the body is :mod:`reader.clean.text.headline_place`'s to say;
whether a line reads as prose, :mod:`reader.clean.text.prose_line`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.article.model import has_cjk
from reader.clean.byline import is_date_line
from reader.clean.labels import SITE_LINE
from reader.clean.text.article_end import closed_under, end_heading
from reader.clean.text.head import count_words
from reader.clean.text.headline_place import (
    body_words,
    has_head_matter,
    is_byline_or_date,
    is_head_matter,
    is_headline,
    is_signed,
    is_signed_headline,
    named_far_above,
    named_words,
    title_above,
)
from reader.clean.text.junk import (
    is_comments_heading,
    is_end_heading,
    is_menu_row,
    is_nav_line,
)
from reader.clean.text.prose_line import is_prose, title_case
from reader.core.lazy import lazy_re

_WORDS = lazy_re(r"\w+")
# What only a web site's menus and footers say: a whole line, or a phrase anywhere.
_SITE_LINE = lazy_re(rf"^{SITE_LINE}$", re.I)
_SITE_PHRASE = lazy_re(
    r"\b(?:privacy (?:policy|notice)|cookies? (?:policy|settings|preferences)|"
    r"terms of (?:use|service)|all rights reserved"
    # German, French, Spanish, Italian, Portuguese and Dutch
    r"|datenschutzerklärung|impressum|alle rechte vorbehalten|politique de confidentialité|"
    r"mentions légales|tous droits réservés|política de privacidad|aviso legal|"
    r"todos los derechos reservados|informativa (?:sulla )?privacy|tutti i diritti riservati|"
    r"política de privacidade|todos os direitos reservados|privacyverklaring|"
    r"alle rechten voorbehouden)\b|©",
    re.I,
)
_MENU_PARTS = lazy_re(r"\s{2,}|\s*[|•·]\s*")
LABEL_COST = 4  # what one menu line, button or heading weighs against the prose around it
LABEL_WORDS = 4  # a line of this many words or fewer, starting with a capital, is a label
PROSE_DISCOUNT = 3  # a short sentence ("Yes," she said.) weighs little either way
MAX_PAGE_UNITS = 3000  # more paragraphs than a copied page has: a book, read whole
MENU_SHARE = 0.6  # labels among the lines around the article for them to be cut
FURNITURE_PROSE = 0.5  # and at most this much prose beside the article's
MIN_FOOTER = 5  # lines below the article before they are cut (a sign-off is not a footer)
CUT_MENU_SHARE = 0.7  # labels among the lines above such a headline for them to be cut
MIN_MENU_LINES = 2  # lines above a page's headline to read them as its menus (not a title)
MIN_FURNITURE = 3  # units above the headline before they are cut
MIN_UNTITLED_FURNITURE = 8  # units above the body before they are cut when no headline is
FOOTER_PROSE = 150  # prose words a footer found inside the article's run may hold at most
INNER_SHARE = 0.1  # of the run's prose, at most this much above a signed headline inside it


@dataclass(frozen=True, slots=True)
class Span:
    """The article's units: ``head`` (its title, or the body's first unit) to ``end``; the
    page's footer starts at ``footer`` (``end`` is before a heading that ends the article)."""

    head: int
    body: int
    end: int
    footer: int


_words = count_words


def _is_label(text: str) -> bool:
    """A menu item, a button or a heading: a few words starting with a capital letter (a
    short line starting in lower case, a digit or a sign is a list item, a table row or code),
    or a run of capitalised words."""
    first = text.lstrip()[:1]
    if not first.isupper():
        # (Chinese and Japanese have no capitals: a short line of theirs is a label)
        return has_cjk(first) and _words(text) <= LABEL_WORDS
    return _words(text) <= LABEL_WORDS or title_case(text)


def _weight(text: str) -> int:
    if is_prose(text):
        return _words(text) - PROSE_DISCOUNT
    if _is_label(text):
        return -LABEL_COST
    return 0  # code, a table row, a list item: neither prose nor furniture


def _is_furniture(
    texts: Sequence[str], weights: Sequence[int], article: int, web_page: bool = False
) -> bool:
    """Lines to cut around the article: mostly labels (a page's menus and buttons), with
    little prose beside the article's (``article``: its score), and a web site's words among
    them (a sign-in, a search box, a privacy policy), or anywhere in a ``web_page``'s text
    (for its footer: "Projects", "Random post", "RSS feed" under a blog's post). A document's
    own opening or closing lines (a licence's name and version, a sign-off, a list of
    sponsors) are not.

    Measured on footers (``benchmarks/copied_text.py``, articles copied whole, dev /
    held-out): F1 0.895 -> 0.896 / 0.904 -> 0.907, boilerplate left 0.209 -> 0.199 / 0.212 ->
    0.208, recall unchanged. On the lines above the headline it cost copies from the
    headline down their titles (0.961 -> 0.924 dev): a menu there must hold the site's
    words itself."""
    return _is_menus(texts, weights, article) and (
        web_page or any(_is_site_line(text) for text in texts)
    )


def _is_menus(
    texts: Sequence[str], weights: Sequence[int], article: int, share: float = MENU_SHARE
) -> bool:
    """Mostly labels (``share`` of them), with little prose beside the article's:
    :func:`_is_furniture` without a site's own words (the page's menus, too few or too unlike
    a site's to cut). With ``article`` 0, no prose at all."""
    labels = sum(map(_is_menu_line, texts))
    prose = sum(weight for weight in weights if weight > 0)
    return labels >= share * len(texts) and prose <= FURNITURE_PROSE * article


def _is_menu_line(text: str) -> bool:
    """A line a menu is made of: a label (:func:`_is_label`) or navigation words."""
    return _is_label(text) or _is_nav_words(text)


def _is_nav_words(text: str) -> bool:
    """A navigation line with words ("Skip to content"; a rule of dashes is not one)."""
    return is_nav_line(text) and any(ch.isalnum() for ch in text)


def _is_site_line(text: str) -> bool:
    """A site's own words ("Sign in", "Privacy Policy"), or a line of menu items set side by
    side that holds one ("Home   Blog   About")."""
    return len(text) <= 200 and bool(
        _SITE_PHRASE.search(text)
        or any(_SITE_LINE.match(part.strip(" :|•·")) for part in _MENU_PARTS.split(text))
    )


def _footer_inside(
    texts: Sequence[str], weights: Sequence[int], body: int, article: int
) -> int:
    """Where a web page's footer starts when the article's run reaches into it, or
    ``len(texts)``: the first line of the longest tail that is furniture as
    :func:`_is_furniture` reads it (mostly labels, a site's words among them, at least
    :data:`MIN_FOOTER` lines), holding at most :data:`FOOTER_PROSE` words of prose. A
    footer's blurbs ("Enter your email to get tips", a disclaimer under "Terms of Use")
    outweigh the labels between them and the article, so the run takes them in; the tail
    is looked for from the page's end up, and the search stops at the article's prose.

    Looked for only when the run reached the page's last lines (fewer than
    :data:`MIN_FOOTER` below it), and starting at two labels: a heading over its paragraph
    (the article's last section over a footer of a few lines) is no footer's start.
    Measured (``benchmarks/copied_text.py``, articles; dev / held-out): copied whole, F1
    0.9177 -> 0.9183 / 0.920 -> 0.921, boilerplate left 0.153 -> 0.147 / 0.165 -> 0.154,
    recall 0.9718 -> 0.9717 / 0.985 -> 0.984; from the headline down, 0.9245 -> 0.9251 /
    0.926 -> 0.927, boilerplate left 0.149 -> 0.142 / 0.144 -> 0.130; dev documentation
    0.881 -> 0.882. 14 dev pages gain, 2 lose (an events list: 0.993 -> 0.983). Looked
    for under a run that ended higher up too (in a tail that is not furniture as a whole),
    dev F1 0.9189, but it cut a directory's last entries (from the headline down, recall
    0.9763 -> 0.9754; one page 0.938 -> 0.812). Without the prose bound it cut a closing
    section ("Conclusions" over its paragraphs). ``plain_documents.py`` unchanged."""
    labels = prose = 0
    site = False
    found = len(texts)
    for index in range(len(texts) - 1, body, -1):
        text = texts[index]
        labels += _is_menu_line(text)
        prose += max(weights[index], 0)
        site = site or _is_site_line(text)
        if prose > min(FOOTER_PROSE, FURNITURE_PROSE * (article - prose)):
            break  # (the article's prose)
        lines = len(texts) - index
        if (
            lines >= MIN_FOOTER and site and labels >= MENU_SHARE * lines
            and weights[index] < 0 and weights[index + 1] < 0  # (not a heading over its text)
        ):
            found = index
    return found


DATE_ABOVE_CHARS = 40  # characters of a date line over a headline, at most


def _dated_above(texts: Sequence[str], index: int) -> bool:
    """A short line that is only a date right over ``texts[index]``: a blog's day heading
    over its post's title ("Friday, December 19, 2025")."""
    above = texts[index - 1] if index else ""
    return len(above) <= DATE_ABOVE_CHARS and is_date_line(above)


def _best_run(weights: Sequence[int]) -> tuple[int, int] | None:
    """``(first, end)`` of the maximum-sum run of units (Kadane), or None when none is > 0."""
    best, best_run = 0, None
    total, start = 0, 0
    for index, weight in enumerate(weights):
        if total <= 0:
            total, start = 0, index
        total += weight
        if total > best:
            best, best_run = total, (start, index + 1)
    return best_run


def _headline_within(
    texts: Sequence[str], weights: Sequence[int], body: int, end: int
) -> int | None:
    """A signed headline inside the run from ``body`` to ``end``, near its start: title-like,
    a byline or a date under it, naming what follows it, with at most :data:`INNER_SHARE` of
    the run's prose above it and no heading after an article (:func:`is_end_heading`). The
    prose above it is then a menu's blurbs ("A 12-month program focused on ..."), a
    promotion or a site's category descriptions, not the article's opening.

    Measured (``benchmarks/copied_text.py``, articles copied whole), when the line above the
    run is no signed headline: title 0.653 -> 0.681 dev, 0.620 -> 0.675 held-out; author
    0.537 -> 0.553 / 0.504 -> 0.554; date 0.622 -> 0.640 / 0.654 -> 0.669; F1 0.907 -> 0.908 /
    0.917 -> 0.918, recall unchanged; copies from the headline down unchanged (0.963). A
    contents label under a line ("Table of contents") is no signature: taken for one, a
    section's heading over the contents was read as the title."""
    total = sum(weight for weight in weights[body:end] if weight > 0)
    above = 0
    for index in range(body, end):
        text = texts[index]
        above += max(weights[index], 0)
        if above > INNER_SHARE * total or is_end_heading(text):
            return None
        if (
            above
            and is_headline(text)
            and (has_head_matter(texts, index, end, is_signed) or _dated_above(texts, index))
            and named_words(text, body_words(texts, index + 1)) is not None
        ):
            return index
    return None


def article_span(texts: Sequence[str]) -> Span | None:
    """The article's run in a copied page, or None when the text is the article already
    (or is book-length: a page copied from a browser has hundreds of paragraphs, not
    thousands)."""
    return read_page(texts)[0]


def read_page(texts: Sequence[str]) -> tuple[Span | None, Headline | None]:
    """:func:`article_span`, and the headline of a page it leaves whole: the title-like line
    above the body that names it, under two or more lines that are mostly labels (a site's
    menus, without the site's words that would have them cut with its footer); None
    otherwise. The page's title is then its headline; the lines above it go when they are
    :data:`CUT_MENU_SHARE` labels and no prose (a documentation page's contents, code and
    headings above a later section it reads as the body are the text's own). Cutting at 0.6
    took a copied manual's first half (recall 0.868 -> 0.088).

    Measured (``benchmarks/copied_text.py``, articles, title): whole copies 0.533 -> 0.571
    dev, 0.460 -> 0.515 held-out; copies from the headline down 0.949 -> 0.944 dev, 0.929
    held-out unchanged; the titles of ``plain_documents.py``'s 579 texts unchanged.

    Without menus above it, such a line is a ``fallback`` headline, on a web page's text only
    (a site's own words somewhere in it): the title when the text's first lines give none, or
    give a line that is no headline and names nothing of the article ("SubscribeSign in",
    "Skip to main content Skip to main site menu"). Whole copies 0.577 -> 0.582 dev, 0.540 ->
    0.546 held-out; from the headline down 0.974 held-out unchanged (a breadcrumb that
    held the title, taken for it on one dev page, gives way to the dek: 0.957 -> 0.955);
    ``plain_documents.py``'s titles unchanged (taking such a line in a document gave
    "System z (s390x)" or "Version 0.14" for untitled READMEs and NEWS files)."""
    if len(texts) > MAX_PAGE_UNITS:
        return None, None
    weights = [_weight(text) for text in texts]
    run = _best_run(weights)
    if run is None:
        return None, None
    body, end = run
    while end < len(texts) and weights[end] >= 0:
        end += 1  # (a closing list or code block is the article's until a label stops it)
    # (a site's words anywhere: its footer is one; a comment thread's heading is a site's too)
    web_page = any(map(_is_site_line, texts)) or any(map(is_comments_heading, texts))
    title = title_above(texts, body)
    if web_page and (title is None or not has_head_matter(texts, title, body)):
        inner = _headline_within(texts, weights, body, end)
        if inner is not None:  # (the article starts under it and its byline)
            body = next(
                (
                    index
                    for index in range(inner + 1, end)
                    if weights[index] > 0 and not is_head_matter(texts[index])
                ),
                body,
            )
            title = title_above(texts, body)
    head = body if title is None else title
    article = sum(weights[body:end])
    if head < (MIN_FURNITURE if title is not None else MIN_UNTITLED_FURNITURE) or not (
        _is_furniture(texts[:head], weights[:head], article)
    ):
        head = 0  # (a short text's own first lines: a title of two words, an author, a date)
    seen = body_words(texts, body) if head else set()
    unnamed = title is None or named_words(texts[title], seen) is None
    if head and (unnamed or not has_head_matter(texts, title, body)):
        # a page cut above its article whose line over it names nothing of it ("Shop on
        # Amazon"): the title may stand further up, over a long dek, credits and a promotion.
        # A line over the body with no byline under it ("Use my current location", a
        # calculator's form) gives way to a headline further up with its byline or date under
        # it that names more of the body (whole copies, articles: dev titles 0.745 -> 0.748,
        # dates 0.692 -> 0.697; held-out unchanged)
        far = named_far_above(texts, body, seen)
        if (
            far is not None
            and far >= MIN_FURNITURE
            and (
                unnamed
                or (
                    has_head_matter(texts, far, body, is_byline_or_date)
                    and (named_words(texts[far], seen) or 0) > named_words(texts[title], seen)
                )
            )
            and _is_furniture(texts[:far], weights[:far], article)
        ):
            title = head = far
    footer = end
    if len(texts) - end < MIN_FOOTER or not _is_furniture(
        texts[end:], weights[end:], article, web_page
    ):
        footer = len(texts)  # (a document's closing notes, not a page's footer)
        if web_page and len(texts) - end < MIN_FOOTER:  # (the run reached the page's end)
            footer = _footer_inside(texts, weights, body, article)
    # (what follows a heading after the article is the page's, however much prose it holds)
    cut = end_heading(texts, weights, body, end) if web_page else end
    closed = web_page and cut == end < footer and closed_under(texts, weights, end)
    end = min(cut, footer) if cut < end or closed else footer
    headline = None
    if (
        head == 0
        and title is not None
        and named_words(texts[title], body_words(texts, body)) is not None
    ):
        # (a line that names the body: not the longest line above it, as a guess)
        article_words = {word.lower() for text in texts[title:] for word in _WORDS.findall(text)}
        found = Headline(
            texts[title],
            frozenset(article_words),
            above=tuple(texts[:title]),
            signed=is_signed_headline(texts, title),
            below=tuple(texts[title + 1 : title + 4]),
        )
        if title >= MIN_MENU_LINES and _is_menus(texts[:title], weights[:title], article):
            menus = _is_menus(texts[:title], weights[:title], 0, CUT_MENU_SHARE)
            headline = replace(found, menus=menus)
        elif web_page:  # (a web page's, not a document's)
            # no menus above it: the title only when the text's own first lines give none
            headline = replace(found, fallback=True)
    if head == 0 and end == len(texts):
        return None, headline
    return Span(head, max(body, head), end, footer), headline


OWN_TITLE_NAMED = 3  # body words a text's first line names to stand over a headline far below
MENU_GAP = 8  # lines between them that make it far (a menu's worth, not a dek and a byline)
_MENU_RUN = lazy_re(r"\S {2,}\S")


@dataclass(frozen=True, slots=True)
class Headline:
    """The headline of a page left whole, the words of the text from it on, and whether the
    lines above it are a menu (:data:`CUT_MENU_SHARE` labels, no prose)."""

    text: str
    article_words: frozenset[str]
    menus: bool = False  # the lines above it are a menu, to cut with it
    fallback: bool = False  # no menu above it: the title only when the text's own is no title
    above: tuple[str, ...] = ()  # the lines above it
    signed: bool = False  # a byline or a date stands under it
    below: tuple[str, ...] = ()  # the lines under it

    def outranks(self, title: str | None) -> bool:
        """Whether it is the title rather than ``title`` (the text's first title-like line):
        it is, unless that one has three words or more and names the article too (the text's
        own title, above its contents; a menu's entry of a word or two is not one). A
        ``fallback`` headline only stands for no title, or one that names nothing of the
        article (a run of menu items glued on one line, a button). With a menu's worth of
        lines between them (:data:`MENU_GAP`), that line stands only when it names three
        words of the article ("Find a club", "Learn About Accreditation" do not); menu items
        set side by side ("HOME   ABOUT   Blog") never do.

        Measured (``benchmarks/copied_text.py``, articles, title): whole copies 0.613 -> 0.633
        dev, 0.558 -> 0.589 held-out; from the headline down unchanged (0.957, 0.974). With
        the rule at any distance, from the headline down lost its short titles to their deks
        (0.957 -> 0.940 dev); at 4 lines, 0.955 dev."""
        if not title or title == self.text:
            return title != self.text
        if _MENU_RUN.search(title) or is_menu_row(title):
            return True  # (menu items a copy set side by side: "HOME   ABOUT   Blog")
        named = named_words(title, set(self.article_words))
        if self._signed_over(title, named or 0):
            return True  # (a site's name or a button over a signed headline)
        if self._far_below(title):  # (that line is the menu's unless it names the article)
            return (named or 0) < OWN_TITLE_NAMED
        if self.fallback:
            return named is None and not is_headline(title)
        return _words(title) < 3 or named is None

    def _signed_over(self, title: str, named: int) -> bool:
        """Whether it has a byline or a date under it and ``title`` (naming ``named`` words
        of the article) has none: a blog's name ("Marcus on AI"), a carousel's buttons or a
        call ("For a free consultation call") over the headline. ``title`` stands when it
        names three words of the article or more, and as many as the headline.

        Measured (``benchmarks/copied_text.py``, articles, title): whole copies 0.682 ->
        0.692 dev, 0.681 -> 0.706 held-out, no page lost; from the headline down 0.963 ->
        0.961 dev, 0.974 held-out unchanged (without the three words: 0.712 held-out whole,
        but 0.957 dev from the headline down, guides' titles lost to signed subheads)."""
        if not self.signed or (
            named >= OWN_TITLE_NAMED
            and named >= (named_words(self.text, set(self.article_words)) or 0)
        ):
            return False
        lines = (*self.above, self.text, *self.below)
        at = self._line_above(title)
        return at is None or not has_head_matter(lines, at, len(lines), is_signed)

    def _line_above(self, title: str) -> int | None:
        """The index of the first line above it that holds ``title``, or None."""
        return next((index for index, line in enumerate(self.above) if title in line), None)

    def _far_below(self, title: str) -> bool:
        """Whether :data:`MENU_GAP` lines or more stand between ``title`` and the headline."""
        at = self._line_above(title)
        return at is None or len(self.above) - at - 1 >= MENU_GAP
