"""What the page's own stylesheet hides: ``#thankYouBox { display: none }`` in a ``<style>``.

A widget the page shows only once a script has run (a survey's box and its "Thank you for
completing the survey!", a form's success message) is hidden by a rule of the page's
stylesheet rather than by the element's attribute. Such an element is hidden when a rule
outside any ``@media`` (or other condition) whose selector is one element alone, by its id or
its classes (``#qaBox``, ``div.notice.success``), sets ``display: none``, and no rule that
may apply to it shows it:

- a rule of more weight (an id over classes, ``!important``) or later, setting another
  ``display``, whose selector the element matches (``#qaBox.show`` does not match a box
  without the class ``show``: the script adds it);
- a rule that may show it in some state or at some width: one whose selector ends in a part
  the element matches, whatever comes before it or after a colon (``.faq.open .answer``,
  ``.menu:hover .submenu``, ``@media (min-width: 40em) { .aside { display: block } }``);
- its own ``style`` attribute setting another ``display``.

Rules of a ``<style media="print">`` are not read. Selectors of several elements, of
attributes or of tag names alone never hide anything (too broad to judge).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

from reader.clean.class_index import owners_matching
from reader.core.lazy import lazy_re

__all__ = ["sheet_hidden"]

_DISPLAY = lazy_re(r"(?<![\w-])display\s*:\s*([\w-]+)\s*(!\s*important)?", re.IGNORECASE)
_HIDES = lazy_re(r"display\s*:\s*none")  # (a first look, lower-cased: no lookbehind)
# one element by its tag, id and classes: "div#qaBox.box"
# (anchored: read whole, once, from its start)
_COMPOUND = lazy_re(r"\A(?P<tag>[a-zA-Z][\w-]*|\*)?(?P<marks>(?:[#.][\w-]+)+)\Z")
_MARK = lazy_re(r"([#.])([\w-]+)")
_COMBINATOR = lazy_re(r"\s*[>+~]\s*|\s+")
_PSEUDO = lazy_re(r"::?[\w-]+(?:\([^)]*\))?|\[[^\]]*\]")  # ":hover", ":not(.x)", "[open]"
_STYLES = etree.XPath("//style")
# every id and class value, in document order (each knows its element: getparent)
_MARK_VALUES = etree.XPath("descendant-or-self::*/@id | descendant-or-self::*/@class")
_CONDITIONS = ("@media", "@supports", "@layer", "@container", "@document")
MAX_SHEET = 2_000_000  # characters of stylesheet read at most (a page's own rules come first)
MAX_CHECKS = 200_000  # rules matched against elements at most (a real page: a few hundred)


@dataclass(frozen=True)
class _Rule:
    """A ``display`` set on one element's selector: ``tag``, ``ids`` and ``classes`` to
    match; ``weight`` orders the rules that match (importance, specificity, place)."""

    tag: str | None
    ids: frozenset[str]
    classes: frozenset[str]
    hides: bool
    weight: tuple[int, int, int, int, int]
    certain: bool  # outside any condition, a selector of this element alone

    def matches(self, element: HtmlElement) -> bool:
        if self.tag and self.tag != "*" and self.tag != element.tag:
            return False
        if self.ids and self.ids != {element.get("id")}:
            return False
        return self.classes <= set((element.get("class") or "").split())


def _blocks(css: str) -> Iterator[tuple[str, str, bool]]:
    """``(selector, declarations, conditional)`` of every rule in ``css`` that sets a
    ``display``, those inside ``@media`` and the like too (``conditional``); other at-rules'
    insides and rules nested in rules are skipped. One pass, whatever the nesting (a
    stylesheet of 20,000 nested ``@media`` took a reading per level 10 s), piece by piece
    between closing braces: a piece holding one opening brace is a whole rule, read further
    only when it is about ``display`` (a page's stylesheet is thousands of rules, a few of
    them about display; read brace by brace, it took a third of what the cleanup added)."""
    # each open block: its prelude, where its body starts, whether it is read, and whether
    # the rules right inside it are
    stack: list[tuple[str, int, bool, bool]] = []
    pieces = css.split("}")
    base = 0  # where the piece starts in css
    for piece in pieces[:-1]:  # (the last one is closed by no brace)
        opens = piece.count("{")
        if opens == 0:
            if stack:
                prelude, start, read, _inside = stack.pop()
                end = base + len(piece)
                if read and not prelude.startswith("@") and css.find("display", start, end) >= 0:
                    yield prelude, css[start:end], bool(stack)
        else:
            at = 0  # just after the piece's last brace
            for _ in range(opens - 1):  # blocks opened here and closed further on
                brace = piece.find("{", at)
                prelude = piece[at:brace].rsplit(";", 1)[-1].strip()
                read = not stack or stack[-1][3]
                inside = read and prelude.lower().startswith(_CONDITIONS)
                stack.append((prelude, base + brace + 1, read, inside))
                at = brace + 1
            brace = piece.find("{", at)  # the rule this closing brace ends
            if (not stack or stack[-1][3]) and piece.find("display", brace + 1) >= 0:
                prelude = piece[at:brace].rsplit(";", 1)[-1].strip()
                if not prelude.startswith("@"):
                    yield prelude, piece[brace + 1 :], bool(stack)
        base += len(piece) + 1


def without_comments(css: str) -> str:
    """``css`` without its ``/* comments */`` (one left open runs to the end), in one pass:
    a regex's lazy ``.*?`` read to the end again from each of many unclosed "/*" (a page of
    160,000 took it minutes)."""
    parts: list[str] = []
    at = 0
    while (start := css.find("/*", at)) >= 0:
        parts.append(css[at:start])
        end = css.find("*/", start + 2)
        if end < 0:
            return "".join(parts)
        at = end + 2
    parts.append(css[at:])
    return "".join(parts)


def _stylesheet(root: HtmlElement) -> str:
    """The page's own stylesheets for the screen, without comments, as one text."""
    sheets = [
        style.text or "" for style in _STYLES(root)
        if (style.get("media") or "all").strip().lower() in ("all", "screen", "")
    ]
    return without_comments("\n".join(sheets)[:MAX_SHEET])


