"""Rows taken out of the store and put back exactly as they were: what ``u`` undoes.

A deleted article keeps its row (its id, its text and data as stored: nothing is rebuilt, so
a saved book is not read back into an article to be deleted) and its reading place; a removed
feed (``reader.store.feeds``) its row and its entries' rows.
"""

from __future__ import annotations

import sqlite3

from reader.store.records import NamedTuple  # (no dataclasses: `reader search` starts fast)


def insert_row(
    conn: sqlite3.Connection, table: str, row: dict[str, object], *, ignore: bool = False
) -> int:
    """Put ``row`` (every column of a row of ``table``, read before) back into ``table``,
    under its own id unless another row has that id now; the id it has."""
    taken = conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row["id"],)).fetchone()
    values = {name: value for name, value in row.items() if not (taken and name == "id")}
    names = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    cursor = conn.execute(f"{verb} INTO {table} ({names}) VALUES ({marks})", values)
    return int(cursor.lastrowid or 0)


class RemovedArticle(NamedTuple):
    """An article as it was when it was deleted: its row (every column, its id included)
    and its reading place's row, if it had one, for :func:`put_back`."""

    article: dict[str, object]
    place: dict[str, object] | None


def take_out(conn: sqlite3.Connection, where: str, params: tuple[object, ...]
             ) -> RemovedArticle | None:
    """Delete the article ``where`` names (its bookmarks stay, unlinked); it as it was, or
    None when there is no such article."""
    row = conn.execute(f"SELECT * FROM articles WHERE {where}", params).fetchone()
    if row is None:
        return None
    article = dict(row)
    place = conn.execute(
        "SELECT * FROM positions WHERE article_id = ?", (article["id"],)
    ).fetchone()
    conn.execute("DELETE FROM articles WHERE id = ?", (article["id"],))
    return RemovedArticle(article, dict(place) if place is not None else None)


def put_back(conn: sqlite3.Connection, removed: RemovedArticle) -> int:
    """Save again an article :func:`take_out` deleted, as it was: its id (unless another
    article has it now), its reading place, its bookmarks linked to it again. Saved again
    meanwhile (opened once more): that one stays. Returns the article's id."""
    article = removed.article
    found = conn.execute("SELECT id FROM articles WHERE key = ?", (article["key"],)).fetchone()
    if found is not None:
        return int(found[0])
    article_id = insert_row(conn, "articles", article)
    if removed.place is not None:
        conn.execute(
            "INSERT OR REPLACE INTO positions (article_id, char_offset, progress, read_at) "
            "VALUES (?, ?, ?, ?)",
            (article_id, removed.place["char_offset"], removed.place["progress"],
             removed.place["read_at"]),
        )
    conn.execute(
        "UPDATE bookmarks SET article_id = ? WHERE article_key = ?", (article_id, article["key"])
    )
    return article_id
