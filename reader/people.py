"""People in the story (placeholder until the people engine lands)."""

from __future__ import annotations

from reader.model import Article


def analyse_people(article: Article) -> Article:
    """Return the article with people, quotations and pull-quote speakers filled in."""
    return article
