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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from reader.clean.byline import parse_byline, parse_date, split_credit
from reader.clean.labels import CONTENTS_LABEL, SITE_LINE
from reader.clean.text.article_end import closed_under, end_heading
from reader.clean.text.head import count_words, is_person_name, is_title_like
from reader.clean.text.junk import is_end_heading, is_nav_line

_SENTENCE_MARKS = ".!?:…"  # a colon too: a list follows it
_CLOSERS = "\"'”’)]"
_SENTENCE_INSIDE = re.compile(r"\w[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z]")
READING_TIME = re.compile(r"^\s*\d{1,3}\s*(?:-|\s)?\s*min(?:ute)?s?\.?(?:\s+read)?\s*$", re.I)
# A credit or a date's label at a line's start ("ByRhonda Krause", "Posted in News").
_CREDIT_LEAD = re.compile(
    r"^(?:(?-i:By(?=[A-Z]))|(?:by|posted|published|updated|written|authored|author|filed|"
    r"(?:last )?(?:updated|modified|reviewed)|(?:medically |fact[- ])?(?:reviewed|checked))\b)",
    re.I,
)
# The page's own labels between a headline and its body.
_CONTENTS = rf"^(?:skip to )?(?:{CONTENTS_LABEL}|jump to(?: section)?)"
_HEAD_LABEL = re.compile(rf"{_CONTENTS}$", re.I)
# A table of contents' label, maybe with its button run on ("Table of ContentsToggle").
_CONTENTS_LINE = re.compile(rf"{_CONTENTS}(?:(?-i:[A-Z])[^.!?]{{0,40}})?$", re.I)
_WORDS = re.compile(r"\w+")
# What only a web site's menus and footers say: a whole line, or a phrase anywhere.
_SITE_LINE = re.compile(rf"^{SITE_LINE}$", re.I)
_SITE_PHRASE = re.compile(
    r"\b(?:privacy (?:policy|notice)|cookies? (?:policy|settings|preferences)|"
    r"terms of (?:use|service)|all rights reserved)\b|©",
    re.I,
)
_MENU_PARTS = re.compile(r"\s{2,}|\s*[|•·]\s*")
_CAPITALISABLE = re.compile(r"\b[^\W\d_]{2,}\b")
_BREADCRUMB = re.compile(r"\s[»›>/|]\s")
_NUMBERED = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})*[.)]\s")
TITLE_CASE_SHARE = 0.6  # more capitalised words than this: menu items or a headline
LABEL_COST = 4  # what one menu line, button or heading weighs against the prose around it
LABEL_WORDS = 4  # a line of this many words or fewer, starting with a capital, is a label
PROSE_DISCOUNT = 3  # a short sentence ("Yes," she said.) weighs little either way
TITLE_IN_BODY = 0.5  # share of a first line's words the body must hold for it to be the title
HEAD_BACK = 12  # units looked at above the body for its title
FAR_BACK = 40  # ... and, when none there names the body, how far up one that does may stand
MIN_NAMED_FAR = 2  # words of the body such a headline names
CONTENTS_BACK = 40  # units above the body where a table of contents' label may stand
MIN_NAMED_ABOVE_CONTENTS = 2  # words of the body a headline above one names ("Get a Demo": 1)
TITLE_MATTER_BONUS = 1.0  # a byline or a date under a line: where a headline stands ...
TITLE_DISTANCE_COST = 0.2  # ... near the body: each unit between them counts against a line
MAX_PAGE_UNITS = 3000  # more paragraphs than a copied page has: a book, read whole
MIN_HEADLINE_OVER_DEK = 5  # words of a headline over its dek (a kicker, "Health News", has fewer)
MIN_DEK_UNDER = 8  # words of a dek under its headline
MENU_SHARE = 0.6  # labels among the lines around the article for them to be cut
FURNITURE_PROSE = 0.5  # and at most this much prose beside the article's
MIN_FOOTER = 5  # lines below the article before they are cut (a sign-off is not a footer)
CUT_MENU_SHARE = 0.7  # labels among the lines above such a headline for them to be cut
MIN_MENU_LINES = 2  # lines above a page's headline to read them as its menus (not a title)
MIN_FURNITURE = 3  # units above the headline before they are cut
MIN_UNTITLED_FURNITURE = 8  # units above the body before they are cut when no headline is
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


def _title_case(text: str) -> bool:
    """Most words capitalised: a run of menu items or a headline, not a sentence."""
    words = _CAPITALISABLE.findall(text[:2000])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > TITLE_CASE_SHARE * len(words)


def is_prose(text: str) -> bool:
    """Reads as running text: ends like a sentence, or holds sentences when long; not a run
    of capitalised menu items."""
    if _title_case(text):
        return False
    last = text.rstrip().rstrip(_CLOSERS)[-1:]
    if last and last in _SENTENCE_MARKS:
        return True
    return len(text) >= 120 and _SENTENCE_INSIDE.search(text) is not None


def _is_label(text: str) -> bool:
    """A menu item, a button or a heading: a few words starting with a capital letter (a
    short line starting in lower case, a digit or a sign is a list item, a table row or code),
    or a run of capitalised words."""
    if not text.lstrip()[:1].isupper():
        return False
    return _words(text) <= LABEL_WORDS or _title_case(text)


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
    labels = sum(1 for text in texts if _is_label(text) or _is_nav_words(text))
    prose = sum(weight for weight in weights if weight > 0)
    return labels >= share * len(texts) and prose <= FURNITURE_PROSE * article


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


