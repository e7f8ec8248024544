"""Preformatted text (a command's output under the command, as a wiki sets it) drawn as a
block like code: verbatim, set in by code's margin, on code's ground, running on to the right
of the text on a wide view rather than wrapping at the measure; only uncoloured."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_structure_sizes import drawn_block
from test_wide_tables import _indent
from ui_helpers import reading, settle

pytestmark = pytest.mark.anyio

LONG_OUTPUT = ("Created symlink /etc/systemd/system/default.target -> "
               "/usr/lib/systemd/system/multi-user.target.")
WORDS = ("To change the target the machine boots into, change the default.target symlink "
         "with systemctl, then look at what it says it did to the links under /etc.")
PAGE = (
    "<html><head><title>Targets</title></head><body><article><h1>Targets</h1>"
    + f"<p>{WORDS}</p>" * 3
    + '<pre><code class="language-shell"># systemctl set-default multi-user.target'
    "</code></pre>"
    + f"<pre>Removed /etc/systemd/system/default.target.\n{LONG_OUTPUT}\n"
    "    if (x) { return; }</pre>"
    + f"<p>{WORDS}</p>" * 3 + "</article></body></html>"
)


async def test_a_commands_output_is_drawn_as_code_is_not_as_the_texts_lines(
    make_app, tmp_path: Path
) -> None:
    path = tmp_path / "targets.html"
    path.write_text(PAGE, encoding="utf-8")
    assert len(LONG_OUTPUT) > 90
    app = make_app(path)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        kinds = [block.type for block in reading(app).body.article.blocks]
        assert "code" in kinds and "preformatted" in kinds
        [command] = await drawn_block(pilot, app, "code")
        output = await drawn_block(pilot, app, "preformatted")
        paragraph = (await drawn_block(pilot, app, "paragraph"))[0]
        # set in from the text by code's margin, its own indentation kept, the long line
        # whole on a wide view (not wrapped at the reading measure)
        assert [line.strip() for line in output] == [
            "Removed /etc/systemd/system/default.target.", LONG_OUTPUT, "if (x) { return; }"]
        assert _indent(output[0]) == _indent(command) > _indent(paragraph)
        assert _indent(output[2]) == _indent(output[0]) + 4
        body = reading(app).body
        layout = body.layout_rows
        index = kinds.index("preformatted")
        rows = [row for row in range(len(layout)) if layout.blocks[row] == index
                and layout.kinds[row] != "blank"]
        assert {layout.kinds[row] for row in rows} == {"code"}  # code's ground and colour
        assert not any(style for row in rows for *_, style in layout.pieces.get(row, ()))
