"""A word a PDF broke with a hyphen at a line's or a page's end reads whole, through the real
``reader dump``: "manipulated", not "manip- ulated"; a compound keeps its hyphen where the
document writes it so ("self-aware", "long-term") or its second half starts in capitals
("Jean-Paul")."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import body_texts, dump_json
from tests.pdf_maker import make_pdf

# A report's paragraphs as the PDF breaks them into lines (each near the column's width).
FIRST = [
    "In March the harbour authority counted more ships than in any month since the old break-",
    "water was built, and the quays were busy from the first light until late in the evening,",
    "when the last ferry came in from the islands with a cargo of timber that the self-",
    "aware crews had loaded at dawn, as the long-term plan of the harbour board had asked of",
    "them, and the board met in the old warehouse by the quay to count the ships and manip-",
    # (the page breaks here)
    "ulated the figures a little, so the chairman of the board, who was a friend of Jean-",
    "Paul Martin, wrote to the council that the self-aware and long-term plan was working",
    "well and that the breakwater would stand for a hundred years, as it had done",
    "before.",
]
SECOND = [
    "The council read the letter in April and agreed with the board that the harbour was",
    "busy, that the ships were more than the quays could hold, and that the plan was long-",
    # (the page breaks here)
    "term and good, so it gave the board the money for a new quay beside the warehouse and",
    "a second crane, which the crews had asked for since the winter storms of the year",
    "before.",
]
THIRD = [
    "The new quay opened in the autumn, and the ferries that came in from the islands tied up",
    "at it from the first week, while the old quay was mended for the fishing boats and the",
    "small craft of the harbour, which had waited for their turn for more than three",
    "years.",
]


def _aside(number: int) -> list[str]:
    """A short paragraph of its own (a page holds several)."""
    return [f"Note {number}: counted by the harbour master.", ""]


def _page(number: int, lines: list[str]) -> list[str]:
    """A page with its running head (not on the first) and its number at the foot."""
    head = ["Harbour Report 2026", ""] if number > 1 else []
    return [*head, *lines, "", str(number)]


def _report(tmp_path: Path) -> list[str]:
    pages = [
        _page(1, ["The Harbour Report", "", *_aside(1), *_aside(2), *FIRST[:5]]),
        _page(2, [*FIRST[5:], "", *_aside(3), *_aside(4), *SECOND[:2]]),
        _page(3, [*SECOND[2:], "", *_aside(5), *THIRD]),
    ]
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(pages))
    return body_texts(dump_json(str(path)))


def test_a_word_broken_at_a_page_or_a_line_end_reads_whole(tmp_path: Path) -> None:
    texts = _report(tmp_path)
    first = next(text for text in texts if text.startswith("In March"))
    assert "the old breakwater was built" in first  # (the document writes it whole)
    assert "count the ships and manipulated the figures" in first  # (over the page break)
    second = next(text for text in texts if text.startswith("The council"))
    assert "the plan was long-term and good" in second  # (written so elsewhere; page break)
    assert not any("- " in text for text in texts)


def test_a_compound_keeps_its_hyphen(tmp_path: Path) -> None:
    first = next(text for text in _report(tmp_path) if text.startswith("In March"))
    assert "the self-aware crews had loaded" in first  # ("self-aware" elsewhere)
    assert "a friend of Jean-Paul Martin" in first  # (a capital after the hyphen)
    assert "selfaware" not in first


def test_every_paragraph_reads_as_one(tmp_path: Path) -> None:
    texts = _report(tmp_path)
    starts = [text.split()[0] for text in texts if not text.startswith("Note")]
    assert starts == ["In", "The", "The"]
    assert not any(text in ("1", "2", "3") or "Report 2026" in text for text in texts)
