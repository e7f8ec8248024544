"""A page its scripts draw: served as a shell (an empty application root, a ``<noscript>``
asking for JavaScript) that a browser fills by running code, which the reader never does.
When such a page gives no article text, the reader says why instead of only that it is empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.html import HtmlElement

from reader.core.lazy import lazy_re

__all__ = ["SCRIPTED_MESSAGE", "SHELL_WORDS", "drawn_by_scripts", "is_shell_text"]

SCRIPTED_MESSAGE = (
    "This page is drawn by JavaScript, which the reader does not run: the page as the server "
    "sends it has no article text. Its AMP or print version, or its feed, may have it."
)
SHELL_WORDS = 80  # a shell shows at most this many words of its own
SHELL_TEXT = 20  # found in a shell, fewer words than this are its own ("Loading…"), no story
# "You need to enable JavaScript to run this app.", "Please turn on JavaScript"
_ASKS_FOR_SCRIPTS = lazy_re(r"\bjavascript\b|\bjs\b", re.IGNORECASE)
# the element a framework draws the application into: React's "root", Vue's "app",
# Next.js's "__next", Nuxt's "__nuxt", Gatsby's "___gatsby", Angular's <app-root>
_APP_ROOTS = frozenset({"root", "app", "__next", "__nuxt", "___gatsby", "svelte", "main-app"})


def drawn_by_scripts(tree: HtmlElement) -> bool:
    """Whether the page is a shell its scripts fill: it runs scripts, and it asks for
    JavaScript in a ``<noscript>`` or holds an empty application root."""
    if next(tree.iter("script"), None) is None:
        return False
    for element in tree.iter("noscript", "div", "app-root"):
        if element.tag == "noscript":
            if _ASKS_FOR_SCRIPTS.search(element.text_content()):
                return True
        elif (element.tag == "app-root" or element.get("id") in _APP_ROOTS) and not (
            element.text_content().strip()
        ):
            return True
    return False


def is_shell_text(texts: Iterable[str]) -> bool:
    """Whether the texts found in a shell are too few words to be anything but its own."""
    return sum(len(text.split()) for text in texts) < SHELL_TEXT
