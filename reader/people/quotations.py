"""Direct quotations in the body and who said them.

``find_quotes`` pairs quotation marks inside each block (curly “…” and straight "…"; a
paragraph whose quote has no closing mark runs to its end, as in multi-paragraph quotes).
``attribute`` gives each quote a speaker from the person mentions around it:

1. the rest of the sentence after the quote: ``“…,” Obama said`` / ``, said Dr. X`` /
   ``, he continued`` (a pronoun is the last person named outside quotes before it);
2. the sentence before it, when it has a speech verb: ``Wilkinson said, “…”``,
   ``X called the plan “…”``;
3. otherwise the previous quote of the same paragraph, then (for a quote that opens its
   sentence) the first person named in the paragraph, then (for a paragraph that opens with a
   quote) the last quote of the previous paragraph — a quote that continues;
4. a quote left open at its paragraph's end takes the speaker of the quote that continues it
   at the start of the next paragraph.

Single quotation marks (British style) count in a paragraph with no double marks.

Other languages' marks are read as these (German „…“, French «…», the reversed »…«,
Japanese 「…」), one character for one so that every offset stays, and their speech verbs
("a déclaré", "sagte", "dijo", "ha detto", "disse", "zei") attribute as "said" does.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.lazy import lazy_re
from reader.people.gender import pronoun_gender
from reader.people.names import COMMON, is_abbreviation
from reader.people.roles import OTHER_SPEECH_VERBS, SPEECH_VERBS

_MARKS = lazy_re(r"[“”\"]")
_SPEECH = lazy_re(r"\b(?:" + SPEECH_VERBS + "|" + OTHER_SPEECH_VERBS + r")\b")
# Quotation marks as other languages write them, read as English ones block by block
_FOREIGN_MARKS = lazy_re("[„«»「」『』]")
_CORNERS = {"「": "“", "」": "”", "『": "“", "』": "”"}


def _marks_table(block: str) -> dict[int, str]:
    """How a block's marks read as English ones: German „…“ (its “ closes), guillemets in
    the order the block opens them («…» or »…«), Japanese corners."""
    table = dict(_CORNERS)
    if "„" in block:
        table.update({"„": "“", "“": "”"})
    left, right = block.find("«"), block.find("»")
    if left >= 0 or right >= 0:
        reversed_marks = right >= 0 and (left < 0 or right < left)
        table.update({"»": "“", "«": "”"} if reversed_marks else {"«": "“", "»": "”"})
    return str.maketrans(table)


def english_marks(text: str, blocks: Sequence[tuple[int, int]]) -> str:
    """``text`` with each block's foreign quotation marks written as English ones (the same
    length: every offset stays); ``text`` itself when it has none."""
    if _FOREIGN_MARKS.search(text) is None:  # (one pass over the text)
        return text
    pieces: list[str] = []
    at = 0
    for start, end in blocks:
        if _FOREIGN_MARKS.search(text, start, end) is not None:
            pieces += [text[at:start], text[start:end].translate(_marks_table(text[start:end]))]
            at = end
    pieces.append(text[at:])
    return "".join(pieces)


_PRONOUN = lazy_re(r"^\W*(he|she|they)\b", re.I)
_PRONOUN_ANY = lazy_re(r"\b(he|she|they|He|She|They)\b")


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation's inner text at ``start:end``; ``block`` is the index of its block."""

    start: int
    end: int
    block: int
    open_ended: bool = False
    close: int = 0  # just after the closing mark (the block end for an open-ended quote)
    mark: int = 0  # the opening mark


@dataclass(frozen=True)
class Mention:
    """A person mention (``person`` is an index chosen by the caller)."""

    start: int
    end: int
    person: int


def find_quotes(text: str, blocks: Sequence[tuple[int, int]]) -> list[QuoteSpan]:
    """Every direct quotation, block by block (``blocks`` are ``(start, end)`` offsets)."""
    text = english_marks(text, blocks)
    quotes: list[QuoteSpan] = []
    for index, (block_start, block_end) in enumerate(blocks):
        if _MARKS.search(text, block_start, block_end) is None:
            _single_quotes(quotes, text, block_start, block_end, index)
            continue
        opened: int | None = None
        for match in _MARKS.finditer(text, block_start, block_end):
            mark = match.group()
            if mark == "“" or (mark == '"' and opened is None):
                if opened is None:
                    opened = match.end()
                continue
            if opened is not None:
                _add(quotes, text, opened, match.start(), index, False, match.end())
                opened = None
        if opened is not None:
            _add(quotes, text, opened, block_end, index, True, block_end)
    return quotes


