"""Entry dates in the shapes feeds write them that feedparser misreads: placeholders (Hugo's
year 1, a timestamp left at 0), Unix timestamps, day and month names in other languages."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from reader.feeds import subscribe
from reader.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "feeds"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "data") as opened:
        yield opened


def test_odd_dates_are_read_as_the_moment_they_name_or_as_none(
    httpserver: HTTPServer, store: Store
) -> None:
    """A placeholder is undated (not "0001-01-01", which Hugo writes for a page without a
    date); a Unix timestamp is its moment (feedparser reads "1712822400" as 2017-05-08); a
    date with a German or French day name is read, not dropped."""
    httpserver.expect_request("/dates.rss").respond_with_data(
        (FIXTURES / "odd-dates.rss").read_bytes(), content_type="application/rss+xml")
    feed, _, new = subscribe(store, httpserver.url_for("/dates.rss"))
    assert new == 8
    dates = {entry.guid: entry.published for entry in store.feeds.entries(feed.id)}
    assert dates == {
        "hugo-undated": None,
        "epoch": None,
        "unix": "2024-04-11T08:00:00+00:00",
        "unix-ms": "2024-04-11T08:00:00+00:00",
        "german": "2024-04-16T08:00:00+00:00",
        "french": "2024-04-15T08:00:00+00:00",
        "plain": "2024-04-17T10:00:00+00:00",
        "nonsense": None,
    }


def test_a_json_feed_items_zero_date_is_no_date(httpserver: HTTPServer, store: Store) -> None:
    """A Go program's JSON Feed writes an unset date as Go's zero time: undated, while its
    modified date, when real, dates it."""
    document = {
        "version": "https://jsonfeed.org/version/1.1", "title": "Go feed",
        "items": [
            {"id": "a", "url": "https://go.example/a", "title": "Zero",
             "date_published": "0001-01-01T00:00:00Z"},
            {"id": "b", "url": "https://go.example/b", "title": "Modified",
             "date_published": "0001-01-01T00:00:00Z", "date_modified": "2024-05-01T09:00:00Z"},
        ],
    }
    httpserver.expect_request("/feed.json").respond_with_data(
        json.dumps(document), content_type="application/feed+json")
    feed, _, _ = subscribe(store, httpserver.url_for("/feed.json"))
    dates = {entry.guid: entry.published for entry in store.feeds.entries(feed.id)}
    assert dates == {"a": None, "b": "2024-05-01T09:00:00+00:00"}


def test_a_date_in_another_language_is_no_date_when_feedparsers_reader_is_gone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import types

    from reader.feeds.dates import entry_date

    entry = {"published": "lun., 15 avril 2024 10:00:00 +0000", "published_parsed": None}
    assert entry_date(entry) == "2024-04-15T10:00:00+00:00"
    monkeypatch.setitem(sys.modules, "feedparser.datetimes", types.ModuleType("datetimes"))
    assert entry_date(entry) is None  # (its private reader moved: no date, no error)
