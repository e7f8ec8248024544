"""Text helpers shared by the metadata readers."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import Any

import lxml.html
from lxml import etree

from reader.clean.class_index import without_modifiers
from reader.core.lazy import lazy_re
from reader.core.sanitize import clean_line

WHITESPACE = lazy_re(r"\s+")


def as_text(value: Any) -> str:
    """A JSON-LD or attribute value as one clean line ("" for anything else): an escape
    sequence goes whole before the value is read ("Jane <OSC 52;c;QUJD> Doe" is "Jane Doe",
    not a byline split at its ";")."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), "")
    if not isinstance(value, str):
        return ""
    return clean_line(html.unescape(value))


# an HTML tag written into a description ("<p>I did <a href=...>Advent of Code</a> again")
_TAG = lazy_re(
    r"</?(?:p|a|br|em|strong|b|i|u|span|div|img|h[1-6]|ul|ol|li|code|sup|sub|small|blockquote)"
    r"(?:\s[^<>]*)?/?>",
    re.I,
)


def plain_text(value: str) -> str:
    """A description as the reader sees it: HTML tags a site wrote into it taken out and
    entities it escaped twice read ("&nbsp;", "&amp;"), one line."""
    return as_text(_TAG.sub(" ", value) if "<" in value else value)


_UNSEEN = frozenset({"script", "style", "noscript", "template"})
# code, a program's output and drawings: a date or a "By" in them is not the page's
NOT_PROSE = ("pre", "code", "samp", "svg", "math")
# a heading's own link mark that documentation sites print after it ("Models ¶")
_ANCHOR_MARKS = ("¶", "🔗", " #", " §")


def without_anchor_mark(text: str) -> str:
    """ "Models ¶" -> "Models"; "Learn C#" stays (a mark stands apart from the words); an
    icon font's glyph too (a private use character: Font Awesome's link "\uf0c1")."""
    text = text.rstrip()
    while text.endswith(_ANCHOR_MARKS) or (text and "\ue000" <= text[-1] <= "\uf8ff"):
        text = text[:-1].rstrip()
    return text


def element_text(element: lxml.html.HtmlElement, skip: frozenset[str] = frozenset()) -> str:
    """Visible text of an element, one line, in reading order (scripts, styles and
    ``hidden`` children left out, and the ``skip`` tags; a child's tail after the child's own
    text: "<code>itertools</code> — ...")."""
    parts: list[str] = []
    if element.text:
        parts.append(element.text)
    stack: list[lxml.html.HtmlElement | str] = list(reversed(element))
    while stack:
        node = stack.pop()
        if isinstance(node, str):  # a tail, put back after its element's own text
            parts.append(node)
            continue
        if node.tail:
            stack.append(node.tail)
        if (
            not isinstance(node.tag, str)
            or node.tag in _UNSEEN
            or node.tag in skip
            or node.get("hidden") is not None
        ):
            continue  # a comment, a script, a hidden part: only its tail (pushed above) is read
        if node.text:
            parts.append(node.text)
        stack.extend(reversed(node))
    # (str.split's white space is the regex's \s: the same line, at a fraction of the cost)
    return " ".join((_joined(parts) if len(parts) > 1 else "".join(parts)).split())


def shows_text(element: lxml.html.HtmlElement) -> bool:
    """Whether ``element_text(element)`` is not empty, read only up to its first word (a
    box of a whole article is not read through to tell that)."""
    if element.text and not element.text.isspace():
        return True
    return any(
        (child.tail and not child.tail.isspace())
        or (
            isinstance(child.tag, str)
            and child.tag not in _UNSEEN
            and child.get("hidden") is None
            and shows_text(child)
        )
        for child in element
    )


_WORD_END = lazy_re(r"[^\W\d_]$")  # a part ending in a letter (a word may go on)
_CLOSING = frozenset(",.;:!?)]")  # a part opening with one closes what stands before it


def _joined(parts: list[str]) -> str:
    """``parts`` (texts of inline elements) one space apart, as a page's styles set them
    ("<span>By</span><a>Ann Lee</a>"), except inside a word (a part that goes on in lower
    case after a letter continues it: "Planning <span>C</span>ycle", "<b>T</b>he") and
    before punctuation ("<a>Ann Lee</a>, editor")."""
    out: list[str] = []
    for part in parts:
        if out and (part[0] in _CLOSING or (
            part[:1].islower() and _WORD_END.search(out[-1])
        )):
            out.append(part)
        else:
            out.extend((" ", part) if out else (part,))
    return "".join(out)


