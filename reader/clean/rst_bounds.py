"""Bounds on a reStructuredText document before docutils reads it.

docutils has no cap of its own: a small file can make it work for minutes or take
gigabytes (substitutions that expand into each other, thousands of nested indents, tens of
thousands of markup lines). A document beyond a bound is read as plain text instead.
"""

from __future__ import annotations

import re

from reader.core.lazy import lazy_re

MAX_LINES = 10_000  # docutils reads some 3,000-7,000 lines of fields or items a second
MAX_DEPTH = 100  # nested indents: docutils' memory grows with the square of the depth
MAX_EXPANSION = 10_000  # substitution references in the text, each definition expanded

# ".. |name| replace:: text", its indented continuation lines with it
_DEFINITION = lazy_re(r"^[ \t]*\.\.[ \t]+\|([^|\n]+)\|[ \t]+[\w:.+-]+::(.*(?:\n[ \t]+\S.*)*)",
                         re.MULTILINE)
_REFERENCE = lazy_re(r"\|([^|\s](?:[^|\n]*[^|\s])?)\|")


def _name(written: str) -> str:
    """A substitution's name as docutils matches it: case and spacing aside."""
    return " ".join(written.casefold().split())


def _expansions(definitions: dict[str, list[str]]) -> dict[str, int]:
    """How many references each definition becomes once expanded (capped past the bound);
    a circular reference counts once, as docutils stops there."""
    done: dict[str, int] = {}
    for root in definitions:
        if root in done:
            continue
        path, children, totals = [root], [iter(definitions[root])], [1]
        while path:
            child = next(children[-1], None)
            if child is None:
                name, total = path.pop(), totals.pop()
                children.pop()
                done[name] = min(total, MAX_EXPANSION + 1)
                if totals:
                    totals[-1] += done[name]
            elif child in done:
                totals[-1] += done[child]
            elif child in definitions and child not in path:
                path.append(child)
                children.append(iter(definitions[child]))
                totals.append(1)
            else:
                totals[-1] += 1
    return done


def _expansion(text: str) -> int:
    """The substitution references the document's text becomes, definitions expanded."""
    definitions: dict[str, list[str]] = {}
    for found in _DEFINITION.finditer(text):
        definitions[_name(found[1])] = [_name(ref) for ref in _REFERENCE.findall(found[2])]
    if not definitions:
        return 0
    sizes = _expansions(definitions)
    body = _DEFINITION.sub("", text)
    return sum(sizes.get(_name(ref), 1) for ref in _REFERENCE.findall(body))


def _depth(lines: list[str]) -> int:
    """The deepest nesting of indents (each indent deeper than the one it is inside)."""
    indents: list[int] = []
    deepest = 0
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        indent = len(line) - len(stripped)
        while indents and indents[-1] > indent:
            indents.pop()
        if not indents or indents[-1] < indent:
            indents.append(indent)
            deepest = max(deepest, len(indents))
    return deepest


def beyond_bounds(text: str) -> bool:
    """Whether docutils would take too long or too much memory over ``text``."""
    lines = text.splitlines()
    return (len(lines) > MAX_LINES or _depth(lines) > MAX_DEPTH
            or _expansion(text) > MAX_EXPANSION)


__all__ = ["MAX_DEPTH", "MAX_EXPANSION", "MAX_LINES", "beyond_bounds"]
