"""The command line's argument parser, whose error messages are clean lines."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from reader.core.sanitize import clean_shown


class CleanParser(argparse.ArgumentParser):
    """``argparse`` that tells a bad argument as one clean line: the argument is the user's
    text (pasted from anywhere), and its escape sequences must not reach the terminal."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{clean_shown(self.prog)}: error: {clean_shown(message, 1000)}\n")


__all__ = ["CleanParser"]