def _rules(css: str) -> list[_Rule]:
    """The ``display`` rules of a stylesheet (see the module)."""
    # (lower-cased for the first look: a case-blind pattern cannot skip ahead to "display")
    if not _HIDES.search(css.lower()):
        return []
    rules: list[_Rule] = []
    for order, (selectors, body, conditional) in enumerate(_blocks(css)):
        found = _DISPLAY.findall(body)
        if not found:
            continue
        value, important = found[-1]
        for selector in selectors.split(","):
            rule = _rule(selector.strip(), value.lower() == "none", bool(important),
                         order, conditional)
            if rule is not None:
                rules.append(rule)
    return rules


@dataclass(frozen=True)
class _Sheet:
    """What a stylesheet's rules hide: the rules by their rarest mark, the ids and classes
    of the rules that hide, and a pattern finding those names among the page's."""

    by_mark: dict[str, list[_Rule]]
    ids: frozenset[str]
    classes: frozenset[str]
    names: re.Pattern[str]


@lru_cache(maxsize=4)
def _sheet(css: str) -> _Sheet | None:
    """The stylesheet read once (the cleanup asks again about a copy of the same page)."""
    rules = _rules(css)
    hiding = [rule for rule in rules if rule.hides and rule.certain]
    if not hiding:
        return None
    ids = frozenset(name for rule in hiding for name in rule.ids)
    classes = frozenset(name for rule in hiding for name in rule.classes)
    names = "|".join(re.escape(name) for name in sorted(ids | classes, key=len, reverse=True))
    return _Sheet(_by_rarest_mark(rules), ids, classes, re.compile(rf"(?<!\S)(?:{names})(?!\S)"))


