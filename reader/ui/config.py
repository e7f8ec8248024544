"""The user's config file: theme, text width, panels and the keys of every command.

The file is ``$READER_CONFIG`` when that is set, else ``config.toml`` in the user config
folder (``~/.config/article-reader/config.toml`` on Linux). It is TOML; every setting is
optional and a setting left out keeps its default::

    theme = "dark"        # or "light"
    text_width = 76       # columns of the body text, 40 to 200
    panels = true         # side panels shown
    pictures = "auto"     # pictures below their [image: …] rows: "auto" (the terminal's own
                          # pictures where it has them, else coloured half blocks), "kitty",
                          # "blocks" or "off" (true is "auto", false is "off")

    [keys]                # a command id = a key or a list of keys
    quit = "x"
    line_down = ["j", "down", "ctrl+n"]

Keys are Textual key names; single characters and a few common spellings are accepted too and
normalised: ``"X"`` (shift+x), ``"ctrl+x"``, ``"space"`` or ``" "``, ``"enter"``,
``"esc"`` (``"escape"``), ``"?"`` (``"question_mark"``), ``"/"`` (``"slash"``), ``"{"``
(``"left_curly_bracket"``) and the other punctuation. ``reader config`` prints every command
id with its keys, in this same format.

A missing file is no problem. A file that is not valid TOML is ignored as a whole; a setting
of the wrong type or out of range, an unknown setting, an unknown command id or a key that is
not a key is ignored alone. Each is told as one sentence naming the file's line, and the app
starts anyway. The file's text is never echoed with its control characters.

This module is imported on the CLI's path (``reader config``): no Textual at import time.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.lazy import lazy_re
from reader.core.sanitize import clean_line

if TYPE_CHECKING:
    import tomllib

ENV_VAR = "READER_CONFIG"
APP_NAME = "article-reader"  # as reader.core.paths.APP_NAME
CONFIG_FILE = "config.toml"

THEMES = ("dark", "light")
DEFAULT_THEME = "dark"
DEFAULT_TEXT_WIDTH = 76
DEFAULT_PANELS = True
TEXT_WIDTH_MIN = 40
TEXT_WIDTH_MAX = 200
SETTINGS = ("theme", "text_width", "panels", "pictures", "keys")
PICTURE_MODES = ("auto", "kitty", "blocks")  # how pictures are drawn ("off": not at all)
# the [keys] entries that would not work, each with its sentence (reader.ui.key_clashes)
KeyCheck = Callable[[Mapping[str, tuple[str, ...]]], Iterable[tuple[str, str]]]


@dataclass(frozen=True)
class Config:
    """What the config file says. ``None``: the setting is not in the file (or was ignored)."""

    theme: str | None = None
    text_width: int | None = None
    panels: bool | None = None
    pictures: bool | None = None
    picture_mode: str | None = None  # one of PICTURE_MODES
    keys: dict[str, tuple[str, ...]] = field(default_factory=dict)  # command id -> keys
    path: Path | None = None
    problems: tuple[str, ...] = ()  # one sentence each, safe to print


def config_path() -> Path:
    """The config file: ``$READER_CONFIG``, else ``config.toml`` in the user config folder."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_path  # not at import time: the CLI starts faster

    return user_config_path(APP_NAME, appauthor=False) / CONFIG_FILE


def command_id(command: object) -> str:
    """A command's stable id in the config file: its ``id`` if it has one, else its action
    without the ``app.`` prefix (``app.quit`` -> ``quit``, ``line_down`` -> ``line_down``)."""
    explicit = getattr(command, "id", None)
    if explicit:
        return str(explicit)
    action = str(getattr(command, "action", ""))
    return action.removeprefix("app.")


# --- keys ------------------------------------------------------------------------------------

