"""Fetch a web page with httpx: redirects, timeouts, a size cap, cancellation, clear errors.

Returns the body's bytes (content-encoding undone) with its type and charset; decoding to
text is ``reader.sources.decoding``'s job. Every failure is a ``LoadError`` with one plain sentence.
"""

from __future__ import annotations

import contextlib
import errno
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from types import ModuleType
from typing import TYPE_CHECKING

from reader.core.errors import IsMedia, LoadError
from reader.core.sanitize import clean_line
from reader.core.sanitize import clean_shown as show
from reader.sources.limits import (  # (re-exported: the fetch's API as before)
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    MAX_REDIRECTS,
    USER_AGENT,
    Cancel,
    LoadCancelled,
    cancel_check,
    format_size,  # noqa: F401  (picture_load's)
    too_large,
)
from reader.sources.meta_refresh import refresh_target
from reader.sources.sniff import UNKNOWN_TYPES, is_readable_type, refusal, refused

if TYPE_CHECKING:
    import httpx
else:

    class _LazyHttpx(ModuleType):
        """``httpx`` imported on first use: ~25 ms that opening a local file never needs."""

        def __getattr__(self, name: str) -> object:
            import httpx as module

            globals()["httpx"] = module
            return getattr(module, name)

    httpx = _LazyHttpx("httpx")

HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1",
    "Accept-Encoding": "gzip, deflate",
}
_CHUNK = 64 * 1024
_WATCH_INTERVAL = 0.05

@dataclass(frozen=True)
class Fetched:
    """A fetched body: bytes, final URL, MIME type and declared charset."""

    data: bytes
    url: str
    content_type: str | None
    charset: str | None


def address_or_data_problem(error: BaseException, url: str) -> str | None:
    """The sentence for a failure that reads the same for a page and a feed: an address
    that cannot be fetched or is not valid, damaged compressed data (None for others)."""
    if isinstance(error, httpx.UnsupportedProtocol):
        return f"reader cannot fetch this address: {show(url)}."
    if isinstance(error, (httpx.InvalidURL, UnicodeError)):
        return f"This is not a valid web address: {show(url)}."
    if isinstance(error, httpx.DecodingError):
        return "The server sent damaged compressed data."
    return None


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """``text/html; charset=UTF-8`` -> ("text/html", "UTF-8"); an escape sequence in the
    header goes whole first (its ";" splits nothing)."""
    value = clean_line(value) if value else None
    if not value:
        return None, None
    mime, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return mime.strip().lower() or None, charset


