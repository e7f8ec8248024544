"""Inputs no one fills in: a field hidden from assistive technology (a checklist's box drawn
by a button beside it) or disabled (a task list's ticked box, as Markdown renderers write
it). readability counts a block's inputs against its paragraphs and drops the block as a
form when they are many: a checklist of tips, one box and one paragraph each, went whole.
"""

from __future__ import annotations

from lxml.html import HtmlElement


def _inert(field: HtmlElement) -> bool:
    return (field.get("aria-hidden") or "").strip().lower() == "true" or (
        field.get("disabled") is not None
    )


def drop_inert_inputs(tree: HtmlElement) -> int:
    """Remove the inert ``<input>`` elements of ``tree`` (they hold no text; what follows
    each stays); return how many."""
    fields = [field for field in tree.iter("input") if _inert(field)]
    for field in fields:
        field.drop_tag()
    return len(fields)


__all__ = ["drop_inert_inputs"]
