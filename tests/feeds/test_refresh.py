"""Subscribing and refreshing against local servers: conditional GET, redirects, failures."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from reader.feeds import read_opml, refresh, subscribe, write_opml
from reader.feeds.discover import page_feeds
from reader.feeds.parse import FeedError
from reader.store import Store
from tests.feeds import feed_docs as docs


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "data") as opened:
        yield opened


def _conditional(body: bytes, etag: str = '"v1"', hits: list[str] | None = None):
    def handler(request: Request) -> Response:
        if hits is not None:
            hits.append(request.headers.get("If-None-Match", ""))
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304)
        return Response(body, content_type="application/rss+xml", headers={"ETag": etag})

    return handler


def test_subscribe_then_an_unchanged_feed_costs_a_304(httpserver: HTTPServer, store: Store):
    hits: list[str] = []
    httpserver.expect_request("/feed").respond_with_handler(_conditional(docs.rss(5), hits=hits))
    feed, added, new = subscribe(store, httpserver.url_for("/feed"))
    assert added and new == 5 and feed.title == "Example feed" and feed.unread == 5
    (outcome,) = refresh(store)
    assert outcome.unchanged and outcome.new == 0 and outcome.error is None
    assert hits == ["", '"v1"']
    assert store.feeds.list_feeds()[0].etag == '"v1"'


def test_new_entries_are_added_once(httpserver: HTTPServer, store: Store) -> None:
    httpserver.expect_ordered_request("/f").respond_with_data(docs.rss(3))
    httpserver.expect_ordered_request("/f").respond_with_data(docs.rss(3, start=2))
    subscribe(store, httpserver.url_for("/f"))
    (outcome,) = refresh(store)
    assert outcome.new == 2
    feed = store.feeds.list_feeds()[0]
    assert (feed.total, feed.unread) == (5, 5)
    newest = store.feeds.entries(feed.id)
    assert [e.guid for e in newest][:2] == ["id-4", "id-3"]  # newest first


def test_a_feed_naming_its_dtd_is_read_and_the_dtd_never_fetched(
    httpserver: HTTPServer, store: Store
) -> None:
    """RSS 0.91 as Netscape published it names an external DTD: no attack, but never fetched."""
    dtd = httpserver.url_for("/rss-0.91.dtd")
    body = (
        '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS '
        f'0.91//EN" "{dtd}"><rss version="0.91"><channel><title>Old news</title>'
        "<link>http://old.test/</link><item><title>First</title>"
        "<link>http://old.test/1</link></item></channel></rss>"
    ).encode()
    httpserver.expect_request("/rss").respond_with_data(body, content_type="text/xml")
    httpserver.expect_request("/rss-0.91.dtd").respond_with_data('<!ENTITY x "fetched">')
    feed, added, new = subscribe(store, httpserver.url_for("/rss"))
    assert added and new == 1 and feed.title == "Old news"
    assert [e.title for e in store.feeds.entries(feed.id)] == ["First"]
    assert [request.path for request, _response in httpserver.log] == ["/rss"]


def test_a_page_leads_to_its_feed(httpserver: HTTPServer, store: Store) -> None:
    page = (b'<!doctype html><html><head><title>Blog</title>'
            b'<link rel="alternate" type="application/atom+xml" href="/atom.xml">'
            b"</head><body>Hi</body></html>")
    httpserver.expect_request("/").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/atom.xml").respond_with_data(docs.ATOM)
    feed, _, new = subscribe(store, httpserver.url_for("/"))
    assert feed.url == httpserver.url_for("/atom.xml") and new == 1


def test_a_page_with_several_feeds_leads_to_its_first_not_its_comments(
    httpserver: HTTPServer, store: Store
) -> None:
    """The page's own order, whatever the formats (Atom "All posts" before an RSS one);
    a comments feed, named so by its title or its address, last."""
    page = (b'<!doctype html><html><head><meta charset="utf-8"><title>Multi</title>'
            b'<link rel="alternate" type="application/rss+xml" title="Multi \xe2\x80\x94 '
            b'Comments on all posts" href="/multi/comments.rss">'
            b'<link rel="alternate" type="application/rss+xml" href="/multi/comments/feed/">'
            b'<link rel="alternate" type="application/atom+xml" title="Multi \xe2\x80\x94 All '
            b'posts" href="/multi/posts.atom">'
            b'<link rel="alternate" type="application/rss+xml" title="Posts (RSS)" '
            b'href="/multi/posts.rss"></head><body><p>Home page.</p></body></html>')
    httpserver.expect_request("/multi/").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/multi/posts.atom").respond_with_data(docs.ATOM)
    httpserver.expect_request("/multi/posts.rss").respond_with_data(docs.rss(2))
    httpserver.expect_request("/multi/comments.rss").respond_with_data(docs.rss(3))
    feed, _, _ = subscribe(store, httpserver.url_for("/multi/"))
    assert feed.url == httpserver.url_for("/multi/posts.atom") and feed.title == "Atom feed"
    declared, _ = page_feeds(page, httpserver.url_for("/multi/"))
    assert [link.rsplit("/multi/", 1)[1] for link in declared] == [
        "posts.atom", "posts.rss", "comments.rss", "comments/feed/"]


def _page(body: str) -> bytes:
    head = "<!doctype html><html><head><title>Blog</title></head>"
    return f"{head}<body>{body}</body></html>".encode()


def test_a_page_with_no_feed_anywhere_says_so(httpserver: HTTPServer, store: Store) -> None:
    httpserver.expect_request("/plain").respond_with_data(
        _page("No feed"), content_type="text/html")
    httpserver.expect_request("/feed").respond_with_data(
        _page("Not found, but said with a 200"), content_type="text/html")
    with pytest.raises(FeedError, match="without a feed link, and its site has no feed"):
        subscribe(store, httpserver.url_for("/plain"))
    tried = [request.path for request, _response in httpserver.log]
    assert tried == ["/plain", "/feed", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml",
                     "/rss"]
    assert store.feeds.list_feeds() == []


def test_a_page_that_declares_no_feed_leads_to_one_it_links_to(
    httpserver: HTTPServer, store: Store
) -> None:
    """A link in the page whose address names a feed is tried before the usual places."""
    httpserver.expect_request("/post").respond_with_data(
        _page('<a href="/about">About</a> <a href="/blog/feed/">RSS</a>'),
        content_type="text/html")
    httpserver.expect_request("/blog/feed/").respond_with_data(docs.rss(2))
    feed, added, new = subscribe(store, httpserver.url_for("/post"))
    assert added and new == 2 and feed.url == httpserver.url_for("/blog/feed/")
    assert [request.path for request, _response in httpserver.log] == ["/post", "/blog/feed/"]


def test_a_site_that_names_no_feed_is_found_where_its_engine_keeps_one(
    httpserver: HTTPServer, store: Store
) -> None:
    """Hugo's /index.xml, past a 404 and a page that answers every address."""
    httpserver.expect_request("/").respond_with_data(_page("Home"), content_type="text/html")
    httpserver.expect_request("/feed").respond_with_data("gone", status=404)
    httpserver.expect_request("/rss.xml").respond_with_data(
        _page("Every address answers"), content_type="text/html")
    httpserver.expect_request("/index.xml").respond_with_data(docs.ATOM)
    feed, _, new = subscribe(store, httpserver.url_for("/"))
    assert feed.url == httpserver.url_for("/index.xml") and new == 1


