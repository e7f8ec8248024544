"""A page that carries its article twice is read once; sections that repeat a shape stay."""

from __future__ import annotations

from pathlib import Path

from reader.clean.explain import DropLog
from reader.clean.html.copies import drop_copies
from tests.cli_run import dump_json

PARAGRAPHS = [
    f"Paragraph {n} of the story tells how the river town rebuilt its bridge after the flood,"
    f" with the help of {n} volunteers who came from the valley every weekend that summer."
    for n in range(1, 9)
]


def _copy(css_class: str) -> str:
    return f"<div class='{css_class}'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"


def _page() -> str:
    """The article twice in one container (a desktop and a phone layout, both shown)."""
    return (
        "<html><head><title>The bridge</title></head><body><div class='story'>"
        "<h1>The bridge</h1>" + _copy("desktop") + _copy("phone") + "</div></body></html>"
    )


def test_an_article_shown_twice_is_read_once_through_the_cli(tmp_path: Path) -> None:
    page = tmp_path / "twice.html"
    page.write_text(_page(), encoding="utf-8")
    texts = [block["text"] for block in dump_json(str(page))["body"] if block.get("text")]
    for paragraph in PARAGRAPHS:
        assert texts.count(paragraph) == 1


def test_the_copy_is_named_in_the_drop_log() -> None:
    blocks = [("paragraph", text, 0) for text in PARAGRAPHS * 2]
    log = DropLog()
    assert drop_copies(blocks, log) == blocks[: len(PARAGRAPHS)]
    assert [drop.rule for drop in log.drops] == ["copied-run"] * len(PARAGRAPHS)


def test_a_repeated_refrain_and_a_repeated_short_section_stay() -> None:
    refrain = ("paragraph", "And the river kept on rolling, the river kept on rolling.", 0)
    plan = [("heading", "Breakfast", 2), ("paragraph", "Oats, berries and a cup of tea.", 0)] * 3
    prose = [("paragraph", text, 0) for text in PARAGRAPHS]
    # a run of three short blocks repeated, inside a long text: a pattern, not a copy
    blocks = [refrain, *prose[:4], refrain, *plan[:6], *prose[4:], refrain, *plan[:6]]
    assert drop_copies(blocks) == blocks


def test_each_block_is_compared_a_bounded_number_of_times(monkeypatch) -> None:
    """One line said thousands of times, or a long list said twice around a huge block, is
    read in one pass: the blocks compared stay within a few times the blocks there are."""
    from reader.clean.html import copies

    compared: list[int] = []
    run_length = copies._run_length

    def counting(keys: list[str], first: int, second: int) -> int:
        length = run_length(keys, first, second)
        compared.append(length + 1)
        return length

    monkeypatch.setattr(copies, "_run_length", counting)
    n = 3000
    listed = [("paragraph", f"entry {i}", 0) for i in range(n)]
    pages = [
        [("paragraph", "Share this", 0)] * n,
        [*listed, ("paragraph", "word " * (6 * n), 0), *listed],
    ]
    for blocks in pages:
        compared.clear()
        assert drop_copies(blocks) == blocks  # (no copy: too few words against the whole)
        assert sum(compared) <= 4 * len(blocks)
