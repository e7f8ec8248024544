"""Plain text set in from its prose or laid out in columns keeps its lines."""

from __future__ import annotations

import textwrap

from reader.clean.text.pipeline import clean_plain_text
from tests.cli_run import dump_json

PROSE = textwrap.fill(
    "The prose of the document runs on in wrapped lines the way a text file has them, long "
    "enough for the reader to tell the width it was wrapped at, and then a little more so "
    "that there are several lines of it to measure.",
    70,
)


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(kind, body) for kind, body, _level in clean_plain_text(text).blocks]


def test_code_set_in_from_the_prose_keeps_its_lines_and_indentation() -> None:
    code = "    def boil(kettle):\n        kettle.heat()\n        return kettle.state"
    blocks = _blocks(f"{PROSE}\n\n{code}\n\n{PROSE}")
    assert ("preformatted", "def boil(kettle):\n    kettle.heat()\n    return kettle.state") in (
        blocks
    )
    assert [kind for kind, _ in blocks] == ["paragraph", "preformatted", "paragraph"]


def test_a_listing_with_blank_lines_in_it_is_one_block() -> None:
    listing = "    first = 1\n    second = 2\n\n    total = first + second\n\n    print(total)"
    blocks = _blocks(f"{PROSE}\n\n{listing}\n\n{PROSE}")
    assert (
        "preformatted",
        "first = 1\nsecond = 2\n\ntotal = first + second\n\nprint(total)",
    ) in blocks


def test_columns_keep_their_spacing() -> None:
    header = (
        "Example Working Group                      A. Lindqvist\n"
        "Request for Comments: 9999                 Example Corp\n"
        "Category: Informational                      March 2026"
    )
    blocks = _blocks(f"{header}\n\n{PROSE}\n\n{PROSE}")
    assert blocks[0] == ("preformatted", header)


def test_a_diagram_is_kept_and_its_long_lines_do_not_change_the_wrap_width() -> None:
    art = "\n".join("  " + "/\\_" * 30 for _ in range(4))
    blocks = _blocks(f"{art}\n\n{PROSE}\n\n{PROSE} Two.\n\n{PROSE} Three.")
    assert blocks[0] == ("preformatted", textwrap.dedent(art))
    assert blocks[1] == ("paragraph", " ".join(PROSE.split("\n")))  # one paragraph, not lines


def test_a_block_quotation_set_in_is_still_a_paragraph() -> None:
    quoted = textwrap.fill(
        "A quotation set in from the text, wrapped at its own narrower width as a writer sets "
        "a passage of some length apart, and running on for a few lines.",
        62,
    )
    blocks = _blocks(f"{PROSE}\n\n{textwrap.indent(quoted, '    ')}\n\n{PROSE} Again.")
    assert blocks[1] == ("paragraph", " ".join(quoted.split("\n")))
    assert [kind for kind, _ in blocks] == ["paragraph"] * 3


def test_a_centred_title_block_is_not_preformatted_and_gives_the_title() -> None:
    title = "              The Kettle Status Protocol\n                    March 2026"
    article = clean_plain_text(f"{title}\n\n{PROSE}\n\n{PROSE}")
    assert article.title == "The Kettle Status Protocol"
    assert not any(kind == "preformatted" for kind, _text, _level in article.blocks)


def test_an_underlined_heading_set_in_is_not_preformatted() -> None:
    heading = "        Installing\n        =========="
    blocks = _blocks(f"{PROSE}\n\n{heading}\n\n{PROSE}")
    assert not any(kind == "preformatted" for kind, _ in blocks)


def test_a_header_block_above_the_title_stays_in_the_body() -> None:
    header = (
        "Example Working Group                      A. Lindqvist\n"
        "Request for Comments: 9999                 Example Corp"
    )
    article = clean_plain_text(f"{header}\n\n      Kettle Status\n\n{PROSE}\n\n{PROSE}")
    assert article.title == "Kettle Status"
    assert article.blocks[0] == ("preformatted", header, 0)


def test_lines_set_in_over_an_attribution_are_a_pull_quote_not_code() -> None:
    said = textwrap.fill(
        "The kettle reports its state to any client that asks. That is the whole of the "
        "protocol, said its designer, and it has been enough for years of tea.",
        70,
    )
    quote = "      That is the whole of the protocol,\n      and it has been enough."
    more = textwrap.fill(
        "Nothing in the protocol turns the kettle on or off, which keeps the security review "
        "of it short and the kettle simple enough to trust with the water.",
        70,
    )
    article = clean_plain_text(f"{said}\n\n{quote}\n\n— Ann Lee, designer\n\n{more}\n\n{PROSE}")
    (pulled,) = article.pull_quotes
    assert pulled.text == "That is the whole of the protocol, and it has been enough."
    assert pulled.attribution == "Ann Lee, designer"
    assert [kind for kind, _text, _level in article.blocks] == ["paragraph"] * 3


def test_escape_sequences_in_lines_set_in_never_reach_the_dump(tmp_path) -> None:
    code = "    evil \x1b[31mred\x1b[0m code\n    \x1b]52;c;aGk=\x07second line"
    path = tmp_path / "hostile.txt"
    path.write_text(f"{PROSE}\n\n{code}\n\n{PROSE} Again.", encoding="utf-8")
    body = dump_json(str(path))["body"]
    assert {"type": "preformatted", "text": "evil red code\nsecond line"} in body
    assert not any("\x1b" in block["text"] or "\x07" in block["text"] for block in body)
