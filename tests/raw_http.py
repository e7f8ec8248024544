"""A raw TCP server on 127.0.0.1 for network-fault tests (shared by engine and app tests)."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable

Handler = Callable[[socket.socket], None]


class RawServer:
    """A TCP server on 127.0.0.1 that runs ``handler`` on each connection, in threads."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        self.hits = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.hits += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.settimeout(10)
                self.handler(conn)
            except OSError:
                pass  # the client went away: expected in most faults

    def close(self) -> None:
        self.stop.set()
        self.sock.close()
        self.thread.join(2)


def read_request(conn: socket.socket) -> str:
    """The request's head, as text."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.decode("latin-1")


def head(status: str = "200 OK", **headers: str | int) -> bytes:
    """A response head; ``Content_Type=...`` becomes ``Content-Type: ...``."""
    lines = [f"HTTP/1.1 {status}"]
    headers.setdefault("Content_Type", "text/html; charset=utf-8")
    lines += [f"{key.replace('_', '-')}: {value}" for key, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def reset(conn: socket.socket) -> None:
    """Close with a TCP RST instead of a FIN."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def wait_for_client(conn: socket.socket, seconds: float = 10) -> None:
    """Stall: hold the connection until the client closes it (or ``seconds`` pass)."""
    conn.settimeout(seconds)
    while conn.recv(1024):
        pass