def test_a_page_whose_first_feed_link_is_broken_leads_to_its_second(
    httpserver: HTTPServer, store: Store
) -> None:
    page = (b'<!doctype html><html><head>'
            b'<link rel="alternate" type="application/rss+xml" href="/old-rss">'
            b'<link rel="alternate" type="application/atom+xml" href="/atom">'
            b"</head><body>Hi</body></html>")
    httpserver.expect_request("/").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/old-rss").respond_with_data("gone", status=410)
    httpserver.expect_request("/atom").respond_with_data(docs.ATOM)
    feed, _, _ = subscribe(store, httpserver.url_for("/"))
    assert feed.url == httpserver.url_for("/atom")
    httpserver.clear()
    httpserver.expect_request("/").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/old-rss").respond_with_data("gone", status=410)
    httpserver.expect_request("/atom").respond_with_data("down", status=503)
    with pytest.raises(FeedError, match="410"):  # none answers: the first link's error
        subscribe(store, httpserver.url_for("/"))


def test_a_permanent_redirect_updates_the_address(httpserver: HTTPServer, store: Store):
    httpserver.expect_request("/new").respond_with_data(docs.rss(1))
    feed, _ = store.feeds.add(httpserver.url_for("/old"))
    httpserver.expect_request("/old").respond_with_response(
        Response(status=301, headers={"Location": "/new"}))
    (outcome,) = refresh(store)
    assert outcome.error is None and outcome.moved_to == httpserver.url_for("/new")
    assert store.feeds.find(feed.id).url == httpserver.url_for("/new")


