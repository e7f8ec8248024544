"""React's streamed server rendering: the late parts of the page put where they show.

A page rendered by React 18 streaming (Next.js and many doc sites) sends a placeholder
(``<template id="B:3">``) where a slow part goes, and the part itself later, at the end of
the body, in ``<div hidden id="S:3">``; a script moves it into place on load. The part is
shown text, not hidden: it is moved to its placeholder here (or, without one, unhidden),
before the cleanup drops hidden elements.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from reader.core.lazy import lazy_re

_SEGMENT = lazy_re(r"^S:(\w+)$")
_SEGMENTS = etree.XPath("/descendant::*[@hidden and starts-with(@id, 'S:')]")
_PLACEHOLDERS = etree.XPath(
    "/descendant::template[starts-with(@id, 'B:') or starts-with(@id, 'P:')]"
)


def _keep_tail(element: HtmlElement) -> None:
    """Hand the text after ``element`` to what stays in its place."""
    tail, element.tail = element.tail, None
    if not tail:
        return
    before = element.getprevious()
    if before is not None:
        before.tail = (before.tail or "") + tail
    else:
        parent = element.getparent()
        parent.text = (parent.text or "") + tail


def place_streamed(tree: HtmlElement, hidden: list[HtmlElement] | None = None) -> int:
    """Move each streamed part to its placeholder (unhide it without one); return how many.
    ``hidden``: the tree's elements with a ``hidden`` attribute, if already found."""
    candidates = _SEGMENTS(tree) if hidden is None else hidden
    segments = [(_SEGMENT.match(el.get("id", "")), el) for el in candidates]
    found = [(match.group(1), element) for match, element in segments if match]
    if not found:
        return 0
    holders = {el.get("id", "")[2:]: el for el in _PLACEHOLDERS(tree)}
    for key, segment in found:
        del segment.attrib["hidden"]
        holder = holders.get(key)
        if holder is None or holder.getparent() is None:
            continue
        _keep_tail(segment)
        segment.getparent().remove(segment)
        tail = holder.tail
        holder.addprevious(segment)
        holder.getparent().remove(holder)
        segment.tail = tail
    return len(found)


__all__ = ["place_streamed"]
