"""Superscripts and subscripts are written raised or lowered, through the real CLI: run into
the line as plain text they read as other numbers ("3 × 108")."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_article

PROSE = "and the sentence runs on long enough to be read as the article's prose by the reader."


def _texts(tmp_path: Path, html: str) -> list[str]:
    return [block["text"] for block in dump_article(tmp_path, "Raised", html)["body"]]


def test_numbers_signs_and_marks_are_raised_or_lowered(tmp_path: Path) -> None:
    texts = _texts(tmp_path, (
        f"<p>Light runs at 3 × 10<sup>8</sup> m/s, {PROSE}</p>"
        f"<p>Coal gives CO<sub>2</sub> and x<sup>n+1</sup> grows, {PROSE}</p>"
        f"<p>The Brand<sup>TM</sup> is theirs.<sup>2</sup> Notes<sup>1, 3</sup> {PROSE}</p>"
    ))
    assert f"Light runs at 3 × 10⁸ m/s, {PROSE}" in texts
    assert f"Coal gives CO₂ and xⁿ⁺¹ grows, {PROSE}" in texts
    assert f"The Brand™ is theirs.² Notes¹, ³ {PROSE}" in texts


def test_words_and_footnote_references_stay_as_they_are(tmp_path: Path) -> None:
    texts = _texts(tmp_path, (
        f"<p>She came 12<sup>th</sup> and x<sub>max</sub> held, {PROSE}</p>"
        f'<p>A noted claim<sup><a href="#fn1">1</a></sup>, a claim <a href="#fn2"><sup>2</sup>'
        f'</a> and a linked <a href="https://example.org/e">e<sup>2</sup></a> one, {PROSE}</p>'
        f'<ol><li id="fn1">The note, which says where the claim was first made.</li></ol>'
    ))
    assert f"She came 12th and xmax held, {PROSE}" in texts
    assert f"A noted claim[1], a claim 2 and a linked e² one, {PROSE}" in texts
