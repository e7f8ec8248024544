"""Lines set atop an article that its feed entry brings: a note on where its text came from
(in italics) and a line per enclosure, linked to its address ("Audio: episode.mp3 (MP3,
45 min)"), so that ``f`` lists it with the article's links and the dumps carry it.

Everything already in the article moves down by the lines' length: blocks, links, styles,
quotations, people's mentions; a pull quote's block index by their number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.article.block import Block
from reader.article.enclosures import Enclosure
from reader.article.model import BLOCK_SEPARATOR, Article, Link, Person, Quotation, Styled

MAX_SHOWN = 10  # enclosures given a line (a feed may list hundreds)


def shown_enclosures(enclosures: Sequence[Enclosure]) -> tuple[Enclosure, ...]:
    """The enclosures an article shows: all but pictures (a news feed's picture of the
    story, which its page shows itself), each address once."""
    seen: set[str] = set()
    shown = []
    for enclosure in enclosures:
        if enclosure.kind != "image" and enclosure.href not in seen:
            seen.add(enclosure.href)
            shown.append(enclosure)
    return tuple(shown[:MAX_SHOWN])


def attach(article: Article, enclosures: Sequence[Enclosure] = (), note: str | None = None
           ) -> Article:
    """``article`` with ``note`` (a line in italics) and a line per shown enclosure atop its
    text; as it was when there is nothing to add, or it has its enclosures already (a copy
    from the library)."""
    shown = () if article.enclosures else shown_enclosures(enclosures)
    lines = ([note] if note else []) + [enclosure.line() for enclosure in shown]
    if not lines:
        return article
    blocks: list[Block] = []
    links: list[Link] = []
    styles: list[Styled] = []
    at = 0
    for number, line in enumerate(lines):
        blocks.append(Block("paragraph", line, at, at + len(line)))
        if note and number == 0:
            styles.append(Styled("emphasis", at, at + len(line)))
        else:
            links.append(Link(line, shown[number - bool(note)].href, at, at + len(line)))
        at += len(line) + len(BLOCK_SEPARATOR)
    head = BLOCK_SEPARATOR.join(lines)
    text = head + BLOCK_SEPARATOR + article.text if article.blocks else head
    moved = _moved(article, text, len(head) + len(BLOCK_SEPARATOR), len(lines),
                   blocks, links, styles)
    return replace(moved, enclosures=shown)


def with_byline(article: Article, author: str | None = None, published: str | None = None
                ) -> Article:
    """``article`` with its feed entry's ``author`` ("Ann Lee, Bo Diaz": each a name) and
    ``published`` date where its page names none (a Sphinx or ablog post, a page without
    metadata); what the page says stands."""
    authors = article.authors or tuple(
        name.strip() for name in (author or "").split(", ") if name.strip())
    if authors == article.authors and (article.published or not published):
        return article
    return replace(article, authors=authors, published=article.published or published)


def renote(article: Article, old: str, note: str) -> Article:
    """``article`` with the note :func:`attach` set atop it saying ``note`` in place of
    ``old``; as it was if its first line is not ``old``."""
    if not article.blocks or article.blocks[0].text != old:
        return article
    cut = article.blocks[0].end + len(BLOCK_SEPARATOR)
    bare = replace(article, blocks=article.blocks[1:],
                   styles=tuple(s for s in article.styles if s.start >= cut))
    noted = attach(_moved(bare, article.text[cut:], -cut, -1), (), note)
    return replace(noted, enclosures=article.enclosures)


def _moved(article: Article, text: str, shift: int, lines: int, blocks: Sequence[Block] = (),
           links: Sequence[Link] = (), styles: Sequence[Styled] = ()) -> Article:
    """``article`` whose ``text`` is now this: everything in it moved by ``shift``
    characters and its pull quotes' blocks by ``lines``, after these ``blocks``, ``links``
    and ``styles`` of lines set atop it."""
    return replace(
        article,
        blocks=(*blocks, *(Block(b.type, b.text, b.start + shift, b.end + shift, b.level,
                                 **b.structure()) for b in article.blocks)),
        text=text,
        links=(*links, *(replace(x, start=x.start + shift, end=x.end + shift)
                         for x in article.links)),
        styles=(*styles, *(replace(s, start=s.start + shift, end=s.end + shift)
                           for s in article.styles)),
        pull_quotes=tuple(
            replace(quote, block=quote.block + lines) if quote.block is not None else quote
            for quote in article.pull_quotes
        ),
        quotations=tuple(_moved_quotation(q, shift) for q in article.quotations),
        people=tuple(_moved_person(p, shift) for p in article.people),
    )


def _moved_quotation(quotation: Quotation, shift: int) -> Quotation:
    return replace(quotation, start=quotation.start + shift, end=quotation.end + shift)


def _moved_person(person: Person, shift: int) -> Person:
    return replace(person, spans=tuple((start + shift, end + shift)
                                       for start, end in person.spans))


__all__ = ["MAX_SHOWN", "attach", "renote", "shown_enclosures", "with_byline"]
