"""The plain-text cleaner's fast paths give exactly what the plain per-paragraph way gives.

Books are cleaned with whole-text scans and pre-checks (``TextScan``, regular wrapped chunks,
batched sanitising); each is checked here against the straightforward way on mixed inputs.
"""

from __future__ import annotations

import random
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.clean.text import body_blocks as blocks_module
from reader.clean.text import pipeline as text_module
from reader.clean.text import scan as text_scan
from reader.clean.text.consent import consent_mask
from reader.clean.text.junk import junk_mask
from reader.clean.text.layout import (
    _STARTS_OWN,
    Unit,
    _join,
    _soft_break,
    kept_blocks,
    split_units,
    underlined_headings,
    with_headings,
    with_kept,
    wrap_width,
)
from reader.clean.text.pipeline import clean_plain_text
from reader.clean.text.quotes import (
    WINDOW,
    _holding_keys,
    _may_attribute,
    _spaced_words,
    _trigrams,
    attribution_text,
)
from reader.clean.text.scan import TextScan
from reader.core.hyphenation import Spellings
from reader.core.sanitize import clean_line, clean_lines

FIXTURES = Path(__file__).parents[1] / "fixtures"
SOME = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Lines of every kind the cleaner treats specially, and characters that fold to ASCII letters.
LINES = [
    "Accept all", "Cookie settings", "We use cookies to personalise ads on our site.",
    "Share", "Facebook Twitter Email", "Advertisement", "© 2015 Defense One. All rights reserved.",
    "Sign up for our newsletter in your inbox", "Enter your email", "Related", "Comments",
    "12 comments", "Tags: a, b", "5 min read", "By Jane Doe and Li Wei", "Jan. 6, 2015",
    "— President Barack Obama", "Barack Obama", "Q.E.D. Smith Jr.", "- item one", "1. first",
    "“We will win,” he said.", "   ", "", "x", "...", "  indented line", "line with trailing-",
    "continued word", "PRİVACY settings", "\u212aelvin cookie", "ſhare", "ﬁrst of all",
    "Ꭰ Cherokee", "CONSENT", "Opt-out of the sale", "Vendors", "Necessary only",
    "More from The Atlantic", "Read more", "Updated 3 hours ago", "In other news",
    "It was a long road home and the river ran high that spring, swollen with the snows.",
    "The committee will meet again on Tuesday to decide whether the plan should go ahead.",
]


def _texts() -> list[str]:
    texts = []
    for path in sorted(FIXTURES.glob("text/*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    rng = random.Random(11)
    for _ in range(60):
        lines = [rng.choice(LINES) for _ in range(rng.randint(1, 40))]
        texts.append("".join(line + rng.choice(["\n", "\n\n", "\n \n"]) for line in lines))
    for _ in range(10):  # hard-wrapped paragraphs with odd lines between them
        parts = []
        for _ in range(rng.randint(3, 12)):
            words = " ".join(rng.choice(LINES[-2:]) for _ in range(rng.randint(1, 4)))
            parts.append(textwrap.fill(words, rng.choice([60, 72])))
            parts.append(rng.choice(LINES))
        texts.append(rng.choice(["\n\n", "\n"]).join(parts))
    return texts


TEXTS = _texts()


def _reference_units(text: str) -> list[Unit]:
    """The plain way: every line, every newline, one at a time (the preformatted chunks found
    first, and the prose's wrap width measured without them)."""
    raw_lines = text.split("\n")
    headings, marks = underlined_headings(text, [line.rstrip() for line in raw_lines])
    raw_lines = ["" if index in marks else line for index, line in enumerate(raw_lines)]
    filled = [bool(line.strip()) for line in raw_lines]
    chunks = [
        (first, first + len(list(run)))
        for first, run in _runs(filled)
    ]
    right = [line.rstrip() for line in raw_lines]
    blocks = kept_blocks(text, right, chunks, wrap_width(raw_lines))
    inside = {
        line
        for chunk, block in blocks.items()
        for line in range(chunks[chunk][0], chunks[chunk + block.span - 1][1])
    }
    width = wrap_width([line for index, line in enumerate(raw_lines) if index not in inside])
    units: list[Unit] = []
    chunk = 0
    current: list[str] = []

    def flush() -> None:
        nonlocal chunk
        if not current:
            return
        groups: list[list[str]] = []
        for index, line in enumerate(current):
            if (
                groups
                and width is not None
                and _soft_break(current[index - 1], line, index == len(current) - 1, width)
            ):
                groups[-1].append(line.strip())
            else:
                groups.append([line.strip()])
        for index, group in enumerate(groups):
            units.append(Unit(_join(group, Spellings(text)), chunk, index > 0))
        chunk += 1
        current.clear()

    for line in raw_lines:
        if line.strip():
            current.append(line.rstrip())
        else:
            flush()
    flush()
    return with_headings(with_kept(units, blocks), chunks, headings)


def _runs(filled: list[bool]) -> list[tuple[int, list[bool]]]:
    """(first line, its lines) of each run of non-blank lines."""
    runs: list[tuple[int, list[bool]]] = []
    for index, full in enumerate(filled):
        if not full:
            continue
        if runs and runs[-1][0] + len(runs[-1][1]) == index:
            runs[-1][1].append(full)
        else:
            runs.append((index, [full]))
    return runs


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_split_units_matches_the_line_by_line_way(index: int) -> None:
    assert split_units(TEXTS[index]) == _reference_units(TEXTS[index])


@SOME
@given(
    st.lists(
        st.sampled_from([*LINES, "  - x", "\t2) y", "--z", "-----", "Setup", "> quoted", ">"]),
        max_size=30,
    ),
    st.data(),
)
def test_split_units_property(lines: list[str], data: st.DataObject) -> None:
    seps = data.draw(st.lists(st.sampled_from(["\n", "\n\n", "\n\t\n"]), min_size=len(lines)))
    text = "".join(line + sep for line, sep in zip(lines, seps, strict=False))
    assert split_units(text) == _reference_units(text)


class _EverythingScan(TextScan):
    """A scan whose look-ups report every paragraph: the exact tests then see all of them."""

    def __init__(self, paragraphs):  # type: ignore[no-untyped-def]
        super().__init__(paragraphs)
        self.exact = False


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_scan_pre_checks_drop_nothing_the_exact_tests_keep(
    index: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    paragraphs = [unit.text for unit in split_units(TEXTS[index])]
    fast = (consent_mask(paragraphs), junk_mask(paragraphs), clean_plain_text(TEXTS[index]))
    for module in (text_module, text_scan):
        monkeypatch.setattr(module, "TextScan", _EverythingScan)
    monkeypatch.setattr("reader.clean.text.consent.TextScan", _EverythingScan)
    monkeypatch.setattr("reader.clean.text.junk.TextScan", _EverythingScan)
    slow = (consent_mask(paragraphs), junk_mask(paragraphs), clean_plain_text(TEXTS[index]))
    assert fast == slow


def test_text_scan_look_ups_and_subsets() -> None:
    paragraphs = ["hello world", "a COOKIE here", "Menu", "", "Cookie", "\u212aelvin", "ok"]
    scan = TextScan(paragraphs)
    assert scan.folding == {5}  # the Kelvin sign folds to "k"
    assert scan.having(["cookie"]) == {1, 4, 5}
    assert scan.starting(re.compile(r"\n(?i:menu)")) == {2}
    assert scan.first_word_in(r"\w", frozenset({"menu", "ok"}), empty=True) == {2, 3, 6}
    view = scan.subset([1, 2, 4])
    assert view.having(["cookie"]) == {0, 2}
    assert view.paragraphs == ["a COOKIE here", "Menu", "Cookie"]
    assert view.subset([0, 2]).having(["cookie"]) == {0, 1}
    fresh = TextScan(paragraphs).subset([1, 2, 4])  # (a subset asks first: found for both)
    assert fresh.having(["cookie"]) == {0, 2}
    assert fresh.subset([0, 2]).having(["cookie"]) == {0, 1}
    with_newline = TextScan(["a\nb", "cookie"])
    assert with_newline.having(["zzz"]) == {0, 1}  # cannot tell: everything


@SOME
@given(st.text(max_size=60))
def test_attribution_pre_check_never_drops_an_attribution(line: str) -> None:
    if attribution_text(line) is not None:
        assert _may_attribute(line)


@SOME
@given(st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=20)), max_size=8))
def test_clean_lines_is_clean_line_of_each(texts: list[str]) -> None:
    assert clean_lines(texts) == [clean_line(text) for text in texts]


