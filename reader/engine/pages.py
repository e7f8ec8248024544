"""Multi-page articles: follow ``rel="next"`` (or one unambiguous "Next page" link) on the
same host and join the pages into one article.

At most :data:`MAX_PAGES` pages; each later page is fetched with the same deadlines and size
cap as the first (and all of them within :data:`JOIN_SECONDS`), cleaned like the first, and
its blocks appended. A page seen before (a loop) ends the chain; a page that cannot be read
ends it too, keeping the pages joined so far. Cancelling stops between pages and inside a
fetch.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from time import monotonic

from reader.article.model import Article, PullQuote
from reader.clean.extracted import Extracted
from reader.core.errors import LoadError
from reader.engine.pipeline import analyse, assemble, clean, detect_kind, extract
from reader.sources.load import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    LoadCancelled,
    RawDocument,
    load_source,
)

__all__ = ["JOIN_SECONDS", "MAX_PAGES", "Joined", "extract_joined", "load_joined"]

MAX_PAGES = 10
JOIN_SECONDS = 60.0  # every later page together (each also within its own deadline)

Loader = Callable[..., RawDocument]


@dataclass(frozen=True)
class Joined:
    """An article and how many pages it was joined from (1: a single page)."""

    article: Article
    pages: int = 1


def _cancelled(cancelled: threading.Event | None) -> bool:
    return cancelled is not None and cancelled.is_set()


def _append(into: Extracted, page: Extracted, seen: set[str]) -> int:
    """Append ``page``'s blocks to ``into`` (not the title again, nor a block already
    there: page headers and footers repeat); its pull quotes follow their blocks. The
    number of blocks appended."""
    new_index: dict[int, int] = {}
    title = " ".join(into.title.split()).casefold()
    for index, (kind, text, level) in enumerate(page.blocks):
        key = " ".join(text.split()).casefold()
        if not key or key == title or key in seen:
            continue
        seen.add(key)
        new_index[index] = len(into.blocks)
        into.blocks.append((kind, text, level))
    known = {quote.text for quote in into.pull_quotes}
    for quote in page.pull_quotes:
        if quote.text in known:
            continue
        block = new_index.get(quote.block) if quote.block is not None else None
        into.pull_quotes.append(PullQuote(quote.text, quote.attribution, quote.speaker, block))
    return len(new_index)


def extract_joined(
    raw: RawDocument,
    *,
    people: bool = True,
    cancelled: threading.Event | None = None,
    max_pages: int = MAX_PAGES,
    load: Loader = load_source,
    timeout: float = DEFAULT_TIMEOUT,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    join_seconds: float = JOIN_SECONDS,
) -> Joined:
    """:func:`reader.engine.pipeline.extract`, with the article's later pages joined to it
    when ``raw`` is a web page that links to them. Raises ``LoadError`` (``LoadCancelled``
    when cancelled) as ``extract`` does; a later page that fails is left out."""
    url = raw.url if raw.url and raw.url.lower().startswith(("http://", "https://")) else None
    if url is None or detect_kind(raw) != "html":
        return Joined(extract(raw, people=people))
    # (here, not at the top: a file or a text never needs the HTML cleaners imported)
    from reader.clean.html.next_page import next_page_url, page_key, same_article

    following = next_page_url(raw.text, url)
    if following is None:
        return Joined(extract(raw, people=people))
    extracted = clean(raw, "html")
    seen_pages = {page_key(url), page_key(raw.source)}
    seen_blocks = {" ".join(text.split()).casefold() for _, text, _ in extracted.blocks}
    pages = 1
    ends = monotonic() + join_seconds
    while following is not None and pages < max_pages and page_key(following) not in seen_pages:
        if _cancelled(cancelled):
            raise LoadCancelled
        left = ends - monotonic()
        if left <= 0:
            break
        seen_pages.add(page_key(following))
        try:
            page = load(
                following, timeout=min(timeout, left), connect_timeout=connect_timeout,
                max_bytes=max_bytes, cancelled=cancelled,
            )
        except LoadCancelled:
            raise
        except LoadError:
            break  # the pages so far are the article
        if page.url:
            seen_pages.add(page_key(page.url))  # (redirected: that address counts too)
        if detect_kind(page) != "html":
            break
        try:
            cleaned = clean(page, "html")
        except LoadError:
            break
        if not same_article(extracted.title, cleaned.title):
            break  # another document: the next chapter of a manual, the next post
        if not _append(extracted, cleaned, seen_blocks):
            break  # nothing new on it: not a next page of this article
        pages += 1
        following = next_page_url(page.text, page.url or following)
    if _cancelled(cancelled):
        raise LoadCancelled
    article = assemble(extracted, source=raw.source)
    if not article.url:
        article = replace(article, url=url)
    return Joined(analyse(article) if people else article, pages)


def load_joined(source: str, *, people: bool = True, **options: object) -> Joined:
    """Load (or fetch) ``source``, extract its article and join its later pages."""
    cancelled = options.get("cancelled")
    raw = load_source(source, **options)  # type: ignore[arg-type]
    return extract_joined(
        raw, people=people,
        cancelled=cancelled if isinstance(cancelled, threading.Event) else None,
    )
