"""The layout: wrapping by offsets, row <-> offset mapping (pure, no app)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.article.model import Caption, build_article
from reader.ui.settings import Settings
from reader.ui.widgets.layout import build_layout, duration, meta_line, wrap_spans

WORDS = st.lists(
    st.text(alphabet=st.sampled_from("abcdefghij漢字éü—"), min_size=1, max_size=30),
    min_size=1, max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(WORDS, st.integers(min_value=5, max_value=90))
def test_wrap_keeps_every_word_and_the_width(words: list[str], width: int) -> None:
    text = " ".join(words)
    spans = wrap_spans(text, 0, len(text), width)
    assert all(cell_len(text[a:b]) <= width for a, b in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (_, end), (start, _) in pairwise(spans):  # nothing lost: only spaces between rows
        assert end <= start and text[end:start].strip() == ""
    assert all(text[a:b] == text[a:b].strip() or not text[a:b].strip() for a, b in spans)


def sample_article():
    return build_article(
        title="A Title",
        subtitle="A subtitle",
        authors=["Ann Writer"],
        caption=Caption("A photo.", "Photo: Someone"),
        blocks=[
            ("paragraph", "word " * 50),
            ("heading", "A heading", 2),
            ("list", "first item\nsecond item"),
            ("quote", "a quoted line"),
            ("preformatted", "x" * 100),
        ],
    )


def test_rows_map_offsets_both_ways() -> None:
    article = sample_article()
    layout = build_layout(article, 40)
    assert layout.header_rows > 0
    for index, block in enumerate(article.blocks):
        row = layout.row_for_offset(block.start)
        assert layout.blocks[row] == index
        assert layout.offset_for_row(row) == block.start
        assert layout.block_rows[index] == row
    assert layout.offset_for_row(0) == 0
    last = layout.row_for_offset(len(article.text))
    assert layout.blocks[last] == len(article.blocks) - 1
    kinds = set(layout.kinds)
    assert {"title", "subtitle", "byline", "caption", "credit", "heading", "list", "quote",
            "code", "paragraph"} <= kinds  # (preformatted text: drawn as code is)
    assert all(end - start <= 40 for start, end in zip(layout.starts, layout.ends, strict=True))


def test_a_preformatted_line_wider_than_the_column_marks_its_continued_rows() -> None:
    """Set in by code's margin, continued as a code line is (its mark, then set in)."""
    article = build_article(title="T", blocks=[("preformatted", "ab" * 50 + "\nshort")])
    layout = build_layout(article, 40)
    rows = [row for row in range(len(layout)) if layout.kinds[row] == "code"]
    assert [layout.prefixes[row] for row in rows] == ["  ", "↪   ", "↪   ", "  "]
    for row in rows:  # each row, its mark included, fits the column
        assert cell_len(layout.prefixes[row]) + layout.ends[row] - layout.starts[row] <= 40
    text = article.text
    assert "".join(text[layout.starts[row] : layout.ends[row]] for row in rows[:3]) == "ab" * 50


def test_meta_line_has_byline_date_site_and_time() -> None:
    article = build_article(
        title="T", authors=["A B", "C D", "E F"], published="2014-01-07T10:00:00Z",
        site="Example News", blocks=[("paragraph", "word " * 460)],
    )
    assert meta_line(article) == "By A B, C D and E F · 7 January 2014 · Example News · 2 min read"


def test_a_chinese_story_reads_in_minutes_by_its_characters() -> None:
    """Chinese writes no spaces: 2,170 characters in sentences are ~1,080 words, five
    minutes' reading, not the one minute of its 80 comma-split runs."""
    sentence = "市交通局周一宣布明年起全市公交车将全部更换为新能源车辆，"
    text = (sentence * 20)[:-1] + "。"  # 540 characters a paragraph
    blocks = [("paragraph", text)] * 4 + [("paragraph", "新车今年试运行。")]
    article = build_article(title="公交", blocks=blocks)
    assert 1_050 <= article.word_count <= 1_100
    assert meta_line(article) == "5 min read"
    long_story = build_article(title="公交", blocks=[("paragraph", text)] * 2_000)
    assert meta_line(long_story).endswith(f"{round(long_story.word_count / 230) // 60} h read")


def test_a_long_reading_time_is_told_in_hours() -> None:
    assert [duration(m) for m in (1, 59, 60, 80, 599, 600, 2723)] == [
        "1 min", "59 min", "1 h", "1 h 20 min", "9 h 59 min", "10 h", "45 h"
    ]
    book = build_article(title="A book", blocks=[("paragraph", "word " * 230)] * 90)
    assert meta_line(book) == "1 h 30 min read"


def test_settings_round_trip_and_survive_damage(tmp_path) -> None:
    settings_ = Settings.load(tmp_path)
    assert settings_.theme == "dark" and settings_.panels
    settings_.theme, settings_.panels = "light", False
    assert settings_.save()
    again = Settings.load(tmp_path)
    assert (again.theme, again.panels) == ("light", False)
    (tmp_path / "settings.json").write_text("{not json")
    assert Settings.load(tmp_path).theme == "dark"
