"""reStructuredText (a Python project's README.rst, a documentation source) -> an
``Extracted`` draft, through docutils, the format's own implementation.

docutils writes the document as HTML5 and the HTML block rules read it (headings, lists,
literal blocks as code with their language, tables, definition lists, admonitions, images
and links keep their structure); its title and subtitle, and the ``:Author:`` and ``:Date:``
fields of its bibliography, name it. Safely: no file is included (``.. include::``), no raw
HTML passes (``.. raw::``), and a directive or role docutils does not know (a Sphinx one)
is left as its text, never an error. docutils is imported only when such a file is read.
"""

from __future__ import annotations

import html
import re

from lxml.html import HtmlElement

from reader.clean.extracted import Extracted, with_text
from reader.clean.rst_bounds import beyond_bounds
from reader.core.lazy import lazy_re

_SETTINGS = {
    "file_insertion_enabled": False,  # no `.. include::` or `:file:` of the reader's files
    "raw_enabled": False,  # no `.. raw:: html`
    "report_level": 5,  # no system messages in the text ...
    "halt_level": 5,  # ... and never a halt on a bad document
    "warning_stream": False,
    "_disable_config": True,  # no docutils.conf from the reader's folders
    "syntax_highlight": "none",  # plain <pre class="code python">: our code rules read it
    "embed_stylesheet": False,
    "doctitle_xform": True,  # a lone top section title is the document's title
}
_TAGS = lazy_re(r"<[^>]+>")
# a role docutils does not know (Sphinx's), left as written: ":ref:`Title <target>`",
# ":func:`os.path.join`"
_ROLE = lazy_re(r":[\w.+-]+(?::[\w.+-]+)?:`([^`<>]+?)(?:\s*<[^`<>]*>)?`")
_PROSE = frozenset({"paragraph", "heading", "list", "quote"})


def _role_text(found: re.Match[str]) -> str:
    return found.group(1).strip()


def _name_languages(body: HtmlElement) -> None:
    """docutils marks a literal block's language as ``class="code python literal-block"``:
    written as ``language-python``, which the code rules read."""
    for pre in body.iter("pre"):
        classes = (pre.get("class") or "").split()
        if len(classes) > 1 and classes[0] == "code" and classes[1] != "literal-block":
            pre.set("class", f"language-{classes[1]} literal-block")


def _literals_as_code(body: HtmlElement) -> None:
    """docutils writes an inline literal (````ls -l````) as ``<span class="docutils
    literal">``: made the ``<code>`` it is, so it is styled as code."""
    for span in body.iter("span"):
        if "literal" in (span.get("class") or "").split():
            span.tag = "code"


def _plain(markup: str) -> str:
    return " ".join(html.unescape(_TAGS.sub(" ", markup)).split())


def _field(docinfo: HtmlElement | None, *names: str) -> str | None:
    """A bibliographic field's text (``:Author: Jane Roe``), or None."""
    if docinfo is None:
        return None
    for name in names:
        found = docinfo.xpath(f"//dd[contains(concat(' ', @class, ' '), ' {name} ')]")
        if found:
            text = " ".join(found[0].text_content().split())
            if text:
                return text
    return None


def clean_rst(text: str) -> Extracted:
    """The article of a reStructuredText document; one docutils cannot read (beyond the
    bounds of :mod:`reader.clean.rst_bounds`, or failing inside) is read as plain text."""
    from docutils.core import publish_parts

    from reader.clean.text.pipeline import clean_plain_text

    if beyond_bounds(text):
        return clean_plain_text(text)
    try:
        parts = publish_parts(source=text, writer_name="html5", settings_overrides=_SETTINGS)
    except Exception:  # docutils' own failures have no common base: the text is still text
        return clean_plain_text(text)
    return _from_parts(parts)


def _from_parts(parts: dict[str, str]) -> Extracted:
    from reader.clean.byline import parse_date
    from reader.clean.html.blocks import html_to_blocks
    from reader.clean.html.pipeline import parse_html

    body = parse_html(f"<html><body>{parts['body']}</body></html>").find("body")
    if body is not None:
        _name_languages(body)
        _literals_as_code(body)
    blocks = [with_text(block, _ROLE.sub(_role_text, block[1])) if block[0] in _PROSE else block
              for block in (html_to_blocks(body) if body is not None else [])]
    docinfo_markup = parts.get("docinfo") or ""
    docinfo = parse_html(f"<html><body>{docinfo_markup}</body></html>") if docinfo_markup else None
    authors = _field(docinfo, "author", "authors")
    date = _field(docinfo, "date")
    return Extracted(
        title=_plain(parts.get("title") or ""),
        subtitle=_plain(parts.get("subtitle") or "") or None,
        authors=[name.strip() for name in re.split(r"\s*[;,]\s*|\s+and\s+", authors)
                 if name.strip()] if authors else [],
        published=parse_date(date) if date else None,
        blocks=blocks,
    )


__all__ = ["clean_rst"]
