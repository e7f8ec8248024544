"""The line under an article's title that names it: "By A, B and C", and the site beside it
unless a name of the byline already names it (a licence's or a personal site's owner is its
writer: "By Jane Example", not "By Jane Example · Jane Example")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.same_person import person_key

if TYPE_CHECKING:
    from reader.article.model import Article


def byline(article: Article) -> str:
    """"By A, B and C", or an empty string."""
    names = list(article.authors)
    if not names:
        return ""
    if len(names) == 1:
        return f"By {names[0]}"
    return "By " + ", ".join(names[:-1]) + " and " + names[-1]


def shown_site(article: Article) -> str | None:
    """The article's site as the byline's line shows it: None when one of its authors is the
    same name (case, accents, a handle or a role aside)."""
    site = article.site
    if site and article.authors:
        key = person_key(site)
        if any(person_key(name) == key for name in article.authors):
            return None
    return site


__all__ = ["byline", "shown_site"]
