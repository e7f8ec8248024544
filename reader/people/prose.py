"""The text the people engine reads: the article's, with code blanked out."""

from __future__ import annotations

from reader.article.model import Article


def prose_text(article: Article) -> str:
    """The article's text with its code blocks blanked out (same length, so the offsets
    hold): identifiers are not people."""
    text = article.text
    code = [block for block in article.blocks if block.type == "code"]
    if not code:
        return text
    parts, at = [], 0
    for block in code:
        parts += [text[at:block.start], " " * (block.end - block.start)]
        at = block.end
    parts.append(text[at:])
    return "".join(parts)
