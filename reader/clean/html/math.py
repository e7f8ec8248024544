"""Formulas written in the page's markup, read as their TeX where they stand.

A page draws its mathematics with MathML (``<math>``: arXiv, Wikipedia's hidden copy, a
browser's own), KaTeX (a ``<span class="katex">`` holding MathML with its TeX beside the
glyphs it draws), MathJax 3 (``<mjx-container>``: glyphs without text, MathML for screen
readers) or MathJax 2 (the TeX in a ``<script type="math/tex">``, the glyphs drawn before
it). Left alone, a formula's MathML is skipped with the page's scripts and its drawn glyphs
read as letters run together ("E=mc2"), or nothing: "The formula is famous". Each formula
is turned into one ``<span>`` (a ``<div>`` for a displayed one) holding its TeX: the
``alttext`` or the TeX annotation the page gives, else its MathML read out
("msup(c, 2)" as "c^{2}")."""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.clean.html.dropping import drop
from reader.clean.html.structured import DISPLAY_STYLE
from reader.core.sanitize import clean_line

_TEX = "application/x-tex"
# MathJax 2's drawings of the formula a ``math/tex`` script holds, just before it
_MATHJAX_DRAWN = frozenset(
    {"MathJax_Preview", "MathJax", "MathJax_Display", "MathJax_SVG", "MathJax_SVG_Display",
     "MathJax_CHTML", "MathJax_PHTML", "MathJax_MathML", "MathJax_MathContainer"}
)
MAX_FORMULA = 2000  # characters of TeX read in a formula's place (a longer one is cut)


def read_math(tree: HtmlElement) -> None:
    """Turn each formula of ``tree`` into a ``<span>`` (or ``<div>``) of its TeX, in place."""
    for element in list(tree.iter("script")):
        kind = (element.get("type") or "").lower()
        if kind.startswith("math/tex"):
            _drop_drawings(element)
            _replace(element, element.text or "", "mode=display" in kind)
    for element in _with_class(tree, "katex"):
        if element.getparent() is not None:  # (not inside a formula already replaced)
            _replace(element, _tex_of(element), _displayed(element))
    for element in list(tree.iter("mjx-container")):
        if element.getparent() is not None:
            _replace(element, _tex_of(element), element.get("display") == "true")
    for element in list(tree.iter("math")):
        if element.getparent() is not None:
            _replace(element, _tex_of(element), element.get("display") == "block")


def _with_class(tree: HtmlElement, name: str) -> list[HtmlElement]:
    """The elements whose class list holds ``name``, outermost first."""
    found = tree.xpath(
        "//*[contains(concat(' ', normalize-space(@class), ' '), $name)]", name=f" {name} "
    )
    return list(found)


def _displayed(katex: HtmlElement) -> bool:
    parent = katex.getparent()
    return parent is not None and "katex-display" in (parent.get("class") or "").split()


def _drop_drawings(script: HtmlElement) -> None:
    """Remove the elements MathJax 2 drew the script's formula with, just before it."""
    previous = script.getprevious()
    while previous is not None and _MATHJAX_DRAWN & set((previous.get("class") or "").split()):
        earlier = previous.getprevious()
        drop(previous)
        previous = earlier


def _tex_of(element: HtmlElement) -> str:
    """The formula's TeX: its ``alttext``, its TeX annotation, else its MathML read out."""
    math = element if element.tag == "math" else next(element.iter("math"), None)
    if math is None:
        return ""
    alt = math.get("alttext")
    if alt and alt.strip():
        return alt
    for annotation in math.iter("annotation"):
        if (annotation.get("encoding") or "").lower() == _TEX and annotation.text:
            return annotation.text
    return _read_out(math)


def _read_out(element: HtmlElement) -> str:
    """MathML as TeX-like text: ``msup`` as ``^{}``, ``msub`` as ``_{}``, ``mfrac`` as
    ``\\frac{}{}``, ``msqrt`` as ``\\sqrt{}``; token elements by their text."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in ("annotation", "annotation-xml"):
        return ""
    parts = [_read_out(child) for child in element]
    if tag in ("mi", "mn", "mo", "mtext", "ms"):
        return (element.text_content() or "").strip()
    if tag == "msup" and len(parts) == 2:
        return f"{parts[0]}^{{{parts[1]}}}"
    if tag == "msub" and len(parts) == 2:
        return f"{parts[0]}_{{{parts[1]}}}"
    if tag in ("msubsup", "munderover") and len(parts) == 3:
        return f"{parts[0]}_{{{parts[1]}}}^{{{parts[2]}}}"
    if tag == "mfrac" and len(parts) == 2:
        return f"\\frac{{{parts[0]}}}{{{parts[1]}}}"
    if tag == "msqrt":
        return f"\\sqrt{{{''.join(parts)}}}"
    if tag == "mroot" and len(parts) == 2:
        return f"\\sqrt[{parts[1]}]{{{parts[0]}}}"
    return "".join(parts)


def _replace(element: HtmlElement, tex: str, displayed: bool) -> None:
    """Put a ``<span>`` (``<div>`` when ``displayed``) of ``tex`` in ``element``'s place."""
    text = clean_line(tex)  # (an attribute's text may hold what no element's text can)
    inner = DISPLAY_STYLE.match(text)
    text = (inner.group(1) if inner else text).strip()[:MAX_FORMULA]
    parent = element.getparent()
    if parent is None:
        return
    if not text:
        drop(element)
        return
    formula = element.makeelement("div" if displayed else "span", {"class": "formula"})
    formula.text = text
    formula.tail = element.tail
    parent.replace(element, formula)


__all__ = ["read_math"]
