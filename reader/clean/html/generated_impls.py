"""An API reference's implementations that every type gets, not the documented crate's.

rustdoc (docs.rs, doc.rust-lang.org) ends each type's page with two sections the compiler
made up rather than the crate's author wrote: "Auto Trait Implementations" (``Send``,
``Sync``, ``Unpin``... each a bare ``impl`` line) and "Blanket Implementations" (``Any``,
``Borrow``, ``From<T>``, ``Into<U>``... each with the standard library's one-line doc and
"Read more"). They are the same on every page, longer than a small type's own text, and
say nothing about it. rustdoc marks both by their heading's id and their list's
(``synthetic-implementations``, ``blanket-implementations`` and ``-list``); the heading and
its list go, recorded as "generated-impls". The type's own trait implementations stay.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.clean.explain import DropLog
from reader.clean.html.dropping import drop

__all__ = ["remove_generated_impls"]

GENERATED_SECTIONS = ("synthetic-implementations", "blanket-implementations")


def remove_generated_impls(tree: HtmlElement, log: DropLog | None = None) -> int:
    """Drop rustdoc's auto trait and blanket implementation sections from ``tree`` in place
    (each heading with its list); return how many elements went."""
    wanted = {*GENERATED_SECTIONS, *(f"{name}-list" for name in GENERATED_SECTIONS)}
    found = [element for element in tree.iter() if element.get("id") in wanted]
    headings = {e.get("id") for e in found if e.get("id") in GENERATED_SECTIONS}
    gone = 0
    for element in found:
        section = element.get("id", "").removesuffix("-list")
        if section not in headings or element.getparent() is None:
            continue  # (a list is left alone unless its heading says what it is)
        drop(element, log, "generated-impls")
        gone += 1
    return gone