PUNCTUATION: dict[str, str] = {
    "?": "question_mark", "/": "slash",
    "{": "left_curly_bracket", "}": "right_curly_bracket",
    "[": "left_square_bracket", "]": "right_square_bracket",
    ",": "comma", ".": "full_stop", ";": "semicolon", ":": "colon", "'": "apostrophe",
    '"': "quotation_mark", "-": "minus", "+": "plus", "=": "equals_sign", "#": "number_sign",
    "!": "exclamation_mark", "@": "at", "$": "dollar_sign", "%": "percent_sign",
    "&": "ampersand", "*": "asterisk", "(": "left_parenthesis", ")": "right_parenthesis",
    "<": "less_than_sign", ">": "greater_than_sign", "\\": "backslash", "|": "vertical_line",
    "~": "tilde", "`": "grave_accent", "^": "circumflex_accent", "_": "underscore",
}  # fmt: skip
"""Single punctuation characters and their Textual key names."""

NAMED_KEYS = frozenset(
    {
        "up", "down", "left", "right", "home", "end", "pageup", "pagedown", "insert",
        "delete", "backspace", "tab", "enter", "escape", "space",
        *(f"f{number}" for number in range(1, 25)),
        *PUNCTUATION.values(),
    }
)  # fmt: skip
_KEY_ALIASES = {
    "esc": "escape", "return": "enter", "pgdn": "pagedown", "pgup": "pageup",
    "page_down": "pagedown", "page_up": "pageup", "del": "delete", "ins": "insert",
    "spacebar": "space",
}  # fmt: skip
MODIFIERS = ("alt", "ctrl", "hyper", "meta", "shift", "super")  # Textual's order: sorted
_MODIFIER_ALIASES = {"control": "ctrl", "ctl": "ctrl", "opt": "alt", "option": "alt"}
# Textual's own renamings of Unicode character names (textual.keys.KEY_NAME_REPLACEMENTS).
_UNICODE_RENAMES = {
    "solidus": "slash", "reverse_solidus": "backslash", "commercial_at": "at",
    "hyphen_minus": "minus", "plus_sign": "plus", "low_line": "underscore",
}  # fmt: skip


def _character_key(character: str) -> str | None:
    """The key name of one typed character, as Textual names it."""
    if character == " ":
        return "space"
    if character in PUNCTUATION:
        return PUNCTUATION[character]
    if character.isalnum():
        return character
    if not character.isprintable():
        return None
    try:
        name = unicodedata.name(character)
    except ValueError:
        return None
    name = name.lower().replace("-", "_").replace(" ", "_")
    return _UNICODE_RENAMES.get(name, name)


def _named_key(word: str) -> str | None:
    """A key name of several letters (``Enter``, ``esc``, ``f5``, ``section_sign``), or None."""
    word = word.lower()
    word = _KEY_ALIASES.get(word, word)
    if word in NAMED_KEYS:
        return word
    if re.fullmatch(r"[a-z][a-z0-9_]*", word):  # a character by its Unicode name, as Textual
        try:
            character = unicodedata.lookup(word.replace("_", " "))
        except KeyError:
            return None
        return _character_key(character) if not character.isalnum() else None
    return None


def normalize_key(text: str) -> str | None:
    """``text`` as a Textual key name (``"?"`` -> ``"question_mark"``, ``"Ctrl+X"`` ->
    ``"ctrl+x"``, ``"esc"`` -> ``"escape"``), or None when it names no key."""
    if not text:
        return None
    if len(text) == 1:
        return _character_key(text)
    text = text.strip()
    if len(text) == 1:
        return _character_key(text)
    if not text:
        return None
    parts = text.split("+")
    if len(parts) > 1 and parts[-1] == "" and parts[-2] == "":  # "ctrl++": the plus key
        parts = [*parts[:-2], "+"]
    *modifier_words, base = parts
    modifiers: set[str] = set()
    for word in modifier_words:
        word = word.strip().lower()
        word = _MODIFIER_ALIASES.get(word, word)
        if word not in MODIFIERS or word in modifiers:
            return None
        modifiers.add(word)
    base = base if base == " " else base.strip()
    if len(base) == 1:
        if modifiers == {"shift"} and base.isalpha():  # shift+x is what Textual calls "X"
            return base.upper()
        if modifiers and base.isalpha():
            base = base.lower()
        key = _character_key(base)
    else:
        key = _named_key(base)
    if key is None:
        return None
    return "+".join([*sorted(modifiers), key])