# British style: ‘…’ or '…'. An opening mark starts a word (after a space, "(" or a dash);
# a closing mark ends one (before a space or punctuation) — apostrophes inside words
# ("don't", "O'Neill") are neither. The opening pattern starts with the mark, so that ``re``
# skips ahead to the marks; the test of the character before it comes just after.
_SINGLE_OPEN = lazy_re(r"[‘'](?<![^\s(—–\-][‘'])(?=[^\W_])")
_SINGLE_CLOSE = lazy_re(r"(?<=[^\s‘'])[’'](?=[\s,.;:!?)—–-]|$)")


def _single_quotes(
    quotes: list[QuoteSpan], text: str, block_start: int, block_end: int, index: int
) -> None:
    """Quotations in single marks, in a block with no double marks."""
    position = block_start
    while True:
        opening = _SINGLE_OPEN.search(text, position, block_end)
        if opening is None:
            return
        closing = _SINGLE_CLOSE.search(text, opening.end(), block_end)
        while (
            closing is not None
            and text[closing.start() - 1] == "s"
            and _plural_possessive(text, closing.end(), block_end)
        ):
            closing = _SINGLE_CLOSE.search(text, closing.end(), block_end)  # "players' union"
        if closing is None:
            if opening.start() == block_start:  # a quote that runs on into the next paragraph
                _add(quotes, text, opening.end(), block_end, index, True, block_end)
            return
        if " " in text[opening.end() : closing.start()].strip():
            # two words at least: 'n' in "rock 'n' roll" or a nickname is no quotation
            _add(quotes, text, opening.end(), closing.start(), index, False, closing.end())
        position = closing.end()


def _plural_possessive(text: str, after: int, limit: int) -> bool:
    """ "players' union": a lowercase noun follows the mark with no punctuation between."""
    return (
        text[after : after + 1] == " "
        and text[after + 1 : after + 2].islower()
        and not (
            re.match(r" (?:he|she|they|said|says|told|added|the|a|an|it|we|i)\b", text[after:limit])
        )
    )


