"""Code set in a list's item ("1. Install it:" over its command) stands under the item's
text on screen, not at the margin: the step and its command read together."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import body_lines, settle

pytestmark = pytest.mark.anyio

STEPS = """<html><head><title>Setting up</title></head><body><article>
<h1>Setting up</h1><p>How to set the tool up on a new machine, one step after another.</p>
<ol><li><p>Install the package:</p><pre><code>pip install frobnicate</code></pre>
<p>It brings its own configuration.</p></li>
<li><p>Write the settings:</p><ul><li>Open the folder:<pre>cd ~/.config</pre></li>
<li>Edit the file.</li></ul></li><li>Start it.</li></ol>
<p>That is all there is to it, and the tool runs from now on.</p>
</article></body></html>"""


async def test_code_in_a_list_item_stands_under_the_items_text(make_app, tmp_path: Path) -> None:
    page = tmp_path / "steps.html"
    page.write_text(STEPS, encoding="utf-8")
    app = make_app(page)
    async with app.run_test(size=(90, 40)) as pilot:
        await settle(pilot)
        rows = body_lines(app)
        step = next(row for row in rows if "1. Install the package:" in row)
        code = next(row for row in rows if "pip install frobnicate" in row)
        words = next(row for row in rows if "It brings its own configuration." in row)
        column = step.index("Install")
        assert code.index("pip") > column, (step, code)  # (inside the item, past its text)
        assert words.index("It brings") == column, (step, words)
        nested = next(row for row in rows if "Open the folder:" in row)
        deeper = next(row for row in rows if "cd ~/.config" in row)
        assert deeper.index("cd") > nested.index("Open"), (nested, deeper)
        after = next(row for row in rows if "Edit the file." in row)
        assert after.index("•") == nested.index("•"), (nested, after)  # (the same list)
        closing = next(row for row in rows if "That is all" in row)
        assert closing.index("That") < column  # (the text after the list at the margin)