# --- loading ---------------------------------------------------------------------------------

_TABLE_HEADER = lazy_re(r"^\s*\[\[?\s*(?P<name>[^\]#]*?)\s*\]\]?\s*(?:#.*)?$")
_TABLE_NAME = lazy_re(r"\(((?:'[^']*'(?:, )?)+),?\)")  # tomllib's "('keys', 'x')"
_QUOTED = lazy_re(r"'([^']*)'")
_DECODE_POSITION = lazy_re(r"\((?:at line (?P<line>\d+), column \d+|at end of document)\)$")


def _shown(text: object, limit: int = 40) -> str:
    """Text from the file, safe to echo in a sentence: every control, format or line
    character written as its escape (``\\x1b``), so nothing reaches the terminal raw."""
    shown = "".join(
        char if char.isprintable() or char == " " else char.encode("unicode_escape").decode()
        for char in str(text)
    )
    if len(shown) > limit:
        shown = shown[: limit - 1] + "…"
    return "'" + shown + "'"


def _line_of(lines: Sequence[str], name: str, table: str | None = None) -> int | None:
    """The 1-based line where ``name = ...`` is set, in ``[table]`` (None: the top level);
    anywhere in the file when not found there; None when not found at all."""
    quoted = re.escape(name)
    setting = re.compile(rf"""^\s*(?:{quoted}|"{quoted}"|'{quoted}')\s*=""")
    current: str | None = None
    anywhere: int | None = None
    for number, line in enumerate(lines, 1):
        header = _TABLE_HEADER.match(line)
        if header:
            current = re.sub(r"""["'\s]""", "", header.group("name"))
            if current == name and table is None:  # a whole table: [colours]
                return number
            continue
        if setting.match(line):
            if current == table:
                return number
            if anywhere is None:
                anywhere = number
    if table is not None and anywhere is None:  # keys.quit = "x" at the top level
        dotted = re.compile(rf"""^\s*{re.escape(table)}\s*\.\s*(?:{quoted}|"{quoted}")\s*=""")
        for number, line in enumerate(lines, 1):
            if dotted.match(line):
                return number
    return anywhere


_UNPLACED = 1 << 30  # where a problem whose line is not found is told: last


class _Problems:
    """Sentences about one file, each starting with its name and the line, in line order."""

    def __init__(self, path: Path, lines: Sequence[str] = ()) -> None:
        self.name = clean_line(path.name) or CONFIG_FILE
        self.lines = lines
        self._told: list[tuple[int | None, str]] = []  # (a line not found: told last)

    @property
    def sentences(self) -> list[str]:
        told = sorted(self._told, key=lambda pair: pair[0] or _UNPLACED)
        return [sentence for _, sentence in told]

    def add(self, line: int | None, text: str) -> None:
        where = f"{self.name} line {line}" if line else self.name
        self._told.append((line, f"{where}: {text}"))

    def at(self, name: str, text: str, table: str | None = None) -> None:
        self.add(_line_of(self.lines, name, table), text)


