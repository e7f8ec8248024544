"""Plain text (often a page copied from a browser) -> an ``Extracted`` draft.

paragraphs -> consent region and page furniture out -> head (title, dek, byline, date, lead
caption) -> pull quotes out of the body -> typed blocks (paragraphs, lists, headings, quotes).
"""

from __future__ import annotations

import re

from reader.clean import Extracted
from reader.clean.consent_text import consent_mask
from reader.clean.text_head import parse_head
from reader.clean.text_junk import first_copyright_owner, junk_mask
from reader.clean.text_layout import Unit, split_units
from reader.clean.text_quotes import find_pull_quotes
from reader.clean.text_scan import TextScan
from reader.model import PullQuote

_BULLET = re.compile(r"^\s*(?:[-*+•·‣◦▪]|\d{1,3}[.)])\s+(?=\S)")
_HEADING_END = re.compile(r"[.,;:!?\"'”’)\]…-]$")
_WORD = re.compile(r"\w+")


def _newlines(text: str) -> str:
    """One kind of newline, no byte-order mark (the rest is sanitised later, once)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")


def _without(units: list[Unit], mask: list[bool]) -> list[Unit]:
    return [unit for unit, drop in zip(units, mask, strict=True) if not drop]


def _drop_repeats(units: list[Unit]) -> list[Unit]:
    """A paragraph pasted twice in a row is shown once."""
    kept: list[Unit] = []
    last = None
    for unit in units:
        text = unit.text
        if text == last and len(text) > 20:
            continue
        kept.append(unit)
        last = text
    return kept


def _is_heading(text: str, following: str | None) -> bool:
    if following is None or len(text) > 100 or len(following) < 60:
        return False
    return (
        1 <= len(_WORD.findall(text)) <= 12
        and not _HEADING_END.search(text)
        and not _BULLET.match(text)
        and (text[:1].isupper() or text[:1].isdigit())
        and len(_WORD.findall(following)) >= 15
    )


Blocks = list[tuple[str, str, int]]


def _blocks(texts: list[str], kinds: dict[int, str]) -> tuple[Blocks, list[int]]:
    """Typed blocks for the body texts, and each text's block index."""
    n = len(texts)
    bullets = {i for i, text in enumerate(texts) if i not in kinds and _BULLET.match(text)}
    if not any(i + 1 in bullets for i in bullets):  # no list: one block per text
        blocks: Blocks = [("paragraph", text, 0) for text in texts]
        for i, kind in kinds.items():
            blocks[i] = (kind, texts[i], 0)
        for i in range(n - 1):
            # (the cheap part of ``_is_heading`` first: a short text before a long one)
            if (
                len(texts[i]) <= 100
                and len(texts[i + 1]) >= 60
                and i not in kinds
                and _is_heading(texts[i], texts[i + 1])
            ):
                blocks[i] = ("heading", texts[i], 2)
        return blocks, list(range(n))
    blocks = []
    where: list[int] = []
    index = 0
    while index < n:
        text = texts[index]
        if index in kinds:
            where.append(len(blocks))
            blocks.append((kinds[index], text, 0))
            index += 1
            continue
        run = index
        while run < n and run in bullets:
            run += 1
        if run - index >= 2:
            items = [_BULLET.sub("", item, count=1) for item in texts[index:run]]
            where.extend([len(blocks)] * (run - index))
            blocks.append(("list", "\n".join(items), 0))
            index = run
            continue
        following = texts[index + 1] if index + 1 < n else None
        where.append(len(blocks))
        if _is_heading(text, following):
            blocks.append(("heading", text, 2))
        else:
            blocks.append(("paragraph", text, 0))
        index += 1
    return blocks, where


def clean_plain_text(text: str) -> Extracted:
    """Find the article in plain text: body blocks, head metadata, caption and pull quotes."""
    units = split_units(_newlines(text))
    scan = TextScan([u.text for u in units])
    consent = consent_mask(scan.paragraphs, scan=scan)
    kept = [index for index, drop in enumerate(consent) if not drop]
    if len(kept) < len(units):
        units, scan = [units[i] for i in kept], scan.subset(kept)
    site = first_copyright_owner(scan)
    units = _drop_repeats(_without(units, junk_mask([u.text for u in units], scan=scan)))

    head = parse_head([u.text for u in units])
    body = [unit for index, unit in enumerate(units) if index not in head.used]
    found = find_pull_quotes([u.text for u in body], [u.joined for u in body])

    drop: set[int] = set()
    kinds: dict[int, str] = {}
    texts = [u.text for u in body]
    for quote in found:
        if quote.source is None:  # set apart but repeating nothing: a quotation of its own
            texts[quote.quote] = f"{quote.text}\n— {quote.attribution}"
            kinds[quote.quote] = "quote"
            drop.add(quote.attribution_line)
        else:
            drop.update((quote.quote, quote.attribution_line))
    kept = [i for i in range(len(texts)) if i not in drop]
    blocks, where = _blocks([texts[i] for i in kept], {
        new: kinds[old] for new, old in enumerate(kept) if old in kinds
    })
    block_of = dict(zip(kept, where, strict=True))
    pull_quotes = [
        PullQuote(quote.text, quote.attribution, None, block_of.get(quote.source))
        for quote in found
        if quote.source is not None
    ]
    return Extracted(
        title=head.title,
        subtitle=head.subtitle,
        authors=head.authors,
        published=head.published,
        site=head.site or site,
        caption=head.caption,
        blocks=blocks,
        pull_quotes=pull_quotes,
    )
