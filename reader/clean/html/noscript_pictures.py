"""A lazy loader's placeholder (an ``<img>`` with no address of its own, or a ``data:`` one)
followed by the real picture in a ``<noscript>``, for browsers without scripts: the picture
takes the placeholder's place. Without this the figure kept its caption and lost its
picture, as the page's ``<noscript>`` goes with its scripts."""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.clean.html.dropping import drop
from reader.clean.html.structured import image_source


def swap_noscript_pictures(tree: HtmlElement) -> None:
    """Put the ``<img>`` of each ``<noscript>`` that follows an image without an address in
    that image's place (in place; the ``<noscript>`` goes)."""
    for noscript in list(tree.iter("noscript")):
        before = noscript.getprevious()
        if before is None or before.tag != "img" or image_source(before, embedded=False):
            continue
        picture = next((image for image in noscript.iter("img") if image_source(image)), None)
        parent = noscript.getparent()
        if picture is None or parent is None:
            continue
        picture.tail = before.tail
        parent.replace(before, picture)
        drop(noscript)  # (its tail joins the picture's)


__all__ = ["swap_noscript_pictures"]
