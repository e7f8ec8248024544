"""AMP pages (Google's Accelerated Mobile Pages, still served by many news sites at their
``/amp`` addresses) draw their pictures with ``<amp-img>`` and ``<amp-anim>``: read as the
``<img>`` they stand for, so that a figure keeps its picture and its caption. The fallback
``<img>`` an ``<amp-img>`` may hold in a ``<noscript>`` goes: the picture is drawn once."""

from __future__ import annotations

from lxml.html import HtmlElement

AMP_PICTURES = ("amp-img", "amp-anim")


def read_amp_pictures(tree: HtmlElement) -> None:
    """Turn each ``<amp-img>`` / ``<amp-anim>`` of ``tree`` into an ``<img>`` (in place)."""
    for element in list(tree.iter(*AMP_PICTURES)):
        for child in list(element):
            element.remove(child)  # (a <noscript> fallback, a placeholder: no text of its own)
        element.tag = "img"


__all__ = ["AMP_PICTURES", "read_amp_pictures"]