def _add(
    quotes: list[QuoteSpan],
    text: str,
    start: int,
    end: int,
    block: int,
    open_ended: bool,
    close: int,
) -> None:
    mark = start - 1
    """Keep the quote's words: no edge spaces, no trailing "," (it belongs to the sentence)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    if end > start and text[start:end].strip(".,!?").casefold() not in COMMON:
        quotes.append(QuoteSpan(start, end, block, open_ended, close, mark))  # not “We”


class _Mentions:
    """Person mentions sorted by position, with the quote spans to tell inside from outside.
    Each mention's nearest one outside quotes (after it; before it, of a gender) is found
    once, so a page of thousands of quotes and names is read in linear time."""

    def __init__(self, mentions: Sequence[Mention], quotes: Sequence[QuoteSpan]) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]
        self.quote_starts = [q.start for q in quotes]
        self.quotes = quotes
        self.genders: Sequence[str | None] = ()
        self._outside = [not self.inside_quote(m.start) for m in self.items]
        count = len(self.items)
        self._next_outside = [count] * (count + 1)  # by index: the first outside from it on
        for index in range(count - 1, -1, -1):
            self._next_outside[index] = (
                index if self._outside[index] else self._next_outside[index + 1]
            )
        self._last_fits: dict[str | None, list[int]] = {}  # by gender: the last fit up to it

    def inside_quote(self, position: int) -> bool:
        index = bisect_right(self.quote_starts, position) - 1
        return index >= 0 and self.quotes[index].start <= position < self.quotes[index].end

    def first_between(self, start: int, end: int) -> Mention | None:
        index = self._next_outside[bisect_left(self.starts, start)]
        if index < len(self.items) and self.items[index].start < end:
            return self.items[index]
        return None

    def _last_fit(self, before: int, wanted: str | None) -> Mention | None:
        """The last mention outside quotes before index ``before`` whose person may be of
        gender ``wanted`` (``None``: any)."""
        fits = self._last_fits.get(wanted)
        if fits is None:
            fits, last = [], -1
            for index, mention in enumerate(self.items):
                gender = (
                    self.genders[mention.person] if mention.person < len(self.genders) else None
                )
                if self._outside[index] and (wanted is None or gender in (None, wanted)):
                    last = index
                fits.append(last)
            self._last_fits[wanted] = fits
        found = fits[before - 1] if before > 0 else -1
        return self.items[found] if found >= 0 else None

    def last_compatible(self, position: int, pronoun: str) -> Mention | None:
        """The nearest person before ``position`` that ``pronoun`` ("he"/"she") can be."""
        wanted = pronoun_gender(pronoun)
        nearest = self.last_before(position)
        if wanted is None or nearest is None:
            return nearest
        return self._last_fit(bisect_left(self.starts, position), wanted) or nearest

    def last_before(self, position: int, floor: int = 0) -> Mention | None:
        mention = self._last_fit(bisect_left(self.starts, position), None)
        return mention if mention is not None and mention.start >= floor else None


def attribute(
    text: str,
    quotes: Sequence[QuoteSpan],
    mentions: Sequence[Mention],
    blocks: Sequence[tuple[int, int]],
    genders: Sequence[str | None] = (),
) -> list[int | None]:
    """The speaker (a ``Mention.person``) of each quote, or ``None``; ``genders`` (by person)
    steer "he said" / "she said" to the nearest person the pronoun can refer to."""
    text = english_marks(text, blocks)
    index = _Mentions(mentions, quotes)
    index.genders = genders
    verbs: dict[int, list[tuple[int, int]]] = {}  # by block: the spans of its speech verbs
    speakers: list[int | None] = []
    last_said: dict[int, int] = {}  # by block: the speaker of its last quote that has one
    for number, quote in enumerate(quotes):
        block_start, block_end = blocks[quote.block]
        speaker = _from_tail(text, quote, quote.close, block_end, index)
        if speaker is None:
            if quote.block not in verbs:  # (read once a block, and only a quote's block)
                verbs[quote.block] = [
                    (verb.start(), verb.end())
                    for verb in _SPEECH.finditer(text, block_start, block_end)
                ]
            speaker = _from_prefix(text, quote, block_start, index, verbs[quote.block])
        if speaker is None:
            speaker = last_said.get(quote.block)
        if speaker is None:
            speaker = _from_context(text, quotes, speakers, number, block_start, index)
        speakers.append(speaker)
        if speaker is not None:
            last_said[quote.block] = speaker
    _carry_back(quotes, speakers, blocks)
    return speakers


def _carry_back(
    quotes: Sequence[QuoteSpan], speakers: list[int | None], blocks: Sequence[tuple[int, int]]
) -> None:
    """A quote left open at its paragraph's end and continued by the next paragraph's opening
    quote has that quote's speaker ("…McAllister said" after the last paragraph)."""
    for number in range(len(quotes) - 2, -1, -1):
        quote, following = quotes[number], quotes[number + 1]
        if speakers[number] is not None or not quote.open_ended:
            continue
        if following.block == quote.block + 1 and following.mark <= blocks[following.block][0]:
            speakers[number] = speakers[number + 1]


def _from_tail(
    text: str, quote: QuoteSpan, close: int, block_end: int, index: _Mentions
) -> int | None:
    """``“…,” Obama said.`` / ``“…,” said Dr. X, a …`` / ``“…,” she said``."""
    end = _sentence_end(text, close, min(block_end, close + 200))
    tail = text[close:end]
    verb = _SPEECH.search(tail)
    if not verb:
        return None
    # the last character inside the marks ("," in “…,” Obama said; "." in “… a.m.,” is ",")
    inner_end = text[quote.close - 2] if not quote.open_ended else text[quote.end - 1]
    words_before_verb = len(tail[: verb.start()].split())
    if inner_end in ".!?":
        # the quote closed its own sentence: only "…?” she asked." style tails belong to it
        if len(tail.split()) > 8 or words_before_verb > 5:
            return None
    elif words_before_verb > 8:
        return None
    mention = index.first_between(close, end)
    if mention is not None:
        return mention.person
    pronoun = _PRONOUN.match(tail) or _PRONOUN_ANY.search(tail[: verb.end()])
    if pronoun:
        previous = index.last_compatible(quote.start, pronoun.group(1))
        return previous.person if previous else None
    return None