def _decode_problem(error: tomllib.TOMLDecodeError, lines: Sequence[str]) -> tuple[int | None, str]:
    """The line and the reason of a TOML syntax error (Python 3.14 adds ``lineno``), told
    as the file names things: "[keys]" for tomllib's "('keys',)", a setting set twice by
    its name for "cannot overwrite a value"."""
    message = str(getattr(error, "msg", None) or error)
    line = getattr(error, "lineno", None)
    match = _DECODE_POSITION.search(message)
    if match:
        message = message[: match.start()].rstrip()
        if line is None:
            line = int(match.group("line")) if match.group("line") else max(len(lines), 1)
    reason = clean_line(message).rstrip(".") or "not valid TOML"
    reason = _TABLE_NAME.sub(lambda m: f"[{'.'.join(_QUOTED.findall(m.group(1)))}]", reason)
    setting, equals, _ = (lines[line - 1] if line and line <= len(lines) else "").partition("=")
    setting = setting.strip()
    if reason.lower() == "cannot overwrite a value" and equals and setting[:1] not in "#[":
        reason = f"{_shown(setting, 60)[1:-1]} is set twice"
    return line, reason[:1].lower() + reason[1:]


def load_config(
    path: Path | None = None, known_ids: Collection[str] | None = None,
    check_keys: KeyCheck | None = None,
) -> Config:
    """Read the config file (``path``, else :func:`config_path`). Never raises: anything wrong
    is ignored and told in :attr:`Config.problems`. With ``known_ids``, a ``[keys]`` entry
    for any other command id is ignored too; with ``check_keys``, the ``[keys]`` entries it
    names (keys that would not work: :mod:`reader.ui.key_clashes`), each with its sentence."""
    path = config_path() if path is None else Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Config(path=path)
    except OSError as error:
        problems = _Problems(path)
        reason = clean_line(error.strerror or type(error).__name__).lower()
        problems.add(None, f"cannot be read ({reason}); using the defaults.")
        return Config(path=path, problems=tuple(problems.sentences))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        problems = _Problems(path)
        line = data[: error.start].count(b"\n") + 1
        problems.add(line, "is not UTF-8 text; using the defaults.")
        return Config(path=path, problems=tuple(problems.sentences))
    import tomllib  # (here: most people have no config file, and the start does not wait)

    lines = text.splitlines()
    problems = _Problems(path, lines)
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line, reason = _decode_problem(error, lines)
        problems.add(line, f"{reason}; using the defaults.")
        return Config(path=path, problems=tuple(problems.sentences))
    except RecursionError:  # ("a=[[[[...]]]]" thousands deep)
        problems.add(None, "nests lists or tables too deeply to read; using the defaults.")
        return Config(path=path, problems=tuple(problems.sentences))

    theme = table.get("theme")
    if theme is not None and not (isinstance(theme, str) and theme.strip().lower() in THEMES):
        problems.at("theme", 'theme must be "dark" or "light"; using the default.')
        theme = None
    text_width = table.get("text_width")
    if text_width is not None and not (
        isinstance(text_width, int)
        and not isinstance(text_width, bool)
        and TEXT_WIDTH_MIN <= text_width <= TEXT_WIDTH_MAX
    ):
        problems.at(
            "text_width",
            f"text_width must be a whole number from {TEXT_WIDTH_MIN} to {TEXT_WIDTH_MAX}; "
            "using the default.",
        )
        text_width = None
    panels = table.get("panels")
    if panels is not None and not isinstance(panels, bool):
        problems.at("panels", "panels must be true or false; using the default.")
        panels = None
    pictures, picture_mode = _pictures(table.get("pictures"), problems)
    for name in table:
        if name not in SETTINGS:
            problems.at(
                name,
                f"there is no setting called {_shown(name)}; the settings are theme, "
                "text_width, panels, pictures and [keys].",
            )
    keys = _load_keys(table.get("keys"), problems, known_ids)
    for name, sentence in list(check_keys(keys) if check_keys else ()):
        problems.at(name, sentence, "keys")
        keys.pop(name, None)
    return Config(
        theme=theme.strip().lower() if isinstance(theme, str) else None,
        text_width=text_width,
        panels=panels,
        pictures=pictures,
        picture_mode=picture_mode,
        keys=keys,
        path=path,
        problems=tuple(problems.sentences),
    )


