"""The lead image's caption and credit, and its repeats out of the body."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lxml import etree
from lxml.html import HtmlElement

from reader.article.model import Caption
from reader.clean.class_index import page_root
from reader.clean.credit import clean_credit
from reader.clean.explain import DropLog, note
from reader.clean.extracted import Draft
from reader.clean.html.blocks import inline_text
from reader.clean.html.figure_credit import caption_and_credit
from reader.clean.html.prose import folded_words
from reader.clean.html.structured import figure_picture
from reader.clean.meta.caption import leads, titles_a_listing
from reader.core.lazy import lazy_re

_CAPTION_XPATH = (
    ".//figcaption | .//*[contains(concat(' ', normalize-space(@class), ' '), ' wp-caption-text ')]"
)
# "(AP Photo/Eduardo Verdugo)", "Photo: Jane Doe", "Photograph by X", "Credit: X / Getty"
_AGENCY_CREDIT = lazy_re(
    r"(?<![\s(\[])[\s(\[]*\b((?:[A-Z][\w.&-]*\s+)?(?:Photo|Photograph|Image|Picture)s?\s*/\s*[^()\[\]]{2,80}?)"
    r"[)\]\s]*$"
)
_LABEL_CREDIT = lazy_re(
    r"(?<![\s(\[])[\s(\[]*\b(?:Photo(?:graph)?s?|Image|Picture|Credit|Illustration|Foto)"
    r"(?:\s+by|\s+credit)?\s*:?\s+([^()\[\]:]{2,80}?)[)\]\s]*$",
    re.IGNORECASE,
)
_SKIP_ANCESTORS = frozenset({"nav", "footer", "aside"})


_SCOPES = tuple(
    etree.XPath(f"descendant-or-self::{path}[1]")
    for path in ("*[@itemprop='articleBody']", "article", "main")
)


def _scope(tree: HtmlElement) -> HtmlElement:
    root = page_root(tree)
    for path in _SCOPES:
        found = path(root)
        if found:
            return found[0]
    body = tree.find("body")
    return body if body is not None else tree


def split_credit(text: str) -> tuple[str, str | None]:
    """Split a trailing photo credit off a caption."""
    match = _AGENCY_CREDIT.search(text)
    if match and match.start() > 0:
        return text[: match.start()].rstrip(" ,;-–—("), match.group(1).strip()
    match = _LABEL_CREDIT.search(text)
    if match and match.start() > 0:
        return text[: match.start()].rstrip(" ,;-–—("), match.group(1).strip()
    return text, None


def caption_of(element: HtmlElement) -> Caption | None:
    """A caption element's text and credit."""
    text, credit = caption_and_credit(element, inline_text)
    if credit is None:
        text, credit = split_credit(text)
    if not text:
        return None
    return Caption(text=text, credit=clean_credit(credit))


def find_lead_caption(tree: HtmlElement) -> Caption | None:
    """The article's first figure caption, if it comes before the text (``leads``)."""
    scope = _scope(tree)
    for element in scope.xpath(_CAPTION_XPATH):
        if any(a.tag in _SKIP_ANCESTORS for a in element.iterancestors()):
            continue
        if titles_a_listing(element):
            continue
        caption = caption_of(element)
        if caption is not None:
            return caption if leads(scope, element) else None
    return None


def held_caption(main: HtmlElement, caption: Caption) -> HtmlElement | None:
    """The ``<figure>`` of ``main`` whose picture's alt text is its caption, ``caption``
    (with or without its credit), if any. The caption-repeat rule would leave it a bare
    "[image]", the caption said only in the header: it stays whole in the body instead, its
    caption said there once (the header says none)."""
    wanted, credit = folded_words(caption.text), folded_words(caption.credit or "")
    for element in main.iter("figcaption"):
        figure = next(element.iterancestors("figure"), None)
        said = folded_words(element.text_content())
        if figure is None or not _repeats(said, wanted, credit):
            continue
        picture = figure_picture(figure)
        if picture is not None and folded_words(picture[0].get("alt") or "") in (wanted, said):
            return figure
    return None


def _repeats(text: str, wanted: str, credit: str) -> bool:
    """Whether the folded words ``text`` say the caption ``wanted`` again (a credit, or a
    few words of one, after it)."""
    if not wanted or not text.startswith(wanted):
        return False
    rest = text[len(wanted) :].strip()
    return not rest or rest == credit or len(rest) <= 60


def said_in_body(blocks: Sequence[tuple[str, ...]], caption: Caption) -> bool:
    """Whether a picture of ``blocks`` carries ``caption``'s words as its own caption."""
    wanted, credit = folded_words(caption.text), folded_words(caption.credit or "")
    return any(
        isinstance(block, Draft) and block[0] == "image"
        and _repeats(folded_words(block.structure.get("caption") or ""), wanted, credit)
        for block in blocks
    )


def remove_caption_repeats(
    main: HtmlElement, caption: Caption, log: DropLog | None = None,
    keep: HtmlElement | None = None,
) -> int:
    """Drop elements of ``main`` that only repeat the caption (with or without credit), a
    figure's caption with its figure; each is recorded in ``log`` as "caption-repeat".
    The figure ``keep`` (:func:`held_caption`) keeps its caption."""
    wanted = folded_words(caption.text)
    if not wanted:
        return 0
    credit = folded_words(caption.credit or "")

    def repeats(element: HtmlElement) -> bool:
        return _repeats(folded_words(element.text_content()), wanted, credit)

    removed = 0
    for element in list(main.iter("figcaption", "p", "div", "span", "small", "em")):
        if element.getparent() is None or not repeats(element):
            continue
        if keep is not None and (element is keep or keep in element.iterancestors()):
            continue
        element = _repeat_to_drop(main, element, repeats)
        if element is None:
            continue  # it went already, with a figure dropped before it
        figure = next(element.iterancestors("figure"), None)
        note(log, "caption-repeat", element)
        element.drop_tree()
        removed += 1
        if figure is not None:  # the picture stays: an alt text that is the caption goes too
            for image in figure.iter("img"):
                if folded_words(image.get("alt") or "") == wanted:
                    image.set("alt", "")
    return removed


def _repeat_to_drop(
    main: HtmlElement, element: HtmlElement, repeats: Callable[[HtmlElement], bool]
) -> HtmlElement | None:
    """What goes for a repeat of the lead caption: the element itself, or its ``<figure>``
    inside ``main`` when the figure's words are the caption's too and it holds no picture
    with an address (a picture stays, drawn without the caption the header shows); None
    when it is no longer in ``main``."""
    figure = None
    for ancestor in element.iterancestors():
        if ancestor is main:
            whole = figure is not None and repeats(figure) and figure_picture(figure) is None
            return figure if whole else element
        if figure is None and ancestor.tag == "figure":
            figure = ancestor
    return None
