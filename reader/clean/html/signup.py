"""Sign-up boxes out of an HTML tree, before readability sees it.

A newsletter or text-alert box is a form asking for an e-mail address or a phone number,
wrapped in a pitch ("Be the first to know!") and small print ("By signing up, you agree...").
Readability drops the form but keeps the words around it. The box is the form's widest
ancestor that is still short and holds no paragraph of prose of its own, so a form placed in
the article's container takes only itself with it.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.clean.explain import DropLog
from reader.clean.html.dropping import drop
from reader.clean.html.prose import short_text
from reader.core.lazy import lazy_re

# the most words a sign-up box holds (pitch, labels, small print)
MAX_BOX_WORDS = 150
# a paragraph this long outside the form is prose: the climb stops below its container
PROSE_WORDS = 25
_CONTACT_FIELD = lazy_re(r"e-?mail|phone|mobile|\btel\b", re.IGNORECASE)
_PITCH = lazy_re(
    r"\b(?:sign(?:ing)?[ -]?up|subscrib\w*|newsletters?|inbox|opt[ -]?out|texted|alerts?|"
    r"notif\w+|updates|join)\b",
    re.IGNORECASE,
)
_STOP_TAGS = frozenset({"body", "html", "main", "article"})


def _asks_for_contact(form: HtmlElement) -> bool:
    """A form with an e-mail or phone field and nothing to write at length or log in with."""
    asks = False
    for field in form.iter("input", "textarea"):
        kind = (field.get("type") or "text").lower()
        if field.tag == "textarea" or kind == "password":
            return False  # a comment or log-in form: not ours to judge
        labels = " ".join(filter(None, map(field.get, ("name", "placeholder", "aria-label"))))
        if kind in ("email", "tel") or (kind == "text" and _CONTACT_FIELD.search(labels)):
            asks = True
    return asks


def _has_prose_outside(element: HtmlElement, inner: HtmlElement) -> bool:
    """Whether ``element`` holds a paragraph of prose that is not inside ``inner``."""
    for paragraph in element.iter("p"):
        if len(paragraph.text_content().split()) < PROSE_WORDS:
            continue
        if paragraph is not inner and not any(a is inner for a in paragraph.iterancestors()):
            return True
    return False


def _box_of(form: HtmlElement) -> HtmlElement:
    """The widest ancestor of ``form`` that is still only the sign-up box."""
    box = form
    parent = form.getparent()
    while parent is not None and parent.tag not in _STOP_TAGS:
        if short_text(parent, MAX_BOX_WORDS) is None or _has_prose_outside(parent, box):
            break
        box = parent
        parent = parent.getparent()
    return box


def remove_signup_boxes(tree: HtmlElement, log: DropLog | None = None) -> int:
    """Drop the boxes around e-mail and phone sign-up forms from ``tree`` in place; return how
    many went (each recorded in ``log`` as "signup-box")."""
    removed = 0
    for form in list(tree.iter("form")):
        if form.getparent() is None or not _asks_for_contact(form):
            continue
        box = _box_of(form)
        if box.getparent() is None or not _PITCH.search(box.text_content()):
            continue
        drop(box, log, "signup-box")
        removed += 1
    return removed
