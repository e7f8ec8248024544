"""The app's title block names a licence's owner once: "By Jane Example", not "By Jane
Example · Jane Example" (the owner is both its writer and its site)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import reading, screen_text, settle

from tests.clean.test_byline_once import LICENCE

pytestmark = pytest.mark.anyio


async def test_the_apps_title_block_names_the_owner_once(make_app, tmp_path: Path) -> None:
    path = tmp_path / "LICENSE"
    path.write_text(LICENCE, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert reading(app).mode == "ready"
        shown = screen_text(app).split("\n", 1)[1]  # (under the status line: title · site)
        block = shown.split("Permission is hereby")[0]
        assert "By Jane Example" in block and block.count("Jane Example") == 1
