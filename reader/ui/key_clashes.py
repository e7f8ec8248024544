"""Keys a user's config gives that would not work: two commands live at the same time on one
key (the first loses it without a word), or a key that types a character given to a command
that works even while typing (``quit_now = "j"`` would quit at the first "j" of a search) or
only in the search field (``search_clear = "x"``: the field types the x), or a key for a
command whose key is a focused list's or field's own enter (``go_to``, ``search_go``).

Each such entry is told as a problem of the config and its command keeps its default keys.
An entry that gives a command its own default keys (as the file ``reader config`` prints
does for every command) remaps nothing: it is never a problem, nor the cause of one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from reader.ui.commands import (
    APP_WIDE,
    BY_ID,
    LINKS_LIST,
    LIST_KEYS,
    LISTS,
    SEARCH_BAR,
    for_screen,
)

# the commands whose keys are live together: a screen's, a focused bar's or list's (a
# panel's own j and k stand before the reading screen's on purpose: they are in no set with
# them; a list screen's list has the focus nearly always: its keys are the screen's too)
_TOGETHER = (
    (*for_screen("reading"), *APP_WIDE),
    (*for_screen("lists", "bookmarks"), *LISTS, *LIST_KEYS, *APP_WIDE),  # (the library's:
    # less e)
    (*for_screen("lists", "feeds"), *LISTS, *LIST_KEYS, *APP_WIDE),
    (*SEARCH_BAR, *(command for command in APP_WIDE if command.priority)),
    (*LINKS_LIST, *LIST_KEYS, *APP_WIDE),
)


def _types_a_character(key: str) -> bool:
    from textual.keys import key_to_character

    character = key_to_character(key)
    return character is not None and character.isprintable()


def _as_default(name: str, keys: tuple[str, ...]) -> bool:
    """Whether ``keys`` are the command's own default keys (in any order)."""
    command = BY_ID.get(name)
    return command is not None and set(keys) == set(command.keys)


def key_problems(keymap: Mapping[str, tuple[str, ...]]) -> Iterator[tuple[str, str]]:
    """``(command id, sentence)`` for each of the user's ``keymap`` entries that would not
    work; the caller drops them (their commands keep their default keys)."""
    keymap = {name: keys for name, keys in keymap.items() if not _as_default(name, keys)}
    dropped: set[str] = set()
    for name, keys in keymap.items():
        command = BY_ID.get(name)
        if command is not None and not command.remappable:
            dropped.add(name)
            yield name, (f"{name} is the enter key of the list or field that has the focus; "
                         "it cannot be remapped.")
            continue
        if command is not None and (command.priority or command in SEARCH_BAR):
            typed = next((key for key in keys if _types_a_character(key)), None)
            if typed is not None:
                dropped.add(name)
                where = "even while typing" if command.priority else "in the search field"
                yield name, (f"{name} works {where}, so it cannot be {typed!r}, a key that "
                             "types a character; using the default.")
    while (clash := _first_clash(keymap, dropped)) is not None:
        name, key, other = clash
        dropped.add(name)  # (its default keys may clash in turn: looked for again)
        yield name, f"{key!r} is already the key of {other}; {name} keeps its default keys."


def _first_clash(
    keymap: Mapping[str, tuple[str, ...]], dropped: set[str]
) -> tuple[str, str, str] | None:
    """The first remapped command (not yet ``dropped``) whose key another command live at
    the same time has: ``(its id, the key, the other's id)``; the default keys placed first."""
    for together in _TOGETHER:
        commands = {command.id: command for command in together}  # (APP_WIDE once)
        remapped = [name for name in commands if name in keymap and name not in dropped]
        owner: dict[str, str] = {}
        for name, command in commands.items():
            if name not in remapped:
                for key in command.keys:
                    owner.setdefault(key, name)
        for name in remapped:
            for key in keymap[name]:
                other = owner.setdefault(key, name)
                if other != name:
                    return name, key, other
    return None


__all__ = ["key_problems"]