def _is_head_matter(text: str) -> bool:
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


def _is_signed(text: str) -> bool:
    """A byline or a date line (:func:`_is_signature`), of 200 characters at most."""
    return len(text) <= 200 and _is_signature(text, _words(text))


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
            and _has_head_matter(texts, index, end, _is_signed)
            and named_words(text, body_words(texts, index + 1)) is not None
        ):
            return index
    return None


def is_headline(text: str) -> bool:
    """Title-like, three words or more; no byline, date, breadcrumb trail or numbered step."""
    return (
        is_title_like(text)
        and _words(text) >= 3
        and len(_BREADCRUMB.findall(text)) < 2
        and not _NUMBERED.match(text)
        and not _is_head_matter(text)
    )


def body_words(texts: Sequence[str], body: int) -> set[str]:
    """The lower-cased words of the body's first paragraphs."""
    return {word.lower() for text in texts[body : body + 40] for word in _WORDS.findall(text)}


# English words of four letters or more that any text holds: they name nothing.
FUNCTION_WORDS = frozenset(
    "about after again also been before being both could does each even from have here "
    "into just like more most much must only other over same should some such than that "
    "their them then there these they this those through very were what when where which "
    "while will with would your yours".split()
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
    most one dek."""
    found: list[int] = []
    dek_seen = False
    for index in range(body - 1, max(-1, body - 1 - HEAD_BACK), -1):
        text = texts[index]
        if is_headline(text):
            found.append(index)
        elif not _is_head_matter(text) and is_prose(text):
            if dek_seen or _words(text) > 60:
                break
            dek_seen = True
    return found


def _contents_label(texts: Sequence[str], body: int, back: int) -> int | None:
    """The last table of contents' label ("Table of contents", "Contents", "Jump to") within
    ``back`` units above ``body``: its entries run from it to the body."""
    for index in range(body - 1, max(-1, body - 1 - back), -1):
        text = texts[index]
        if len(text) <= 60 and _CONTENTS_LINE.match(text.strip(" :")):
            return index
    return None


def _has_head_matter(
    texts: Sequence[str], index: int, end: int, matter: Callable[[str], bool] = _is_head_matter
) -> bool:
    """A byline, a date or a reading time (or what ``matter`` asks for) within three lines
    under ``index`` (before ``end``): where a headline stands."""
    return any(matter(text) for text in texts[index + 1 : min(end, index + 4)])


def is_signed_headline(texts: Sequence[str], index: int) -> bool:
    """A byline or a date within three lines under the line, which is no person's name."""
    return not is_person_name(texts[index]) and _has_head_matter(
        texts, index, len(texts), _is_signed
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
        and named_words(upper, seen) is not None
    )


def _named_far_above(texts: Sequence[str], body: int, seen: set[str]) -> int | None:
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
    signed = [index for index in named if _has_head_matter(texts, index, body)]
    return (signed or named or [None])[0]


def _title_above(texts: Sequence[str], body: int) -> int | None:
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
            if _has_head_matter(texts, index, label)
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
        if _has_head_matter(texts, index, body) and not is_person_name(texts[index]):
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
    web_page = any(map(_is_site_line, texts))  # (a site's words anywhere: its footer is one)
    title = _title_above(texts, body)
    if web_page and (title is None or not _has_head_matter(texts, title, body)):
        inner = _headline_within(texts, weights, body, end)
        if inner is not None:  # (the article starts under it and its byline)
            body = next(
                (
                    index
                    for index in range(inner + 1, end)
                    if weights[index] > 0 and not _is_head_matter(texts[index])
                ),
                body,
            )
            title = _title_above(texts, body)
    head = body if title is None else title
    article = sum(weights[body:end])
    if head < (MIN_FURNITURE if title is not None else MIN_UNTITLED_FURNITURE) or not (
        _is_furniture(texts[:head], weights[:head], article)
    ):
        head = 0  # (a short text's own first lines: a title of two words, an author, a date)
    seen = body_words(texts, body) if head else set()
    if head and (title is None or named_words(texts[title], seen) is None):
        # a page cut above its article whose line over it names nothing of it ("Shop on
        # Amazon"): the title may stand further up, over a long dek, credits and a promotion
        far = _named_far_above(texts, body, seen)
        if (
            far is not None
            and far >= MIN_FURNITURE
            and _is_furniture(texts[:far], weights[:far], article)
        ):
            title = head = far
    footer = end
    if len(texts) - end < MIN_FOOTER or not _is_furniture(
        texts[end:], weights[end:], article, web_page
    ):
        footer = len(texts)  # (a document's closing notes, not a page's footer)
    # (what follows a heading after the article is the page's, however much prose it holds)
    cut = end_heading(texts, weights, body, end) if web_page else end
    closed = web_page and cut == end < footer and closed_under(texts, weights, end)
    end = cut if cut < end or closed else footer
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
_MENU_RUN = re.compile(r"\S {2,}\S")


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
        if _MENU_RUN.search(title):
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
        return at is None or not _has_head_matter(lines, at, len(lines), _is_signed)

    def _line_above(self, title: str) -> int | None:
        """The index of the first line above it that holds ``title``, or None."""
        return next((index for index, line in enumerate(self.above) if title in line), None)

    def _far_below(self, title: str) -> bool:
        """Whether :data:`MENU_GAP` lines or more stand between ``title`` and the headline."""
        at = self._line_above(title)
        return at is None or len(self.above) - at - 1 >= MENU_GAP
