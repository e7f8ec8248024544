"""One feed request on httpx's async client, with the page fetcher's limits.

The same deadline (30 s for the whole request, redirects and body), connect timeout, size
cap (20 MB, streamed, compressed bodies counted as they inflate) and redirect limit as
:mod:`reader.sources.fetch`; conditional GET with the feed's ETag and Last-Modified;
redirects followed by hand so a permanent one (301, 308) can update the address.
"""

from __future__ import annotations

import asyncio
import zlib
from dataclasses import dataclass
from http import HTTPStatus
from typing import TYPE_CHECKING

from reader.core.sanitize import clean_shown as show
from reader.feeds.parse import FeedError
from reader.sources import fetch as limits

if TYPE_CHECKING:
    import httpx

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1"
)
HEADERS = {**limits.HEADERS, "Accept": ACCEPT}
PERMANENT = (301, 308)
MAX_VALIDATOR = 1024  # characters of an ETag or Last-Modified sent back (real ones: < 100)
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class FeedResponse:
    """A feed's answer: its body (None when unchanged: a 304), validators, addresses."""

    url: str  # where the body came from (after redirects)
    data: bytes | None
    content_type: str | None
    etag: str | None
    last_modified: str | None
    moved_to: str | None = None  # set when every redirect on the way was permanent
    charset: str | None = None  # the Content-Type's charset, if the server names one


def new_client() -> httpx.AsyncClient:
    """An async client with the fetcher's connect timeout and headers (no auto-redirects)."""
    import httpx

    timeout = httpx.Timeout(limits.DEFAULT_TIMEOUT, connect=limits.DEFAULT_CONNECT_TIMEOUT)
    return httpx.AsyncClient(
        headers=HEADERS, timeout=timeout, follow_redirects=False,
        limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
    )


async def get_feed(
    client: httpx.AsyncClient,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = limits.DEFAULT_TIMEOUT,
    max_bytes: int = limits.DEFAULT_MAX_BYTES,
) -> FeedResponse:
    """GET ``url`` within ``timeout`` seconds; :class:`FeedError` with a sentence if not."""
    try:
        async with asyncio.timeout(timeout):
            return await _get(client, url, etag, last_modified, max_bytes)
    except TimeoutError as error:
        raise FeedError(
            f"{host_of(url)} did not send the whole feed within {timeout:g} seconds."
        ) from error
    except FeedError:
        raise
    except Exception as error:  # httpx, socket and TLS failures: one sentence
        raise FeedError(describe(error, url)) from error


def sendable(validator: str | None) -> bool:
    """Whether a validator the server sent (``ETag``, ``Last-Modified``) can go back to it:
    printable ASCII and at most :data:`MAX_VALIDATOR` characters. Another (letters beyond
    ASCII, a control, a megabyte) is no header value; sent, it failed every refresh of
    the feed after the first, so it is left out (the feed is fetched whole)."""
    return (
        validator is not None
        and 0 < len(validator) <= MAX_VALIDATOR
        and validator.isascii()
        and validator.isprintable()
    )


async def _get(
    client: httpx.AsyncClient, url: str, etag: str | None, last_modified: str | None,
    max_bytes: int,
) -> FeedResponse:
    import httpx

    headers = {}
    if sendable(etag):
        headers["If-None-Match"] = etag
    if sendable(last_modified):
        headers["If-Modified-Since"] = last_modified
    permanent = True
    current = url
    for _ in range(limits.MAX_REDIRECTS + 1):
        scheme = current.split(":", 1)[0].lower()
        if scheme not in ("http", "https"):
            raise FeedError(f"reader cannot fetch this address: {show(current)}.")
        async with client.stream("GET", current, headers=headers) as response:
            if response.is_redirect and "location" in response.headers:
                permanent = permanent and response.status_code in PERMANENT
                try:
                    current = str(httpx.URL(current).join(response.headers["location"]))
                except (httpx.InvalidURL, ValueError) as error:
                    raise FeedError(
                        f"{host_of(current)} redirects to an address that is not valid."
                    ) from error
                continue
            moved = current if permanent and current != url else None
            if response.status_code == 304:
                return FeedResponse(current, None, None, etag, last_modified, moved)
            if response.status_code >= 400:
                raise FeedError(_status(response, current))
            mime, charset = limits.parse_content_type(response.headers.get("content-type"))
            data = await _body(response, max_bytes)
            return FeedResponse(
                current, data, mime, response.headers.get("etag"),
                response.headers.get("last-modified"), moved, charset,
            )
    raise FeedError(f"Too many redirects from {show(url, 120)} (more than "
                    f"{limits.MAX_REDIRECTS}).")


async def _body(response: httpx.Response, max_bytes: int) -> bytes:
    length = response.headers.get("content-length", "")
    encoded = response.headers.get("content-encoding", "identity").strip().lower()
    if length.isdigit() and int(length) > max_bytes and encoded == "identity":
        raise FeedError(limits.too_large(max_bytes, "The feed").message)
    try:
        decoders = limits.content_decoders(response.headers.get("content-encoding", ""))
    except Exception as error:
        raise FeedError(str(error)) from error
    parts: list[bytes] = []
    size = 0
    try:
        async for chunk in response.aiter_raw(64 * 1024):
            for decoder in decoders:
                chunk = decoder.feed(chunk, max_bytes - size + 1)
            size += len(chunk)
            if size > max_bytes:
                raise FeedError(limits.too_large(max_bytes, "The feed").message)
            parts.append(chunk)
        for decoder in decoders:
            decoder.finish()
        data = b"".join(parts)
        if data.startswith(GZIP_MAGIC):
            data = _inflated(data, max_bytes)
    except zlib.error as error:
        raise FeedError("The server sent damaged compressed data.") from error
    return data


def _inflated(data: bytes, max_bytes: int) -> bytes:
    """A feed compressed once more than the server says: a cache that keeps ``feed.xml.gz``
    and sends it without ``Content-Encoding: gzip``, or a proxy that compresses it twice
    (a feed never opens with gzip's magic bytes); at most ``max_bytes`` of it."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    data = inflater.decompress(data, max_bytes + 1)
    if len(data) > max_bytes or inflater.unconsumed_tail:
        raise FeedError(limits.too_large(max_bytes, "The feed").message)
    if not inflater.eof:
        raise zlib.error("incomplete compressed stream")
    return data


def _status(response: httpx.Response, url: str) -> str:
    """The sentence for a refusal, naming the address refused (as a page's does)."""
    status = response.status_code
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = show(response.reason_phrase, 60)
    reason = f" {reason}" if reason else ""
    return f"The server answered {status}{reason} for {show(url, 120)}."


def host_of(url: str) -> str:
    """The host of ``url``, safe to show."""
    rest = url.split("://", 1)[-1]
    return show(rest.split("/", 1)[0].rpartition("@")[2], 120) or show(url, 120)


def describe(error: BaseException, url: str) -> str:
    """One plain sentence for an httpx or socket failure."""
    import httpx

    host = host_of(url)
    if isinstance(error, httpx.ConnectTimeout):
        return f"Could not reach {host}: the connection timed out."
    if isinstance(error, httpx.TimeoutException):
        return f"{host} did not answer in time."
    common = limits.address_or_data_problem(error, url)
    if common is not None:
        return common
    if isinstance(error, httpx.ConnectError) or not isinstance(error, httpx.HTTPError):
        return f"Could not reach {host}: {limits.connect_failure(error)}."
    return f"Could not load {host}: the connection was closed without a full answer."
