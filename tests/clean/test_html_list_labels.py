"""A one-item list used as a label inside the prose ("We test for:" then "• Sound
Quality" over its paragraphs) is the text's own; readability dropped it as too short."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import body_texts, dump_article

PROSE = (
    "We listen to every pair for a week on the train, at home and at the gym, and note "
    "what changes when the battery runs low or the room gets loud."
)


def _section(label: str, links: bool = False) -> str:
    item = f'<a href="/{label}">{label}</a>' if links else label
    return f"<ul><li>{item}</li></ul><p>{label}: {PROSE}</p>"


def test_a_list_that_labels_the_paragraph_under_it_is_kept(tmp_path: Path) -> None:
    article = "<p>We test all earbuds for the following aspects:</p>" + "".join(
        _section(label) for label in ("Sound Quality", "Microphone", "Fit", "Battery")
    )
    body = body_texts(dump_article(tmp_path, "How we test earbuds", article))
    for label in ("Sound Quality", "Microphone", "Fit", "Battery"):
        assert label in body, body


def test_a_list_of_links_between_paragraphs_still_goes(tmp_path: Path) -> None:
    article = "<p>We test all earbuds for the following aspects:</p>" + "".join(
        _section(label, links=True) for label in ("Share", "Tweet", "Print")
    )
    body = body_texts(dump_article(tmp_path, "How we test earbuds", article))
    assert not {"Share", "Tweet", "Print"} & set(body), body


def test_a_label_left_last_with_nothing_under_it_goes(tmp_path: Path) -> None:
    article = f"<p>{PROSE}</p><p>Then {PROSE}</p><hr><p>This might be interesting to you:</p>"
    body = body_texts(dump_article(tmp_path, "How we test earbuds", article))
    assert body == [PROSE, f"Then {PROSE}"]


def test_a_label_with_its_list_under_it_stays(tmp_path: Path) -> None:
    article = (
        f"<p>{PROSE}</p><p>What to pack:</p><ul><li>A charger for the case</li>"
        "<li>Spare ear tips in two sizes</li></ul>"
    )
    body = body_texts(dump_article(tmp_path, "How we test earbuds", article))
    assert "What to pack:" in body
    long_lead = "And here is what the tester wrote down about the last pair she tried:"
    page = f"<p>{PROSE}</p><p>{long_lead}</p>"
    body = body_texts(dump_article(tmp_path, "How we test earbuds", page))
    assert long_lead in body  # a sentence, not a label


def test_a_short_list_nested_in_an_item_stays_with_its_item(tmp_path: Path) -> None:
    """readability dropped a nested list of under 25 characters ("Check the strings file.")
    as too short: it is part of its item, and stands or goes with the item's list."""
    article = (
        f"<p>{PROSE}</p><ul><li>Name the feature as the menus do."
        "<ul><li>Check the strings file.</li></ul></li>"
        "<li>Say which versions are affected.</li></ul>"
        f"<p>Then {PROSE}</p>"
    )
    (listed,) = [block for block in dump_article(tmp_path, "Release notes", article)["body"]
                 if block["type"] == "list"]
    assert [(item["text"], item["depth"]) for item in listed["items"]] == [
        ("Name the feature as the menus do.", 0), ("Check the strings file.", 1),
        ("Say which versions are affected.", 0)]
