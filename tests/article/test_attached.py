"""The lines a feed entry sets atop its article: its note said anew (a load stopped), the
rest of the article (links, styles, enclosure lines, pull quotes) where it was under it."""

from __future__ import annotations

from reader.article.attached import attach, renote
from reader.article.enclosures import Enclosure
from reader.article.model import Link, PullQuote, Styled, build_article

LOADING = "Loading the full article…"
STOPPED = "The full article was not loaded: this is the text the feed gave."


def _entry():  # type: ignore[no-untyped-def]
    own = build_article(
        title="Story", blocks=[("paragraph", "First words here."), ("quote", "A said thing.")],
        links=[(0, Link("words", "https://example.org/w", 6, 11))],
        styles=[(1, Styled("emphasis", 2, 6))],
        pull_quotes=[PullQuote("A said thing.", block=1)],
    )
    return attach(own, [Enclosure("https://example.org/a.mp3", "audio/mpeg")], LOADING)


def _spans(article):  # type: ignore[no-untyped-def]
    """Each link's and style's text: what they cover, wherever they stand."""
    return ([article.text[x.start:x.end] for x in article.links],
            [(s.kind, article.text[s.start:s.end]) for s in article.styles])


def test_renote_says_the_new_note_with_everything_under_it_in_place() -> None:
    loading = _entry()
    stopped = renote(loading, LOADING, STOPPED)
    texts = [b.text for b in stopped.blocks]
    assert texts == [STOPPED, *(b.text for b in loading.blocks[1:])]
    assert all(stopped.text[b.start:b.end] == b.text for b in stopped.blocks)
    links, styles = _spans(stopped)
    assert links == _spans(loading)[0] and links[1] == "words"
    assert styles == [("emphasis", STOPPED), ("emphasis", "said")]
    assert [q.block for q in stopped.pull_quotes] == [q.block for q in loading.pull_quotes]
    assert stopped.enclosures == loading.enclosures


def test_renote_leaves_an_article_whose_first_line_is_another_note() -> None:
    loading = _entry()
    assert renote(loading, "Another note.", STOPPED) is loading
