"""A report whose title is its running head, through the real ``reader dump``: set on most
pages in the text's own type, with no title in the metadata, the head is the title (and
is read once, not at the top of every page); a date or a journal's banner over every page
is not, and the line under it is the title as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import body_texts, dump_json
from tests.pdf_maker import Line, make_pdf
from tests.sources.test_pdf import joined, paragraph

HEAD = "Harbour Survey 2026"


def _report(head: str, every: bool = False) -> bytes:
    """Five pages: ``head`` at the top of each but the fourth (unless ``every``: it opens
    with a table's heading) and the fifth (a picture: no text), a section heading under it
    on the first, a page number at each foot."""
    pages: list[list[Line]] = []
    for number in range(1, 5):
        opening: list[Line] = ["Executive summary", ""] if number == 1 else []
        top = [head] if number < 4 or every else ["Table 2 Ships by berth"]
        pages.append([*top, "", *opening, *paragraph(number), "", str(number)])
    pages.append([])
    return make_pdf(pages)


@pytest.mark.parametrize("every", [True, False])
def test_a_running_head_that_reads_as_a_title_is_the_title(tmp_path: Path, every: bool) -> None:
    path = tmp_path / "survey.pdf"
    path.write_bytes(_report(HEAD, every))
    article = dump_json(str(path))
    texts = body_texts(article)
    assert article["title"] == HEAD
    assert not any(HEAD in text for text in texts)  # (not over every page's text)
    assert texts[0] == "Executive summary"
    assert [text for text in texts if text.startswith("In ")] == [joined(n) for n in (1, 2, 3, 4)]


@pytest.mark.parametrize("head", ["12 March 2026", "Journal of Harbour Studies",
                                  "DRAFT - not for circulation", "www.harbour.example"])
def test_a_date_or_a_banner_over_every_page_is_no_title(tmp_path: Path, head: str) -> None:
    path = tmp_path / "survey.pdf"
    path.write_bytes(_report(head))
    article = dump_json(str(path))
    assert article["title"] == "Executive summary"
    assert not any(head in text for text in body_texts(article))
