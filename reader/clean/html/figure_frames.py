"""Figures among the blocks a class names as furniture: a picture's caption and the frame
around the article's own figures go with the pictures, whatever their class says."""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.clean.html.figure_credit import is_credit
from reader.clean.html.prose import one_line
from reader.clean.html.structured import figure_picture


def captions_a_picture(element: HtmlElement) -> bool:
    """A ``<figcaption>`` of a figure that holds a picture with an address: shown with it,
    whatever its class says (WCXB dev articles F1 0.9503 -> 0.9502, ``with`` 0.8684 ->
    0.8688). Without an address there is no picture, and the caption goes as before."""
    figure = element.getparent() if element.tag == "figcaption" else None
    return figure is not None and figure.tag == "figure" and figure_picture(figure) is not None


def within_a_caption(element: HtmlElement, hint: str) -> bool:
    """A part of a caption named as one ("caption-text": Sphinx, docutils) inside a table's
    ``<caption>``, or inside a picture's ``<figcaption>`` that links to itself (a "¶" after
    its words, as documentation generators number and link figures): the caption's own
    words. Elsewhere it goes as before (WCXB's labels leave a news photo's caption out: dev
    articles F1 -0.0001 when those stayed)."""
    if hint.lower() != "caption":
        return False
    caption = next(element.iterancestors("figcaption", "caption"), None)
    if caption is None or caption.tag == "caption":
        return caption is not None
    return _links_itself(caption) and captions_a_picture(caption)


def _links_itself(caption: HtmlElement) -> bool:
    """Whether a caption holds a link to a place on the page shown as a mark ("¶")."""
    return any(
        (link.get("href") or "").startswith("#") and not one_line(link).strip("¶#§\uf0c1")
        for link in caption.iter("a")
    )


def credits_a_picture(element: HtmlElement) -> bool:
    """A credit inside the caption of a picture ("credit", "byline", a ``<small>``): the
    picture's credit, shown under its caption."""
    if not is_credit(element):
        return False
    caption = next(element.iterancestors("figcaption"), None)
    return caption is not None and captions_a_picture(caption)


PICTURE_FRAMES = frozenset({"gallery", "slideshow", "carousel"})


def frames_own_figures(element: HtmlElement) -> bool:
    """Whether ``element`` frames figures with pictures and links to nothing in words (its
    links, if any, are the pictures themselves): the article's pictures, where a carousel of
    other stories links each of its headlines."""
    return frames_a_figure(element) and not any(one_line(link) for link in element.iter("a"))


def frames_a_figure(element: HtmlElement) -> bool:
    """Whether ``element`` holds a ``<figure>`` with a picture that has an address."""
    return element.tag != "figure" and any(
        figure_picture(figure) is not None for figure in element.iter("figure")
    )


__all__ = [
    "PICTURE_FRAMES", "captions_a_picture", "credits_a_picture", "frames_a_figure",
    "frames_own_figures", "within_a_caption",
]