def _pictures(value: object, problems: _Problems) -> tuple[bool | None, str | None]:
    """The ``pictures`` setting as (on, how): true, false, "off" or one of PICTURE_MODES."""
    if value is None or isinstance(value, bool):
        return value, None
    word = value.strip().lower() if isinstance(value, str) else None
    if word == "off":
        return False, None
    if word in PICTURE_MODES:
        return True, word
    problems.at("pictures", 'pictures must be "auto", "kitty", "blocks", "off", true or '
                "false; using the default.")
    return None, None


def _load_keys(
    table: object, problems: _Problems, known_ids: Collection[str] | None
) -> dict[str, tuple[str, ...]]:
    """The ``[keys]`` table: command id -> normalised keys; problems told, bad parts skipped."""
    if table is None:
        return {}
    if not isinstance(table, dict):
        problems.at("keys", "keys must be a table, [keys], of command ids; ignored.")
        return {}
    result: dict[str, tuple[str, ...]] = {}
    for name, value in table.items():
        if known_ids is not None and name not in known_ids:
            problems.at(
                name,
                f"no command is called {_shown(name)}; see 'reader config' for the ids.",
                "keys",
            )
            continue
        values = value if isinstance(value, list) else [value]
        if not values or not all(isinstance(item, str) and item for item in values):
            problems.at(
                name,
                f"the keys of {_shown(name)} must be a key or a list of keys, "
                'like "x" or ["x", "ctrl+x"]; using the default.',
                "keys",
            )
            continue
        keys: list[str] = []
        for item in values:
            key = normalize_key(item)
            if key is None:
                problems.at(
                    name,
                    f"{_shown(item)} is not a key (for {_shown(name)}); it is skipped.",
                    "keys",
                )
            elif key not in keys:
                keys.append(key)
        if keys:
            result[name] = tuple(keys)
    return result


# --- reader config ---------------------------------------------------------------------------

CommandRow = tuple[str, tuple[str, ...], str]  # (id, default keys, description)


def _toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's; ASCII only, so no raw DEL)."""
    import json  # (for `reader config` only)

    return json.dumps(text, ensure_ascii=True)


def _toml_key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else _toml_string(name)


def _toml_keys(keys: Sequence[str]) -> str:
    return "[" + ", ".join(_toml_string(key) for key in keys) + "]"


def _aligned(rows: Sequence[tuple[str, str]]) -> list[str]:
    """``setting = value`` lines with their comments lined up."""
    width = max((len(text) for text, _ in rows), default=0)
    return [
        f"{text.ljust(width)}   # {clean_line(comment)}" if comment else text
        for text, comment in rows
    ]


