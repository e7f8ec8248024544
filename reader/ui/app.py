"""The reader app: themes, settings, the reading screen, and app-wide actions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App

from reader.paths import data_dir as resolve_data_dir
from reader.settings import Settings
from reader.ui.commands import CommandsProvider
from reader.ui.library_hooks import LibraryAppMixin, LibraryReadingScreen
from reader.ui.screens.reading import ReadingScreen

if TYPE_CHECKING:
    from reader.sources import RawDocument

STYLES = Path(__file__).resolve().parent.parent / "styles"
THEMES = {"dark": "flexoki", "light": "solarized-light"}


class ReaderApp(LibraryAppMixin, App[int]):
    """Read one article; ``o`` opens another."""

    TITLE = "Reader"
    CSS_PATH: ClassVar = [STYLES / "reader.tcss"]
    COMMANDS: ClassVar = {CommandsProvider}
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        source: str | None,
        *,
        data_dir: str | None = None,
        document: RawDocument | None = None,
    ) -> None:
        super().__init__()
        self.source = source
        self.document = document
        self.data_dir = resolve_data_dir(data_dir)
        self.settings = Settings.load(self.data_dir)
        self.theme = THEMES.get(self.settings.theme, THEMES["dark"])

    def on_mount(self) -> None:
        self.push_screen(LibraryReadingScreen(self.source, self.document))
        if self.source is None and self.document is None:
            self.action_library()  # `reader` with no argument opens the library

    def notify(self, message: str, *, markup: bool = False, **options: Any) -> None:
        """Notifications quote text from the web: never parse them as markup."""
        super().notify(message, markup=False, **options)

    def on_unmount(self) -> None:
        self.close_store()

    @property
    def reading(self) -> ReadingScreen | None:
        """The reading screen, if it is on the stack."""
        for screen in self.screen_stack:
            if isinstance(screen, ReadingScreen):
                return screen
        return None

    def action_open(self) -> None:
        """Ask for a URL or a path and open it."""
        from reader.ui.screens.open import OpenScreen

        def opened(value: str | None) -> None:
            reading = self.reading
            if value and reading is not None:
                reading.open_source(value)

        self.push_screen(OpenScreen(), opened)

    def action_toggle_theme(self) -> None:
        """Light or dark; remembered."""
        name = "light" if self.settings.theme == "dark" else "dark"
        self.settings.theme = name
        self.theme = THEMES[name]
        self.settings.save()

    def action_help(self) -> None:
        """Show every key."""
        from reader.ui.screens.help import HelpScreen

        if not any(type(screen).__name__ == "HelpScreen" for screen in self.screen_stack):
            self.push_screen(HelpScreen())


def run_app(
    source: str | None, data_dir: str | None = None, document: RawDocument | None = None
) -> int:
    """Run the app until the user quits; the exit status."""
    app = ReaderApp(source, data_dir=data_dir, document=document)
    app.run()
    return app.return_code or 0
