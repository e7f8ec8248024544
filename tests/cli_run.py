"""Run the real ``reader dump`` command in a subprocess and read its JSON."""

from __future__ import annotations

import json
import subprocess
import sys


def dump_json(*args: str, stdin: bytes | None = None) -> dict:
    """``reader dump --format json ARGS`` (``stdin`` piped in), parsed; fails on an error."""
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--format", "json", *args],
        input=stdin,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return json.loads(result.stdout)
