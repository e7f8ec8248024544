"""Render an article as plain text, Markdown or JSON (``reader dump``)."""

from __future__ import annotations

import json
import textwrap

from reader.article.model import Article, Block

FORMATS = ("text", "markdown", "json")


def byline(article: Article) -> str:
    """"By A, B and C", or an empty string."""
    names = list(article.authors)
    if not names:
        return ""
    if len(names) == 1:
        return f"By {names[0]}"
    return "By " + ", ".join(names[:-1]) + " and " + names[-1]


def to_text(article: Article, width: int = 80) -> str:
    """Plain text wrapped to ``width`` columns."""
    wrap = textwrap.TextWrapper(width=width, break_long_words=False, break_on_hyphens=False)
    out: list[str] = [article.title, "=" * min(width, len(article.title))]
    for extra in (article.subtitle, byline(article), article.published, article.site):
        if extra:
            out.append(wrap.fill(extra))
    if article.caption:
        out.append("")
        out.append(wrap.fill("[Image] " + article.caption.text))
        if article.caption.credit:
            out.append(article.caption.credit)
    for block in article.blocks:
        out.append("")
        out.append(_block_text(block, wrap))
    if article.pull_quotes:
        out += ["", "Pull quotes", "-----------"]
        for quote in article.pull_quotes:
            out.append(wrap.fill(f"“{quote.text}”"))
            if quote.attribution:
                out.append(f"  — {quote.attribution}")
    return "\n".join(out) + "\n"


def _block_text(block: Block, wrap: textwrap.TextWrapper) -> str:
    if block.type == "preformatted":
        return block.text
    if block.type == "list":
        return "\n".join(
            textwrap.fill(item, wrap.width, initial_indent="• ", subsequent_indent="  ")
            for item in block.items
        )
    if block.type == "quote":
        return "\n".join(
            textwrap.fill(line, wrap.width, initial_indent="  ", subsequent_indent="  ")
            for line in block.text.split("\n")
        )
    if block.type == "heading":
        return block.text.upper() if block.level <= 2 else block.text
    return wrap.fill(block.text)


def to_markdown(article: Article) -> str:
    """Markdown with front matter-like header lines."""
    out: list[str] = [f"# {article.title}"]
    if article.subtitle:
        out += ["", f"*{article.subtitle}*"]
    meta = [part for part in (byline(article), article.published, article.site) if part]
    if meta:
        out += ["", " · ".join(meta)]
    if article.url:
        out += ["", f"<{article.url}>"]
    if article.caption:
        credit = f" ({article.caption.credit})" if article.caption.credit else ""
        out += ["", f"*{article.caption.text}*{credit}"]
    for block in article.blocks:
        out.append("")
        if block.type == "heading":
            out.append("#" * max(2, min(6, block.level or 2)) + " " + block.text)
        elif block.type == "list":
            out += [f"- {item}" for item in block.items]
        elif block.type == "quote":
            out += [f"> {line}" if line else ">" for line in block.text.split("\n")]
        elif block.type == "preformatted":
            fence = "````" if "```" in block.text else "```"
            out += [fence, block.text, fence]
        else:
            out.append(block.text)
    if article.pull_quotes:
        out += ["", "## Pull quotes"]
        for quote in article.pull_quotes:
            out += ["", f"> {quote.text}"]
            if quote.attribution:
                out.append(f"> — {quote.attribution}")
    return "\n".join(out) + "\n"


def to_json(article: Article, *, indent: int | None = 2) -> str:
    """The JSON dump (PRODUCT.md section 3)."""
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)


def render(article: Article, fmt: str) -> str:
    """Render in one of ``FORMATS``."""
    if fmt == "json":
        return to_json(article) + "\n"
    if fmt == "markdown":
        return to_markdown(article)
    return to_text(article)
