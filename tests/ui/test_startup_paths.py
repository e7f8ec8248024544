"""What the first screen does not wait for: modules it does not need are not imported before
it (each costs the start in a terminal; see benchmarks/startup_pty.py)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from ui_helpers import SAMPLE


def modules_after(code: str) -> set[str]:
    """The modules imported by ``code`` run in a fresh interpreter."""
    script = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    return set(done.stdout.split())


def printed(code: str, *args: object) -> list[str]:
    """The lines ``code`` prints in a fresh interpreter given ``args``."""
    done = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True,
                          text=True, check=True)
    return done.stdout.split("\n")


def after_early_load(page: object, code: str) -> list[str]:
    """The lines ``code`` prints in a fresh interpreter once the early load of ``page`` has
    given its ``article``."""
    script = ("import sys\nfrom reader.ui.jobs.early import start\n"
              f"article = start(sys.argv[1]).result()\n{code}")
    done = subprocess.run([sys.executable, "-c", script, str(page)], capture_output=True,
                          text=True, check=True)
    return done.stdout.split("\n")


def test_loading_a_text_file_does_not_import_the_html_cleaners() -> None:
    loaded = modules_after(f"from reader.ui.jobs.loading import load; load({str(SAMPLE)!r})")
    assert "reader.clean.text.pipeline" in loaded  # (it did load the text)
    assert not {"reader.clean.html.pipeline", "readability", "lxml.html"} & loaded


def test_loading_a_local_file_imports_none_of_the_network() -> None:
    """The early load's child reads the sample from disk: the fetcher's ssl, sockets and
    httpx (~12 ms of the child) are for URLs only."""
    loaded = modules_after(f"from reader.ui.jobs.loading import load; load({str(SAMPLE)!r})")
    assert "reader.sources.limits" in loaded  # (it went through the loader)
    assert not {"reader.sources.fetch", "ssl", "socket", "httpx"} & loaded


def test_the_early_load_forks_before_the_config_and_textual_are_imported(tmp_path) -> None:
    """``reader --sample``: the child that extracts the article starts before anything the
    command does not need yet (the config's TOML parser, importlib.resources, Textual)."""
    code = (
        "import sys\n"
        "import reader.cli.main, reader.ui.jobs.early as early\n"
        "reader.cli.main._is_terminal = lambda stream: True\n"
        "def start(source, document=None):\n"
        "    print(' '.join(sorted(sys.modules)))\n"
        "    raise SystemExit(0)\n"
        "early.start = start\n"
        "from reader.__main__ import main\n"
        f"main(['--sample', '--data-dir', {str(tmp_path)!r}])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    loaded = set(done.stdout.split())
    assert "reader.ui.launch" in loaded  # (it got as far as the fork)
    assert not {"tomllib", "reader.ui.config", "importlib.resources", "textual"} & loaded


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_what_both_processes_need_is_imported_once_before_the_fork() -> None:
    """The article's dataclasses (and the code colours' cell widths, the sanitizer) are
    imported before the early load forks, so the child does not import them
    again; Textual still is not."""
    loaded = modules_after(
        "from reader.ui.jobs.early import start\n"
        f"load = start({str(SAMPLE)!r}); load.cancel(); load.close()"
    )
    assert {"reader.article.model", "reader.ui.widgets.block_render",
            "reader.core.sanitize"} <= loaded
    assert not {"textual", "reader.clean.text.pipeline"} & loaded


def test_the_collector_is_paused_from_the_fork_to_the_first_screen(tmp_path) -> None:
    """``reader SOURCE`` as the command starts it: the imports after the early load's fork
    (Textual's, the app's) run without the cyclic collector; once the article is drawn it is
    on again, with what the imports made frozen out of its reach."""
    code = (
        "import asyncio, gc, sys\n"
        "from reader.ui.jobs.early import start\n"
        "early = start(sys.argv[1])\n"
        "from reader.ui.app import ReaderApp\n"
        "print(gc.isenabled())\n"
        "async def main():\n"
        "    app = ReaderApp(sys.argv[1], data_dir=sys.argv[2], early=early)\n"
        "    async with app.run_test() as pilot:\n"
        "        while app._gc_held or app.reading.article is None:  # (drawn: on again)\n"
        "            await pilot.pause()\n"
        "        await app.workers.wait_for_complete()  # (the library opened, then quit)\n"
        "        await pilot.pause()\n"
        "        print(app.reading.article.title)\n"
        "        print(gc.isenabled(), gc.get_freeze_count() > 1000)\n"
        "asyncio.run(main())\n"
    )
    paused, title, after = printed(code, SAMPLE, tmp_path)[:3]
    assert (paused, after) == ("False", "True True")
    assert title == "Obama Sidelines Mexico Security Issues During Presidential Visit"


def test_the_collector_stays_off_if_it_was_off() -> None:
    """The command run with the collector off (embedded): the app does not turn it on."""
    code = (
        "import gc, sys, types\n"
        "import reader.ui.launch as launch\n"
        "fake = types.ModuleType('reader.ui.app')\n"
        "from reader.ui.jobs.early import take_pause\n"
        "def run_app(source, data_dir=None, document=None, early=None):\n"
        "    print(gc.isenabled(), take_pause())\n"
        "    return 0\n"
        "fake.run_app = run_app\n"
        "sys.modules['reader.ui.app'] = fake\n"
        "launch.open_app(None)\n"
        "gc.disable()\n"
        "launch.open_app(None)\n"
    )
    assert printed(code)[:2] == ["False True", "False False"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_an_early_load_brings_the_colours_of_its_first_code_blocks(tmp_path) -> None:
    """The child that loads the file also colours its first code blocks: the app makes no
    lexer for them, and the colours are the ones it would have found."""
    page = tmp_path / "code.html"
    code = "def area(r):\n    return 3.14 * r ** 2  # pi r squared\n"
    page.write_text(
        "<html><head><title>Code</title></head><body><article><h1>Code</h1>"
        + "<p>Words before the code, enough of them to make a paragraph here.</p>" * 3
        + f'<pre><code class="language-python">{code}</code></pre>'
        + "<p>And words after it, to close the article with a paragraph.</p></article>"
        "</body></html>", encoding="utf-8")
    shown = after_early_load(page, (
        "from pygments.lexers import find_lexer_class_by_name\n"
        "from reader.ui.widgets import block_render\n"
        "codes = [(b.language, article.text[b.start:b.end]) for b in article.blocks\n"
        "         if b.type == 'code']\n"
        "given = [block_render.code_tokens(*code) for code in codes]\n"
        "print(len(codes), '_tokens' in vars(find_lexer_class_by_name('python')))\n"
        "block_render.code_tokens.cache_clear()\n"
        "print(given == [block_render.code_tokens(*code) for code in codes], bool(given[0]))\n"
    ))
    assert shown[:2] == ["1 False", "True True"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_the_early_load_colours_only_the_code_of_the_first_screen(tmp_path) -> None:
    """Code further down is coloured by the app after its first frame: the child (on the
    first screen's critical path) makes no lexer for it."""
    page = tmp_path / "code.html"
    words = "Words of a paragraph long enough to fill a few rows of the screen, number "
    page.write_text(
        "<html><head><title>Code</title></head><body><article><h1>Code</h1><p>" + words * 4
        + "</p>"
        + '<pre><code class="language-python">def area(r):\n    return 3.14 * r</code></pre>'
        + "".join(f"<p>{words * 3}{n}.</p>" for n in range(30))
        + '<pre><code class="language-javascript">const x = 1;\nlet y = 2;</code></pre>'
        + f"<p>{words}</p></article></body></html>", encoding="utf-8")
    shown = after_early_load(page, (
        "from reader.ui.widgets import block_render\n"
        "print(*sorted(block.language for block in article.blocks if block.type == 'code'))\n"
        "print(*sorted(language for language, _ in block_render._worked_out))\n"
    ))
    assert shown[:2] == ["javascript python", "python"]


def test_the_app_imports_nothing_the_first_screen_does_not_draw() -> None:
    """What the app's modules import at their top is what every start pays: not the
    fetcher (httpx, sockets), the hash functions of the picture cache, the TOML parser, the
    library's database, the code lexers or the engine (the early load has the article), json
    (settings.json is read only if there is one), the pictures' queue, loader and Kitty
    protocol, the list of links, the search bar and the search it runs, the side panels and
    the outline (made after the first frame)."""
    loaded = modules_after("import reader.ui.app")
    assert "reader.ui.screens.reading" in loaded
    unwanted = {"reader.sources.fetch", "hashlib", "tomllib", "reader.store", "sqlite3",
                "pygments", "reader.engine.pipeline", "json", "queue",
                "reader.ui.widgets.picture_load", "reader.ui.widgets.link_list",
                "reader.ui.widgets.kitty", "reader.ui.widgets.search_bar",
                "reader.article.search", "reader.ui.widgets.panels",
                "reader.ui.widgets.outline"}
    assert not unwanted & loaded


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_the_early_load_counts_the_words_the_app_does_not(tmp_path) -> None:
    """The reading time of an article the early load's child sends: the child counted its
    words; the app shows it without counting them again on the first screen's path."""
    code = (
        "import asyncio, sys\n"
        "from reader.ui.jobs.early import start\n"
        "early = start(sys.argv[1])\n"
        "import reader.article.model as model, reader.ui.widgets.layout as layout\n"
        "from reader.ui.app import ReaderApp\n"
        "counted = []\n"
        "layout.count_words = lambda text, *more: counted.append(len(text)) or 0\n"
        "async def main():\n"
        "    app = ReaderApp(sys.argv[1], data_dir=sys.argv[2], early=early)\n"
        "    async with app.run_test(size=(100, 30)) as pilot:\n"
        "        while app.reading.article is None:\n"
        "            await pilot.pause()\n"
        "        await app.workers.wait_for_complete()\n"
        "        await pilot.pause()\n"
        "        text = ' '.join(s.text for s in app.screen._compositor.render_strips())\n"
        "        article = app.reading.article\n"
        "        print(counted, 'min read' in text)\n"
        "        print(f'{round(model.count_words(article.text) / 230)} min read' in text)\n"
        "asyncio.run(main())\n"
    )
    assert printed(code, SAMPLE, tmp_path)[:2] == ["[] True", "True"]


def test_cleaning_an_english_text_compiles_no_table_of_chinese_characters(tmp_path) -> None:
    """The table of Chinese and Japanese characters (~3 ms to compile) is compiled when a
    text needs it: not by importing the model and the cleaners, nor cleaning an ASCII text."""
    page = tmp_path / "plain.txt"
    page.write_text("A Plain Title\n\n" + "Words of a plain English paragraph here. " * 30,
                    encoding="utf-8")
    code = (
        "import re, sys\n"
        "compiled, compile = [], re.compile\n"
        "re.compile = lambda pattern, flags=0: compiled.append(pattern) or compile(pattern,\n"
        "                                                                          flags)\n"
        "import reader.article.model as model\n"
        "from reader.ui.jobs.loading import load\n"
        "print(len(load(sys.argv[1]).text) > 1000)\n"
        "print(any(chr(0x3040) in str(pattern) or '\\\\u3040' in str(pattern)\n"
        "          for pattern in compiled))\n"
        "print(model.count_words('港湾局のバース数 and six words in English'))\n"
    )
    assert printed(code, page)[:3] == ["True", "False", "9"]


def test_reading_an_english_text_with_curly_quotes_compiles_no_table_of_chinese_characters(
    tmp_path,
) -> None:
    """Most English pages are not ASCII (curly quotes, dashes): ``reader dump`` of one
    compiles no table of Chinese and Japanese characters (~2-3 ms of the early load), and
    its words are counted as before; a Chinese line among them is still found."""
    page = tmp_path / "curly.txt"
    paragraph = "“Words,” she said — of a plain English paragraph’s café here. " * 30
    page.write_text(f"A Plain Title\n\n{paragraph}\n", encoding="utf-8")
    code = (
        "import re, sys\n"
        "compiled, compile = [], re.compile\n"
        "re.compile = lambda pattern, flags=0: compiled.append(pattern) or compile(pattern,\n"
        "                                                                          flags)\n"
        "from reader.__main__ import main\n"
        "import reader.article.model as model\n"
        "main(['dump', '--format', 'json', sys.argv[1]])\n"
        "print()\n"
        "print(any(chr(0x3040) in str(pattern) or '\\\\u3040' in str(pattern)\n"
        "          for pattern in compiled))\n"
        "print(model.has_cjk('“Quoted” — 港湾局', 0, 9), model.has_cjk('“Quoted” — 港湾局'))\n"
    )
    lines = printed(code, page)
    dumped = json.loads("\n".join(lines[:-4]))
    assert dumped["word_count"] == 11 * 30
    assert lines[-4:-1] == ["", "False", "False True"]


def test_the_first_screen_imports_no_failure_sentences_nor_hint_lines(tmp_path) -> None:
    """A file opened and drawn: what a failed load says (and the stand-in text it may fall
    back on) and the wrapping hint line of the list screens are not imported for it; a
    failure after it is still told, and the library's hint line still shows."""
    code = (
        "import asyncio, sys\n"
        "from reader.ui.app import ReaderApp\n"
        "LATER = ('reader.ui.screens.load_failure', 'reader.ui.jobs.stand_in',\n"
        "         'reader.ui.widgets.hints')\n"
        "def text(app):\n"
        "    return ' '.join(s.text for s in app.screen._compositor.render_strips())\n"
        "async def main():\n"
        "    app = ReaderApp(sys.argv[1], data_dir=sys.argv[2])\n"
        "    async with app.run_test(size=(120, 30)) as pilot:\n"
        "        while app.reading.article is None:\n"
        "            await pilot.pause()\n"
        "        await pilot.pause()\n"
        "        print([name for name in LATER if name in sys.modules])\n"
        "        app.reading.open_source(sys.argv[2] + '/nope.txt')\n"
        "        while app.reading.is_loading:  # (its worker fails: the screen tells it)\n"
        "            await pilot.pause()\n"
        "        print(any('nope.txt' in str(n.message) for n in app._notifications))\n"
        "        await pilot.press('L')\n"
        "        await app.workers.wait_for_complete()\n"
        "        await pilot.pause()\n"
        "        print('esc' in text(app), type(app.screen).__name__)\n"
        "asyncio.run(main())\n"
    )
    assert printed(code, SAMPLE, tmp_path)[:3] == ["[]", "True", "True LibraryScreen"]
