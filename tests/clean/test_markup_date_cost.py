"""htmldate's last resort (dateparser, which compiles its patterns for ~200 languages on
first use: seconds) is never reached: a page with no date but date-like numbers (a product's
rating, "4.07 / 5.0 (15) 15") reads without it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RATED = (
    "<html><head><title>Grow lamps for houseplants</title></head><body><article>"
    "<h1>Grow lamps for houseplants</h1>"
    "<p>A lamp gives a dark corner the light a fern or a palm wants through the winter.</p>"
    "<ul><li>Instant Sun Houseplant Grow Lamp 4.07 / 5.0 (15) 15</li>"
    "<li>Pest &amp; Leaf Care Kit for Houseplants 4.88 / 5.0 (188</li></ul>"
    "<p>Hang it a hand's width over the leaves and leave it on for twelve hours a day.</p>"
    "</article></body></html>"
)
CHECK = (
    "import sys, io, contextlib\n"
    "from reader.cli.main import main\n"
    "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
    "    status = main(['dump', '--format', 'json', sys.argv[1]])\n"
    "print(status, 'dateparser' in sys.modules, 'htmldate' in sys.modules)\n"
)


def test_a_page_with_date_like_numbers_reads_without_dateparser(tmp_path: Path) -> None:
    page = tmp_path / "lamps.html"
    page.write_text(RATED, encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", CHECK, str(page)], capture_output=True,
                            text=True, timeout=120)
    assert result.stdout.split() == ["0", "False", "True"], result.stdout + result.stderr
