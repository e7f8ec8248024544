"""Loading an article for the UI (runs in a thread worker; imports the engine lazily)."""

from __future__ import annotations

import sys
import threading
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from reader.article.packed import Packed, pack, unpack
from reader.core.errors import LoadError, ReaderError

if TYPE_CHECKING:
    from reader.article.enclosures import Enclosure
    from reader.article.model import Article
    from reader.sources.load import RawDocument
    from reader.ui.jobs.stand_in import StandIn

T = TypeVar("T")


class Cancelled(Exception):
    """The user pressed esc while loading."""


@dataclass(frozen=True)
class Attached:
    """What to load (``document``: a feed entry's own text; None: fetch the source) with
    what its feed entry brings: its enclosures, and a ``note`` on where its text came from,
    lines atop the article (:func:`reader.article.attached.attach`); its own text
    ``stand_in`` while its page loads, and in its place if the page fails
    (``reader.ui.jobs.stand_in``)."""

    document: RawDocument | None = None
    enclosures: tuple[Enclosure, ...] = ()
    note: str | None = None
    stand_in: StandIn | None = None  # (with no document) the entry's text while its page loads
    author: str | None = None  # the entry's, for a page that names none
    published: str | None = None  # the entry's date, for a page that gives none


def load(
    source: str, document: RawDocument | Attached | None = None,
    cancelled: threading.Event | None = None, joined: Callable[[int], object] | None = None,
    opened: Callable[[Article, float], object] | None = None,
) -> Article:
    """Read (or fetch) ``source`` and extract its article, without people (that comes later).
    A web page's later pages are joined to it; ``joined(pages)`` hears how many there were
    when more than one; ``opened(article, words)`` gets a long text's opening first, and
    about how many words the whole has (see ``reader.engine.opening``). What a feed entry
    brings (:class:`Attached`) is set atop the article; an entry's own text that is none (a
    podcast episode without show notes) is an article of those lines alone; its own text
    may stand in for its page while that loads (``opened`` gets it).

    Raises ``ReaderError`` with a sentence for the user, or ``Cancelled``.
    """
    if not isinstance(document, Attached):
        return _load(source, document, cancelled, joined, opened)
    from reader.article.attached import attach, with_byline

    byline = partial(with_byline, author=document.author, published=document.published)
    stand_in = document.stand_in
    if stand_in is not None and document.document is None:
        from reader.ui.jobs.stand_in import load_standing

        return byline(load_standing(
            source, stand_in, document.enclosures,
            partial(_load, source, None, cancelled, joined, opened),
            partial(_load, source, stand_in.document, cancelled), opened))
    if document.document is None:  # (its page, nothing to stand in for it)
        return byline(attach(_load(source, None, cancelled, joined, opened),
                             document.enclosures, document.note))

    try:
        article = _load(source, document.document, cancelled, joined, opened)
    except LoadError:
        own = document.document
        if own is None or not (document.enclosures or document.note):
            raise
        from reader.article.model import build_article

        article = build_article(title=own.title or "Untitled", blocks=(), source=source,
                                url=own.url)
    return attach(article, document.enclosures, document.note)


def _load(
    source: str, document: RawDocument | None = None, cancelled: threading.Event | None = None,
    joined: Callable[[int], object] | None = None,
    opened: Callable[[Article, float], object] | None = None,
) -> Article:
    """:func:`load` of a document, or of the source fetched."""
    from reader.engine.pages import extract_joined
    from reader.sources.load import LoadCancelled, load_source

    event = cancelled or threading.Event()
    if document is None:
        document = load_source(source, cancelled=event)
    if event.is_set():
        raise Cancelled
    elsewhere = opened is not None and hand_opening(document, opened)
    try:
        article = _whole_elsewhere(document) if elsewhere else None
        if article is None:
            found = extract_joined(document, people=False, cancelled=event)
            article = found.article
            if found.pages > 1 and joined is not None:
                joined(found.pages)
    except LoadCancelled:
        raise Cancelled from None
    except ModuleNotFoundError as error:
        if not (error.name or "").startswith("reader."):
            raise
        article = _paragraphs(document)  # a cleaner not written yet: show the paragraphs
    except ReaderError:
        raise
    except Exception as error:  # a cleaner bug must not take the app down
        raise LoadError(f"Could not make sense of {source}: {error}.") from error
    if event.is_set():
        raise Cancelled
    return article


def hand_opening(document: RawDocument, opened: Callable[[Article, float], object]) -> bool:
    """Give ``opened`` the article of a long text's opening, if it has one (a cleaner's
    failure here is left to the whole, which says what went wrong); whether it had one."""
    from reader.engine.opening import opening, whole_words

    try:
        first = opening(document)
    except Exception:
        return False
    if first is not None:
        opened(first, whole_words(first, document))
    return first is not None


def _whole_elsewhere(document: RawDocument) -> Article | None:
    """A long text's whole article, cleaned in another process while its opening is read
    (in this one, a thread would hold the GIL against the screen for 100 ms and more at a
    time); None where no process can be started (then it is cleaned here)."""
    try:
        return unpack(in_process(_extract_packed, document))
    except (OSError, RuntimeError):
        return None


BIG_TEXT = 200_000  # characters; longer texts are analysed (and saved) in another process


def analyse(article: Article) -> Article:
    """People, quotations and pull-quote speakers (run it in a worker).

    On a long text this is CPU-bound for seconds, and a thread would hold the GIL against
    the screen; so a book is analysed in a separate process (this thread just waits). What
    crosses between the processes is packed flat (the text, block offsets, spans as arrays):
    pickling 20,000 blocks or 40,000 spans as objects takes one C call of ~60 ms, and the
    screen would freeze while it holds the GIL.
    """
    from reader.article.data_kind import data_kind
    from reader.engine.pipeline import analyse as engine_analyse

    if len(article.text) < BIG_TEXT or data_kind(article):  # (code, a table: nothing to do)
        return engine_analyse(article)
    try:
        found = in_process(_analyse_packed, pack(article))
    except (OSError, RuntimeError, ValueError):  # no processes here: do it in this thread
        return engine_analyse(article)
    return _with_people(article, found)


