"""The sanitiser removes whole escape sequences, controls and bidi overrides."""

from __future__ import annotations

from reader.core.sanitize import clean_block, clean_line, clean_text


def test_csi_and_osc_sequences_are_removed_whole() -> None:
    text = "a\x1b[31mred\x1b[0m b\x1b]52;c;ZXZpbA==\x07 c\x1b]0;title\x1b\\ d\x9b2Je"
    assert clean_text(text) == "ared b c de"


def test_controls_and_bidi_overrides_are_removed_newlines_kept() -> None:
    assert clean_text("x\x00y\x07z\u202eq\nnext\x85") == "xyzq\nnext"


def test_zero_width_characters_inside_words_are_removed() -> None:
    assert clean_text("pay\u200bpal and pa\u200dypal") == "paypal and paypal"


def test_markup_stays_literal() -> None:
    assert clean_line("[bold]not bold[/bold]") == "[bold]not bold[/bold]"


def test_clean_line_folds_white_space() -> None:
    assert clean_line("  a\u00a0 b\n\tc ") == "a b c"


def test_clean_block_keeps_single_blank_lines() -> None:
    assert clean_block(" a \n\n\n\n b ") == "a\n\nb"


def test_a_lone_c1_character_loses_only_itself() -> None:
    for char in "\x9d\x90\x98\x9e\x9f":
        assert clean_text(f"keep{char} this text\nand this") == "keep this text\nand this"


def test_an_unterminated_osc_or_dcs_keeps_the_text_after_it() -> None:
    assert clean_text("keep \x1b]0;this text\nand this") == "keep 0;this text\nand this"
    assert clean_text("keep \x1bPq this text") == "keep q this text"


def test_an_unterminated_sequence_in_markdown_keeps_the_rest_of_the_document() -> None:
    from reader.clean.markdown import clean_markdown
    from reader.engine.pipeline import assemble

    text = "# Title\n\nFirst paragraph \x9d here.\n\nSecond paragraph.\n\n- a list item\n"
    article = assemble(clean_markdown(text))
    body = "\n".join(block.text for block in article.blocks)
    assert "Second paragraph." in body and "a list item" in body


def test_csi_parameters_are_bounded() -> None:
    digits = "1" * 10_000
    assert len(clean_text("\x1b[" + digits)) >= 10_000 - 64


HIDDEN = (
    "\U000e0041\U000e0042",  # tag characters: a hidden ASCII text
    "\u180e",  # Mongolian vowel separator
    "\u034f",  # combining grapheme joiner
    "\u2062",  # invisible times
    "\u3164",  # Hangul filler
    "\uffa0",  # half-width Hangul filler
)


def test_characters_that_draw_nothing_are_removed() -> None:
    from reader.core.sanitize import clean_lines

    for hidden in HIDDEN:
        assert clean_text(f"pay{hidden}pal") == "paypal", repr(hidden)
        assert clean_lines([f"pay{hidden}pal", "x"]) == ["paypal", "x"], repr(hidden)


def test_a_flag_keeps_its_tag_sequence_and_emoji_their_variation() -> None:
    england = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"
    assert clean_text(f"{england} and \u2764\ufe0f") == f"{england} and \u2764\ufe0f"
