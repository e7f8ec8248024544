"""A video a page embeds says where it stands and links to its player, through the real CLI;
other frames (an ad's) leave no trace and split no paragraph."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_article

PROSE = "and the sentence runs on long enough to be read as the article's prose by the reader."


def test_a_video_player_is_a_linked_line_and_other_frames_are_nothing(tmp_path: Path) -> None:
    dump = dump_article(tmp_path, "Tides", (
        f"<p>First, {PROSE}</p>"
        '<iframe src="https://www.youtube.com/embed/abc123" title="YouTube video player">'
        "</iframe>"
        f"<p>Second, {PROSE}</p>"
        '<p><iframe src="https://player.vimeo.com/video/42" title="How tides work"></iframe></p>'
        f'<p>Third, with an <iframe src="https://ads.example.com/slot"></iframe> ad, {PROSE}</p>'
        '<iframe src="//www.youtube-nocookie.com/embed/x9" title="Ebb \x1b[31mand\x1b[0m flow">'
        f"</iframe><p>Fourth, {PROSE}</p>"
    ))
    texts = [block["text"] for block in dump["body"]]
    assert texts == [
        f"First, {PROSE}", "Video on YouTube", f"Second, {PROSE}", "Video: How tides work",
        f"Third, with an ad, {PROSE}", "Video: Ebb and flow", f"Fourth, {PROSE}",
    ]
    links = {link["text"]: link["href"] for link in dump["links"]}
    assert links == {
        "Video on YouTube": "https://www.youtube.com/embed/abc123",
        "Video: How tides work": "https://player.vimeo.com/video/42",
        "Video: Ebb and flow": "https://www.youtube-nocookie.com/embed/x9",
    }