def _from_prefix(
    text: str,
    quote: QuoteSpan,
    block_start: int,
    index: _Mentions,
    verbs: Sequence[tuple[int, int]],
) -> int | None:
    """``Wilkinson said, “…”`` / ``X called the plan “…”`` — a speech verb before the quote
    (``verbs``: the spans of the speech verbs of the quote's block, to pass over a sentence
    that has none)."""
    opening = quote.mark
    start = _sentence_start(text, opening, block_start)
    first_verb = bisect_left(verbs, (start, 0))
    if first_verb == len(verbs) or verbs[first_verb][1] > opening:
        return None
    prefix = text[start:opening]
    if not _SPEECH.search(_outside_quotes(prefix)):
        return None
    mention = index.first_between(start, opening)
    if mention is not None:
        return mention.person
    pronoun = _PRONOUN.match(prefix)
    if pronoun:
        previous = index.last_compatible(start, pronoun.group(1))
        return previous.person if previous else None
    return None


def _from_context(
    text: str,
    quotes: Sequence[QuoteSpan],
    speakers: list[int | None],
    number: int,
    block_start: int,
    index: _Mentions,
) -> int | None:
    """A quote's speaker from its paragraph, when no earlier quote of it has one: the person
    it names before the quote when the quote opens a sentence, or the previous paragraph's
    last speaker when it opens the paragraph (a quote continued)."""
    quote = quotes[number]
    opening = quote.mark
    starts_sentence = _sentence_start(text, opening, block_start) >= opening - 1
    if not starts_sentence:
        return None
    if opening <= block_start + 1:
        # the paragraph opens with a quote: it continues the previous paragraph's speaker
        if number and quotes[number - 1].block == quote.block - 1:
            return speakers[number - 1]
        return None
    mention = index.first_between(block_start, opening)
    return mention.person if mention else None


def _outside_quotes(fragment: str) -> str:
    return re.sub(r"“[^”]*”|\"[^\"]*\"", " ", fragment)


_SENTENCE_STOP = lazy_re(r"[.!?]")
# How far back a quote's sentence is looked for: further than any sentence runs, and a bound
# on the work for each quote (a paragraph of thousands of quotes and no full stop is read in
# linear time, not back to its start for each of them).
_SENTENCE_REACH = 1000


def _sentence_start(text: str, position: int, floor: int) -> int:
    """Start of the sentence that contains ``position`` (not crossing ``floor``, nor going
    back more than ``_SENTENCE_REACH`` characters)."""
    floor = max(floor, position - _SENTENCE_REACH)
    stops = [stop.start() for stop in _SENTENCE_STOP.finditer(text, floor + 1, position)]
    for index in reversed(stops):
        if text[index + 1 : index + 2] in (" ", "”", '"', "’") and (
            text[index] != "." or not _is_abbreviation(text, index, floor)
        ):
            after = index + 1
            while after < position and text[after] in '”"’ ':
                after += 1
            return after
    return floor


_SENTENCE_MARK = lazy_re(r'[“".!?]')


def _sentence_end(text: str, position: int, limit: int) -> int:
    """End of the sentence that continues at ``position`` (a new quote also ends it)."""
    index = position
    while (mark := _SENTENCE_MARK.search(text, index, limit)) is not None:
        index = mark.start()
        char = text[index]
        if char in '“"':
            return index
        if (index + 1 >= len(text) or text[index + 1] in ' \n”"') and (
            char != "." or not _is_abbreviation(text, index, position)
        ):
            return index + 1
        index += 1
    return limit


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    start = dot
    while start > floor and not text[start - 1].isspace():
        start -= 1
    word = text[start : dot + 1].lstrip('“"(')
    return is_abbreviation(word)
