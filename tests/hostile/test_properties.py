"""Property tests: arbitrary text and HTML never crash, never leak controls, never lose text."""

from __future__ import annotations

import html

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.article.model import build_article
from reader.core.errors import ReaderError
from reader.core.sanitize import clean_block, clean_line, clean_text
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument
from tests.hostile.corpus import CONTROL_SEQUENCES, forbidden_in_output

# Examples per property, spent where they are cheap: the pure cleaners and the model take
# thousands, the whole pipeline hundreds. Over 10,000 generated cases in CI's run in all.
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]


def examples(count: int) -> settings:
    """Hypothesis settings for `count` examples, with no deadline."""
    return settings(max_examples=count, deadline=None, suppress_health_check=_QUIET)


WORDS = (
    "the city council voted on tuesday to approve a budget that raises spending on schools "
    "roads and parks while officials warned that revenue could fall next year if the economy "
    "slows further according to people familiar with the plan"
).split()

junk = st.one_of(
    st.text(max_size=40),
    st.sampled_from(list(CONTROL_SEQUENCES.values())),
    st.text(alphabet=st.characters(max_codepoint=0x3000), max_size=40),
    st.sampled_from(["[bold]", "[/]", "<", "&amp;", "\u202e", "\u200d", "\x00", "\r", "]]>"]),
)
paragraph = st.lists(st.sampled_from(WORDS), min_size=14, max_size=40).map(
    lambda words: " ".join(words).capitalize() + "."
)


def _all_text(article) -> str:
    parts = [article.title, article.subtitle or "", article.site or "", *article.authors]
    parts += [block.text for block in article.blocks]
    parts += [q.text + (q.attribution or "") for q in article.pull_quotes]
    return "\n".join(parts)


@examples(3000)
@given(st.text())
def test_clean_text_never_leaves_controls(text: str) -> None:
    assert forbidden_in_output(clean_text(text)) == []
    assert "\n" not in clean_line(text)
    assert forbidden_in_output(clean_block(text)) == []


@examples(2000)
@given(st.lists(st.tuples(st.sampled_from(["paragraph", "quote", "list"]), st.text()), max_size=8))
def test_offsets_always_point_at_their_block(blocks: list[tuple[str, str]]) -> None:
    article = build_article(title="t", blocks=blocks)
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text


@examples(1700)
@given(st.text(max_size=400))
def test_arbitrary_text_gives_an_article_or_our_error(text: str) -> None:
    try:
        article = extract(RawDocument(text, "t.txt", path="t.txt"), people=False)
    except ReaderError:
        return
    assert forbidden_in_output(_all_text(article)) == []


tags = st.sampled_from(["p", "div", "span", "article", "h1", "h2", "li", "ul", "blockquote",
                        "script", "style", "aside", "figure", "figcaption", "a", "br", "table"])


@st.composite
def html_like(draw: st.DrawFn) -> str:
    pieces = []
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            pieces.append(f"<{draw(tags)}>")
        elif kind == 1:
            pieces.append(f"</{draw(tags)}>")
        else:
            pieces.append(draw(junk))
    return "".join(pieces)


@examples(700)
@given(html_like())
def test_arbitrary_html_gives_an_article_or_our_error(markup: str) -> None:
    try:
        article = extract(RawDocument(markup, "p.html", path="p.html"), people=False)
    except ReaderError:
        return
    assert forbidden_in_output(_all_text(article)) == []


@examples(300)
@given(st.lists(paragraph, min_size=3, max_size=8), junk, st.data())
def test_text_article_keeps_every_paragraph(paragraphs: list[str], noise: str, data) -> None:
    where = data.draw(st.integers(0, len(paragraphs) - 1))
    polluted = list(paragraphs)
    polluted[where] = polluted[where][:-1] + " " + noise + " end."
    text = "An ordinary headline for the story\n\n" + "\n\n".join(polluted) + "\n"
    article = extract(RawDocument(text, "a.txt", path="a.txt"), people=False)
    body = "\n".join(block.text for block in article.blocks)
    for index, original in enumerate(paragraphs):
        if index != where:
            assert original in body
    assert forbidden_in_output(body) == []


@examples(300)
@given(st.lists(paragraph, min_size=3, max_size=8), junk, st.data())
def test_html_article_keeps_every_paragraph(paragraphs: list[str], noise: str, data) -> None:
    where = data.draw(st.integers(0, len(paragraphs) - 1))
    cells = [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    cells[where] = f"<p>{html.escape(paragraphs[where][:-1])} {html.escape(noise)} end.</p>"
    page = (
        "<!doctype html><html><head><title>An ordinary headline</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>An ordinary headline</h1>"
        + "".join(cells)
        + "</article><footer>Copyright</footer></body></html>"
    )
    article = extract(RawDocument(page, "a.html", path="a.html"), people=False)
    body = "\n".join(block.text for block in article.blocks)
    for index, original in enumerate(paragraphs):
        if index != where:
            assert original in body
    assert forbidden_in_output(body) == []


# The longest run one control character can take with it from clean text: ESC [ + 64
# parameter bytes + 16 intermediate bytes + a final byte (reader.core.sanitize).
LONGEST_SEQUENCE = 2 + 64 + 16 + 1
plain = st.text(
    alphabet=st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\u00ad"),
    max_size=300,
).filter(lambda text: clean_text(text) == text)
control = st.sampled_from(
    [chr(code) for code in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))]
)


@examples(3000)
@given(plain, control, st.data())
def test_one_control_character_loses_at_most_its_sequence(text: str, char: str, data) -> None:
    text += " " + " ".join(WORDS)  # a tail longer than any sequence, which must survive
    where = data.draw(st.integers(0, len(text)))
    cleaned = clean_text(text[:where] + char + text[where:])
    if char == "\r":  # a carriage return is a line break
        assert cleaned == text[:where] + "\n" + text[where:]
        return
    lost = len(text) - len(cleaned)
    assert 0 <= lost <= LONGEST_SEQUENCE - 1
    assert cleaned == text[:where] + text[where + lost :]
