"""Where a quote stands in the article: the passages the panels jump to and bookmark."""

from __future__ import annotations

import re

from reader.article.model import Article, Person, PullQuote
from reader.core.quoting import in_quotes

_QUOTE_MARKS = {"“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'", "‚": "'"}
_LOOSE = str.maketrans(_QUOTE_MARKS)
_CLOSING = ".,;:!?…—–-\"' "  # the punctuation a quote and the body may end differently with


def _loose(text: str) -> str:
    """``text`` with straight quote marks, no end punctuation, single spaces."""
    return " ".join(text.translate(_LOOSE).split()).strip(_CLOSING)


def _word_pattern(word: str) -> str:
    """A regex for ``word`` that takes either kind of quote mark for one."""
    marks = {'"': "[\"“”„]", "'": "['‘’‚]"}
    return "".join(marks.get(char, re.escape(char)) for char in word.translate(_LOOSE))


def find_passage(article: Article, text: str) -> tuple[int, int] | None:
    """Where ``text`` stands in ``article``: the whole of it, whatever its closing
    punctuation or kind of quote marks, else its opening words."""
    if not text:
        return None
    wanted = _loose(text)
    for quotation in article.quotations:
        if quotation.text == text or _loose(quotation.text) == wanted:
            return (quotation.start, quotation.end)
    words = wanted.split()
    for size in (len(words), 8, 4):
        probe = r"\s+".join(_word_pattern(word) for word in words[:size])
        found = re.search(probe, article.text) if probe else None
        if found:
            return (found.start(), found.end())
    return None


def quote_passage(article: Article, quote: PullQuote) -> tuple[int, int] | None:
    """The passage of the body a pull quote repeats."""
    if quote.block is not None and 0 <= quote.block < len(article.blocks):
        block = article.blocks[quote.block]
        return (block.start, block.end)
    return find_passage(article, quote.text)


def chosen_quote(item: object) -> tuple[str, str | None] | None:
    """The quote a panel item stands for, and who said it: a pull quote, one of a person's
    quotes, or a person's first quote."""
    from reader.ui.widgets.panels import Said  # (loaded: the item is in a panel)

    if isinstance(item, PullQuote):
        return item.text, item.speaker or item.attribution
    if isinstance(item, Said):
        return item.text, item.person.name if item.person else None
    if isinstance(item, Person) and item.quotes:
        return item.quotes[0], item.name
    return None


def quoted(item: object) -> str | None:
    """A panel's pull quote or quote as copied: in quotation marks, with who said it."""
    from reader.ui.widgets.panels import Said  # (loaded: a panel has the keys)

    if isinstance(item, PullQuote):
        who = item.attribution or item.speaker
        return in_quotes(item.text) + (f" — {who}" if who else "")
    if isinstance(item, Said):
        return in_quotes(item.text)
    return None