def analyse_and_keep(article: Article, data_dir: str | None) -> tuple[Article, str | None]:
    """:func:`analyse`, then save the analysed article in the library in ``data_dir``: a book
    does both in one other process (one process started, not two). Returns the analysed
    article and, if it could not be saved, why (a sentence)."""
    from reader.core.errors import StoreError

    if len(article.text) >= BIG_TEXT:
        try:
            packed, error = in_process(_analyse_and_keep_packed, pack(article), data_dir)
        except (OSError, RuntimeError, ValueError):  # no processes here: in this thread
            pass
        else:
            return _with_people(article, packed), error  # type: ignore[arg-type]
    found = analyse(article)
    try:
        keep(found, data_dir)
    except StoreError as failure:
        return found, str(failure)
    return found, None


def keep(article: Article, data_dir: str | None) -> None:
    """Save ``article`` in the library in ``data_dir`` (a book: in another process, as the
    JSON encoding of a book is one C call that holds the GIL for ~60 ms). Raises
    ``StoreError``."""
    if len(article.text) >= BIG_TEXT:
        try:
            in_process(_keep_packed, data_dir, pack(article), _pack_people(article))
        except (OSError, RuntimeError, ValueError):  # no processes here: do it in this thread
            pass
        else:
            return
    from reader.store import Store

    with Store.open(data_dir) as store:
        store.save_article(article)


def in_process(function: Callable[..., T], *args: object) -> T:
    """``function(*args)`` in a fresh process (spawned: never fork a threaded process)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with _real_stderr():  # (the pool starts a resource tracker, then the process)
        pool = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_background)
        future = pool.submit(function, *args)
    with pool:
        return future.result()


def _background() -> None:
    """In the other process: yield the CPU to the reader's screen when both want it."""
    import os

    with suppress(AttributeError, OSError):
        os.nice(10)


def _pack_people(article: Article) -> tuple[object, ...]:
    people = [
        (p.name, p.role, p.mentions, p.quotes, array("q", [n for span in p.spans for n in span]))
        for p in article.people
    ]
    return people, article.quotations, article.pull_quotes


def _with_people(article: Article, packed: tuple[object, ...]) -> Article:
    """``article`` with the people, quotations and pull quotes from :func:`_pack_people`."""
    from dataclasses import replace

    from reader.article.model import Person

    people_rows, quotations, pull_quotes = packed
    people = []
    for name, role, mentions, quotes, flat in people_rows:  # type: ignore[attr-defined]
        spans = tuple(zip(flat[0::2], flat[1::2], strict=True))
        people.append(Person(name, role, mentions, quotes, spans))
    return replace(
        article, people=tuple(people), quotations=quotations,  # type: ignore[arg-type]
        pull_quotes=pull_quotes,  # type: ignore[arg-type]
    )


def _extract_packed(document: RawDocument) -> Packed:
    """In the other process: the article of ``document``, packed (people not found)."""
    from reader.engine.pipeline import extract

    return pack(extract(document, people=False))


def _analyse_packed(packed: Packed) -> tuple[object, ...]:
    """In the other process: analyse, and send back only what analysis found, packed."""
    from reader.engine.pipeline import analyse as engine_analyse

    return _pack_people(engine_analyse(unpack(packed)))


def _analyse_and_keep_packed(packed: Packed, data_dir: str | None) -> tuple[object, ...]:
    """In the other process: analyse, save; send back what analysis found (packed) and why
    it could not be saved (or None). Only the blocks the people engine reads are unpacked,
    and the library's JSON is made from the packed columns (a million lines' block objects
    took ~200 MB here)."""
    from dataclasses import replace

    from reader.article.packed import storage_json
    from reader.core.errors import StoreError
    from reader.engine.pipeline import PEOPLE_TEXT_LIMIT
    from reader.engine.pipeline import analyse as engine_analyse
    from reader.store import Store

    found = engine_analyse(unpack(packed, upto=PEOPLE_TEXT_LIMIT))
    people = _pack_people(found)
    found = replace(found, blocks=())
    data = storage_json(found, packed[1])
    del packed
    try:
        with Store.open(data_dir) as store:
            store.save_article(found, data=data)
    except StoreError as failure:
        return people, str(failure)
    return people, None


def _keep_packed(data_dir: str | None, packed: Packed, people: tuple[object, ...]) -> None:
    """In the other process: rebuild the article and save it."""
    from reader.store import Store

    with Store.open(data_dir) as store:
        store.save_article(_with_people(unpack(packed), people))


@contextmanager
def _real_stderr() -> Iterator[None]:
    """Textual swaps ``sys.stderr`` for a capture without a file descriptor (its ``fileno``
    is -1), which multiprocessing hands on while it starts a process."""
    saved = sys.stderr
    try:
        usable = saved.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if not usable:
        sys.stderr = sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = saved


def _paragraphs(document: RawDocument) -> Article:
    """A plain paragraph split, used only while a cleaner module is missing."""
    from reader.clean.extracted import Extracted
    from reader.engine.pipeline import assemble

    paragraphs = [" ".join(p.split()) for p in document.text.split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    title = paragraphs.pop(0) if paragraphs else "Untitled"
    extracted = Extracted(title=title, blocks=[("paragraph", p, 0) for p in paragraphs])
    return assemble(extracted, source=document.source)
