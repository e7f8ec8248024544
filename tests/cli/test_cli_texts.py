"""Hand-written texts (READMEs, posts, books, mails) through the real ``reader dump``: what
their writers meant is kept, and nothing of their markup shows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def dump(path: Path, fmt: str = "json") -> str:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--format", fmt, str(path)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def dump_json(path: Path) -> dict[str, Any]:
    return json.loads(dump(path))


FILES = "See CONTRIBUTORS.md and setup.py, or www.example.org and https://a.example/x.\n"


def test_a_file_name_is_not_taken_for_a_web_address(tmp_path: Path) -> None:
    for name, text in (("notes.md", f"# Notes\n\n{FILES}"), ("notes.txt", f"Notes\n\n{FILES}")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        links = [link["href"] for link in dump_json(path)["links"]]
        assert links == ["http://www.example.org", "https://a.example/x"], name
        assert "](http://setup.py)" not in dump(path, "markdown")


PICTURES = (
    "# ![logo](logo.png) Tidewatch\n\nMade with ![love](heart.svg) in Brest.\n\n"
    "[![Build](https://ci.example/b.svg)](https://ci.example) [![PyPI](p.svg)](https://p.example)\n\n"
    "| Icon | State |\n|---|---|\n| ![ok](ok.png) | passing |\n"
)


def test_a_picture_among_words_leaves_its_description(tmp_path: Path) -> None:
    path = tmp_path / "readme.md"
    path.write_text(PICTURES, encoding="utf-8")
    data = dump_json(path)
    assert data["title"] == "Tidewatch"  # (a logo in the heading is not named in it)
    texts = [block["text"] for block in data["body"]]
    assert texts[0] == "Made with love in Brest."
    assert data["body"][1]["rows"][1] == ["ok", "passing"]
    assert not any("Build" in text for text in texts)  # (a row of badges stays out)


STORY = """CHAPTER I.

The mate said nothing. He had seen that look before, and he went below
to see to the hatches before the weather came.

                                * * * * *

By midnight the wind had risen to a gale, and the brig ran before it.

***

At dawn the boats were lowered into a grey and heaving sea.
"""


def test_a_storys_scene_breaks_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    texts = [block["text"] for block in dump_json(path)["body"]]
    assert texts[-5:] == [
        "The mate said nothing. He had seen that look before, and he went below to see to "
        "the hatches before the weather came.",
        "* * *",
        "By midnight the wind had risen to a gale, and the brig ran before it.",
        "* * *",
        "At dawn the boats were lowered into a grey and heaving sea.",
    ]


POST = Path(__file__).resolve().parents[1] / "fixtures" / "markdown" / "jekyll-hugo-tags.md"


def test_a_jekyll_or_hugo_posts_tags_are_read_not_shown() -> None:
    data = dump_json(POST)
    body = data["body"]
    texts = [block["text"] for block in body]
    assert data["title"] == "Templates in practice"
    assert texts[0] == (
        "Use {% include note.html %} to add a note, and {{ page.title }} for the title."
    )
    assert not any("toc.html" in text or "Draft:" in text or "{{<" in text for text in texts)
    code = [(block["text"], block.get("language")) for block in body if block["type"] == "code"]
    assert code[0] == ("{% block content %}{% endblock %}", None)  # (code keeps its tags)
    assert code[2] == ('fmt.Println("hi")', "go")
    assert "Hugo notices keep their text." in texts and texts[-1] == "The end."
    assert "https://www.youtube.com/watch?v=abc123" in [link["href"] for link in data["links"]]


def test_a_readme_s_picture_set_in_html_is_kept_and_its_linked_badges_left_out(
    tmp_path: Path,
) -> None:
    path = tmp_path / "README.md"
    path.write_text(
        '# My tool\n\n<p align="center">\n  <img src="docs/shot.png" alt="The tool &amp; its'
        ' window" width="600">\n</p>\n\nA tool that does things, for people who like tools.\n\n'
        '<p align="center"><a href="https://ci.example/x"><img src="https://ci.example/b.svg"'
        ' alt="build"></a></p>\n\nMore words about the tool.\n',
        encoding="utf-8",
    )
    body = dump_json(path)["body"]
    pictures = [block for block in body if block["type"] == "image"]
    assert [(p["src"].rsplit("/", 2)[-2:], p["alt"]) for p in pictures] == [
        (["docs", "shot.png"], "The tool & its window")
    ]
    assert not any("build" in block["text"] for block in body)