def _named(root: HtmlElement, sheet: _Sheet) -> Iterator[HtmlElement]:
    """The elements with an id or a class the sheet hides by, in document order: their
    names are searched in the page's ids and classes joined, not element by element."""
    for element in owners_matching(_MARK_VALUES(root), sheet.names):
        own = (element.get("class") or "").split()
        if element.get("id") in sheet.ids or not sheet.classes.isdisjoint(own):
            yield element


def _rule(
    selector: str, hides: bool, important: bool, order: int, conditional: bool
) -> _Rule | None:
    """The rule of one selector; for a selector of more than one element, or with states,
    the rule of its last part (never certain: it may apply, or not)."""
    alone = _COMPOUND.fullmatch(selector)
    certain = alone is not None and not conditional
    if alone is None:
        if hides:
            return None  # (a selector this module cannot judge hides nothing)
        subject = _COMBINATOR.split(_PSEUDO.sub("", selector).strip())[-1]
        alone = _COMPOUND.fullmatch(subject)
        if alone is None:
            return None
    marks = _MARK.findall(alone["marks"])
    ids = frozenset(name for mark, name in marks if mark == "#")
    classes = frozenset(name for mark, name in marks if mark == ".")
    tag = (alone["tag"] or "").lower() or None
    weight = (int(important), len(ids), len(classes), int(bool(tag)), order)
    return _Rule(tag, ids, classes, hides, weight, certain)


def _by_rarest_mark(rules: list[_Rule]) -> dict[str, list[_Rule]]:
    """The rules (the same rule written again once, at its weightiest) under one mark each,
    the one fewest rules have: an element is looked up by each of its own marks, and a rule
    that matches it has all of its marks, so it is found once, among few."""
    weightiest: dict[tuple[object, ...], _Rule] = {}
    for rule in rules:
        key = (rule.tag, rule.ids, rule.classes, rule.hides, rule.certain)
        if key not in weightiest or weightiest[key].weight < rule.weight:
            weightiest[key] = rule
    counts = Counter(mark for rule in weightiest.values() for mark in _marks(rule))
    by_mark: dict[str, list[_Rule]] = {}
    for rule in weightiest.values():
        marks = _marks(rule)
        if marks:
            by_mark.setdefault(min(marks, key=lambda mark: counts[mark]), []).append(rule)
    return by_mark


def _marks(rule: _Rule) -> list[str]:
    return [*(f"#{name}" for name in rule.ids), *(f".{name}" for name in rule.classes)]


def _inline_display(element: HtmlElement) -> str | None:
    found = _DISPLAY.findall(element.get("style") or "")
    return found[-1][0].lower() if found else None


def sheet_hidden(root: HtmlElement) -> list[HtmlElement]:
    """The elements the page's stylesheet hides and nothing shows (see the module)."""
    sheet = _sheet(_stylesheet(root))
    if sheet is None:
        return []
    hidden: list[HtmlElement] = []
    checks = 0
    for element in _named(root, sheet):
        own = (element.get("class") or "").split()
        marks = {f"#{element.get('id')}", *(f".{name}" for name in own)}
        matching = [rule for mark in marks for rule in sheet.by_mark.get(mark, ())]
        checks += len(matching)
        if checks > MAX_CHECKS:
            return []  # (a stylesheet made to be slow: nothing is judged hidden by it)
        applied = [rule for rule in matching if rule.matches(element)]
        if not any(rule.hides and rule.certain for rule in applied):
            continue
        if any(not rule.hides and not rule.certain for rule in applied):
            continue  # shown in some state or at some width
        winner = max((rule for rule in applied if rule.certain), key=lambda rule: rule.weight)
        inline = _inline_display(element)
        if winner.hides and (inline is None or inline == "none" or winner.weight[0]):
            hidden.append(element)
    return hidden
