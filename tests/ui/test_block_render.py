"""Structured blocks laid out (pure, no app): code, tables, lists, definitions, images."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rich.cells import cell_len

from reader.article.model import Article, Block, build_article, definitions_text, table_text
from reader.engine import load_article
from reader.ui.widgets import block_render
from reader.ui.widgets.block_render import CONTINUED, MOST_COLOURED, code_tokens, placeholder
from reader.ui.widgets.layout import Layout, build_layout

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CODE = 'def greet(name):\n    # say hello\n    return "Hello, " + name\n\n\nx = 1'
HEADER = ("Planet", "Moons", "Day length")
PLANETS = (HEADER, ("Mercury", "0", "59 days"), ("Jupiter", "95", "10 hours"))
WIDE = (
    ("Name", "Description"),
    ("Alpha", "The first letter of the Greek alphabet, used in many sciences for firsts"),
    ("Omega", "The last letter of the Greek alphabet, and so the end of things in speech"),
)


def shown(article: Article, layout: Layout, row: int) -> str:
    """What a row shows (prefix, pieces or its slice), as text (a code block's language
    label left out)."""
    pieces = layout.pieces.get(row)
    if pieces is not None:
        body = "".join(article.text[a:b] if lit is None else lit for a, b, lit, name in pieces
                       if name != "code-language")
    elif layout.texts[row] is not None:
        body = layout.texts[row] or ""
    else:
        body = article.text[layout.starts[row] : layout.ends[row]]
    return layout.prefixes[row] + body


def block_rows(article: Article, layout: Layout, index: int) -> list[int]:
    return [r for r in range(len(layout)) if layout.blocks[r] == index
            and layout.kinds[r] != "blank"]


def make(*blocks: Block) -> Article:
    return build_article(title="T", blocks=[("paragraph", "Intro."), *blocks])


def table(rows, header: bool = True) -> Block:  # type: ignore[no-untyped-def]
    return Block("table", table_text(rows), rows=tuple(rows), header=header)


def test_code_rows_are_verbatim_and_coloured() -> None:
    article = make(Block("code", CODE, language="python"))
    layout = build_layout(article, 72)
    rows = block_rows(article, layout, 1)
    assert [shown(article, layout, r)[2:] for r in rows] == CODE.split("\n")
    assert all(layout.kinds[r] == "code" for r in rows)
    styles = {name for r in rows for *_, name in layout.pieces[r]}
    assert {"code-keyword", "code-comment", "code-string", "code-number"} <= styles
    keyword = next(p for p in layout.pieces[rows[0]] if p[3] == "code-keyword")
    assert article.text[keyword[0] : keyword[1]] == "def"


def test_tabs_in_code_stand_to_their_stops_and_offsets_hold() -> None:
    go = 'func main() {\n\tif x {\n\t\tfmt.Println("hi")\t// greet\n\t}\n}'
    article = make(Block("code", go, language="go"))
    layout = build_layout(article, 72)
    rows = block_rows(article, layout, 1)
    assert [shown(article, layout, r)[2:] for r in rows] == [
        "func main() {", "    if x {", '        fmt.Println("hi")   // greet', "    }", "}",
    ]
    for row in rows:  # each piece still names the text it shows
        pieces = layout.pieces[row]
        assert "".join(article.text[a:b] for a, b, *_ in pieces) == article.text[
            layout.starts[row] : layout.ends[row]]


def test_code_language_guessed_only_for_several_lines() -> None:
    c_code = "#include <stdio.h>\nint main(void) {\n  return 0;\n}"
    assert code_tokens(None, c_code)  # several lines of C: guessed
    assert code_tokens(None, "int x = 1;") == ()  # one line: no guess
    assert code_tokens(None, "Just some words\nin a pre block\nof poetry") == ()
    assert code_tokens("no-such-language", CODE) == ()


def test_guessing_a_language_makes_only_the_chosen_lexer() -> None:
    """Scoring the candidates must not build them: making a lexer compiles all its rules
    (the first screen of a page with unlabelled code paid ~0.1 s for twenty of them)."""
    script = (
        "from pygments.lexers import find_lexer_class_by_name\n"
        "from reader.ui.widgets.block_render import GUESSED, _lexer\n"
        "chosen = _lexer(None, '#include <stdio.h>\\nint main(void) {\\n  return 0;\\n}\\n')\n"
        "built = {find_lexer_class_by_name(n).__name__ for n in GUESSED\n"
        "         if '_tokens' in vars(find_lexer_class_by_name(n))}\n"
        "print(type(chosen).__name__, sorted(built))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    chosen, built = done.stdout.split(" ", 1)
    assert chosen == "CLexer"
    assert built.strip() == "['CLexer']"


def test_a_long_code_line_wraps_at_a_token_with_a_mark_and_exact_offsets() -> None:
    line = "result = compute(alpha_value, beta_value, gamma_value, delta_value, epsilon)"
    article = make(Block("code", line, language="python"))
    layout = build_layout(article, 40)
    rows = block_rows(article, layout, 1)
    assert len(rows) > 1
    assert all(layout.prefixes[r] == CONTINUED + "  " for r in rows[1:])  # set in past it
    assert all(cell_len(shown(article, layout, r)) <= 40 for r in rows)
    joined = "".join(article.text[layout.starts[r] : layout.ends[r]] for r in rows)
    assert joined == line  # nothing lost, nothing doubled: offsets are exact
    for r in rows[:-1]:  # never mid-word
        end = layout.ends[r]
        assert not (article.text[end - 1].isalnum() and article.text[end].isalnum())


def test_the_first_screen_stops_before_code_not_coloured_yet() -> None:
    """``lex_after``: past that many rows, the layout stops before a code block that would
    need a lexer made (the first screen does not wait for it), with the full layout's rows;
    code coloured already does not stop it."""
    paragraphs = [("paragraph", f"Paragraph {n} " + "words " * 40) for n in range(8)]
    fresh = "const total = [1, 2, 3].reduce((a, b) => a + b, 0);\n// a sum"
    article = build_article(title="T", blocks=[
        ("paragraph", "Intro."), Block("code", CODE, language="python"), *paragraphs,
        Block("code", fresh, language="javascript"), ("paragraph", "After."),
    ])
    block_render.code_tokens.cache_clear()
    block_render._coloured.clear()
    first = build_layout(article, 60, lex_after=20)
    assert not first.complete
    assert len(first.block_rows) == 10  # up to the JavaScript block, not into it
    full = build_layout(article, 60)
    assert full.complete
    assert list(first.starts) == list(full.starts[: len(first)])
    assert build_layout(article, 60, lex_after=20).complete  # coloured now: no stop
    block_render.code_tokens.cache_clear()
    block_render._coloured.clear()
    assert build_layout(article, 60, lex_after=len(full)).complete  # all on one screen


def test_a_table_that_fits_is_aligned_under_a_ruled_header() -> None:
    article = make(table(PLANETS))
    layout = build_layout(article, 72)
    lines = [shown(article, layout, r) for r in block_rows(article, layout, 1)]
    assert lines[0].split("│")[0].strip() == "Planet" and set(lines[1]) <= set("─┼")
    bars = {line.index("│") for line in lines if "│" in line}
    assert len(bars) == 1  # the columns line up
    assert lines[2].startswith("Mercury │     0 │ 59 days")  # numbers to the right
    head = layout.pieces[block_rows(article, layout, 1)[0]]
    assert {name for a, b, lit, name in head if lit is None} == {"table-head"}


def test_a_wide_table_wraps_its_cells_in_their_columns() -> None:
    article = make(table(WIDE))
    layout = build_layout(article, 40)
    lines = [shown(article, layout, r) for r in block_rows(article, layout, 1)]
    assert lines[0].startswith("Name  │ Description")
    assert lines[2] == "Alpha │ The first letter of the Greek"
    assert lines[3] == "      │ alphabet, used in many sciences"
    assert all(cell_len(line) <= 40 for line in lines)
    assert len({line.index("│") for line in lines if "│" in line}) == 1


def test_a_table_too_wide_for_its_columns_folds_into_header_value_lines() -> None:
    header = ("Terminal", "Operator", "Arrivals", "Tonnage", "Revenue", "Share", "Change",
              "Notes")
    rows = (header, ("North Quay container terminal", "Baltic Box Handling Ltd", "1,204",
                     "18,450,220", "42,118,900.50", "38.2%", "+4.1%",
                     "Second crane commissioned in May after delays"))
    article = make(table(rows))
    layout = build_layout(article, 76)  # the text width in an 80-column terminal
    lines = [shown(article, layout, r) for r in block_rows(article, layout, 1)]
    assert "Terminal: North Quay container terminal" in lines and "Share: 38.2%" in lines
    assert "Notes: Second crane commissioned in May after delays" in lines
    assert all(cell_len(line) <= 76 for line in lines)
    assert "│" not in "".join(lines)


def test_a_folded_table_leaves_out_empty_cells_and_sets_a_group_row_alone() -> None:
    """Folded, a row's empty cell is no "Note:" with nothing after it, and a row of its first
    cell alone (a cell spanning the row, a group's label: ArchWiki's systemctl table) reads
    as that label, not as "Action: ..." over two empty fields."""
    rows = (
        ("Action", "Command", "Note"),
        ("Analyzing the system state", "", ""),
        ("Show system status", "systemctl status", ""),
        ("Show process status for a PID", "systemctl status pid",
         "cgroup slice, memory and parent, and more words to make the table wide"),
    )
    article = make(table(rows))
    layout = build_layout(article, 40)  # (its columns would not fit)
    lines = [shown(article, layout, r) for r in block_rows(article, layout, 1)]
    assert "Analyzing the system state" in lines
    assert not any(line.endswith(": ") or line.endswith(":") for line in lines), lines
    assert "Action: Show system status" in lines and "Command: systemctl status" in lines
    assert any(line.startswith("Note: cgroup slice") for line in lines)
    group = block_rows(article, layout, 1)[lines.index("Analyzing the system state")]
    assert {name for *_, name in layout.pieces[group]} == {"table-head"}


def test_table_cells_map_to_their_rows() -> None:
    for rows, width in ((PLANETS, 72), (WIDE, 40)):
        article = make(table(rows))
        layout = build_layout(article, width)
        # (a cell's first line beside a taller cell: drawn above the rows of the cell's end)
        for cell in (rows[-1][0], rows[-1][-1].split()[-1], rows[-1][-1].split()[0]):
            offset = article.text.rindex(cell)
            row = layout.row_for_offset(offset)
            assert cell in shown(article, layout, row)


def test_a_table_whose_text_is_not_its_cells_is_drawn_as_text() -> None:
    block = Block("table", "a | b\nc", rows=(("a", "b"), ("c", "d")), header=True)
    article = make(block)
    layout = build_layout(article, 72)
    assert [shown(article, layout, r) for r in block_rows(article, layout, 1)] == ["a | b", "c"]


def test_numbered_and_nested_lists() -> None:
    block = Block("list", "One\nTwo\nInner a\nInner b\nThree", numbers=(1, 2, None, None, 3),
                  depths=(0, 0, 1, 1, 0))
    article = make(block)
    layout = build_layout(article, 72)
    lines = [shown(article, layout, r) for r in block_rows(article, layout, 1)]
    assert lines == ["1. One", "2. Two", "   • Inner a", "   • Inner b", "3. Three"]


def test_definitions_term_bold_and_definition_indented() -> None:
    pairs = (("Lede", "The opening paragraph."), ("Kicker", "The closing line."))
    article = make(Block("definitions", definitions_text(pairs), rows=pairs))
    layout = build_layout(article, 72)
    rows = block_rows(article, layout, 1)
    assert [layout.kinds[r] for r in rows] == ["term", "paragraph", "term", "paragraph"]
    assert [shown(article, layout, r) for r in rows][:2] == ["Lede", "    The opening paragraph."]


def test_an_image_placeholder_with_caption_and_credit() -> None:
    block = Block("image", "Saturn seen by Cassini. NASA/JPL", src="https://x/s.jpg",
                  alt="Saturn and its rings", caption="Saturn seen by Cassini.",
                  credit="NASA/JPL")
    article = make(block)
    layout = build_layout(article, 72)
    rows = block_rows(article, layout, 1)
    assert [layout.kinds[r] for r in rows] == ["image", "caption", "credit"]
    assert [shown(article, layout, r) for r in rows] == [
        "[image: Saturn and its rings]", "▏ Saturn seen by Cassini.", "▏ NASA/JPL"]


def test_a_markdown_image_shows_its_alt_text_as_the_searchable_placeholder() -> None:
    article = load_article(str(FIXTURES / "screen_structure.md"))
    image = next(i for i, b in enumerate(article.blocks) if b.type == "image")
    layout = build_layout(article, 72)
    (row,) = block_rows(article, layout, image)
    assert shown(article, layout, row) == "[image: A diagram of the pipeline]"
    assert layout.row_for_offset(article.text.index("diagram")) == row


def test_placeholder_is_cut_to_the_width() -> None:
    assert placeholder(None, 40) == "[image]"
    assert cell_len(placeholder("word " * 30, 20)) <= 20


def test_markdown_gets_code_tables_and_numbers() -> None:
    article = load_article(str(FIXTURES / "screen_structure.md"))
    layout = build_layout(article, 72)
    lines = [shown(article, layout, r) for r in range(len(layout))]
    assert "  function add(a, b) {" in lines
    assert any(line.startswith("Tool    │ Version") for line in lines)
    assert "1. First step" in lines and "   • a nested point" in lines
    code_rows = [r for r in range(len(layout)) if layout.kinds[r] == "code"]
    assert any(p[3] == "code-keyword" for r in code_rows for p in layout.pieces[r])


def test_rows_stay_in_offset_order() -> None:
    article = load_article(str(FIXTURES / "screen_structure.html"))
    for width in (30, 72):
        layout = build_layout(article, width)
        starts = list(layout.starts)
        assert starts == sorted(starts)


def test_a_block_too_long_to_colour_in_time_is_drawn_without_colours() -> None:
    line = "total = count(berths)  # ships\n"
    assert code_tokens("python", line * 10)  # a short block is coloured
    assert code_tokens("python", line * (MOST_COLOURED // len(line) + 1)) == ()
