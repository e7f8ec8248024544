"""Shared by the app benchmarks: wait until the reading screen has laid out its article."""

from __future__ import annotations

import asyncio
import time
from typing import Any


async def laid_out_body(app: Any, start: float, what: str = "article", poll: float = 0.001) -> Any:
    """The body widget once the article is open and laid out; exits after 60 s."""
    while True:
        await asyncio.sleep(poll)
        screen = app.reading
        if screen is not None and screen.article is not None:
            body = screen.body
            if body.layout_rows is not None and body.size.height:
                return body
        if time.perf_counter() - start > 60:
            raise SystemExit(f"the {what} did not open within 60 s")
