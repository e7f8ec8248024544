"""A tutorial's sections of topic links (a learning site's guide, GeeksforGeeks' shape) are
its text; related reading and the site's menus are not."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import run_dump

PAGE = Path(__file__).parents[1] / "fixtures" / "sites" / "tutorial_topics.html"


def test_a_sections_list_of_topic_links_is_kept_under_its_heading() -> None:
    markdown = run_dump("--format", "markdown", PAGE)
    lines = [line for line in markdown.splitlines() if line]
    at = lines.index("## 1. Logic Building")  # (the list straight under its heading)
    assert lines[at + 1 : at + 4] == [
        "- [Logic Building Guide](https://www.geeksforgeeks.org/dsa/logic-building-problems/)",
        "- [Quiz on Logic Building](https://www.geeksforgeeks.org/dsa/quiz-logic/)",
        "## 2. Learn about Complexities",
    ], markdown
    for topic in ("Asymptotic Notations", "Quiz on Arrays", "Binary Search"):  # (after a line)
        assert f"- [{topic}](" in markdown, (topic, markdown)


def test_related_reading_and_the_sites_lists_stay_out() -> None:
    markdown = run_dump("--format", "markdown", PAGE)
    for gone in ("Related Articles", "Complete Roadmap", "Similar Reads", "DSA for Beginners",
                 "Linked List", "About Us", "Courses"):
        assert gone not in markdown, (gone, markdown)
