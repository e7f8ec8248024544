"""``reader open ID`` and ``reader ID``: an article of the library, by the id ``reader
library`` lists. The app is handed ``library:ID`` (it reads the article from the library);
with standard output not a terminal, the stored article is printed instead.
"""

from __future__ import annotations

import os

from reader.core.errors import ReaderError
from reader.core.lazy import lazy_re

__all__ = ["LIBRARY_PREFIX", "library_source", "print_stored", "stored_article"]

LIBRARY_PREFIX = "library:"
_ID = lazy_re(r"^(?:library:)?(\d{1,18})$")


def _stored_id(source: str | None) -> int | None:
    """The library id ``source`` names: ``library:12``, or ``12`` when no file has that
    name."""
    if source is None:
        return None
    found = _ID.match(source.strip())
    if found is None:
        return None
    if not source.startswith(LIBRARY_PREFIX) and os.path.exists(source):
        return None  # a file called "12" is that file
    return int(found.group(1))


def _stored(article_id: int, data_dir: str | None) -> object:
    """The stored article with ``article_id``; ``ReaderError`` when there is none."""
    from reader.store import Store

    with Store.open(data_dir) as store:
        article = store.get_article(article_id)
    if article is None:
        raise ReaderError(
            f"No article {article_id} in the library; 'reader library' lists them."
        )
    return article


def library_source(source: str | None, data_dir: str | None) -> str | None:
    """``source``, or ``library:ID`` when it names an article of the library (checked:
    ``ReaderError`` if the library has no such article)."""
    article_id = _stored_id(source)
    if article_id is None:
        if source is not None and source.startswith(LIBRARY_PREFIX):
            raise ReaderError("give a library id as a number: 'reader library' lists them.")
        return source
    _stored(article_id, data_dir)
    return f"{LIBRARY_PREFIX}{article_id}"


def stored_article(source: str, data_dir: str | None) -> object | None:
    """The library's article ``source`` names (``library:12``, or ``12`` when no file has
    that name), for ``reader dump``; None when it names none. ``ReaderError`` when the
    library has no such article."""
    article_id = _stored_id(source)
    if article_id is None:
        if source.startswith(LIBRARY_PREFIX):
            raise ReaderError("give a library id as a number: 'reader library' lists them.")
        return None
    return _stored(article_id, data_dir)


def print_stored(source: str, data_dir: str | None) -> int:
    """Print the stored article ``library:ID`` as ``reader dump`` prints an article."""
    import sys

    from reader.article.dump import render

    article_id = _stored_id(source)
    if article_id is None:
        raise ReaderError("give a library id as a number: 'reader library' lists them.")
    sys.stdout.write(render(_stored(article_id, data_dir), "text"))  # type: ignore[arg-type]
    sys.stdout.flush()
    return 0
