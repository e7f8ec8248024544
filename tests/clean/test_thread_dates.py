"""The date of a page of comments on a submission (Reddit's, Hacker News's comment pages),
through the real CLI: the submission's date when the page shows one above the comments,
else none; never its first comment's."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_json

PAGES = Path(__file__).parents[1] / "fixtures" / "threads"


def test_comments_whose_page_shows_no_submission_date_are_undated() -> None:
    for name in ("reply_tree.html", "indented_rows.html"):  # (Reddit's, Hacker News's)
        assert dump_json(str(PAGES / name)).get("published") is None, name


def test_comments_on_a_submission_take_its_date_not_the_first_comments(
    tmp_path: Path
) -> None:
    """Submitted two days before its first comment: the page's date is the submission's,
    whether or not the first comment comes before it in the page's markup."""
    page = (PAGES / "comments_only.html").read_text(encoding="utf-8")
    submitted = '<time datetime="2026-02-20T18:00:00Z">5 hours ago</time>'
    assert submitted in page
    older = page.replace(submitted, '<time datetime="2026-02-18T07:00:00Z">2 days ago</time>')
    (tmp_path / "older.html").write_text(older, encoding="utf-8")
    assert dump_json(str(tmp_path / "older.html"))["published"].startswith("2026-02-18")
    unshown = page.replace(submitted, "5 hours ago")
    (tmp_path / "unshown.html").write_text(unshown, encoding="utf-8")
    assert dump_json(str(tmp_path / "unshown.html")).get("published") is None
