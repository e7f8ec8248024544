"""What a browser draws that a page's markup only implies, read into the tree before the
cleanup: formulas (:mod:`.math`), ruby readings (:mod:`.ruby`), the marks of inline
quotations (:mod:`.inline_quotes`), superscripts and subscripts (:mod:`.scripts`), the
pictures a lazy loader hid in a ``<noscript>`` (:mod:`.noscript_pictures`). One pass over
the tree's elements finds which a page holds; only those are read."""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.clean.html.inline_quotes import mark_inline_quotes
from reader.clean.html.math import read_math
from reader.clean.html.noscript_pictures import swap_noscript_pictures
from reader.clean.html.ruby import bracket_ruby
from reader.clean.html.scripts import raise_scripts

# the elements that say a page needs a reading (a formula: MathML, KaTeX's MathML inside
# it, MathJax 3's container, MathJax 2's math/tex script)
_TELLING = ("math", "mjx-container", "script", "rt", "q", "noscript", "sup", "sub")
_MATH = frozenset({"math", "mjx-container"})


def read_drawn_markup(tree: HtmlElement) -> None:
    """Read into ``tree`` (in place) what its browser would draw for the reader."""
    present: set[str] = set()
    for element in tree.iter(*_TELLING):
        tag = element.tag
        if tag == "script":
            if (element.get("type") or "").lower().startswith("math/tex"):
                present.add("math")
        else:
            present.add("math" if tag in _MATH else "sup" if tag == "sub" else tag)
    if "math" in present:
        read_math(tree)
    if "rt" in present:
        bracket_ruby(tree)
    if "q" in present:
        mark_inline_quotes(tree)
    if "sup" in present:
        raise_scripts(tree)
    if "noscript" in present:
        swap_noscript_pictures(tree)


__all__ = ["read_drawn_markup"]
