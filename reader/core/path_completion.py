"""Completing a file's path as a shell does on tab: the typed name's folder is read, and the
names in it that start with the typed part give what all of them share (the whole name, a
folder's with its "/", when one alone does). A web address is never completed."""

from __future__ import annotations

import os
from dataclasses import dataclass
from itertools import islice

MOST_NAMES = 5_000  # a folder read no further than this many names (a huge one stays quick)


@dataclass(frozen=True)
class Completion:
    """``value``: the text typed, lengthened (itself when nothing can be added); ``names``:
    the names it could still become, when more than one."""

    value: str
    names: tuple[str, ...] = ()


def complete_path(value: str) -> Completion:
    """What tab makes of ``value``: a path typed so far (``~`` for the home folder)."""
    if value == "~":
        return Completion("~/")
    if not value or "://" in value or value.startswith(("http:", "https:", "www.")):
        return Completion(value)
    folder, _, part = value.rpartition("/")
    if "/" in value:
        folder += "/"
    where = os.path.expanduser(folder) if folder else "."
    try:
        with os.scandir(where) as entries:
            found = [
                entry.name + ("/" if _is_folder(entry) else "")
                for entry in islice(entries, MOST_NAMES)
                if entry.name.startswith(part) and entry.name.isprintable()
                and (part.startswith(".") or entry.name[0] != ".")
            ]
    except OSError:  # no such folder, or not one that may be read
        return Completion(value)
    if not found:
        return Completion(value)
    shared = os.path.commonprefix(found)  # noqa: RUF071 (names: by character, not by part)
    names = tuple(sorted(found)) if len(found) > 1 else ()
    return Completion(folder + shared if len(shared) > len(part) else value, names)


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False
