"""A short PDF (two or three pages) through the real ``reader dump``: its running heads and
feet go from two pages on (a journal's name, "Page 1 of 2", an author line on each page), a
line that only happens to repeat stays, and its title is its own: the metadata's when that
is a real title, else the line in the largest type, else the first line under its running
heads, never the journal's banner."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import body_texts, dump_json
from tests.pdf_maker import Line, make_pdf
from tests.sources.test_pdf import joined, paragraph

BANNER = "Journal of Harbour Studies 12 (2026) 45-47"
AUTHORS = "Ada Smith and Ben Jones"
TITLE = "Ships of the Year: A Survey of the Harbour"


def _paper(count: int, opening: list[Line], title: str | None = None) -> bytes:
    """A paper of ``count`` pages: the journal's banner on each page, the authors' names
    at the top of each page after the first (under the title on the first), a numbered
    foot on each; the first page opens with ``opening`` under the banner."""
    pages: list[list[Line]] = []
    for number in range(1, count + 1):
        top: list[Line] = [BANNER, *opening, AUTHORS] if number == 1 else [BANNER, AUTHORS]
        body = [*paragraph(number), "", *paragraph(5 - number), ""]
        pages.append([*top, "", *body, f"Page {number} of {count}"])
    return make_pdf(pages, title=title)


def _dump(tmp_path: Path, data: bytes) -> tuple[str, list[str]]:
    path = tmp_path / "paper.pdf"
    path.write_bytes(data)
    article = dump_json(str(path))
    return article["title"], body_texts(article)


def _no_furniture(texts: list[str]) -> None:
    assert not any(BANNER in text or text.startswith("Page ") for text in texts)
    assert sum(AUTHORS in text for text in texts) <= 1  # (the byline, once at most)


def test_a_two_page_paper_loses_its_running_heads_and_feet(tmp_path: Path) -> None:
    title, texts = _dump(tmp_path, _paper(2, [TITLE]))
    assert title == TITLE  # (not the journal's banner over it)
    _no_furniture(texts)
    assert [text for text in texts if text.startswith("In ")] == [
        joined(1), joined(4), joined(2), joined(3)]


def test_a_three_page_paper_takes_its_title_from_under_the_banner(tmp_path: Path) -> None:
    title, texts = _dump(tmp_path, _paper(3, [TITLE]))
    assert title == TITLE
    _no_furniture(texts)


def test_the_metadata_title_is_preferred_when_it_is_a_real_one(tmp_path: Path) -> None:
    title, texts = _dump(tmp_path, _paper(2, [TITLE], title="Harbour Traffic in 2026"))
    assert title == "Harbour Traffic in 2026"
    assert texts[0] == TITLE  # (the page's own line stays: it is not the title given)
    _no_furniture(texts)


def test_the_title_in_the_largest_type_is_the_title(tmp_path: Path) -> None:
    """A title set large over two lines, under a banner in the text's type; the metadata's
    title a program's, then a file's name, so not the title."""
    opening: list[Line] = [("Ships of the Year:", 18), ("A Survey of the Harbour", 18)]
    for program in ("Microsoft Word - draft.docx", "paper_final_v2"):
        title, texts = _dump(tmp_path, _paper(2, opening, title=program))
        assert title == TITLE
        assert not any("Ships of the Year" in text or program in text for text in texts)
        _no_furniture(texts)


def test_a_line_that_happens_to_end_both_pages_stays(tmp_path: Path) -> None:
    """A short line at the foot of both pages that the text says elsewhere too (a list's
    item, a heading said again) is the text's own, not a running foot."""
    item = "Checked by the harbour master"
    pages: list[list[Line]] = [
        ["The Harbour Log", "", *paragraph(1), "", item, "", *paragraph(2), "", item],
        [*paragraph(3), "", *paragraph(4), "", item],
    ]
    path = tmp_path / "log.pdf"
    path.write_bytes(make_pdf(pages))
    article = dump_json(str(path))
    assert article["title"] == "The Harbour Log"
    assert body_texts(article).count(item) == 3


def test_a_short_pdf_without_running_heads_keeps_its_first_line_as_title(
    tmp_path: Path,
) -> None:
    pages: list[list[Line]] = [
        ["The Harbour Log", "", *paragraph(1), "", "Notes"],
        ["Notes", "", *paragraph(2)],
    ]
    path = tmp_path / "log.pdf"
    path.write_bytes(make_pdf(pages))
    article = dump_json(str(path))
    assert article["title"] == "The Harbour Log"
    assert body_texts(article).count("Notes") == 2  # (a foot and a head, not the same edge)