def describe(
    config: Config,
    commands: Sequence[CommandRow],
    remembered: Mapping[str, object],
) -> str:
    """What ``reader config`` prints: a valid config file holding every setting in effect.

    The header (where the file is, its problems) is TOML comments. ``remembered`` is what
    the app keeps in settings.json (``theme``, ``panels``): it wins over the file, and is
    marked so. ``commands`` are (id, default keys, description)."""
    name = clean_line(config.path.name) if config.path else CONFIG_FILE
    out = ["# reader config: the settings in effect, as a config file to start from."]
    if config.path is None:
        out.append("# Config file: none.")
    else:
        found = "found" if config.path.exists() else "not found; everything here is a default"
        out.append(f"# Config file: {clean_line(str(config.path))} ({found})")
    out.append(f"# Set {ENV_VAR} to use another file. Every setting is optional.")
    if config.problems:
        out.append("#")
        out.append(f"# Problems in {name} (each was ignored):")
        out.extend(f"#   {clean_line(problem)}" for problem in config.problems)
    out.append("")

    effective_keys = {
        command: config.keys.get(command, _key_names(defaults)) for command, defaults, _ in commands
    }

    def toggle_hint(command: str) -> str:
        keys = effective_keys.get(command)
        return f" ({keys[0]})" if keys else ""

    def source(value: object, remembered_value: object = None, toggle: str = "") -> str:
        if remembered_value is not None:
            said = f", over {name}'s {_toml_value(value)}" if value is not None else ""
            return f"remembered from the app{toggle_hint(toggle)}{said}"
        return f"from {name}" if value is not None else "the default"

    remembered_theme = remembered.get("theme")
    remembered_theme = remembered_theme if remembered_theme in THEMES else None
    remembered_panels = remembered.get("panels")
    remembered_panels = remembered_panels if isinstance(remembered_panels, bool) else None

    theme = remembered_theme or config.theme or DEFAULT_THEME
    text_width = config.text_width or DEFAULT_TEXT_WIDTH
    panels = (
        remembered_panels
        if remembered_panels is not None
        else (config.panels if config.panels is not None else DEFAULT_PANELS)
    )
    remembered_pictures = remembered.get("pictures")
    remembered_pictures = remembered_pictures if isinstance(remembered_pictures, bool) else None
    pictures_on = (
        remembered_pictures
        if remembered_pictures is not None
        else (config.pictures if config.pictures is not None else True)
    )
    pictures = (config.picture_mode or "auto") if pictures_on else "off"
    pictures_said = None if config.pictures is None else (config.picture_mode or pictures)
    theme_note = source(config.theme, remembered_theme, "toggle_theme")
    width_note = source(config.text_width)
    panels_note = source(config.panels, remembered_panels, "toggle_panels")
    out.extend(
        _aligned(
            [
                (f"theme = {_toml_string(str(theme))}", f'{theme_note}; "dark" or "light"'),
                (
                    f"text_width = {int(text_width)}",
                    f"{width_note}; columns of text, {TEXT_WIDTH_MIN} to {TEXT_WIDTH_MAX}",
                ),
                (f"panels = {_toml_value(panels)}", f"{panels_note}; side panels shown"),
                (
                    f"pictures = {_toml_string(pictures)}",
                    f"{source(pictures_said, remembered_pictures, 'toggle_pictures')};"
                    ' "auto", "kitty", "blocks" or "off"',
                ),
            ]
        )
    )
    out.append("")
    out.append("[keys]")
    out.append("# command id = a key or a list of keys (Textual key names)")
    rows: list[tuple[str, str]] = []
    for command, defaults, description in commands:
        keys = effective_keys[command]
        comment = description
        if command in config.keys:
            comment += f" (from {name}; default {_toml_keys(_key_names(defaults))})"
        rows.append((f"{_toml_key(command)} = {_toml_keys(keys)}", comment))
    out.extend(_aligned(rows))
    return "\n".join(out) + "\n"


def _key_names(keys: Sequence[str]) -> tuple[str, ...]:
    """Default keys as the file would name them (Textual accepts ``"{"``; the file says
    ``"left_curly_bracket"``, which reads back the same)."""
    return tuple(normalize_key(key) or key for key in keys)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return _toml_string(str(value))


def report(data_dir: str | None = None) -> str:
    """``reader config``: the config file, its problems, and every setting and key in effect
    (what the app remembered in ``data_dir``'s settings.json included)."""
    from reader.core.paths import data_dir as resolve_data_dir
    from reader.ui.commands import BY_ID
    from reader.ui.settings import Settings

    commands: list[CommandRow] = []
    seen: set[str] = set()
    for command in BY_ID.values():  # (the search bar's, links list's and lists' keys too)
        identifier = command_id(command)
        if identifier and identifier not in seen:
            seen.add(identifier)
            commands.append((identifier, tuple(command.keys), command.description))
    from reader.ui.key_clashes import key_problems

    config = load_config(known_ids=seen, check_keys=key_problems)
    settings = Settings.load(resolve_data_dir(data_dir))
    remembered: dict[str, object] = {}
    if settings.path is not None and settings.path.exists():
        remembered = {"theme": settings.theme, "panels": settings.panels}
    return describe(config, commands, remembered)
