"""Tab in the open dialog (o) completes a path as a shell does: a name alone is typed whole,
a folder with its "/", and the names a part could still become are listed under the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Label
from ui_helpers import reading, screen_after, settle

from reader.core.path_completion import complete_path
from reader.ui.screens.open import OpenScreen

pytestmark = pytest.mark.anyio


def _folder(tmp_path: Path) -> Path:
    """A folder of saved pages: two notes that start alike, a folder, a hidden file."""
    folder = tmp_path / "saved"
    (folder / "older").mkdir(parents=True)
    (folder / "older" / "story.md").write_text("# An older story\n\nIts text.\n")
    (folder / "harbour-notes.md").write_text("# Harbour notes\n\nThe harbour at dawn.\n")
    (folder / "harbour-map.md").write_text("# Harbour map\n\nWhere the piers are.\n")
    (folder / ".hidden.md").write_text("# Hidden\n")
    return folder


async def _tab_after(pilot, text: str) -> tuple[OpenScreen, Input]:
    """Once the article is in: o, ``text`` typed in the dialog, then tab."""
    await settle(pilot)
    dialog = await screen_after(pilot, "o", OpenScreen)
    field = dialog.query_one("#open-input", Input)
    field.value = text
    field.cursor_position = len(text)
    await pilot.press("tab")
    await pilot.pause()
    return dialog, field


async def test_tab_completes_a_path_and_opens_it(make_app, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        _, field = await _tab_after(pilot, f"{folder}/harbour-n")
        assert field.value == f"{folder}/harbour-notes.md"
        assert isinstance(app.screen, OpenScreen) and field.has_focus
        await pilot.press("enter")
        await settle(pilot)
        assert reading(app).article.title == "Harbour notes"


async def test_tab_lists_the_names_a_part_could_become(make_app, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        dialog, field = await _tab_after(pilot, f"{folder}/h")
        assert field.value == f"{folder}/harbour-"  # what both share
        hint = str(dialog.query_one("#open-hint", Label).render())
        assert "harbour-map.md" in hint and "harbour-notes.md" in hint
        await pilot.press("m", "tab")
        await pilot.pause()
        assert field.value == f"{folder}/harbour-map.md"
        hint = str(dialog.query_one("#open-hint", Label).render())
        assert "harbour-notes.md" not in hint


async def test_tab_enters_a_folder_and_home(make_app, tmp_path: Path, monkeypatch) -> None:
    folder = _folder(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        _, field = await _tab_after(pilot, "~/sa")
        assert field.value == "~/saved/"
        await pilot.press("o", "tab")
        await pilot.pause()
        assert field.value == "~/saved/older/"
        assert folder.is_dir()


def test_addresses_hidden_files_and_missing_folders_are_left_as_typed(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    assert complete_path("https://example.org/sto").value == "https://example.org/sto"
    assert complete_path(f"{folder}/").names == ("harbour-map.md", "harbour-notes.md", "older/")
    assert complete_path(f"{folder}/.h").value == f"{folder}/.hidden.md"
    assert complete_path(f"{folder}/nothing-here/a").value == f"{folder}/nothing-here/a"
    assert complete_path(f"{folder}/zz").value == f"{folder}/zz"


async def test_o_offers_the_address_typed_last_to_mend_or_replace(make_app) -> None:
    """A mistyped address failed: o again shows it, selected, so a key mends it and
    typing replaces it."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await screen_after(pilot, "o", OpenScreen)
        await pilot.press(*"/no/such/stroy.md", "enter")
        await settle(pilot)
        assert reading(app).article.title.startswith("Obama")  # (the article stays)
        dialog = await screen_after(pilot, "o", OpenScreen)
        field = dialog.query_one("#open-input", Input)
        assert field.value == "/no/such/stroy.md"
        assert field.selected_text == field.value
        await pilot.press("x")
        assert field.value == "x"
