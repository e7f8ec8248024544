"""What the first screen does not wait for: modules it does not need are not imported before
it (each costs the start in a terminal; see benchmarks/startup_pty.py)."""

from __future__ import annotations

import subprocess
import sys

from ui_helpers import SAMPLE


def modules_after(code: str) -> set[str]:
    """The modules imported by ``code`` run in a fresh interpreter."""
    script = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    return set(done.stdout.split())


def test_loading_a_text_file_does_not_import_the_html_cleaners() -> None:
    loaded = modules_after(f"from reader.ui.jobs.loading import load; load({str(SAMPLE)!r})")
    assert "reader.clean.text.pipeline" in loaded  # (it did load the text)
    assert not {"reader.clean.html.pipeline", "readability", "lxml.html"} & loaded
