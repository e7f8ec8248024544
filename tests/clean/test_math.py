"""Formulas written in a page's markup (MathML, KaTeX, MathJax 2 and 3) read as their TeX
where they stand, through the real CLI."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_article

PROSE = "and the sentence runs on long enough to be read as the article's prose by the reader."
CLOSING = (
    "<p>A closing paragraph of the page says enough words in it to be counted as the "
    "article's own text by the extraction.</p>"
)


def _body(tmp_path: Path, paragraphs: str) -> list[dict]:
    return dump_article(tmp_path, "Formulas in the page", paragraphs + CLOSING)["body"]


def _texts(blocks: list[dict]) -> list[str]:
    return [block["text"] for block in blocks]


def test_mathml_reads_as_its_tex_or_its_markup_read_out(tmp_path: Path) -> None:
    texts = _texts(_body(tmp_path, (
        '<p>With alt text <math alttext="{\\displaystyle E=mc^{2}}"><mi>E</mi></math> '
        f"stands, {PROSE}</p>"
        "<p>With an annotation <math><semantics><mrow><mi>α</mi></mrow><annotation "
        'encoding="application/x-tex">\\alpha+\\beta</annotation></semantics></math> '
        f"too, {PROSE}</p>"
        "<p>Read out <math><mfrac><mi>a</mi><mi>b</mi></mfrac><mo>+</mo><msup><mi>c</mi>"
        f"<mn>2</mn></msup></math> when it has neither, {PROSE}</p>"
    )))
    assert f"With alt text E=mc^{{2}} stands, {PROSE}" in texts
    assert f"With an annotation \\alpha+\\beta too, {PROSE}" in texts
    assert f"Read out \\frac{{a}}{{b}}+c^{{2}} when it has neither, {PROSE}" in texts


def test_katex_and_mathjax_read_once_as_tex_not_as_their_glyphs(tmp_path: Path) -> None:
    katex = (
        '<span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>E</mi>'
        '</mrow><annotation encoding="application/x-tex">E=mc^2</annotation></semantics>'
        '</math></span><span class="katex-html" aria-hidden="true"><span class="mord">E'
        '</span><span class="mrel">=</span><span class="mord">mc</span><span class="msupsub">'
        "2</span></span></span>"
    )
    mathjax2 = (
        '<span class="MathJax_Preview"></span><span class="MathJax"><nobr>x+1</nobr>'
        '<span class="MJX_Assistive_MathML"><math><mi>x</mi><mo>+</mo><mn>1</mn></math>'
        '</span></span><script type="math/tex">x+1</script>'
    )
    mathjax3 = (
        '<mjx-container class="MathJax" jax="CHTML"><mjx-math aria-hidden="true"><mjx-mi>'
        "<mjx-c></mjx-c></mjx-mi></mjx-math><mjx-assistive-mml><math><mi>a</mi><mo>+</mo>"
        "<mi>b</mi></math></mjx-assistive-mml></mjx-container>"
    )
    texts = _texts(_body(tmp_path, (
        f"<p>KaTeX draws {katex} here, {PROSE}</p>"
        f"<p>MathJax 2 draws {mathjax2} here, {PROSE}</p>"
        f"<p>MathJax 3 draws {mathjax3} here, {PROSE}</p>"
    )))
    assert f"KaTeX draws E=mc^2 here, {PROSE}" in texts
    assert f"MathJax 2 draws x+1 here, {PROSE}" in texts
    assert f"MathJax 3 draws a+b here, {PROSE}" in texts


def test_a_displayed_formula_is_a_paragraph_of_its_own(tmp_path: Path) -> None:
    texts = _texts(_body(tmp_path, (
        f"<p>The integral follows, {PROSE}</p>"
        '<div class="MathJax_Display"><span class="MathJax">glyphs</span></div>'
        '<script type="math/tex; mode=display">\\int_0^1 x\\,dx = \\frac{1}{2}</script>'
        f"<p>After it the text goes on, {PROSE}</p>"
    )))
    at = texts.index("\\int_0^1 x\\,dx = \\frac{1}{2}")
    assert texts[at - 1].startswith("The integral follows")
    assert texts[at + 1].startswith("After it the text goes on")
    assert "glyphs" not in " ".join(texts)


def test_a_formulas_tex_is_text_and_never_reaches_the_terminal_as_control(
    tmp_path: Path,
) -> None:
    texts = _texts(_body(tmp_path, (
        '<p>A hostile <math alttext="x&#27;[31m+1"><mi>x</mi></math> formula, '
        f"{PROSE}</p>"
    )))
    words = " ".join(texts)
    assert "\x1b" not in words
    assert "A hostile x" in words and "+1 formula" in words
