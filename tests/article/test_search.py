"""Search within the text: matches as character offsets, smart case, regex, whole word."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reader.article.search import (
    MAX_MATCHES,
    Query,
    SearchError,
    TextSearcher,
    find_matches,
    is_case_sensitive,
    nearest_match,
    step,
    time_budget,
)

SAMPLE = (Path(__file__).parents[1] / "fixtures" / "obama-mexico-security.txt").read_text()


def words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


def test_literal_matches_are_offsets_into_the_text() -> None:
    text = "Mexico and mexico and MEXICO."
    spans = find_matches(text, "mexico")
    assert words(text, spans) == ["Mexico", "mexico", "MEXICO"]
    assert spans[0] == (0, 6)


def test_smart_case_capital_makes_it_exact() -> None:
    text = "Mexico and mexico and MEXICO."
    assert words(text, find_matches(text, "Mexico")) == ["Mexico"]
    assert is_case_sensitive("Obama") and not is_case_sensitive("obama")


def test_smart_case_ignores_regex_escapes() -> None:
    assert not is_case_sensitive(r"\Sfoo\W", regex=True)
    assert is_case_sensitive(r"\sFoo", regex=True)
    text = "Foo foo"
    assert len(find_matches(text, r"\bfoo\b", regex=True)) == 2


def test_space_matches_any_run_of_whitespace() -> None:
    text = "Enrique Peña\nNieto met Peña   Nieto and Peña\n\nNieto."
    assert len(find_matches(text, "peña nieto")) == 3


def test_straight_quote_matches_curly() -> None:
    text = "Peña Nieto’s visit and O'Toole's story"
    assert words(text, find_matches(text, "nieto's")) == ["Nieto’s"]
    assert words(text, find_matches(text, "o'toole")) == ["O'Toole"]


def test_a_digit_finds_itself_raised_or_lowered() -> None:
    text = "It gives CO₂ at 10⁸ a second, and CO2 too; CO3 is another."
    assert words(text, find_matches(text, "co2")) == ["CO₂", "CO2"]
    assert words(text, find_matches(text, "108")) == ["10⁸"]
    assert words(text, find_matches(text, "co2", whole_word=True)) == ["CO₂", "CO2"]


def test_markup_characters_are_literal() -> None:
    text = "Plain [bold]not bold[/bold] and (a+b)* done."
    assert words(text, find_matches(text, "[bold]")) == ["[bold]"]
    assert words(text, find_matches(text, "(a+b)*")) == ["(a+b)*"]


def test_regex_mode() -> None:
    text = "security, secure, insecurity and Securities"
    assert words(text, find_matches(text, r"secur\w+", regex=True)) == [
        "security",
        "secure",
        "security",
        "Securities",
    ]


def test_invalid_regex_raises_one_line_search_error() -> None:
    with pytest.raises(SearchError) as caught:
        find_matches("text", "(unclosed", regex=True)
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("Invalid regex")


def test_catastrophic_regex_is_abandoned_quickly() -> None:
    text = "a" * 40 + "b"
    started = time.perf_counter()
    with pytest.raises(SearchError, match="too long"):
        TextSearcher(text).find(Query(r"(a+)+$", regex=True), budget=0.1)
    assert time.perf_counter() - started < 1.0


def test_time_budget_leaves_fast_code_alone() -> None:
    with time_budget(0.5):
        total = sum(range(1000))
    assert total == 499500


def test_empty_regex_matches_are_skipped() -> None:
    text = "aa b aaa"
    assert words(text, find_matches(text, "a*", regex=True)) == ["aa", "aaa"]
    assert find_matches(text, "") == []
    assert find_matches(text, "   ") == []


def test_whole_word_literal() -> None:
    text = "the theory of the other; The end"
    assert words(text, find_matches(text, "the", whole_word=True)) == ["the", "the", "The"]


def test_whole_word_does_not_lose_overlapping_match() -> None:
    text = "ax-x-x"
    assert find_matches(text, "x-x", whole_word=True) == [(3, 6)]


def test_whole_word_regex() -> None:
    text = "cat category bobcat cat."
    assert words(text, find_matches(text, "c.t", regex=True, whole_word=True)) == ["cat", "cat"]


def test_lowering_that_changes_length_still_gives_right_offsets() -> None:
    text = "İstanbul and istanbul"  # "İ".lower() is two characters
    spans = find_matches(text, "istanbul")
    assert spans == [(0, 8), (13, 21)]
    assert words(text, spans)[1] == "istanbul"


def test_limit_caps_the_number_of_matches() -> None:
    text = "a " * 500
    assert len(find_matches(text, "a", limit=100)) == 100
    assert MAX_MATCHES >= 100_000


def test_sample_article_counts_agree_with_str_count() -> None:
    lowered = SAMPLE.lower()
    for word in ("mexico", "obama", "security", "human rights"):
        assert len(find_matches(SAMPLE, word)) == lowered.count(word)


def test_searcher_reuses_lowered_text_and_is_consistent() -> None:
    searcher = TextSearcher(SAMPLE)
    first = searcher.find(Query("peña"))
    assert first == searcher.find(Query("peña"))
    assert all(SAMPLE[s:e].lower() == "peña" for s, e in first)


def test_nearest_match_and_step_wrap() -> None:
    spans = [(10, 12), (20, 22), (30, 32)]
    assert nearest_match(spans, 0) == 0
    assert nearest_match(spans, 15) == 1
    assert nearest_match(spans, 20) == 1
    assert nearest_match(spans, 31) == 0
    assert nearest_match([], 5) is None
    assert step(2, 3) == (0, True)
    assert step(0, 3, forward=False) == (2, True)
    assert step(1, 3) == (2, False)
    assert step(None, 3, forward=False) == (2, False)
    assert step(None, 0) == (None, False)


def test_history_persists_between_runs(tmp_path: Path) -> None:
    from reader.store.search_history import HISTORY_FILE, SearchHistory

    history = SearchHistory.in_data_dir(tmp_path)
    history.add("mexico")
    history.add("obama")
    history.add("mexico")  # moves to the newest place
    history.add("  ")  # ignored
    again = SearchHistory.in_data_dir(tmp_path)
    assert again.entries == ["obama", "mexico"]
    assert (tmp_path / HISTORY_FILE).exists()


def test_history_limit_and_broken_file(tmp_path: Path) -> None:
    from reader.store.search_history import SearchHistory

    path = tmp_path / "h.json"
    path.write_text("{not json")
    history = SearchHistory(path, limit=3)
    assert history.entries == []
    for word in "abcde":
        history.add(word)
    assert SearchHistory(path, limit=3).entries == ["c", "d", "e"]


def test_history_cursor_up_down_returns_draft() -> None:
    from reader.store.search_history import HistoryCursor

    cursor = HistoryCursor(["one", "two"], draft="dr")
    assert cursor.newer() is None
    assert cursor.older() == "two"
    assert cursor.older() == "one"
    assert cursor.older() is None
    assert cursor.newer() == "two"
    assert cursor.newer() == "dr"
    assert cursor.newer() is None


def test_filter_matches_for_panels() -> None:
    from reader.article.search import filter_matches

    assert filter_matches("obama", "Barack Obama", "President")
    assert filter_matches("president obama", "Barack Obama", "President")
    assert not filter_matches("Obama", "barack obama")
    assert not filter_matches("kelly", "Barack Obama", "President")
    assert filter_matches("", "anything")


MODES = {
    "literal": Query("word"),
    "literal_exact": Query("Word"),
    "whole_word": Query("word", whole_word=True),
    "regex": Query(r"w\w+d", regex=True),
    "regex_whole_word": Query(r"w\w+d", regex=True, whole_word=True),
}


@pytest.mark.parametrize("mode", MODES)
def test_every_search_mode_has_the_time_budget(mode: str) -> None:
    # 36 MB, no whole-word match: every mode scans all of it, and no mode can do that within
    # the budget (a fast machine's case-exact literal scan took less than 5 ms of 18 MB)
    text = "aword " * 6_000_000
    started = time.thread_time()  # CPU time: a busy machine does not fail the test
    with pytest.raises(SearchError, match="too long"):
        TextSearcher(text).find(MODES[mode], budget=0.001)
    assert time.thread_time() - started < 0.5


def test_whole_word_in_a_run_together_word_is_fast() -> None:
    text = "a" * 8_000_000  # one 8 MB "word": every candidate is glued to its neighbours
    searcher = TextSearcher(text)
    started = time.perf_counter()
    assert searcher.find(Query("aa", whole_word=True), budget=None) == []
    assert time.perf_counter() - started < 1.0