def test_bullets_scan_matches_one_by_one() -> None:
    texts = ["- a", "intro", "  * b", "1) c", "-x", "12. d", "", "•\tlast"]
    expected = {i for i, text in enumerate(texts) if blocks_module.BULLET.match(text)}
    assert blocks_module._bullets(texts, {}) == expected
    assert blocks_module._bullets(texts, {0: "quote"}) == expected - {0}
    assert _STARTS_OWN.match("  * b")


@SOME
@given(
    st.lists(st.text(alphabet="aAbΣσİiK \n.", max_size=12), min_size=2, max_size=60),
    st.data(),
)
def test_window_key_filter_matches_paragraph_by_paragraph(
    paragraphs: list[str], data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, len(paragraphs) - 2))
    keys = data.draw(st.lists(st.text(alphabet="abσiı̇k", min_size=1, max_size=3), max_size=3))
    enough = min(2, len(keys))
    window = range(max(0, index - WINDOW), min(len(paragraphs), index + WINDOW + 2))
    expected = [
        other
        for other in window
        if other not in (index, index + 1)
        and sum(key in paragraphs[other].lower() for key in keys) >= enough
    ]
    assert _holding_keys(paragraphs, index, keys) == expected


@SOME
@given(st.text(alphabet="ab ΣσİK.,'\n", max_size=40), st.text(alphabet="ab ΣσİK.,'", max_size=40))
def test_spaced_phrases_count_shared_trigrams(quote: str, other: str) -> None:
    own = _trigrams(quote)
    words = _spaced_words(other)
    shared = sum(f" {a} {b} {c} " in words for a, b, c in own)
    assert shared == len(own & _trigrams(other))


def _reference_is_consent_text(text: str) -> bool:
    """The plain way: every pattern case-insensitive, every test in turn."""
    from reader.clean.text import consent as c

    text = text.strip()
    if not text or not c._may_be_consent(text) or not c._CORE.search(text):
        return False
    words = c._WORD.findall(text)
    vocab, address, reported = c._ignoring_case()
    density = len(vocab.findall(text)) / len(words)
    if len(words) <= 8:
        return density >= 0.25
    if reported.search(text) and c._QUOTED.search(text):
        return density >= 0.3
    addressed = len(address.findall(c._QUOTED.sub(" ", text))) / len(words)
    return density >= 0.12 and addressed >= 0.02


CONSENT_WORDS = (
    "we use cookies your data privacy consent partners ads site said “quoted” you our "
    "Personalised ſtore İnterests \u212aeep TRACKING opt-out settings device services the"
).split()


@SOME
@given(st.lists(st.sampled_from(CONSENT_WORDS), max_size=30))
def test_consent_verdict_matches_the_plain_way(words: list[str]) -> None:
    from reader.clean.text.consent import is_consent_text

    text = " ".join(words)
    assert is_consent_text(text) == _reference_is_consent_text(text)
