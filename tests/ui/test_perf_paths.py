"""The fast paths of the reading screen give the same results as the plain ones: partial
layouts, piecewise word counts, packed articles across processes, capped panels, one save."""

from __future__ import annotations

import random
import subprocess
import sys
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ui_helpers import SAMPLE, reading, settle

from reader.article.model import Person, build_article
from reader.ui.jobs import loading
from reader.ui.widgets.layout import build_layout, count_words, estimate_minutes, reading_minutes
from reader.ui.widgets.panels import LIMIT

pytestmark = pytest.mark.anyio


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab_é1 .,\n—漢’'"), st.integers(min_value=1, max_value=40))
def test_words_counted_in_pieces_are_the_articles_word_count(text: str, piece: int) -> None:
    article = build_article(title="T", blocks=[("paragraph", text)] if text.strip() else [])
    assert count_words(article.text, piece) == article.word_count


def long_article(paragraphs: int = 900):
    rng = random.Random(5)
    words = ["alpha", "beta", "gamma", "delta", "Émile", "naïve", "x" * 90]
    blocks = []
    for index in range(paragraphs):
        kind = ("paragraph", "heading", "quote", "list")[index % 7 % 4]
        text = " ".join(rng.choice(words) for _ in range(rng.randint(3, 60)))
        blocks.append((kind, text.replace(" ", "\n", 1) if kind == "list" else text))
    return build_article(title="A long one " * 9, authors=["Ann Writer"], blocks=blocks)


def test_a_partial_layout_is_the_first_rows_of_the_full_one() -> None:
    article = long_article()
    full = build_layout(article, 50)
    part = build_layout(article, 50, max_rows=120)
    assert full.complete and not part.complete and 120 <= len(part) < len(full)
    rows = len(part)
    for name in ("starts", "ends", "kinds", "prefixes", "texts", "blocks"):
        assert list(getattr(part, name)) == list(getattr(full, name))[:rows], name
    assert list(part.block_rows) == list(full.block_rows)[: len(part.block_rows)]
    assert 0 < part.covered < len(article.text) == full.covered
    estimate = part.estimated_rows(len(article.text))
    assert 0.7 * len(full) < estimate < 1.3 * len(full)


def test_an_estimated_reading_time_is_close_and_the_count_exact() -> None:
    article = long_article(3000)
    assert len(article.text) > 100_000
    exact = article.reading_minutes
    assert abs(estimate_minutes(article) - exact) <= max(2, exact // 5)
    assert reading_minutes(article) == exact
    assert reading_minutes(article, estimate=True) == exact  # counted now: no estimate


def test_articles_cross_processes_packed_and_come_back_the_same() -> None:
    article = long_article(60)
    assert loading.unpack(loading.pack(article)) == article
    spans = ((0, 5), (40, 47))
    people = (Person("Ann Writer", "editor", 2, ("A quote.",), spans), Person("Bo Li"))
    analysed = replace(article, people=people)
    packed = loading._pack_people(analysed)
    assert loading._with_people(article, packed) == analysed


def test_processes_start_while_textual_has_swapped_stderr(monkeypatch) -> None:
    class Capture:  # what Textual puts in sys.stderr while an app runs
        def write(self, text: str) -> int:
            return len(text)

        def flush(self) -> None:
            pass

        def fileno(self) -> int:
            return -1

    monkeypatch.setattr(sys, "stderr", Capture())
    assert loading.in_process(len, "four") == 4


def test_reading_a_local_file_does_not_import_the_http_client() -> None:
    code = "import sys, reader.sources.load, reader.engine.pipeline; print('httpx' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


async def test_a_list_of_thousands_shows_the_first_and_filters_them_all(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        many = tuple(Person(f"Person Number{n:04d}", mentions=1) for n in range(LIMIT + 37))
        panel = screen.panels.people
        panel.show(replace(screen.article, people=many))
        await pilot.pause()
        people_list = screen.query_one("#people-list")
        assert len(panel.people) == LIMIT and people_list.option_count == LIMIT + 1
        assert "37 more" in str(people_list.get_option_at_index(LIMIT).prompt)
        assert panel.filter("Number0130") == 1 and panel.people[0].name.endswith("0130")


async def test_an_article_is_saved_once_with_its_people(make_app, monkeypatch) -> None:
    from reader.store import Store

    saved = []
    original = Store.save_article

    def counting(self, article, **options):
        saved.append(article)
        return original(self, article, **options)

    monkeypatch.setattr(Store, "save_article", counting)
    app = make_app(SAMPLE)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.article is not None and screen.article.people
        assert screen.keeper.kept_key is not None
    assert len(saved) == 1 and saved[0].people == screen.article.people


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_an_early_load_in_a_forked_child_gives_the_same_article(tmp_path) -> None:
    program = tmp_path / "ls.txt"
    program.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8)
    code = (
        "import sys\n"
        "from reader.ui.jobs.early import start\n"
        "early, bad = start(sys.argv[1]), start(sys.argv[2])\n"
        "assert early is not None and bad is not None and 'textual' not in sys.modules\n"
        "from reader.ui.jobs.loading import load\n"
        "print(early.result() == load(sys.argv[1]))\n"
        "try:\n"
        "    bad.result()\n"
        "except Exception as error:\n"
        "    print(type(error).__name__)\n"
        "late = start(sys.argv[1])\n"
        "late.cancel()  # killed: the result is None (or the article, had it been quicker)\n"
        "print('cancelled' if late.result() in (None, load(sys.argv[1])) else 'wrong')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(SAMPLE), str(program)], capture_output=True,
        text=True, check=True,
    )
    assert done.stdout.split() == ["True", "LoadError", "cancelled"]


async def test_the_body_is_styled_once_before_its_first_frame(make_app, monkeypatch) -> None:
    """Focus comes to the body before the first frame: it restyles the body itself (its
    focus border), not its ~30 component classes again; they keep their styles."""
    from textual.css.stylesheet import Stylesheet

    from reader.ui.widgets.body import BodyView

    styled: list[str] = []
    apply = Stylesheet.apply

    def counting(self, node, **options):  # type: ignore[no-untyped-def]
        styled.extend(name for name in node.classes if name.startswith("body--"))
        return apply(self, node, **options)

    monkeypatch.setattr(Stylesheet, "apply", counting)
    app = make_app(SAMPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        body = reading(app).body
        assert sorted(styled) == sorted(BodyView.COMPONENT_CLASSES)
        focused = body.styles.border_left
        before = dict(body._component_styles)
        app.set_focus(None)
        await pilot.pause()
        assert body.styles.border_left != focused
        assert body._component_styles == before


def test_no_rule_styles_the_bodys_parts_by_its_focus() -> None:
    """What lets focus restyle the body without its component classes (BodyView)."""
    from reader.ui.stylesheets import STYLES_DIR

    for path in STYLES_DIR.glob("*.tcss"):
        for rule in path.read_text(encoding="utf-8").split("}"):
            selector = rule.split("{")[0]
            assert not ("focus" in selector and "body--" in selector), (path.name, selector)