def test_a_temporary_redirect_keeps_the_address(httpserver: HTTPServer, store: Store):
    httpserver.expect_request("/new").respond_with_data(docs.rss(1))
    httpserver.expect_request("/old").respond_with_response(
        Response(status=302, headers={"Location": "/new"}))
    feed, _ = store.feeds.add(httpserver.url_for("/old"))
    (outcome,) = refresh(store)
    assert outcome.new == 1 and outcome.moved_to is None
    assert store.feeds.find(feed.id).url == httpserver.url_for("/old")


def test_subscribing_keeps_the_address_a_temporary_redirect_left(
    httpserver: HTTPServer, store: Store
) -> None:
    """As refresh does: only a permanent redirect (301, 308) changes the stored address."""
    httpserver.expect_request("/today").respond_with_data(docs.rss(2))
    httpserver.expect_request("/tmp302/feed").respond_with_response(
        Response(status=302, headers={"Location": "/today"}))
    httpserver.expect_request("/old/feed").respond_with_response(
        Response(status=301, headers={"Location": "/new/feed"}))
    httpserver.expect_request("/new/feed").respond_with_response(
        Response(status=307, headers={"Location": "/today"}))
    httpserver.expect_request("/moved/feed").respond_with_response(
        Response(status=308, headers={"Location": "/today"}))
    feed, added, new = subscribe(store, httpserver.url_for("/tmp302/feed"))
    assert (feed.url, added, new) == (httpserver.url_for("/tmp302/feed"), True, 2)
    feed, _, _ = subscribe(store, httpserver.url_for("/old/feed"))  # (301, then 307)
    assert feed.url == httpserver.url_for("/old/feed")
    feed, _, _ = subscribe(store, httpserver.url_for("/moved/feed"))
    assert feed.url == httpserver.url_for("/today")
    page = (b'<!doctype html><html><head><link rel="alternate" type="application/rss+xml" '
            b'href="/tmp302/feed"></head><body>Hi</body></html>')
    httpserver.expect_request("/blog/").respond_with_data(page, content_type="text/html")
    store.feeds.remove(store.feeds.find(httpserver.url_for("/tmp302/feed")).id)
    feed, _, _ = subscribe(store, httpserver.url_for("/blog/"))
    assert feed.url == httpserver.url_for("/tmp302/feed")


def test_one_failing_feed_never_stops_the_others(httpserver: HTTPServer, store: Store):
    httpserver.expect_request("/good").respond_with_data(docs.rss(2))
    httpserver.expect_request("/gone").respond_with_data("", status=404)
    httpserver.expect_request("/evil").respond_with_data(docs.BILLION_LAUGHS)
    for path in ("/good", "/gone", "/evil"):
        store.feeds.add(httpserver.url_for(path))
    store.feeds.add("http://127.0.0.1:9/refused")  # nothing listens on port 9
    outcomes = {o.feed.url.rsplit("/", 1)[1]: o for o in refresh(store)}
    assert outcomes["good"].new == 2 and outcomes["good"].error is None
    gone = httpserver.url_for("/gone")
    assert outcomes["gone"].error == f"The server answered 404 Not Found for {gone}."
    assert "refuses to expand" in outcomes["evil"].error
    assert outcomes["refused"].error.startswith("Could not reach 127.0.0.1")
    errors = {f.url.rsplit("/", 1)[1]: f.last_error for f in store.feeds.list_feeds()}
    assert errors["good"] is None and errors["gone"] == outcomes["gone"].error


def test_a_feed_over_the_size_cap_is_a_sentence(httpserver: HTTPServer, store: Store):
    big = docs.rss(1) + b" " * (20 * 1024 * 1024)
    httpserver.expect_request("/big").respond_with_data(big)
    store.feeds.add(httpserver.url_for("/big"))
    started = time.perf_counter()
    (outcome,) = refresh(store)
    assert outcome.error == "The feed is larger than 20 MB; stopped reading."
    assert time.perf_counter() - started < 15


