"""The user config file (reader/ui/config.py) and ``reader config`` through the real command."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from reader.ui.config import (
    Config,
    command_id,
    config_path,
    describe,
    load_config,
    normalize_key,
)
from reader.ui.settings import Settings

KNOWN = {"quit", "line_down", "help", "toggle_theme", "toggle_panels"}
COMMANDS = [
    ("quit", ("q",), "Quit the reader"),
    ("line_down", ("j", "down"), "Scroll down one line"),
    ("help", ("question_mark",), "Show every key"),
    ("toggle_theme", ("t",), "Switch between light and dark"),
    ("toggle_panels", ("p",), "Show or hide the side panels"),
]


def write(tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch | None = None) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    if monkeypatch is not None:
        monkeypatch.setenv("READER_CONFIG", str(path))
    return path


def test_missing_file_gives_defaults_and_no_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READER_CONFIG", str(tmp_path / "nowhere" / "config.toml"))
    config = load_config()
    assert config == Config(path=tmp_path / "nowhere" / "config.toml")
    assert config.problems == ()
    assert (config.theme, config.text_width, config.panels, config.keys) == (None, None, None, {})


def test_config_path_follows_the_environment_then_platformdirs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READER_CONFIG", str(tmp_path / "mine.toml"))
    assert config_path() == tmp_path / "mine.toml"
    monkeypatch.delenv("READER_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert config_path() == tmp_path / "xdg" / "article-reader" / "config.toml"
    assert config_path().name == "config.toml"


def test_settings_and_one_key_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(
        tmp_path,
        'theme = "light"\ntext_width = 90\npanels = false\n\n[keys]\nquit = "x"\n',
        monkeypatch,
    )
    config = load_config(known_ids=KNOWN)
    assert config.problems == ()
    assert (config.theme, config.text_width, config.panels) == ("light", 90, False)
    assert config.keys == {"quit": ("x",)}


def test_a_list_of_keys_is_normalised(tmp_path: Path) -> None:
    path = write(
        tmp_path, '[keys]\nline_down = ["j", "Down", "ctrl+n", "j"]\nhelp = ["?", "F1"]\n'
    )
    config = load_config(path, known_ids=KNOWN)
    assert config.problems == ()
    assert config.keys == {
        "line_down": ("j", "down", "ctrl+n"),
        "help": ("question_mark", "f1"),
    }


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("?", "question_mark"),
        ("/", "slash"),
        ("{", "left_curly_bracket"),
        ("X", "X"),
        ("shift+x", "X"),
        ("Ctrl+X", "ctrl+x"),
        ("esc", "escape"),
        ("escape", "escape"),
        (" ", "space"),
        ("space", "space"),
        ("Enter", "enter"),
        ("ctrl++", "ctrl+plus"),
        ("question_mark", "question_mark"),
        ("dwon", None),
        ("ctrl+ctrl+a", None),
        ("", None),
    ],
)
def test_keys_become_textual_key_names(text: str, key: str | None) -> None:
    assert normalize_key(text) == key


def test_bad_toml_names_its_line_and_uses_the_defaults(tmp_path: Path) -> None:
    path = write(tmp_path, 'theme = "light"\n\ntext_width 80\n[keys]\nquit = "x"\n')
    config = load_config(path, known_ids=KNOWN)
    assert len(config.problems) == 1
    problem = config.problems[0]
    assert problem.startswith("config.toml line 3: ")
    assert "using the defaults." in problem
    assert (config.theme, config.text_width, config.keys) == (None, None, {})


def test_unterminated_toml_at_the_end_names_the_last_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'theme = "light"\n[keys]\nquit = ["x",\n')
    (problem,) = load_config(path).problems
    assert problem.startswith("config.toml line 3: ")


def test_wrong_theme_type_is_ignored_with_its_line_and_the_rest_applies(tmp_path: Path) -> None:
    path = write(tmp_path, "# my settings\ntext_width = 100\ntheme = 3\npanels = false\n")
    config = load_config(path)
    assert config.problems == (
        'config.toml line 3: theme must be "dark" or "light"; using the default.',
    )
    assert (config.theme, config.text_width, config.panels) == (None, 100, False)


def test_out_of_range_text_width_is_ignored_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'theme = "light"\n\n  text_width = 300\n[keys]\nquit = "x"\n')
    config = load_config(path, known_ids=KNOWN)
    (problem,) = config.problems
    assert problem.startswith("config.toml line 3: text_width must be")
    assert "40 to 200" in problem
    assert config.text_width is None
    assert config.theme == "light" and config.keys == {"quit": ("x",)}


def test_a_boolean_is_not_a_width_and_a_string_is_not_panels(tmp_path: Path) -> None:
    path = write(tmp_path, 'text_width = true\npanels = "yes"\n')
    config = load_config(path)
    assert [problem[:20] for problem in config.problems] == [
        "config.toml line 1: ",
        "config.toml line 2: ",
    ]
    assert config.text_width is None and config.panels is None


def test_unknown_setting_is_named_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'theme = "dark"\ncolour = "red"\n')
    (problem,) = load_config(path).problems
    assert problem.startswith("config.toml line 2: ") and "'colour'" in problem


def test_unknown_command_id_is_named_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'theme = "dark"\n\n[keys]\nquit = "x"\nqiut = "y"\n')
    config = load_config(path, known_ids=KNOWN)
    assert config.problems == (
        "config.toml line 5: no command is called 'qiut'; see 'reader config' for the ids.",
    )
    assert config.keys == {"quit": ("x",)}
    assert load_config(path).keys == {"quit": ("x",), "qiut": ("y",)}  # no ids: no check


def test_keys_that_are_not_strings_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, '[keys]\nquit = 3\nhelp = []\nline_down = ["j", ""]\n')
    config = load_config(path, known_ids=KNOWN)
    assert [problem[:20] for problem in config.problems] == [
        "config.toml line 2: ",
        "config.toml line 3: ",
        "config.toml line 4: ",
    ]
    assert config.keys == {}


def test_escape_sequences_in_a_bad_key_never_appear_raw(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[keys]\nquit = ["x", "\\u001b]0;owned\\u0007\\u001b[31mred"]\n'
        '"\\u001b[2Jq\\u009b" = "q"\n',
    )
    config = load_config(path, known_ids=KNOWN)
    assert config.keys == {"quit": ("x",)}
    assert len(config.problems) == 2
    for problem in config.problems:
        assert problem.isprintable(), problem
        assert "\x1b" not in problem and "\x07" not in problem and "\x9b" not in problem
    assert config.problems[0].startswith("config.toml line 2: ")
    assert "\\x1b]0;owned" in config.problems[0]  # shown escaped, so the user can find it
    text = describe(config, COMMANDS, {})
    assert "\x1b" not in text and "\x9b" not in text


def test_default_keys_are_shown_as_textual_key_names() -> None:
    text = describe(Config(), [("next_paragraph", ("}",), "Go to the next paragraph")], {})
    assert tomllib.loads(text)["keys"] == {"next_paragraph": ["right_curly_bracket"]}


def test_describe_is_a_valid_config_with_every_command(tmp_path: Path) -> None:
    path = write(tmp_path, 'theme = "light"\ntext_width = 300\n[keys]\nquit = "x"\n')
    config = load_config(path, known_ids=KNOWN)
    text = describe(config, COMMANDS, {})
    assert str(path) in text
    assert "line 2: text_width must be" in text
    parsed = tomllib.loads(text)
    assert parsed["theme"] == "light" and parsed["text_width"] == 76 and parsed["panels"] is True
    assert parsed["pictures"] == "auto"
    assert parsed["keys"] == {
        "quit": ["x"],
        "line_down": ["j", "down"],
        "help": ["question_mark"],
        "toggle_theme": ["t"],
        "toggle_panels": ["p"],
    }
    assert load_config(write(tmp_path, text), known_ids=KNOWN).problems == ()
    line = next(line for line in text.splitlines() if line.startswith("quit ="))
    assert "Quit the reader" in line


def test_remembered_settings_win_and_say_so(tmp_path: Path) -> None:
    path = write(tmp_path, 'theme = "dark"\npanels = true\n')
    text = describe(load_config(path), COMMANDS, {"theme": "light", "panels": False})
    parsed = tomllib.loads(text)
    assert parsed["theme"] == "light" and parsed["panels"] is False
    theme_line = next(line for line in text.splitlines() if line.startswith("theme ="))
    assert "remembered from the app (t)" in theme_line
    panels_line = next(line for line in text.splitlines() if line.startswith("panels ="))
    assert "remembered from the app (p)" in panels_line
    untouched = describe(load_config(path), COMMANDS, {})
    assert "remembered from" not in untouched
    assert tomllib.loads(untouched)["theme"] == "dark"


@pytest.mark.parametrize(
    ("text", "pictures", "mode", "problems"),
    [
        ('pictures = "kitty"', True, "kitty", 0),
        ('pictures = "Blocks"', True, "blocks", 0),
        ('pictures = "auto"', True, "auto", 0),
        ('pictures = "off"', False, None, 0),
        ("pictures = false", False, None, 0),
        ("pictures = true", True, None, 0),
        ('pictures = "sixel"', None, None, 1),
        ("pictures = 3", None, None, 1),
    ],
)
def test_pictures_is_on_off_or_how_they_are_drawn(
    tmp_path: Path, text: str, pictures: bool | None, mode: str | None, problems: int
) -> None:
    config = load_config(write(tmp_path, text + "\n"))
    assert (config.pictures, config.picture_mode, len(config.problems)) == (
        pictures, mode, problems)
    settings = Settings.load(tmp_path / "data", defaults=config)
    assert settings.pictures is (pictures is not False)
    assert settings.picture_mode == (mode or "auto")


def test_command_id_drops_the_app_prefix_and_prefers_an_explicit_id() -> None:
    class Plain:
        action = "app.quit"

    class Local:
        action = "line_down"

    class Named:
        action = "app.toggle_theme"
        id = "theme"

    assert command_id(Plain()) == "quit"
    assert command_id(Local()) == "line_down"
    assert command_id(Named()) == "theme"


def run_reader(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )


def test_reader_config_through_the_real_command(tmp_path: Path) -> None:
    path = write(tmp_path, '[keys]\nquit = "x"\n')
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"theme": "light", "panels": true}', encoding="utf-8")
    result = run_reader(
        "config", "--data-dir", str(data), env={"READER_CONFIG": str(path)}
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert str(path) in result.stdout
    assert 'quit = ["x"]' in result.stdout
    parsed = tomllib.loads(result.stdout)  # the whole output is a config file
    assert parsed["keys"]["quit"] == ["x"]
    assert parsed["keys"]["line_down"] == ["j", "down"]
    assert parsed["theme"] == "light"  # remembered in settings.json
    copy = tmp_path / "copy.toml"
    copy.write_text(result.stdout, encoding="utf-8")
    reread = load_config(copy, known_ids=set(parsed["keys"]))
    assert reread.problems == ()
    assert {name: list(keys) for name, keys in reread.keys.items()} == parsed["keys"]


def test_reader_config_reports_problems_and_still_succeeds(tmp_path: Path) -> None:
    path = write(tmp_path, '[keys]\nqiut = "x"\n')
    result = run_reader(
        "config", env={"READER_CONFIG": str(path), "READER_HOME": str(tmp_path / "home")}
    )
    assert result.returncode == 0, result.stderr
    assert "config.toml line 2: no command is called 'qiut'" in result.stdout
    assert tomllib.loads(result.stdout)["keys"]["quit"] == ["q"]


def test_the_cli_alone_refuses_config_with_a_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    from reader.cli.main import main

    assert main(["config"]) == 1
    assert capsys.readouterr().err.startswith("reader: ")


def test_config_module_does_not_import_textual() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, reader.ui.config, reader.cli.main; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual' "
            "or m.startswith('reader.ui.') and m != 'reader.ui.config'))",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_describe_says_how_pictures_are_drawn_and_what_the_app_remembered(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, 'pictures = "kitty"\n')
    text = describe(load_config(path), COMMANDS, {})
    line = next(line for line in text.splitlines() if line.startswith("pictures ="))
    assert tomllib.loads(text)["pictures"] == "kitty" and "from " in line
    turned_off = describe(load_config(path), COMMANDS, {"pictures": False})
    assert tomllib.loads(turned_off)["pictures"] == "off"
    line = next(line for line in turned_off.splitlines() if line.startswith("pictures ="))
    assert "remembered from the app" in line
    assert load_config(write(tmp_path, turned_off), known_ids=KNOWN).problems == ()


@pytest.mark.parametrize(
    "settings",
    ["[" * 100_000 + "]" * 100_000, b'{"theme": "light\xff"}'],
    ids=["nested", "not-utf-8"],
)
def test_a_config_or_settings_file_nested_too_deep_is_a_sentence(
    tmp_path: Path, settings: str | bytes
) -> None:
    path = write(tmp_path, "theme = " + "[" * 500 + "]" * 500 + "\n")
    data = tmp_path / "data"
    data.mkdir()
    saved = data / "settings.json"
    saved.write_bytes(settings if isinstance(settings, bytes) else settings.encode())
    result = run_reader("config", "--data-dir", str(data), env={"READER_CONFIG": str(path)})
    assert result.returncode == 0, result.stderr
    assert "config.toml: nests lists or tables too deeply to read; using the defaults." in (
        result.stdout
    )
    assert tomllib.loads(result.stdout)["keys"]["quit"] == ["q"]


def test_reader_config_knows_every_command_id_the_app_knows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ids of the search bar's, the links list's and the lists' keys work in the app
    (and the help names them): ``reader config`` takes them and prints them too."""
    from reader.ui.commands import BY_ID
    from reader.ui.config import report

    path = write(tmp_path, '[keys]\nitem_down = "x"\nsearch_regex = "ctrl+t"\nlinks_copy = "c"\n')
    monkeypatch.setenv("READER_CONFIG", str(path))
    text = report(str(tmp_path / "data"))
    assert "no command is called" not in text
    keys = tomllib.loads(text)["keys"]
    assert keys["item_down"] == ["x"] and keys["links_copy"] == ["c"]
    assert keys["search_regex"] == ["ctrl+t"]
    assert set(keys) == set(BY_ID)
    assert load_config(write(tmp_path, text), known_ids=BY_ID).problems == ()


@pytest.mark.parametrize(
    "text, told",
    [
        ('[keys]\nquit = "x"\n\n[keys]\nhelp = "h"\n',
         "config.toml line 4: cannot declare [keys] twice; using the defaults."),
        ('theme = "light"\ntext_width = 70\ntheme = "dark"\n',
         "config.toml line 3: theme is set twice; using the defaults."),
        ('[keys]\nquit = "x"\nquit = "y"\n',
         "config.toml line 3: quit is set twice; using the defaults."),
    ],
)
def test_a_table_or_a_setting_given_twice_is_named_as_the_file_writes_it(
    tmp_path: Path, text: str, told: str
) -> None:
    """tomllib's "cannot declare ('keys',) twice" and "cannot overwrite a value" are told
    as the file names them: [keys], the setting's name."""
    path = write(tmp_path, text)
    result = run_reader(
        "config", env={"READER_CONFIG": str(path), "READER_HOME": str(tmp_path / "home")}
    )
    assert result.returncode == 0, result.stderr
    assert f"#   {told}\n" in result.stdout, result.stdout[:600]
