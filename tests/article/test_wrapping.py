"""Wrapping by terminal cells: Chinese, Japanese and Korean text in ``reader dump``."""

from __future__ import annotations

import pytest

from reader.article.wrapping import cell_width, fill

CHINESE = (
    "交通局局长李华在新闻发布会上表示，这次升级的目标是让市民的平均通勤时间缩短十五分钟。"
    "他说：“我们希望更多的人选择公共交通出行。”"
)


@pytest.mark.parametrize("width", range(10, 41))
def test_wide_text_fits_the_width_and_no_line_opens_with_closing_punctuation(width: int) -> None:
    lines = fill(CHINESE, width).split("\n")
    assert "".join(lines) == CHINESE  # nothing lost, no space added between characters
    assert all(cell_width(line) <= width for line in lines)
    assert not any(line[0] in "。，：”" for line in lines)


def test_latin_words_inside_wide_text_are_not_cut() -> None:
    lines = fill("新的 Textual 版本发布了，readability 也更新了。", 16).split("\n")
    assert any("Textual" in line for line in lines)
    assert any("readability" in line for line in lines)


def test_text_without_wide_characters_wraps_as_textwrap_does() -> None:
    import textwrap

    text = "a plain sentence that wraps the usual way at spaces and nowhere else " * 3
    assert fill(text, 30) == textwrap.fill(text, 30)
