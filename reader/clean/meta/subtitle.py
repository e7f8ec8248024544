"""The subtitle (dek): the page's own markup, else a good description."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain as chain_from
from itertools import islice, takewhile

import lxml.html
from lxml import etree

from reader.clean.byline import undated_words
from reader.clean.class_index import ClassIndex, without_modifiers
from reader.clean.html.prose import SENTENCE_END, linked_words
from reader.clean.meta.bylines import looks_like_byline
from reader.clean.meta.jsonld import ArticleLD
from reader.clean.meta.text import (
    element_text,
    in_boilerplate,
    norm_words,
    page_headline,
    plain_text,
    shows_text,
)
from reader.clean.meta.title import titles_match
from reader.core.lazy import lazy_re

# (not with a number after it: "subtitle-2" is a size in a type scale, Material's, whatever
# the text set in it)
_DEK_CLASS = lazy_re(
    r"(?:^|[\s_-])(?:dek|subtitle|sub-title|subhead|sub-head|subheadline|sub-headline|standfirst"
    r"|article-summary|article__summary|summary-text|deck|strapline|kicker-summary|intro-text"
    r"|lede-text|article-dek|headline-dek|description)(?![-_]?\d)(?:$|[\s_-])",
    re.I,
)
# Every match of _DEK_CLASS contains one of these (the index scans for them first).
_DEK_WORDS = (
    "dek", "subtitle", "sub-title", "subhead", "sub-head", "standfirst", "summary", "deck",
    "strapline", "intro-text", "lede-text", "description",
)  # fmt: skip

# the classed deks and the alternative headlines (itemprop), both from the page's index
# (no walk of the page), merged in document order
_DEKS = etree.XPath("$classed | $headlines")
_NEXT_PARAGRAPHS = etree.XPath("following::p[position() <= 40]")


@dataclass(frozen=True)
class Dek:
    """The subtitle, and whether it is a line under the headline found by its place alone
    (``placed``: no name or markup of the page says it is a dek, so it is the text's first
    paragraph when our reading of the text begins with it)."""

    text: str | None
    placed: bool = False


def find_subtitle(
    tree: lxml.html.HtmlElement,
    ld: ArticleLD,
    meta: dict[str, str],
    title: str,
    index: ClassIndex | None = None,
) -> Dek:
    index = index or ClassIndex.of_page(tree)
    deks = _DEKS(tree, classed=index.find(_DEK_CLASS, _DEK_WORDS, "class"),
                 headlines=index.having("itemprop", "alternativeHeadline"))
    headline = page_headline(tree) if deks else None
    story = _story_of_headline(tree, headline) if headline is not None else None
    late = _after_the_text(tree, headline, deks) if headline is not None else set()
    headline_path = set(headline.iterancestors()) if headline is not None else set()
    for element in deks:
        if element.tag in ("meta", "script", "style"):
            continue
        text = element_text(element)
        if not 15 <= len(text) <= 400 or element in late:
            continue  # (the cheap tests first: none of these tests has an effect)
        if _is_furniture(element, text, headline_path) or _headed_box(element, text):
            continue  # a teaser, a site blurb, the editor's UI, a box in the text or after it
        if headline_path and _in_site_header(element, headline_path):
            continue
        if story is not None and _follows(element, story):
            continue
        if not _only_title(text, title) and not _is_chrome(text) and not _is_dateline(text):
            return Dek(text)
    beside = _beside_headline(tree, title)
    if beside is not None:
        return beside
    if ld.subtitle and not _only_title(ld.subtitle, title):
        return Dek(plain_text(ld.subtitle))
    description = plain_text(
        ld.description or meta.get("og:description") or meta.get("description") or ""
    )
    description = _whole_sentences(description)
    if _good_description(tree, description, title):
        return Dek(description)
    return Dek(None)


_CHROME_WORDS = frozenset(
    [
        "subscribe",
        "subscription",
        "sign",
        "signin",
        "login",
        "log",
        "in",
        "up",
        "out",
        "register",
        "account",
        "menu",
        "search",
        "share",
        "newsletter",
        "newsletters",
        "follow",
        "us",
        "skip",
        "to",
        "main",
        "content",
        "home",
        "close",
        "open",
        "print",
        "email",
        "save",
        "comments",
        "comment",
        "read",
        "more",
        "next",
        "previous",
        "back",
        "top",
    ]
)


# Editor and template text left in the page ("Add a description", "Click to edit").
_EDITOR_TEXT = lazy_re(
    r"^(?:add|enter|write|type|edit|insert|click(?: here)? to (?:add|edit|enter))\b.{0,40}"
    r"\b(?:description|subtitle|summary|text|here|dek|caption)\b|lorem ipsum|"
    r"^(?:description|subtitle|summary|placeholder)\s*:?\s*$",
    re.I,
)


_NOT_A_DEK = ("a", "form", "fieldset", "label", "button", "select", "dialog")
_PANEL = lazy_re(
    r"consent|cookie|gdpr|modal|popup|overlay|subscribe|newsletter|sign-?up|gform|"
    r"(?:^|[\W_])cta(?:$|[\W_])",
    re.I,
)
PANEL_DEPTH = 10  # how far up a consent panel or a modal around a dek is looked for


# the site's own tagline in its header ("<p class='site-description'>Entertaining Made
# Easy</p>" in WordPress's ".site-branding" or ".title-area")
_SITE_TAGLINE = lazy_re(
    r"(?:^|[\W_])(?:(?:site|blog)[-_]?(?:description|tagline|branding|header)|title-area)"
    r"(?:$|[\W_])",  # (a BEM name too: "site-header__site-description")
    re.I,
)
# a card's "description": a product's, a teaser's, a person's ("comparison-card-description",
# "PersonalCard_wrapper")
_CARD = lazy_re(r"(?:^|[\W_])[Cc]ards?(?:$|[\W_])|(?<=[a-z])Cards?(?:$|[\W_A-Z])")
CARD_DEPTH = 4  # the dek and its three nearest ancestors
SITE_TAGLINE_DEPTH = 3  # the dek and its two nearest ancestors


# "dynamic-author-description", "ArticleAuthorFooter_descriptionContainer", "author-bio"
_AUTHOR_BOX = lazy_re(r"author|writer|\bbio\b|biography", re.I)
AUTHOR_BOX_DEPTH = 3  # the dek and its two nearest ancestors


def _named_within(
    element: lxml.html.HtmlElement,
    pattern: re.Pattern[str],
    depth: int,
    outside: set[lxml.html.HtmlElement] | frozenset[lxml.html.HtmlElement] = frozenset(),
) -> bool:
    """Whether ``element`` or one of its ancestors, ``depth`` of them in all and below the
    body, has a class or id matching ``pattern`` (not in a layout modifier: "with-newsletter"
    names no newsletter box); the walk stops at the first of ``outside``."""
    chain = takewhile(
        lambda node: node not in outside,
        islice(chain_from([element], element.iterancestors()), depth),
    )
    return any(
        pattern.search(without_modifiers(f"{node.get('class', '')} {node.get('id', '')}"))
        for node in chain
        if node.tag not in ("body", "html")
    )
# a form's small print or help text, wherever the form's markup put it; a consent panel's
# text (its markup is read before the panel goes); a widget's prompt, a breadcrumb trail; an
# affiliate disclosure ("We may earn a commission from links on this page"); a
# template's placeholder never filled in ('{{ $localize("payment.title") }}')
_FURNITURE_TEXT = lazy_re(
    r"\b(?:password|you agree|by (?:submitting|signing up|clicking|entering|providing)|"
    r"(?:this|required) field|field is required|cookies?|consent|technical storage or access|"
    r"share on|sponsored by|brought to you by|rate this|improve this (?:post|article)|"
    r"(?:earn|receive|make)s? (?:us |me )?(?:an? )?(?:small )?(?:affiliate )?commissions?|"
    r"affiliate links?|reader-supported)\b"
    r"|^(?:subscribe|sign (?:up|in)|log ?in|create (?:your|an?) (?:free )?account|"
    r"click (?:on|here)|never miss|listen to this article|you (?:may|might) also like|"
    r"table of contents?$|contents$)"
    r"|\S\s+[>›»]\s+\S[^>›»]*\s[>›»]\s"
    r"|\{\{|\{%|\$\{",
    re.I,
)


def _is_furniture(
    element: lxml.html.HtmlElement,
    text: str,
    headline_path: set[lxml.html.HtmlElement] | frozenset[lxml.html.HtmlElement] = frozenset(),
    cards: bool = True,
) -> bool:
    """A dek candidate that is not this article's: inside a link or a sidebar (a teaser of
    another story), inside a form (a field's help text), one of several same-class siblings
    (teaser cards), editor UI text, a sign-up overlay's or the site header's tagline. A box
    around the page's headline (``headline_path``, its ancestors) is the story's, whatever
    its name: no panel or modal holds the headline (a newsletter platform's post is a
    "newsletter-post")."""
    if _EDITOR_TEXT.search(text) or _FURNITURE_TEXT.search(text):
        return True
    if element.get("contenteditable") is not None:
        return True
    if in_boilerplate(element) or next(element.iterancestors(*_NOT_A_DEK), None) is not None:
        return True  # a teaser's link, or a form's help text ("Must be 8 characters or more")
    if _named_within(element, _PANEL, PANEL_DEPTH, headline_path):
        return True  # a consent panel's, a modal's or a call to action's "description"
    if _named_within(element, _AUTHOR_BOX, AUTHOR_BOX_DEPTH):
        return True  # an author box's "description": the writer's credentials, not the dek
    if _named_within(element, _SITE_TAGLINE, SITE_TAGLINE_DEPTH):
        return True  # the site's tagline, on every page of it
    if not cards:
        return False  # (a dek beside the headline: no teaser card holds the page's headline)
    if _named_within(element, _CARD, CARD_DEPTH):
        return True
    card = element.getparent()
    for _level in range(3):  # teaser cards: the dek's box repeated beside itself
        if card is None or card.getparent() is None or card.tag in ("article", "main", "body"):
            break
        if _same_class_siblings(card) >= 2:
            return True
        card = card.getparent()
    return False


HEADLINES = 5  # the page's headline is among its first <h1>s
WRAPPERS = 2  # boxes holding the headline alone, looked out of for what follows it
DEK_WORDS = 6  # a dek set without a name holds at least this many words ...
DEK_CHARS = 300  # ... and at most this many characters, ...
DEK_LINKS = 0.3  # ... under this share of its words in links, ...
DEK_SENTENCES = 3  # ... and at most this many sentences (more are the text's opening)
_QUIET = frozenset({"script", "style", "noscript", "template", "link", "meta", "br", "hr"})
_MEDIA = ("img", "picture", "video", "iframe", "svg", "canvas")
# what a line of prose holds: words and their inline markup (no date, list, box or picture)
_INLINE = frozenset({"a", "abbr", "b", "bdi", "cite", "code", "em", "font", "i", "mark", "q",
                     "s", "small", "span", "strong", "sub", "sup", "u", "wbr"})  # fmt: skip


def _beside_headline(tree: lxml.html.HtmlElement, title: str) -> Dek | None:
    """The dek set right after the headline (the first ``<h1>`` matching ``title``), named
    or not: an ``<h2>``, or a line of prose (a ``<p>``, or a box of words alone) that the
    text does not go on after. The headline's own box is looked out of ("<div><h1/></div>
    <p>dek</p>"), empty boxes are passed over; a ``<p>`` of the text beside it makes it the
    text's first paragraph, a short one ("<h1/><p>Hi!</p><p>Today I ...</p>"), not a dek."""
    headline = next(
        (h1 for h1 in islice(tree.iter("h1"), HEADLINES) if titles_match(element_text(h1), title)),
        None,
    )
    following = _after(headline) if headline is not None else None
    if following is None:
        return None
    if following.tag == "h2":
        text = element_text(following)
        if 15 <= len(text) <= DEK_CHARS and not looks_like_byline(text) and not _is_chrome(text):
            return Dek(text, placed=following is not _h2_under_first_h1(tree))
        return None
    line = _line_of_prose(following)
    text = element_text(line) if line is not None else ""
    if line is None or _text_goes_on(following, text):
        return None
    words = len(text.split())
    if words < DEK_WORDS or len(text) > DEK_CHARS or linked_words(line) >= DEK_LINKS * words:
        return None
    if len(SENTENCE_END.findall(text)) > DEK_SENTENCES or not _text_follows(line):
        return None
    if looks_like_byline(text) or _is_chrome(text) or undated_words(text) is not None:
        return None  # (a line with a date in it is the byline's: "Posted by Ann on May 2")
    if _only_title(text, title) or _is_furniture(line, text, set(headline.iterancestors()), False):
        return None
    return Dek(text, placed=True)


def _h2_under_first_h1(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The ``<h2>`` that is the next element of the page's first ``<h1>``: a dek by its
    markup (an ``<h2>`` found further off is one by its place alone)."""
    first = next(tree.iter("h1"), None)
    sibling = first.getnext() if first is not None else None
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getnext()
    return sibling if sibling is not None and sibling.tag == "h2" else None


def _after(headline: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element after ``headline`` (or after the box holding it alone), past any empty
    one; None at the end of the box."""
    node, own = headline, element_text(headline)
    for _level in range(WRAPPERS + 1):
        following = node.getnext()
        while following is not None and (
            not isinstance(following.tag, str)
            or following.tag in _QUIET
            or _empty(following)
        ):
            following = following.getnext()
        if following is not None:
            return following
        node = node.getparent()
        if node is None or node.tag in ("body", "html") or element_text(node) != own:
            return None
    return None


def _empty(element: lxml.html.HtmlElement) -> bool:
    """Whether ``element`` shows nothing: no words, no picture."""
    return not shows_text(element) and next(element.iter(*_MEDIA), None) is None


def _line_of_prose(box: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """``box`` if it is a ``<p>``, or a ``<div>`` holding words alone or one ``<p>``: the
    element whose words a dek is; None for anything else (a list, a date, a picture)."""
    if box.tag not in ("p", "div"):
        return None
    inner = [child for child in box if isinstance(child.tag, str) and not _empty(child)]
    if (
        box.tag == "div"
        and len(inner) == 1
        and inner[0].tag == "p"
        and not (box.text or "").strip()
        and not (inner[0].tail or "").strip()
    ):
        box = inner[0]
    if any(
        isinstance(node.tag, str) and node.tag not in _INLINE and not _empty(node)
        for node in box.iterdescendants()
    ):
        return None
    return box


def _text_follows(line: lxml.html.HtmlElement) -> bool:
    """Whether a paragraph of text stands after ``line`` (among the next few ``<p>``): a dek
    stands over a text; a page's only paragraph is its text."""
    return any(
        len(element_text(paragraph).split()) >= PARAGRAPH_WORDS
        for paragraph in _NEXT_PARAGRAPHS(line)
    )


def _text_goes_on(box: lxml.html.HtmlElement, text: str) -> bool:
    """Whether a paragraph of the text stands after ``box`` beside it (a ``<p>``, or a box
    like it, other than a copy of ``text``): ``box`` is the text's opening, not a dek."""
    for sibling in box.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        like = (sibling.tag, sibling.get("class")) == (box.tag, box.get("class"))
        if sibling.tag != "p" and not like:
            continue
        words = element_text(sibling)
        if len(words.split()) >= PARAGRAPH_WORDS and words != text:
            return True
    return False


_HEADER_NAMES = frozenset({"header", "masthead", "site-header"})


def _in_site_header(
    element: lxml.html.HtmlElement, headline_path: set[lxml.html.HtmlElement]
) -> bool:
    """Whether ``element`` stands in a header that does not hold the page's headline, whose
    ancestors are ``headline_path`` (a ``<header>``, or a box named "header" or "masthead"):
    the site's, with its tagline ("Columbia's locally owned weekly newspaper since 1963"),
    not the article's."""
    for node in element.iterancestors():
        if node.tag in ("body", "html"):
            return False
        names = {*node.get("class", "").split(), node.get("id", "")}
        if node.tag == "header" or not names.isdisjoint(_HEADER_NAMES):
            return node not in headline_path
    return False


def _story_of_headline(
    tree: lxml.html.HtmlElement, headline: lxml.html.HtmlElement
) -> lxml.html.HtmlElement | None:
    """The ``<article>`` or ``<main>`` around the page's headline (its first ``<h1>`` outside
    the page's furniture), else the first one after it: where the story's text stands."""
    around = next(headline.iterancestors("article", "main"), None)
    if around is not None:
        return around
    return next((box for box in tree.iter("article", "main") if _follows(box, headline)), None)


def _headed_box(element: lxml.html.HtmlElement, text: str) -> bool:
    """A section under its own heading ("<div class='description'><h3>Learn</h3>..."), not a
    dek (a dek set in a heading alone is one)."""
    heading = next(element.iterdescendants("h1", "h2", "h3", "h4", "h5", "h6"), None)
    return heading is not None and len(element_text(heading)) < len(text)


TEXT_BEFORE = 3  # a dek stands above the text: after this many paragraphs of it, none is
PARAGRAPH_WORDS = 15  # ... a paragraph of the text holding at least this many words


def _after_the_text(
    tree: lxml.html.HtmlElement,
    headline: lxml.html.HtmlElement,
    candidates: list[lxml.html.HtmlElement],
) -> set[lxml.html.HtmlElement]:
    """The candidates that stand after :data:`TEXT_BEFORE` paragraphs of text below the
    headline (a callout's or a card's "description" in the body), found in one walk."""
    wanted = set(candidates)
    paragraphs = -1  # counting starts at the headline
    for element in tree.iter():
        if element is headline:
            paragraphs = 0
        elif element in wanted:
            wanted.discard(element)
            if not wanted:
                break
        elif paragraphs >= 0 and element.tag == "p":
            paragraphs += len(element_text(element).split()) >= PARAGRAPH_WORDS
            if paragraphs >= TEXT_BEFORE:
                return wanted  # the candidates not met yet stand further down
    return set()


def _follows(element: lxml.html.HtmlElement, story: lxml.html.HtmlElement) -> bool:
    """Whether ``element`` stands after the story, outside it (a contact box's or a related
    post's "description" below the article): a dek stands with the headline, above the text."""
    story_path = [story, *story.iterancestors()]
    on_story_path = set(story_path)
    below = element
    for node in element.iterancestors():
        if node in on_story_path:
            if node is story:
                return False
            story_child = story_path[story_path.index(node) - 1]
            return node.index(below) > node.index(story_child)
        below = node
    return False


def _same_class_siblings(element: lxml.html.HtmlElement) -> int:
    classes = element.get("class")
    if not classes:
        return 0
    siblings = [*element.itersiblings(), *element.itersiblings(preceding=True)]
    return sum(sibling.get("class") == classes for sibling in siblings)


def _is_chrome(text: str) -> bool:
    """Page furniture ("Subscribe Sign In", "Share Email Print"), not a sentence of a dek."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 3:
        return True
    return sum(word in _CHROME_WORDS for word in words) >= 0.6 * len(words)


NAME_WORDS = 4  # a date line's name is at most this long


def _is_dateline(text: str) -> bool:
    """A date line, or a name and dates ("JANIE HAR Nov. 20, 2019 Updated: Nov. 20, 2019"):
    the byline's, not a dek."""
    words = undated_words(text)
    return words is not None and len(words) <= NAME_WORDS and all(w[0].isupper() for w in words)


def _only_title(text: str, title: str) -> bool:
    """Whether ``text`` has no word the title lacks (the title again, or twice: "Why X?,Why
    X?"), or is the title with an affix ("<title> - writeup.md", a gist's description)."""
    return set(norm_words(text).split()) <= set(norm_words(title).split()) or titles_match(
        text, title
    )


# a description cut off mid-sentence with no mark of the cut ("...", which makes it no dek):
# at a comma, before an arrow to "read more", after a word no sentence ends with ("an
# essential piece of the")
_CUT_OFF = lazy_re(
    r"(?:[,;:–—-]|[→➔»>]|"
    r"\b(?:the|a|an|of|to|and|or|for|with|in|on|at|by|from|that|than|as|its|their|your|our|"
    r"is|are|was|were|this|these|into|about))\s*$",
    re.IGNORECASE,
)
# "{ padding: 0; }", "{ return x; }": a rule of code, which no dek holds
_CODE_RULE = lazy_re(r"\{[^{}]*[:;][^{}]*\}")
_SENTENCE_END = lazy_re(r"[.!?][\"”’)]?\s+(?=[A-Z\"“‘(])")
MIN_KEPT = 40  # characters of whole sentences a cut-off description must keep to be shown


def _whole_sentences(description: str) -> str:
    """``description`` up to its last whole sentence when the page cut it off mid-sentence
    ("..., the search can seem overwhelming. Lucky for you,"); as it came when it is whole
    or ends with "...", and "" when too little of it is whole."""
    if not _CUT_OFF.search(description):
        return description
    ends = [found.start() + 1 for found in _SENTENCE_END.finditer(description)]
    kept = description[: ends[-1]].strip() if ends else ""
    return kept if len(kept) >= MIN_KEPT else ""


_LEAD_IN = 60  # characters a description may set before the first paragraph it repeats


def _good_description(tree: lxml.html.HtmlElement, description: str, title: str) -> bool:
    """A description is a dek only when short, whole, not only the title's words, and not
    the first paragraph repeated (after a few words of its own: "By Md Aynal Haque
    RAJSHAHI, Dec 20 (BSS) - Homestead gardening has ...", a byline over the text's opening)."""
    if not (20 <= len(description) <= 250) or description.rstrip().endswith(("...", "…", "]")):
        return False
    if _CODE_RULE.search(description):
        return False  # a style sheet or a script pasted in by the page's builder
    if _only_title(description, title):
        return False
    norm = norm_words(description)
    for count, paragraph in enumerate(tree.iter("p")):
        text = _opening(element_text(paragraph))
        if len(text) > 40 and (
            text.startswith(norm[:80]) or 0 <= norm.find(text[:80]) <= _LEAD_IN
        ):
            return False
        if count > 40:
            break
    return True


OPENING_CHARS = 240  # characters of a long paragraph read for its opening words
OPENING_WORDS = 80  # ... which hold more than this many characters of them


def _opening(text: str) -> str:
    """``norm_words(text)``, or for a long ASCII text the start of it, longer than
    :data:`OPENING_WORDS` characters (all :func:`_good_description` reads): the words of its
    first characters but the last, which may go on past the cut."""
    if len(text) > OPENING_CHARS and text[:OPENING_CHARS].isascii():
        start = norm_words(text[:OPENING_CHARS]).rpartition(" ")[0]
        if len(start) > OPENING_WORDS:
            return start
    return norm_words(text)