def compact(text: str) -> str:
    """Lowercase letters and digits only, run together ("USA TODAY" and "usatoday" alike)."""
    return re.sub(r"\W+|_", "", text.lower())


def norm_words(text: str) -> str:
    """Lowercase letters and digits only, single-spaced (for comparing titles and names)."""
    return " ".join(re.findall(r"\w+", text.lower()))


_BOILERPLATE = lazy_re(
    r"(?:^|[\s_-])(?:comment|comments|related|recommend|footer|sidebar|nav|menu|promo|"
    r"newsletter|share|social|outbrain|taboola|more-stories|trending)(?:$|[\s_-])",
    re.I,
)


_IN_ARTICLE = etree.XPath("boolean(ancestor::article)")
_FOOTER = lazy_re(r"footer", re.I)


# a word every match of _BOILERPLATE holds: a class and id without one are passed at once
_HINT_WORDS = (
    r"comment|related|recommend|footer|sidebar|nav|menu|promo|newsletter|share|social|"
    r"outbrain|taboola|more-stories|trending"
)
_HINT = lazy_re(_HINT_WORDS)
_HINT_ANY_CASE = lazy_re(_HINT_WORDS, re.I)


def _may_be_boilerplate(names: str) -> bool:
    """Whether ``names`` holds one of _BOILERPLATE's words, in any case: an ASCII one
    lower-cased first (a case-blind search of those words costs 7x more), another case-blind
    (its likenesses reach beyond lower case: "ſ" is an "s" to it)."""
    if names.isascii():
        return _HINT.search(names.lower()) is not None
    return _HINT_ANY_CASE.search(names) is not None


def _named(names: str) -> str:
    """An element's ``"class id"`` without utility classes: one with a variant or an
    arbitrary value ("lg:mr-[--sidebar-width]", "md:hidden") names layout, not a part of the
    page, and so does a modifier ("under-menu", "has-sidebar")."""
    words = without_modifiers(names).split()
    return " ".join(w for w in words if not any(c in w for c in ":[("))


FRAME_PARAGRAPHS = 5  # a container with the headline and this many paragraphs frames them
_MAIN_REGION = etree.XPath("descendant::main[1] | descendant::*[@role = 'main'][1]")


@lru_cache(maxsize=4096)
def _names_boilerplate(names: str, own: bool) -> bool:
    """Whether an element's ``"class id"`` names furniture (``own``: in its article, where a
    footer is the article's); remembered by the names, which a page's elements repeat."""
    # (_named keeps whole words of ``names``: without a hint in them, no match in it)
    if not _may_be_boilerplate(names):
        return False
    named = _named(names)
    return _BOILERPLATE.search(_FOOTER.sub(" ", named) if own else named) is not None


def _frames(node: Any) -> bool:
    """Whether ``node`` holds the page's headline (an ``<h1>``) and paragraphs after it, or
    the page's main region: the article's frame, whatever its class says (a newsletter sent
    as a page: the whole issue in "newsletter-email"; Read the Docs' theme sets a short
    page's ``role="main"`` in "wy-nav-content", the content beside the menu)."""
    if next(node.iter("h1"), None) is None:
        return False
    if _MAIN_REGION(node):
        return True
    paragraphs = node.iter("p")
    return all(next(paragraphs, None) is not None for _ in range(FRAME_PARAGRAPHS))


def in_boilerplate(element: Any, article_footer: bool = False) -> bool:
    """Inside a footer, nav, aside, comments, related list...? (stops at article/main/body).

    ``article_footer``: an ``<article>``'s own footer (``<footer>``, "entry-footer") and its
    own ``<aside>`` (a card of the story's facts: author, date, topics) are not furniture
    (HTML: a footer says who wrote the article); comments or related posts in them are."""
    node = element
    depth = 0
    # every node walked is below the first <article> above (the walk stops there): inside
    # an article for one, inside one for all
    in_article = article_footer and element.tag != "article" and _IN_ARTICLE(element)
    while node is not None and depth < 12 and node.tag not in ("body", "html"):
        if node.tag == "nav":
            return True
        own = in_article and node.tag != "article"
        if node.tag in ("footer", "aside") and not own:
            return True
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if _names_boilerplate(names, own) and not _frames(node):
            return True
        if node.tag in ("article", "main"):
            return False
        node = node.getparent()
        depth += 1
    return False


def page_headline(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The page's first ``<h1>`` outside its menus, sidebars and footers, or None."""
    return next((h for h in tree.iter("h1") if not in_boilerplate(h)), None)
