"""Loading an article for the UI (runs in a thread worker; imports the engine lazily)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from reader.errors import LoadError, ReaderError

if TYPE_CHECKING:
    from reader.model import Article
    from reader.sources import RawDocument


class Cancelled(Exception):
    """The user pressed esc while loading."""


def load(
    source: str, document: RawDocument | None = None, cancelled: threading.Event | None = None
) -> Article:
    """Read (or fetch) ``source`` and extract its article, without people (that comes later).

    Raises ``ReaderError`` with a sentence for the user, or ``Cancelled``.
    """
    from reader.engine import extract
    from reader.sources import load_source

    event = cancelled or threading.Event()
    if document is None:
        document = load_source(source, cancelled=event)
    if event.is_set():
        raise Cancelled
    try:
        article = extract(document, people=False)
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


BIG_TEXT = 200_000  # characters; longer texts are analysed in another process


def analyse(article: Article) -> Article:
    """People, quotations and pull-quote speakers (run it in a worker).

    On a long text this is CPU-bound for seconds, and a thread would hold the GIL against
    the screen; so a book is analysed in a separate process (this thread just waits).
    """
    from reader.engine import analyse as engine_analyse

    if len(article.text) < BIG_TEXT:
        return engine_analyse(article)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")  # never fork a threaded process
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            with _real_stderr():
                future = pool.submit(engine_analyse, article)
            return future.result()
    except (OSError, RuntimeError, ValueError):  # no processes here: do it in this thread
        return engine_analyse(article)


@contextmanager
def _real_stderr() -> Iterator[None]:
    """Textual swaps ``sys.stderr`` for a capture without a file descriptor, which
    multiprocessing needs to hand on while it starts a process."""
    saved = sys.stderr
    try:
        saved.fileno()
    except (AttributeError, OSError, ValueError):
        sys.stderr = sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = saved


def _paragraphs(document: RawDocument) -> Article:
    """A plain paragraph split, used only while a cleaner module is missing."""
    from reader.clean import Extracted
    from reader.engine import assemble

    paragraphs = [" ".join(p.split()) for p in document.text.split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    title = paragraphs.pop(0) if paragraphs else "Untitled"
    extracted = Extracted(title=title, blocks=[("paragraph", p, 0) for p in paragraphs])
    return assemble(extracted, source=document.source)
