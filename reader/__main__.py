"""The ``reader`` command and ``python -m reader``: the CLI with the app plugged in.

The top of the house: the only module that knows both the CLI and the UI.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line; ``reader [SOURCE]`` opens the app."""
    from reader.cli.main import main as cli_main
    from reader.ui.launch import open_app

    return cli_main(argv, open_app=open_app, show_config=show_config)


def show_config(*, data_dir: str | None = None) -> str:
    """What ``reader config`` prints (the config module is imported for that command only:
    opening an article forks its early load sooner without it)."""
    from reader.ui.config import report

    return report(data_dir=data_dir)


if __name__ == "__main__":
    raise SystemExit(main())
