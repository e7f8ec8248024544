"""Modules loaded on first use (reader.core.deferred): nothing runs before it is used, and
what is used works as the real module would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SLOW = '''
import pathlib
pathlib.Path(__file__).with_name("loaded").write_text("yes")
CALLS = []
def setup(value):
    CALLS.append(value)
class Pool:
    def __init__(self, retries):
        self.retries = retries
    def get(self):
        return ("pool", self.retries)
def helper(word):
    return word.upper()
'''
LIBRARY = '''
import slowmod
from slowmod import helper
slowmod.setup("at import")
POOL = slowmod.Pool(retries=slowmod.Pool(3))
'''


def run(tmp_path: Path, code: str) -> list[str]:
    (tmp_path / "slowmod.py").write_text(SLOW, encoding="utf-8")
    (tmp_path / "library.py").write_text(LIBRARY, encoding="utf-8")
    script = f"import sys\nsys.path.insert(0, {str(tmp_path)!r})\n{code}"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, cwd=tmp_path)
    return done.stdout.split()


def test_a_deferred_module_loads_when_first_used(tmp_path: Path) -> None:
    shown = run(tmp_path, (
        "from pathlib import Path\n"
        "from reader.core.deferred import defer_imports\n"
        "defer_imports('slowmod')\n"
        "import slowmod\n"
        "print(Path('loaded').exists())\n"
        "print(slowmod.helper('up'), Path('loaded').exists())\n"
        "print(type(sys.modules['slowmod']).__name__)\n"
    ))
    assert shown == ["False", "UP", "True", "module"]


def test_a_library_imports_without_a_module_it_only_sets_up(tmp_path: Path) -> None:
    """The calls made at import are not made; what the library keeps loads when used."""
    shown = run(tmp_path, (
        "from pathlib import Path\n"
        "from reader.core.deferred import importing_without\n"
        "with importing_without('slowmod'):\n"
        "    import library\n"
        "print(Path('loaded').exists(), 'slowmod' in sys.modules)\n"
        "print(library.helper('up'), Path('loaded').exists())\n"
        "kind, inner = library.POOL.get()\n"
        "print(kind, inner.get()[1])\n"
        "import slowmod\n"
        "print(slowmod.CALLS == [], type(slowmod).__name__)\n"
    ))
    assert shown == ["False", "False", "UP", "True", "pool", "3", "True", "module"]


def test_an_html_page_loads_without_the_libraries_downloaders(tmp_path: Path) -> None:
    """readability's urllib.request and chardet, htmldate's urllib3 and charset_normalizer
    (~40 ms of the early load's child) are not loaded to extract a local page, though
    readability and htmldate (looking for a date) both ran."""
    words = "the reader keeps a calm column of text while the code and tables wait".split()
    paragraphs = "".join(
        f"<p>{' '.join(words[(n + k) % len(words)] for k in range(60))}.</p>" for n in range(12)
    )
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Undated</title></head><body><article><h1>Undated"
                    f"</h1>{paragraphs}</article></body></html>", encoding="utf-8")
    shown = run(tmp_path, (
        "from reader.ui.jobs.loading import load\n"
        f"article = load({str(page)!r})\n"
        "real = {name for name, module in sys.modules.items()\n"
        "        if type(module).__name__ != '_Deferred'}\n"
        "print(*sorted({'urllib3', 'charset_normalizer', 'chardet', 'urllib.request',\n"
        "               'htmldate', 'readability'} & real), article.title)\n"
    ))
    assert shown == ["htmldate", "readability", "Undated"]
