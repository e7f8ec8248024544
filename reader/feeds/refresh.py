"""Refresh feeds: several at once, one request at a time per host, conditional GET.

Each feed's outcome is recorded on its own (new entries, validators, a permanent redirect's
new address, or its error as a sentence): one failing feed never stops the others.
Parsing is CPU work (feedparser is pure Python): with many feeds it runs in worker
processes (spawned, at a lower priority), so two cores parse while the network waits.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from urllib.parse import urlsplit

from reader.core.errors import ReaderError
from reader.feeds.http import FeedResponse, get_feed, new_client
from reader.feeds.parse import FeedError, ParsedFeed, parse_feed
from reader.store import Feed, Store

CONCURRENCY = 8  # feeds fetched at once (each host: one at a time)
PARSE_TIMEOUT = 60.0  # seconds for one feed's parse (capped input: never near this)
POOL_FROM = 20  # feeds: from this many, parse in worker processes

Progress = Callable[[int, int, "Outcome"], None]  # (done, total, the outcome just in)


@dataclass(frozen=True)
class Outcome:
    """What one feed's refresh did."""

    feed: Feed
    new: int = 0
    error: str | None = None
    unchanged: bool = False  # the server answered 304 Not Modified
    moved_to: str | None = None


def refresh(
    store: Store,
    feeds: Sequence[Feed] | None = None,
    *,
    progress: Progress | None = None,
    concurrency: int = CONCURRENCY,
    processes: int | None = None,
) -> list[Outcome]:
    """Refresh ``feeds`` (all by default); one :class:`Outcome` each, in their order.
    ``processes``: parse in this many worker processes (default: two for a long list, none
    for a short one; 0 parses in threads)."""
    chosen = list(store.feeds.list_feeds() if feeds is None else feeds)
    if not chosen:
        return []
    if processes is None:
        processes = min(2, os.cpu_count() or 1) if len(chosen) >= POOL_FROM else 0
    with _pool(processes) as pool:
        return asyncio.run(_refresh_all(store, chosen, progress, concurrency, pool))


async def _refresh_all(
    store: Store, feeds: list[Feed], progress: Progress | None, concurrency: int,
    pool: Executor | None,
) -> list[Outcome]:
    hosts: dict[str, asyncio.Lock] = {}
    slots = asyncio.Semaphore(max(1, concurrency))
    done = 0
    total = len(feeds)

    async def one(feed: Feed) -> Outcome:
        nonlocal done
        host = _host(feed.url)
        lock = hosts.setdefault(host, asyncio.Lock())
        async with lock, slots:
            outcome = await _refresh_one(store, feed, client, pool)
        done += 1
        if progress is not None:
            progress(done, total, outcome)
        return outcome

    async with new_client() as client:
        return list(await asyncio.gather(*(one(feed) for feed in feeds)))


def _host(url: str) -> str:
    """The host whose feeds are fetched one at a time; the address itself when it has none
    that can be read (a feed saved before addresses were checked: its fetch tells why)."""
    try:
        return urlsplit(url).hostname or url
    except ValueError:
        return url


async def _refresh_one(store: Store, feed: Feed, client: object, pool: Executor | None
                       ) -> Outcome:
    try:
        response = await get_feed(
            client, feed.url, etag=feed.etag, last_modified=feed.last_modified  # type: ignore[arg-type]
        )
        moved = response.moved_to
        if response.data is None:
            store.feeds.checked(feed.id, etag=response.etag,
                                last_modified=response.last_modified, url=moved)
            return Outcome(feed, unchanged=True, moved_to=moved)
        parsed = await _parse(pool, response)
        new = store.feeds.add_entries(feed.id, parsed.entries)
        store.feeds.checked(
            feed.id, etag=response.etag, last_modified=response.last_modified,
            title=parsed.title or None, site=parsed.site, url=moved,
        )
        return Outcome(feed, new=new, moved_to=moved)
    except Exception as error:  # one feed's failure (or a bug) never stops the others
        message = str(error) if isinstance(error, ReaderError) else (
            f"unexpected error ({type(error).__name__}); please report it."
        )
        with suppress(ReaderError):
            store.feeds.checked(feed.id, error=message)
        return Outcome(feed, error=message)


async def _parse(pool: Executor | None, response: FeedResponse) -> ParsedFeed:
    loop = asyncio.get_running_loop()
    job = loop.run_in_executor(pool, parse_feed, response.data or b"", response.url,
                               response.content_type, response.charset)
    try:
        return await asyncio.wait_for(job, PARSE_TIMEOUT)
    except TimeoutError as error:
        raise FeedError(f"Reading the feed took longer than {PARSE_TIMEOUT:g} s.") from error


@contextmanager
def _pool(processes: int) -> Iterator[Executor | None]:
    """Worker processes for parsing (``None``: the event loop's threads)."""
    if processes <= 0:
        yield None
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    saved = sys.stderr  # Textual's capture has no file descriptor to hand on
    try:
        usable = saved.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if not usable:
        sys.stderr = sys.__stderr__
    try:
        pool = ProcessPoolExecutor(
            max_workers=processes, mp_context=multiprocessing.get_context("spawn"),
            initializer=_background,
        )
        for _ in range(processes):  # start them now, while stderr has a descriptor
            pool.submit(_background)
    except (OSError, RuntimeError, ValueError):
        pool = None
    finally:
        sys.stderr = saved
    if pool is None:
        yield None
        return
    try:
        yield pool
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _background() -> None:
    """In a worker process: yield the CPU to the screen when both want it."""
    with suppress(AttributeError, OSError):
        os.nice(10)
