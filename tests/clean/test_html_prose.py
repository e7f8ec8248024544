"""The shared text measures of the cleanup's rules."""

from __future__ import annotations

from lxml.html import fragment_fromstring

from reader.clean.html.prose import SENTENCE_END, folded_words, linked_words


def test_folded_words_ignore_case_punctuation_and_spacing() -> None:
    assert folded_words("  The  CAT—sat,\non the mat! ") == "the cat sat on the mat"
    assert folded_words("…") == ""


def test_linked_words_count_only_words_inside_links() -> None:
    element = fragment_fromstring(
        "<div>Read <a href='/a'>the full story</a> or <a href='/b'>more</a> here.</div>"
    )
    assert linked_words(element) == 4


def test_sentence_ends_after_a_word_with_its_closing_quote() -> None:
    assert len(SENTENCE_END.findall('He left. "Why?" she asked (twice.) End')) == 3
    assert not SENTENCE_END.search("version 2.5 of the tool")
