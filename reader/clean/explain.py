"""Why text went: a recorder the HTML cleanup writes to when a named rule drops a block.

Every cleanup step that drops text takes an optional ``DropLog``; ``None`` (the default) costs
nothing. ``reader dump --explain SOURCE`` prints the log, one line per dropped block, and
``benchmarks/wcxb.py`` scores each rule by the article words it dropped against the junk.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.etree import iterwalk
from lxml.html import HtmlElement

PREVIEW_WORDS = 12
# Elements a browser draws apart from the words beside them ("Get the news" over "Sign up").
_APART = frozenset(
    "address article aside blockquote br button dd details div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol option p pre section "
    "select summary table td th tr ul".split()
)


@dataclass(frozen=True)
class Drop:
    """One dropped block: the rule's name and the block's text (whitespace squashed)."""

    rule: str
    text: str

    def line(self, words: int = PREVIEW_WORDS) -> str:
        """ "rule-name: the first words of the block …" (one line)."""
        parts = self.text.split()
        preview = " ".join(parts[:words]) + (" …" if len(parts) > words else "")
        return f"{self.rule}: {preview}"


@dataclass
class DropLog:
    """The blocks a cleanup dropped, in order, each with the rule that dropped it."""

    drops: list[Drop] = field(default_factory=list)

    def text(self, rule: str, text: str) -> None:
        """Record ``text`` as dropped by ``rule`` (empty text is not recorded)."""
        squashed = " ".join(text.split())
        if squashed:
            self.drops.append(Drop(rule, squashed))

    def element(self, rule: str, element: HtmlElement) -> None:
        """Record an element's text as dropped by ``rule`` (call before dropping it)."""
        self.text(rule, spaced_text(element))

    def extend(self, other: DropLog) -> None:
        """Take over another log's drops (a second opinion's, once it is chosen)."""
        self.drops.extend(other.drops)

    def lines(self) -> list[str]:
        """One line per drop, in order."""
        return [drop.line() for drop in self.drops]


def spaced_text(element: HtmlElement) -> str:
    """An element's text as a browser draws it on one line: its blocks' words apart ("Get
    the news Sign up", not "Get the newsSign up"), its comments left out."""
    parts: list[str] = []
    for event, node in iterwalk(element, events=("start", "end")):
        named = isinstance(node.tag, str)
        if event == "start":
            if named and node.tag in _APART:
                parts.append(" ")
            if named and node.text:
                parts.append(node.text)
            continue
        if named and node.tag in _APART:
            parts.append(" ")
        if node is not element and node.tail:
            parts.append(node.tail)
    return "".join(parts)


_MARK = "data-reader-dropped"


def note(log: DropLog | None, rule: str, element: HtmlElement) -> None:
    """``log.element(rule, element)`` when there is a log, once per dropped subtree: an
    element inside one already recorded (the cleanup walks lists made before dropping) is not
    recorded again."""
    if log is None or element.get(_MARK) is not None:
        return
    if any(ancestor.get(_MARK) is not None for ancestor in element.iterancestors()):
        return
    element.set(_MARK, rule)
    log.element(rule, element)


__all__ = ["Drop", "DropLog", "note"]
