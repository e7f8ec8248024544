"""Ruby readings get brackets a terminal can show, through the real CLI."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_article

PROSE = "and the sentence runs on long enough to be read as the article's prose by the reader."


def test_a_reading_without_its_brackets_gets_them_and_one_with_them_keeps_them(
    tmp_path: Path,
) -> None:
    body = dump_article(tmp_path, "Readings", (
        f"<p>The capital is <ruby>東京<rt>とうきょう</rt></ruby>, {PROSE}</p>"
        f"<p>Per character <ruby>東<rt>とう</rt>京<rt>きょう</rt></ruby> too, {PROSE}</p>"
        f"<p>Its own <ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby> stay, {PROSE}</p>"
        f"<p>Typed in <ruby>港<rt>(みなと)</rt></ruby> too, {PROSE}</p>"
    ))["body"]
    texts = [block["text"] for block in body]
    assert f"The capital is 東京(とうきょう), {PROSE}" in texts
    assert f"Per character 東(とう)京(きょう) too, {PROSE}" in texts
    assert f"Its own 漢字(かんじ) stay, {PROSE}" in texts
    assert f"Typed in 港(みなと) too, {PROSE}" in texts  # (not bracketed twice)