class _Inflater:
    """Undo one gzip or deflate content-encoding, never producing more than asked for."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self.started = False
        self._new()

    def _new(self, raw_deflate: bool = False) -> None:
        wbits = 16 + zlib.MAX_WBITS if self.coding == "gzip" else zlib.MAX_WBITS
        self._z = zlib.decompressobj(-zlib.MAX_WBITS if raw_deflate else wbits)

    def feed(self, data: bytes, limit: int) -> bytes:
        if not data:
            return b""
        first = not self.started
        self.started = True
        try:
            out = self._z.decompress(data, limit)
        except zlib.error:
            if not (first and self.coding == "deflate"):
                raise
            self._new(raw_deflate=True)  # "deflate" sent without its zlib header
            out = self._z.decompress(data, limit)
        # Concatenated gzip members: keep going with the rest.
        while self.coding == "gzip" and self._z.eof and self._z.unused_data and len(out) < limit:
            rest = self._z.unused_data
            self._new()
            out += self._z.decompress(rest, limit - len(out))
        return out

    def finish(self) -> None:
        """Raise ``zlib.error`` if the compressed stream was cut short."""
        if self.started and not self._z.eof:
            raise zlib.error("incomplete compressed stream")


def content_decoders(content_encoding: str) -> list[_Inflater]:
    """Inflaters that undo ``Content-Encoding`` (in order); ``LoadError`` for an unknown one."""
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    decoders = []
    for coding in reversed(codings):  # applied in order, so undo from the last
        if coding in ("identity", ""):
            continue
        if coding in ("gzip", "x-gzip"):
            decoders.append(_Inflater("gzip"))
        elif coding == "deflate":
            decoders.append(_Inflater("deflate"))
        else:
            raise LoadError(
                f"The server sent the page compressed as {show(coding, 40)!r}, "
                "which reader cannot read."
            )
    return decoders


class _Watchdog:
    """Shuts the current socket when the deadline passes or the user cancels.

    It runs for the whole fetch (connect, headers, redirects and body), so a server that
    sends its headers a byte at a time is stopped by the same deadline as a slow body.
    """

    def __init__(self, deadline: float, cancelled: Callable[[], bool]) -> None:
        self.deadline = deadline
        self.cancelled = cancelled
        self.fired: str | None = None
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def trace(self, event: str, info: dict[str, object]) -> None:
        """httpcore's ``trace`` hook: learn each new connection's socket."""
        if event not in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            return
        stream = info.get("return_value")
        get_info = getattr(stream, "get_extra_info", None)
        sock = get_info("socket") if get_info is not None else None
        if isinstance(sock, socket.socket):
            with self._lock:
                self._sock = sock
                if self.fired:
                    _shut(sock)

    def _run(self) -> None:
        while not self._done.wait(_WATCH_INTERVAL):
            if self.cancelled():
                self.fired = "cancelled"
            elif time.monotonic() >= self.deadline:
                self.fired = "timeout"
            else:
                continue
            with self._lock:
                if self._sock is not None:
                    _shut(self._sock)
            return

    def stop(self) -> None:
        self._done.set()
        if self._thread.is_alive():
            self._thread.join()


def _shut(sock: socket.socket) -> None:
    """Wake a blocked read: the plain socket's shutdown, also for TLS."""
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _Fetch:
    """One fetch: the options, the clock, and the mapping of failures to messages."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float,
        connect_timeout: float,
        max_bytes: int,
        max_redirects: int,
        cancelled: Cancel,
        pictures: bool = False,
    ) -> None:
        self.url = url
        self.pictures = pictures
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.cancelled = cancel_check(cancelled)
        self.deadline = time.monotonic() + timeout
        self.host = _host_of(url)
        self.reading_body = False
        self.watchdog = _Watchdog(self.deadline, self.cancelled)

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise self.timed_out()
        return left

    def check_cancel(self) -> None:
        if self.cancelled():
            raise LoadCancelled()

    @property
    def the_page(self) -> str:
        """The page, as a failure names it: "The page at example.org"."""
        return f"The page at {self.host}"

    def damaged(self) -> str:
        """The sentence for a body whose compression is broken."""
        return f"The server at {self.host} sent damaged compressed data."

    def too_many_redirects(self) -> str:
        """The sentence for a chain of redirects past the limit: from where it started."""
        return f"Too many redirects from {show(self.url, 120)} (more than {self.max_redirects})."

    def timed_out(self) -> LoadError:
        return LoadError(f"{self.host} took too long; gave up after {self.timeout:g} s.")

    def run(self) -> Fetched:
        self.watchdog.start()
        try:
            return self._run()
        except (LoadError, httpx.HTTPError, OSError, zlib.error):
            if self.watchdog.fired == "cancelled":
                raise LoadCancelled() from None
            if self.watchdog.fired == "timeout":
                raise self.timed_out() from None
            raise
        finally:
            self.watchdog.stop()

    def _run(self) -> Fetched:
        try:
            hooks = {"response": [self._check_redirect]}
            with httpx.Client(headers=HEADERS, follow_redirects=False, event_hooks=hooks) as client:
                return self._follow(client)
        except LoadError:
            raise
        except ImportError:  # httpx needs an extra package for a SOCKS proxy from the environment
            raise LoadError(
                "A SOCKS proxy is set in the environment, but reader cannot use it without "
                "the socksio package."
            ) from None
        except zlib.error:
            raise LoadError(self.damaged()) from None
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError, UnicodeError) as e:
            raise LoadError(self.describe(e)) from None
        except ValueError:  # a URL httpx cannot even parse
            raise LoadError(f"This is not a valid web address: {show(self.url)}.") from None

    def _check_redirect(self, response: httpx.Response) -> None:
        """Refuse a redirect to a non-web or broken address before httpx tries to follow it."""
        if not response.has_redirect_location:
            return
        location = response.headers["location"].strip()
        scheme = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", location)
        if scheme and scheme.group(1).lower() not in ("http", "https"):
            raise LoadError(
                f"{self.host} redirects to {show(location, 120)}, which is not a web address; "
                "reader only follows http and https."
            )
        try:
            response.url.join(location)
        except (httpx.InvalidURL, ValueError, UnicodeError):
            raise LoadError(
                f"{self.host} redirects to an address that is not valid: {show(location, 120)}."
            ) from None

    def _follow(self, client: httpx.Client) -> Fetched:
        request = client.build_request("GET", self.url)
        for _ in range(self.max_redirects + 1):
            self.check_cancel()
            self.host = request.url.host or self.host
            left = self.remaining()
            request.extensions["timeout"] = httpx.Timeout(
                left, connect=min(self.connect_timeout, left)
            ).as_dict()
            request.extensions["trace"] = self.watchdog.trace
            self.reading_body = False
            response = client.send(request, stream=True)
            try:
                if response.next_request is None:
                    fetched = self._read(response)
                    onward = self._refresh(fetched, response)
                    if onward is None:
                        return fetched
                    request = client.build_request("GET", onward)  # (a move, told in the page)
                    continue
                request = response.next_request
                if request.url.scheme not in ("http", "https"):
                    raise LoadError(
                        f"{self.host} redirects to {show(request.url, 120)}, which is not a web "
                        "address; reader only follows http and https."
                    )
            finally:
                response.close()
        raise LoadError(self.too_many_redirects())

    def _refresh(self, fetched: Fetched, response: httpx.Response) -> str | None:
        """Where a page that moved on at once sends its reader (``meta_refresh``), or None."""
        if fetched.content_type not in (None, "text/html", "application/xhtml+xml"):
            return None
        return refresh_target(fetched.data, fetched.url, response.headers.get("refresh"))

    def _read(self, response: httpx.Response) -> Fetched:
        url = str(response.url)
        if not response.is_success:
            status = response.status_code
            try:
                reason = HTTPStatus(status).phrase
            except ValueError:
                reason = show(response.reason_phrase, 60)
            reason = f" {reason}" if reason else ""
            why = _STATUS_HINTS.get(status, "")
            if response.headers.get("cf-mitigated", "").strip().lower() == "challenge":
                why = _ROBOT_CHECK  # Cloudflare's, on a 403 or a 503
            raise LoadError(f"The server answered {status}{reason} for {show(url)}{why}.")
        mime, charset = parse_content_type(response.headers.get("content-type"))
        if mime in UNKNOWN_TYPES:
            mime = None  # decided by the bytes
        if mime and not is_readable_type(mime) and not (
            self.pictures and mime.startswith("image/")
        ):
            if mime.startswith(("audio/", "video/")):  # (a player's: its body left unread)
                raise IsMedia(refusal(show(mime, 80)), mime)
            raise refused(refusal(show(mime, 80)))
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_bytes and not _encoded(response):
            raise too_large(self.max_bytes, self.the_page)
        decoders = content_decoders(response.headers.get("content-encoding", ""))
        data = self._stream(response, decoders)
        return Fetched(data, url, mime, charset)

    def _stream(self, response: httpx.Response, decoders: list[_Inflater]) -> bytes:
        self.reading_body = True
        parts: list[bytes] = []
        size = 0
        for chunk in response.iter_raw(_CHUNK):
            self.check_cancel()
            self.remaining()
            for decoder in decoders:
                chunk = decoder.feed(chunk, self.max_bytes - size + 1)
            size += len(chunk)
            if size > self.max_bytes:
                raise too_large(self.max_bytes, self.the_page)
            parts.append(chunk)
        for decoder in decoders:
            decoder.finish()
        return b"".join(parts)

    def describe(self, error: BaseException) -> str:
        """One plain sentence for an httpx or socket failure."""
        host = self.host
        if isinstance(error, httpx.ConnectTimeout):
            seconds = f"{self.connect_timeout:g}"
            return f"Could not reach {host}: the connection timed out after {seconds} s."
        if isinstance(error, httpx.TimeoutException):
            return self.timed_out().message
        if isinstance(error, httpx.TooManyRedirects):
            return self.too_many_redirects()
        if isinstance(error, httpx.DecodingError):
            return self.damaged()
        common = address_or_data_problem(error, self.url)
        if common is not None:
            return common
        if isinstance(error, httpx.ProxyError):
            return f"Could not reach {host} through the proxy."
        text = str(error)
        if "Invalid URL in location header" in text:
            return f"{host} redirects to an address that is not valid."
        cause = _root_cause(error)
        if self.reading_body:
            match = re.search(r"received (\d+) bytes, expected (\d+)", text)
            if match:
                got, want = match.groups()
                return (f"The download from {host} was cut off (received {got} of {want} "
                        "bytes).")
            if isinstance(cause, ConnectionResetError):
                return f"The download was cut off: {host} reset the connection."
            return f"The download was cut off: {host} closed the connection."
        if isinstance(error, httpx.ConnectError) or not isinstance(error, httpx.HTTPError):
            return f"Could not reach {host}: {_connect_reason(cause)}."
        if isinstance(cause, ConnectionResetError):
            return f"Could not load {host}: the connection was reset."
        return f"Could not load {host}: the server closed the connection without an answer."


# a refusal that says it is a robot check (Cloudflare's "cf-mitigated: challenge" header)
_ROBOT_CHECK = (
    "; the site asks for a robot check that only a browser can pass (the page itself may "
    "have a feed or a print version that opens here)"
)
# what a refusal usually means, after its status
_STATUS_HINTS = {
    401: "; the page needs a sign-in (a browser may still open it)",
    403: "; the site turns away programs that are not browsers, or needs a sign-in (a browser"
    " may still open it)",
    429: "; the site has had too many requests from here: try again later",
}


def _encoded(response: httpx.Response) -> bool:
    return response.headers.get("content-encoding", "identity").strip().lower() != "identity"


def _host_of(url: str) -> str:
    try:
        return show(httpx.URL(url).host or url, 120)
    except (httpx.InvalidURL, ValueError, UnicodeError):
        return show(url, 120)


def _root_cause(error: BaseException) -> BaseException:
    seen = set()
    while id(error) not in seen:
        seen.add(id(error))
        nxt = error.__cause__ or error.__context__
        if nxt is None:
            break
        error = nxt
    return error


def connect_failure(error: BaseException) -> str:
    """Why a connection failed, in words ("the connection was refused"), from its root cause."""
    return _connect_reason(_root_cause(error))


def _connect_reason(cause: BaseException) -> str:
    if isinstance(cause, ConnectionRefusedError):
        return "the connection was refused"
    if isinstance(cause, socket.gaierror):
        return "the address could not be found"
    if isinstance(cause, ssl.SSLCertVerificationError):
        return "its security certificate could not be verified"
    if isinstance(cause, ssl.SSLError):
        return "the secure connection failed"
    if isinstance(cause, TimeoutError):
        return "the connection timed out"
    if isinstance(cause, ConnectionResetError):
        return "the connection was reset"
    if isinstance(cause, OSError) and cause.errno == errno.ENETUNREACH:
        return "the network is unreachable"
    if isinstance(cause, OSError) and cause.errno == errno.EHOSTUNREACH:
        return "the host is unreachable"
    return "the connection failed"


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    cancelled: Cancel = None,
    pictures: bool = False,
) -> Fetched:
    """GET ``url`` (http or https). Raises ``LoadError`` (``LoadCancelled`` if cancelled).
    ``pictures``: ``image/*`` answers are taken too."""
    return _Fetch(
        url,
        timeout=timeout,
        connect_timeout=connect_timeout,
        max_bytes=max_bytes,
        max_redirects=max_redirects,
        cancelled=cancelled,
        pictures=pictures,
    ).run()
