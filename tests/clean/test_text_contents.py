"""A table of contents inside a copied article: its label and entries go, and each section's
heading is told once, where the section starts. A document of its own keeps its contents."""

from __future__ import annotations

from tests.cli_run import dump_json

SECTIONS = (
    ("Why seasoning matters", "Seasoning is oil baked onto the iron until it turns hard, "
     "dark and smooth, and it keeps the pan from rusting between meals."),
    ("How to season a skillet", "Rub a thin coat of oil over the whole pan, wipe most of it "
     "off again, and bake it upside down for an hour at a high heat."),
    ("Cleaning after cooking", "Rinse the pan with hot water while it is warm, scrub off "
     "what sticks with coarse salt, and dry it over a low flame."),
)
LEAD = (
    "Cast iron skillets outlast every other pan in a kitchen, and our cooks tested eleven of "
    "them over a month of searing steaks, baking cornbread and scrubbing burnt sugar."
)


def _article(contents: str, top: str = "", bottom: str = "") -> dict:
    sections = "".join(f"{heading}\n\n{text}\n\n" for heading, text in SECTIONS)
    page = f"{top}How to Season Cast Iron Skillets\n\n{LEAD}\n\n{contents}{sections}{bottom}"
    return dump_json("-", stdin=page.encode())


def test_a_copied_pages_table_of_contents_goes() -> None:
    contents = "Table of Contents\n\n" + "".join(
        f"{number}. {heading}\n\n" for number, (heading, _) in enumerate(SECTIONS, 1)
    )
    top = "Skip to content\n\nHome\n\nRecipes\n\nSign in\n\n"
    bottom = "About us\n\nCareers\n\nPrivacy Policy\n\nTerms of Use\n\n© 2025 Skillet Co.\n"
    texts = [block["text"] for block in _article(contents, top, bottom)["body"]]
    assert "Table of Contents" not in texts
    for heading, text in SECTIONS:
        assert texts.count(heading) == 1, heading
        assert texts.index(heading) + 1 == texts.index(text)
    assert not any(text.startswith("1. ") for text in texts)


def test_a_document_of_its_own_keeps_its_contents() -> None:
    contents = "Contents\n\n" + "".join(f"{heading}\n\n" for heading, _ in SECTIONS)
    texts = " ".join(block["text"] for block in _article(contents)["body"])
    assert "Contents" in texts
    assert texts.count("How to season a skillet") == 2


def test_a_contents_label_with_its_fold_button_stands_between_headline_and_body() -> None:
    """"Table of Contents ▼" (its button copied with it) is a label, as "Table of Contents"
    and "Jump to chapter" are: the signed headline above it is the title, not the first
    section's heading under it, which names more of the body."""
    top = "Skip to content\n\nHome\n\nBlog\n\nContact Us\n\nSelect Page\n\n"
    heading = "Keeping Skillets Spotless: The Latest Cleaning Tips for Cast Iron Pans at Home"
    lead = (
        "In the changing world of home kitchens, several cleaning tips for cast iron pans "
        "keep skillets spotless at home, and the latest ones are the simplest."
    )
    for label in ("Table of Contents ▼", "Contents  hide", "Contents [hide]", "Jump to chapter",
                  "Jump to a section:"):
        page = (
            f"{top}Keeping Skillets Spotless: Top Cleaning Tips\n\nby Dana Holt | May 19, 2024"
            f"\n\n{label}\n\n{heading}\n\n{lead}\n\n"
            + "".join(f"{number}. {head}\n\n{text}\n\n"
                      for number, (head, text) in enumerate(SECTIONS, 1))
            + "About us\n\nCareers\n\nPrivacy Policy\n\n© 2025 Skillet Co.\n"
        )
        article = dump_json("-", stdin=page.encode())
        assert article["title"] == "Keeping Skillets Spotless: Top Cleaning Tips", label
        texts = [block["text"] for block in article["body"]]
        assert label not in texts and texts[:2] == [heading, lead], label
