"""HTML's void elements hold nothing: what a page writes after one stays where it stands, though
libxml2's parser puts it inside the ones it does not know as empty."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import dump_article, run_dump

STORY = "".join(
    f"<p>Paragraph {n} of the story, told at length, with words enough to be the text.</p>"
    for n in range(6)
)
# libxml2 knows <br>, <img>, <param>, <area>... as empty, not these
VOIDS = ("wbr", "embed", "source", "track", "keygen", "bgsound", "image")


@pytest.mark.parametrize("tag", VOIDS)
def test_the_words_and_sections_after_a_void_element_are_read(tmp_path: Path, tag: str) -> None:
    """A clip embedded mid-sentence (``<embed>``), a stray ``<source>`` or ``<track>``: the
    rest of the sentence, its styles, and the sections after it in the same container stay."""
    article = (
        f"<div class='entry'><h2>First part</h2>{STORY}<p>The clip<{tag} src='clip.mp4'> "
        "plays the <b>whole</b> speech, <a href='https://example.org/t'>transcript</a> below."
        f"</p><h2>Second part</h2>{STORY.replace('story', 'second')}</div>"
    )
    texts = [block["text"] for block in dump_article(tmp_path, "The talk", article)["body"]]
    assert "The clip plays the whole speech, transcript below." in texts, texts
    assert "Second part" in texts and texts[-1].startswith("Paragraph 5 of the second"), texts
    markdown = run_dump("--format", "markdown", tmp_path / "page.html")
    assert "plays the **whole** speech, [transcript](https://example.org/t) below." in markdown


@pytest.mark.parametrize("tag", VOIDS)
def test_a_void_element_in_a_list_item_or_heading_keeps_the_rest(tmp_path: Path, tag: str) -> None:
    article = (
        f"{STORY}<h2>The plan<{tag}> for <em>next</em> year</h2>{STORY}<ul>"
        f"<li>A first step<{tag}> taken with <code>make</code> and more care</li>"
        "<li>A second step with words enough to stay in the list</li>"
        "<li>A third step with words enough to stay in the list</li></ul>"
        "<p>Closing words of the story, after the list.</p>"
    )
    texts = [block["text"] for block in dump_article(tmp_path, "The plan", article)["body"]]
    assert "The plan for next year" in texts, texts
    assert "A first step taken with make and more care\nA second" in "\n".join(texts), texts