def test_a_twenty_mb_feed_under_the_cap_is_read(httpserver: HTTPServer, store: Store):
    text = "word " * (19 * 1024 * 1024 // 5)
    body = docs.rss(1, extra=f"<item><title>Huge</title><link>https://example.com/h</link>"
                             f"<description>{text}</description></item>")
    httpserver.expect_request("/huge").respond_with_data(body)
    store.feeds.add(httpserver.url_for("/huge"))
    started = time.perf_counter()
    (outcome,) = refresh(store)
    assert outcome.error is None and outcome.new == 2
    assert time.perf_counter() - started < 15
    huge = next(e for e in store.feeds.entries(outcome.feed.id) if e.title == "Huge")
    assert len(huge.summary) <= 1000


def test_refresh_goes_to_each_host_one_request_at_a_time(store: Store) -> None:
    """Two hosts (127.0.0.1 and 127.0.0.2), three feeds each: never two at once per host."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    active: dict[str, int] = {}
    most: dict[str, int] = {}
    hosts_at_once: list[int] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            host = self.server.server_address[0]
            with lock:
                active[host] = active.get(host, 0) + 1
                most[host] = max(most.get(host, 0), active[host])
                hosts_at_once.append(sum(1 for n in active.values() if n))
            time.sleep(0.2)
            body = docs.rss(1)
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            with lock:
                active[host] -= 1

        def log_message(self, *args: object) -> None:
            pass

    servers = [ThreadingHTTPServer((h, 0), Handler) for h in ("127.0.0.1", "127.0.0.2")]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        for n in range(3):
            store.feeds.add(f"http://{server.server_address[0]}:{server.server_address[1]}/{n}")
    try:
        outcomes = refresh(store, processes=0)
    finally:
        for server in servers:
            server.shutdown()
    assert all(o.error is None for o in outcomes)
    assert most == {"127.0.0.1": 1, "127.0.0.2": 1}
    assert max(hosts_at_once) == 2  # the two hosts in parallel, not one after the other


def test_opml_round_trip_and_entities_refused(tmp_path: Path, store: Store) -> None:
    store.feeds.add("http://a.test/feed", 'A & "quoted" <feed>')
    store.feeds.add("http://b.test/rss", "B")
    text = write_opml(store.feeds.list_feeds())
    assert read_opml(text.encode()) == [
        ("http://a.test/feed", 'A & "quoted" <feed>'), ("http://b.test/rss", "B")]
    evil = docs.BILLION_LAUGHS.replace(b"<rss", b"<opml><body><outline xmlUrl='&lol9;'/>"
                                       b"</body></opml><!--").replace(b"</rss>", b"-->")
    with pytest.raises(FeedError, match="refuses to expand"):
        read_opml(evil)


def test_a_file_that_is_no_opml_is_refused_not_imported_as_nothing() -> None:
    """A feed or another XML document given as an OPML file is told, not "0 imported"."""
    with pytest.raises(FeedError, match="is a feed, not an OPML file"):
        read_opml(docs.rss(2))
    with pytest.raises(FeedError, match="is a feed, not an OPML file"):
        read_opml(b'<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>')
    with pytest.raises(FeedError, match="not an OPML file"):
        read_opml(b"<html><body><outline xmlUrl='https://a.example/rss'/></body></html>")
    assert read_opml(b"<OPML><body><outline xmlUrl='https://a.example/rss'/></body></OPML>") \
        == [("https://a.example/rss", "")]


@pytest.mark.parametrize(("address", "told"), [
    ("", "Give the address of a feed"), ("   ", "Give the address of a feed"),
    ("/home/me/feed.xml", "is a file"), ("./feed.xml", "is a file"),
    ("~/feed.xml", "is a file"), ("file:///home/me/feed.xml", "is a file"),
])
def test_no_address_or_a_file_s_path_is_told_not_fetched_as_https(
    store: Store, address: str, told: str
) -> None:
    """Neither is made into "https:///home/me/feed.xml" and refused as that address."""
    with pytest.raises(FeedError, match=told) as caught:
        subscribe(store, address)
    assert "https://" not in str(caught.value)


@pytest.mark.parametrize("address", ["abc", "my feeds", "news:", "feed://abc"])
def test_a_word_is_told_it_is_no_web_address_not_fetched(store: Store, address: str) -> None:
    """Not "Could not reach abc": nothing is fetched, and the sentence says what to give."""
    with pytest.raises(FeedError, match="is not a web address: give the feed's address") \
            as caught:
        subscribe(store, address)
    assert "reach" not in str(caught.value)


@pytest.mark.parametrize(("address", "host"), [
    ("example.org", True), ("example.org/feed.xml", True), ("localhost:8080/feed", True),
    ("127.0.0.1/feed", True), ("[::1]:8080/feed", True), ("intranet:8080/feed", True),
    ("me@example.org", True), ("abc", False), ("news:", False), ("my feeds", False),
    ("intranet/feed", False),
])
def test_what_could_be_a_web_host(address: str, host: bool) -> None:
    """What a feed's address given with no scheme may start with, to be fetched at all."""
    from reader.feeds.subscribe import _host_like

    assert _host_like(address) is host


def test_the_guesses_at_a_feed_stop_at_their_deadline(
    httpserver: HTTPServer, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    subscribing = importlib.import_module("reader.feeds.subscribe")  # (not the function)

    def slow(_request: Request) -> Response:
        time.sleep(2)
        return Response(docs.rss(1), content_type="application/rss+xml")

    monkeypatch.setattr(subscribing, "GUESS_DEADLINE", 0.3)
    httpserver.expect_request("/").respond_with_data(_page("Home"), content_type="text/html")
    httpserver.expect_request("/feed").respond_with_handler(slow)
    started = time.perf_counter()
    with pytest.raises(FeedError, match="without a feed link"):
        subscribe(store, httpserver.url_for("/"))
    assert time.perf_counter() - started < 1.5


def test_the_feed_scheme_names_the_same_feed_over_the_web(
    httpserver: HTTPServer, store: Store
) -> None:
    """``feed:`` asked a browser to hand an address to a feed reader: in an OPML file, a
    page's link or the command line, it names the feed over HTTP(S)."""
    httpserver.expect_request("/feed").respond_with_data(docs.rss(1))
    feed, added, _ = subscribe(store, "feed:" + httpserver.url_for("/feed"))
    assert added and feed.url == httpserver.url_for("/feed")
    opml = (
        b'<opml version="2.0"><body><outline text="A" xmlUrl="feed://a.example/rss"/>'
        b'<outline text="B" xmlUrl="feed:https://b.example/atom"/>'
        b'<outline text="C" xmlUrl="feed:javascript:alert(1)"/></body></opml>'
    )
    assert read_opml(opml) == [("https://a.example/rss", "A"), ("https://b.example/atom", "B")]


def test_a_feed_served_as_a_web_page_is_still_a_feed(httpserver: HTTPServer, store: Store):
    """Servers often give RSS the type ``text/html``: the body decides, directly or through
    a page's link; an XHTML page that opens with an XML declaration is still a page."""
    httpserver.expect_request("/rss").respond_with_data(docs.rss(2), content_type="text/html")
    feed, _, new = subscribe(store, httpserver.url_for("/rss"))
    assert feed.url == httpserver.url_for("/rss") and new == 2
    page = (b'<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html><head>'
            b'<link rel="alternate" type="application/atom+xml" href="/atom"></head>'
            b"<body>Hi</body></html>")
    httpserver.expect_request("/xhtml").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/atom").respond_with_data(docs.ATOM, content_type="text/html")
    feed, _, _ = subscribe(store, httpserver.url_for("/xhtml"))
    assert feed.url == httpserver.url_for("/atom")


@pytest.mark.parametrize("written", ["{host}/feed", "feed://{host}/feed"])
def test_an_address_without_its_scheme_is_read_over_http_when_https_cannot_be(
    httpserver: HTTPServer, store: Store, written: str
) -> None:
    """The scheme is guessed (https first, as a browser does): a site that has no https is
    subscribed over http, not told "the secure connection failed"."""
    httpserver.expect_request("/feed").respond_with_data(
        docs.rss(2), content_type="application/rss+xml"
    )
    host = f"{httpserver.host}:{httpserver.port}"
    feed, added, new = subscribe(store, written.format(host=host))
    assert added and new == 2
    assert feed.url == f"http://{host}/feed"


def test_an_https_address_that_cannot_be_reached_is_not_tried_over_http(
    httpserver: HTTPServer, store: Store
) -> None:
    httpserver.expect_request("/feed").respond_with_data(docs.rss(2))
    with pytest.raises(FeedError, match="secure connection"):
        subscribe(store, f"https://{httpserver.host}:{httpserver.port}/feed")


def test_a_feed_that_trickles_in_is_told_as_not_sent_in_time(
    httpserver: HTTPServer, store: Store
) -> None:
    """The server answers at once, then sends the feed a little at a time: it answered, it
    did not send the whole feed in time (not "did not answer")."""

    def trickle():
        yield b'<?xml version="1.0"?><rss version="2.0"><channel><title>Slow</title>'
        for _ in range(40):
            time.sleep(0.05)
            yield b" "

    httpserver.expect_request("/slow").respond_with_handler(
        lambda request: Response(trickle(), content_type="application/rss+xml")
    )
    import asyncio

    from reader.feeds.http import get_feed, new_client

    async def fetch() -> None:
        async with new_client() as client:
            await get_feed(client, httpserver.url_for("/slow"), timeout=0.5)

    with pytest.raises(FeedError, match=r"did not send the whole feed within 0\.5 seconds"):
        asyncio.run(fetch())
