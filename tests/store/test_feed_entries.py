"""A feed's entries in the store: their order, and dates from the future."""

from __future__ import annotations

from reader.store import NewEntry, Store


def _titles(store: Store, feed_id: int) -> list[str]:
    return [entry.title for entry in store.feeds.entries(feed_id)]


def test_undated_entries_are_dated_by_when_they_were_stored(store: Store) -> None:
    """A new undated entry goes above the undated ones stored before it, and above dated
    ones older than its arrival; undated entries of one refresh keep the feed's order."""
    feed, _ = store.feeds.add("https://notes.example/feed")
    store.feeds.add_entries(feed.id, [
        NewEntry("a", None, "First undated"),
        NewEntry("b", None, "Second undated"),
        NewEntry("d", None, "Dated 2021", published="2021-01-01T00:00:00+00:00"),
    ])
    store.feeds.add_entries(feed.id, [NewEntry("c", None, "Undated, stored later")])
    assert _titles(store, feed.id) == [
        "Undated, stored later", "First undated", "Second undated", "Dated 2021"]


def test_a_date_in_the_future_is_stored_as_the_time_it_was_fetched(store: Store) -> None:
    feed, _ = store.feeds.add("https://future.example/feed")
    store.feeds.add_entries(feed.id, [
        NewEntry("f", None, "From 2100", published="2100-01-01T00:00:00+00:00"),
        NewEntry("p", None, "Past", published="2021-01-01T00:00:00+00:00"),
    ])
    store.feeds.add_entries(feed.id, [NewEntry("n", None, "Newer, undated")])
    assert _titles(store, feed.id) == ["Newer, undated", "From 2100", "Past"]
    future = store.feeds.entries(feed.id)[1]
    assert future.published is not None and future.published < "2100"


def test_a_future_date_stored_before_dates_were_capped_is_not_first_forever(
    store: Store,
) -> None:
    feed, _ = store.feeds.add("https://old.example/feed")
    store.feeds.add_entries(feed.id, [NewEntry("f", None, "From 2100")])
    store._write("poison", lambda c: c.execute(
        "UPDATE entries SET published = '2100-01-01T00:00:00+00:00'"))
    store.feeds.add_entries(feed.id, [NewEntry("n", None, "Newer")])
    assert _titles(store, feed.id) == ["Newer", "From 2100"]
