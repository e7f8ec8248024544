"""Fixtures shared by every test folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.raw_http import Handler, RawServer


@pytest.fixture
def serve() -> Iterator[Callable[[Handler], RawServer]]:
    """Start raw TCP fault servers on 127.0.0.1; all are closed after the test."""
    servers: list[RawServer] = []

    def start(handler: Handler) -> RawServer:
        server = RawServer(handler)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


@pytest.fixture(autouse=True)
def _no_user_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """The user's own config.toml never changes a test: point READER_CONFIG at no file."""
    missing = tmp_path_factory.mktemp("config") / "config.toml"
    monkeypatch.setenv("READER_CONFIG", str(missing))
