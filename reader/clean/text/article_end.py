"""Where the article of a page copied whole ends: at a heading a page sets after its text
("Related articles", "About the author", "Was this page helpful?"), with what follows it,
unless the text goes on under it; at a list of other stories' dated cards under it. Read
over the prose weights of :mod:`reader.clean.text.region` (a paragraph's words, less for a
label)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from reader.clean.byline import is_date_line
from reader.clean.text.head import count_words
from reader.clean.text.junk import is_end_heading

END_PROSE = 200  # prose words under an end heading that may still be the page's furniture ...
END_SHARE = 0.5  # ... or this share of the article's words above it
RESUME_WORDS = 20  # two paragraphs this long just under such a heading: the article goes on
RESUME_LINES = 8  # (looked for within this many lines: a box's list of links between)
CLOSE_LINES = 3  # lines under the article's run where a heading after it may close it


def end_heading(texts: Sequence[str], weights: Sequence[int], body: int, end: int) -> int:
    """Where a heading after the article ("Related articles", "About the author", "Was this
    page helpful?"), or a list of other stories (:func:`teaser_list`), ends the run from
    ``body`` to ``end``, or ``end``. Prose under it counts
    as the article's only when there is much of it: over :data:`END_PROSE` words and over
    :data:`END_SHARE` of the words above it (the author's box, teasers with their summaries
    and a comment are less), or two long paragraphs right under it (a box of links set into
    the article, which then goes on).

    Measured (``benchmarks/copied_text.py``, articles copied whole): F1 0.897 -> 0.907 dev,
    0.907 -> 0.917 held-out; recall unchanged (0.972 dev); titles, authors, dates and
    documentation unchanged. 86 dev pages gained, one lost (its body was mostly missed
    already). Without the two-paragraph rule a box set in the article's last fifth cut the
    rest ("Related Articles" over three links, then five paragraphs).

    A heading that reads as a short sentence ("Was this page helpful?") ends it too. Under an
    article of less than :data:`END_PROSE` words of prose, all the words under the heading
    count, lists too: a related box over a checklist does not end it. Measured (whole
    copies, articles, with the headings ``junk`` gained in the same change): F1 0.920 ->
    0.922 dev, 0.923 -> 0.925 held-out; precision 0.893 -> 0.897 / 0.887 -> 0.891;
    ``without`` 0.137 -> 0.134 / 0.148 -> 0.141; 14 dev pages gained, none lost."""
    total = sum(weight for weight in weights[body:end] if weight > 0)
    words = [count_words(text) for text in texts[body:end]]
    all_words = sum(words)
    above = above_words = 0
    for index in range(body, end):
        weight = weights[index]
        if (
            above
            and is_end_heading(texts[index])
            and (
                _headings_in_a_row(texts, index, end)
                or (
                    total - above < max(END_PROSE, END_SHARE * above)
                    and (
                        above >= END_PROSE
                        or all_words - above_words < max(END_PROSE, END_SHARE * above_words)
                    )
                )
            )
            and not _goes_on(weights, index, end)
        ):
            return index
        above += max(weight, 0)
        above_words += words[index - body]
    return teaser_list(texts, weights, body, end)


def closed_under(texts: Sequence[str], weights: Sequence[int], end: int) -> bool:
    """Whether a heading after an article ("End of Article", "About the author") stands
    just under the run that ends at ``end``, no prose between them: what follows is the
    page's, however much of it there is (teasers, an author's box), unless the text goes on
    under it (:func:`_goes_on`). Without it such a tail stayed whenever it was not mostly
    labels (a list of other stories' headlines is neither prose nor labels).

    Measured (``benchmarks/copied_text.py``, articles copied whole): F1 0.908 -> 0.910 dev,
    0.918 held-out unchanged (136 more junk words dropped, no article word); 3 dev pages
    gained (7,233 junk words against 10 of the article), none lost; titles, authors, dates
    and ``plain_documents.py``'s texts and titles unchanged."""
    for index in range(end, min(len(texts), end + CLOSE_LINES)):
        if weights[index] > 0:
            return False
        if is_end_heading(texts[index]):
            return not _goes_on(weights, index, len(texts))
    return False


LIST_HEAD_LINES = 2  # labels just above the first card that head the list
MIN_CARDS = 3  # dated cards in a row that make a list of other stories
CARD_LINES = (3, 8)  # lines of one card (headline, byline, date, summary), fewest and most
MAX_SUMMARY_WORDS = 70  # a card's summary is at most this long
MAX_PROSE_AFTER = 100  # prose words after the list, at most (more: a box the article goes on under)
MIN_ARTICLE_ABOVE = 100  # prose words of the article above the list, at least (and the list's)


def teaser_list(texts: Sequence[str], weights: Sequence[int], body: int, end: int) -> int:
    """Where a list of other stories starts in the run from ``body`` to ``end``, or ``end``:
    :data:`MIN_CARDS` or more cards in a row, each of the same number of lines (a headline,
    a label, a byline, a date line, one short summary), a date line at the same place in
    each, under :data:`MIN_ARTICLE_ABOVE` prose words of the article (and more than the
    cards' summaries), with at most :data:`MAX_PROSE_AFTER` after it (more: a box the
    article goes on under). Their summaries are prose, so the article's run went on through
    them; a list of events that is the page's own text has no article above it.

    Measured (``benchmarks/copied_text.py``, articles copied whole): F1 0.912 -> 0.913 dev
    (7 pages better, none worse), held-out unchanged (0.917); from the headline down 0.918
    -> 0.920 dev (and one more date), held-out unchanged; ``plain_documents.py`` unchanged.
    Without the prose-after condition, one dev page was cut in the middle (a box of dated
    guides between two sections); with only "two paragraphs go on under it" in its place,
    held-out recall fell 0.985 -> 0.979. Cards whose summaries are all cut off with "..."
    need no more article above them than :data:`MIN_ARTICLE_ABOVE`, and a section's label
    between two groups of cards keeps them one list (``_next_card``): dev 0.9167 -> 0.9180
    (one short news story under eleven cards, 0.46 -> 1.00), held-out unchanged."""
    dated = [
        index for index in range(body, end)
        if len(texts[index]) <= 40 and is_date_line(texts[index])
    ]
    on_dates = set(dated)
    for first, second in pairwise(dated):
        gap = second - first
        if not CARD_LINES[0] <= gap <= CARD_LINES[1]:
            continue
        last, cards = second, 2
        while (found := _next_card(on_dates, last, gap, end)) is not None:
            last, cards = found, cards + 1
        if cards < MIN_CARDS:
            continue
        card = first - gap + 1 + _summary_offset(weights, first, gap)  # (the first card's)
        after = last + gap - (first - card)  # (the line after the last card)
        start = max(card, body)
        for _ in range(LIST_HEAD_LINES):  # (its heading: "Also in the news", "More stories")
            if start - 1 > body and weights[start - 1] < 0:
                start -= 1
        summaries = [weight for weight in weights[card:after] if weight > 0]
        above = sum(weight for weight in weights[body:start] if weight > 0)
        cut = _cut_summaries(texts, weights, card, after)
        if (
            len(summaries) <= cards
            and all(weight <= MAX_SUMMARY_WORDS for weight in summaries)
            and above >= max(MIN_ARTICLE_ABOVE, 0 if cut else sum(summaries))
            and sum(weight for weight in weights[after:end] if weight > 0) <= MAX_PROSE_AFTER
        ):
            return start
        return end
    return end


def _cut_summaries(texts: Sequence[str], weights: Sequence[int], start: int, end: int) -> bool:
    """Whether every summary of the cards from ``start`` to ``end`` is cut off with "...":
    excerpts of other stories, never the page's own list (a short article may be shorter
    than all of them together)."""
    summaries = [texts[index] for index in range(start, end) if weights[index] > 0]
    return len(summaries) >= MIN_CARDS and all(
        summary.rstrip().endswith(("...", "…")) for summary in summaries
    )


def _next_card(on_dates: set[int], last: int, gap: int, end: int) -> int | None:
    """The date line of the card after the one dated at ``last``: ``gap`` lines on, or up to
    :data:`LIST_HEAD_LINES` more when a section's label stands between two groups of cards
    ("News" over the next stories)."""
    for date in range(last + gap, min(end, last + gap + LIST_HEAD_LINES + 1)):
        if date in on_dates:
            return date
    return None


def _summary_offset(weights: Sequence[int], date: int, gap: int) -> int:
    """Lines between a card's date and its summary's end (the summary under the date)."""
    for offset in range(1, gap):
        if date + offset < len(weights) and weights[date + offset] > 0:
            return offset
    return 0


def _headings_in_a_row(texts: Sequence[str], index: int, end: int) -> bool:
    """Whether another heading after an article stands right under the one at ``index``
    ("Comments" over "Also in the news"): the page's boxes, however much they hold."""
    return index + 1 < end and is_end_heading(texts[index + 1])


def _goes_on(weights: Sequence[int], index: int, end: int) -> bool:
    """Two paragraphs of :data:`RESUME_WORDS` or more, one after the other, within
    :data:`RESUME_LINES` lines under ``index``."""
    under = weights[index + 1 : min(end, index + 1 + RESUME_LINES)]
    return any(a >= RESUME_WORDS and b >= RESUME_WORDS for a, b in pairwise(under))


__all__ = ["closed_under", "end_heading", "teaser_list"]
