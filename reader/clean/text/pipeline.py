"""Plain text (often a page copied from a browser) -> an ``Extracted`` draft.

paragraphs -> consent region and page furniture out -> head (title, dek, byline, date, lead
caption) -> pull quotes out of the body -> typed blocks (paragraphs, lists, headings, quotes).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from reader.article.model import PullQuote
from reader.clean.byline import is_date_line, parse_byline, parse_date
from reader.clean.date_order import in_page_order
from reader.clean.extracted import Extracted
from reader.clean.labels import MAX_DANGLING_WORDS
from reader.clean.owner import page_owner
from reader.clean.text.affiliate import is_affiliate_notice
from reader.clean.text.author_bio import biography_lines
from reader.clean.text.bare_links import with_bare_links
from reader.clean.text.body_blocks import BULLET, BULLET_LINE, body_blocks
from reader.clean.text.breadcrumb import trail_title_at
from reader.clean.text.byline_date import date_by_name
from reader.clean.text.comments import thread_start
from reader.clean.text.consent import SCAN_PATTERNS as CONSENT_PATTERNS
from reader.clean.text.consent import consent_masks
from reader.clean.text.contents import contents_lines
from reader.clean.text.details import (
    ALONE_WITHIN,
    DETAILS_ABOVE,
    EARLY_UNITS,
    byline_near,
    date_after_end,
    date_near,
    details_above,
    early_details,
    head_details,
    labelled_date,
    only_byline,
    unknown_name,
)
from reader.clean.text.doubled import undoubled
from reader.clean.text.ebook import book_frame
from reader.clean.text.head import HEAD_LIMIT, Head, count_words, is_dek, masthead, parse_head
from reader.clean.text.headline_place import line_over_body, names_what_follows
from reader.clean.text.junk import SCAN_PATTERNS as JUNK_PATTERNS
from reader.clean.text.junk import first_copyright_owner, junk_mask
from reader.clean.text.layout import Unit, split_units
from reader.clean.text.marked import LINK_MARKS, marked_line, marked_title, without_link_mark
from reader.clean.text.memo import memo_header
from reader.clean.text.pages import strip_page_furniture
from reader.clean.text.picture_credit import is_picture_credit
from reader.clean.text.preformatted import LINE_BREAK
from reader.clean.text.prose_line import is_prose
from reader.clean.text.quotes import find_pull_quotes
from reader.clean.text.region import MAX_PAGE_UNITS, Span, read_page
from reader.clean.text.scan import TextScan
from reader.clean.text.scene_breaks import with_scene_breaks
from reader.clean.text.signature_lines import signature_lines
from reader.clean.text.signed_title import SIGNED_BELOW, signed_title_below
from reader.core.lazy import lazy_re

if TYPE_CHECKING:
    from reader.clean.explain import DropLog

_DIGIT = lazy_re(r"\d")


def _newlines(text: str) -> str:
    """One kind of newline, no byte-order mark (the rest is sanitised later, once)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\ufeff", "")


def _without_link_marks(text: str) -> tuple[str, str | None]:
    """The text without its headings' link marks ("Workers¶"), and the title they tell."""
    if not any(mark in text for mark in LINK_MARKS):
        return text, None
    lines = text.split("\n")
    return "\n".join(map(without_link_mark, lines)), marked_title(lines)


def _without(units: list[Unit], mask: list[bool]) -> list[Unit]:
    return [unit for unit, drop in zip(units, mask, strict=True) if not drop]


def _log_units(log: DropLog | None, rule: str, units: Iterable[Unit]) -> None:
    """Record each of ``units`` as dropped by ``rule`` (nothing without a log)."""
    if log is not None:
        for unit in units:
            log.text(rule, unit.text.replace(LINE_BREAK, " "))


BODY_FOR_NAMES = 60  # the body's first paragraphs where a name's words must not be lower case
CONSENT_EDGE = 1000  # a book's units at either end where a consent panel is looked for


def _drop_masked(
    units: list[Unit], scan: TextScan, mask: list[bool], rule: str, log: DropLog | None
) -> tuple[list[Unit], TextScan]:
    """The units (and their scan) but the masked ones, which ``rule`` drops; the same objects
    when none is."""
    if not any(mask):  # (a million numbers only when some paragraph goes)
        return units, scan
    _log_units(log, rule, (unit for unit, drop in zip(units, mask, strict=True) if drop))
    kept = [index for index, drop in enumerate(mask) if not drop]
    return [units[i] for i in kept], scan.subset(kept)


def _log_tail(log: DropLog | None, units: list[Unit], span: Span, thread: int | None) -> None:
    """Log the units under the article by what they are: what follows a heading after it
    ("Related articles"), the comment thread, the page's footer."""
    thread = span.footer if thread is None or thread < span.end else min(thread, span.footer)
    _log_units(log, "after-end-heading", units[span.end : thread])
    _log_units(log, "comment-thread", units[thread : span.footer])
    _log_units(log, "footer-below", units[span.footer :])


def _consent_near_ends(scan: TextScan) -> tuple[list[bool], list[bool]]:
    """``consent_masks`` of the text (its panels, its consent-worded labels standing alone);
    of a book's (more units than a copied page has) first and last ``CONSENT_EDGE`` units
    only, where a copy puts a site's panel, so that a long text dense in the panel's words
    costs no more than a page."""
    count = len(scan.paragraphs)
    if count <= MAX_PAGE_UNITS:
        return consent_masks(scan.paragraphs, scan=scan)
    panels, alone = [False] * count, [False] * count
    for edge in (range(CONSENT_EDGE), range(count - CONSENT_EDGE, count)):
        part = scan.subset(edge)
        panels[edge.start : edge.stop], alone[edge.start : edge.stop] = consent_masks(
            part.paragraphs, scan=part
        )
    return panels, alone


def _drop_repeats(units: list[Unit], log: DropLog | None = None) -> list[Unit]:
    """A paragraph pasted twice in a row is shown once."""
    kept: list[Unit] = []
    last = None
    for unit in units:
        text = unit.text
        if text == last and len(text) > 20:
            _log_units(log, "pasted-twice", (unit,))
            continue
        kept.append(unit)
        last = text
    return kept


def _take_dek(head: Head, zone: list[str]) -> None:
    """The sentence just under a copied page's headline (in ``zone``, the units between the
    headline and the body) is its subtitle."""
    after = next((i + 1 for i, text in enumerate(zone) if head.title and head.title in text), None)
    if after is None or after >= len(zone) or after in head.used:
        return
    dek = zone[after]
    if is_prose(dek) and len(dek.split()) <= 60:
        head.subtitle = dek
        head.used.add(after)


DETAILS_BELOW = 6  # lines under a headline where its byline and date may stand
SHORT_LABEL = 60  # characters of a short line that is no sentence: a page's label
MAX_HEAD_LABEL = 120  # ... and of a menu's entry run on with its button's words


def _lines_below(units: list[Unit], headline: str) -> tuple[list[Unit], int]:
    """The short lines under the headline, up to the first paragraph of prose (and the index
    of the unit after them)."""
    at = next((i for i, u in enumerate(units) if u.text == headline), None)
    if at is None:
        return [], 0
    below: list[Unit] = []
    for unit in units[at + 1 : at + 1 + DETAILS_BELOW]:
        if len(unit.text) > 200 or (is_prose(unit.text) and len(unit.text.split()) > 20):
            break
        below.append(unit)
    return below, at + 1 + len(below)


def _is_detail(text: str, authors: Sequence[str]) -> bool:
    """A line that only gives the byline or the date (it goes from the body to the head)."""
    return (
        is_date_line(text)
        or parse_byline(text) is not None
        or any(text.strip() == name for name in authors)
    )


def _head_labels(units: Sequence[Unit]) -> set[int]:
    """The lines between a copied page's headline and its body that are no sentence: short
    labels ("Fact checked", "Share"), and a menu's entries with their button's words run on
    ("Faculty Search Open sub-navigation Close sub-navigation"), of up to
    :data:`MAX_HEAD_LABEL` characters, between two labels (a heading has the story on one
    side), with no digit (a table's row) and not set apart (a table, code or a quotation).

    Measured (``benchmarks/copied_text.py``, articles copied whole): F1 0.919 -> 0.920 dev,
    0.922 -> 0.923 held-out; boilerplate left 0.142 -> 0.140 / 0.150 -> 0.148. A long line
    beside one label only took a section's heading under "Table of Contents ▼"."""
    short = {i for i, u in enumerate(units) if _is_short_label(u.text)}
    entries = {
        i
        for i, u in enumerate(units)
        if SHORT_LABEL < len(u.text) <= MAX_HEAD_LABEL
        and not (u.table or u.preformatted or u.quoted)
        and not _DIGIT.search(u.text)
        and not is_prose(u.text)
    }
    either = short | entries
    return short | {i for i in entries if i - 1 in either and i + 1 in either}


def _is_short_label(text: str) -> bool:
    """A short line that is no sentence ("Fact checked", "Share"): page furniture between a
    copied page's headline and its body."""
    return len(text) <= SHORT_LABEL and not is_prose(text)


# the lines of a copied page that are about the page, not the article: each with its rule
_PAGE_NOTES = (("picture-credit", is_picture_credit), ("affiliate-note", is_affiliate_notice))


def _drop_at(body: list[Unit], indexes: set[int], rule: str, log: DropLog | None) -> list[Unit]:
    """``body`` without its units at ``indexes``, which ``rule`` drops."""
    _log_units(log, rule, (body[index] for index in sorted(indexes)))
    return [u for index, u in enumerate(body) if index not in indexes] if indexes else body


def _without_page_asides(
    body: list[Unit], authors: Sequence[str], log: DropLog | None, web: bool
) -> list[Unit]:
    """A copied page's body without what the page set beside its article: the box about its
    writer (under it, or over its first paragraphs), the credits of the pictures the copy
    left behind, the site's note that it earns from its links, and (``web``: a web page's,
    not a document's) its table of contents."""
    if web:
        body = _drop_at(body, contents_lines([u.text for u in body]), "table-of-contents", log)
    body = _drop_at(body, biography_lines([u.text for u in body], authors), "author-bio", log)
    for rule, is_note in _PAGE_NOTES:
        notes = {
            index
            for index, u in enumerate(body)
            if not (u.heading or u.preformatted) and is_note(u.text)
        }
        body = _drop_at(body, notes, rule, log)
    if web:
        end = len(body)
        while end and _is_dangling_label(body[end - 1]):
            end -= 1
        body = _drop_at(body, set(range(end, len(body))), "dangling-label", log)
    return body


def _is_dangling_label(unit: Unit) -> bool:
    """A short label ending in a colon ("Article written by:", "Share this:"): left last in
    a web page's article, what it introduced went with the page's footer or its asides."""
    text = unit.text.strip()
    return (
        text.endswith(":")
        and not (unit.preformatted or unit.table or unit.quoted)
        and count_words(text) <= MAX_DANGLING_WORDS
    )


def _read_doubled_once(units: list[Unit]) -> None:
    """Each line a page showed twice and the copy ran together (a byline or a date set for
    narrow and for wide screens), read once; code, tables and quotations as they are."""
    for unit in units:
        if not (unit.preformatted or unit.table or unit.quoted):
            unit.text = undoubled(unit.text)


def clean_plain_text(text: str, log: DropLog | None = None) -> Extracted:
    """Find the article in plain text: body blocks, head metadata, caption and pull quotes.

    ``log`` records each dropped paragraph with the rule that dropped it."""
    text, marked = _without_link_marks(_newlines(text))
    text, fields = book_frame(text, log)
    units = split_units(strip_page_furniture(text, log))
    if len(units) <= MAX_PAGE_UNITS:  # (a copied page's lines, not a book's)
        _read_doubled_once(units)
    scan = TextScan([u.text for u in units])
    scan.prefetch((*CONSENT_PATTERNS, *JUNK_PATTERNS, BULLET_LINE))
    maybe_items = {id(units[i]) for i in scan.starting(BULLET_LINE)}  # (one scan for all)
    consent, alone = _consent_near_ends(scan)
    # (a lone label, a footer's "Privacy Policy", goes once the page's footer is read)
    lone_labels = {id(unit) for unit, label in zip(units, alone, strict=True) if label}
    units, scan = _drop_masked(units, scan, consent, "consent-panel", log)
    del consent, alone
    trail = trail_title_at(scan.paragraphs) if len(units) <= MAX_PAGE_UNITS else None
    titled = units[trail] if trail is not None else None  # (the headline a trail leads to)
    if trail is not None:  # (the site's menus above the trail go)
        _log_units(log, "menus-above", units[: trail])
        units, scan = units[trail:], scan.subset(range(trail, len(units)))
    site = first_copyright_owner(scan)
    # a comment thread under a page's article, told in the whole page (its last comments
    # may go with the footer), goes from where it starts
    thread = thread_start(scan.paragraphs, scan=scan) if len(units) <= MAX_PAGE_UNITS else None
    thread_unit = units[thread] if thread is not None else None
    span, headline = read_page(scan.paragraphs)
    if titled is not None:  # (the page starts at that headline: nothing under it is a menu)
        span = span and Span(0, span.body, span.end, span.footer)
        headline = None
    page = scan.paragraphs if len(units) <= MAX_PAGE_UNITS else None  # (a copied page's lines)
    head_zone: set[int] = set()  # a copied page's units from the headline to the body
    above: list[str] = []  # and the few lines just above its headline
    if span is not None:
        site = (masthead(units[span.head - 1].text) if span.head else None) or site
        above = [u.text for u in units[max(0, span.head - DETAILS_ABOVE) : span.head]]
        head_zone = {id(u) for u in units[span.head : span.body]}
        _log_units(log, "menus-above", units[: span.head])
        _log_tail(log, units, span, thread)
        units, scan = units[span.head : span.end], scan.subset(range(span.head, span.end))
    at = next((i for i, u in enumerate(units) if u is thread_unit), None) if thread_unit else None
    if at is not None:
        mask = [index >= at for index in range(len(units))]
        units, scan = _drop_masked(units, scan, mask, "comment-thread", log)
    if lone_labels:
        mask = [id(unit) in lone_labels for unit in units]
        units, scan = _drop_masked(units, scan, mask, "consent-panel", log)
    junk = junk_mask(scan.paragraphs, scan=scan)
    _log_units(log, "furniture-line", (u for u, drop in zip(units, junk, strict=True) if drop))
    units = _drop_repeats(_without(units, junk), log)
    del junk
    del scan  # (its joined text and indexes: a million units' worth, not needed past here)
    between = sum(1 for u in units if id(u) in head_zone)

    # (the head is read from the first units only; a book has tens of thousands)
    first = units[: HEAD_LIMIT + 4]
    first_texts = [u.text for u in first]
    headings = {i for i, u in enumerate(first) if u.heading}
    if names_what_follows(first_texts) or (first and first[0] is titled):
        headings.add(0)  # (a short first line that names the article: its title, no masthead)
    # (a text its fields name keeps its first lines: a book's own title page, "Chapter 1")
    head = parse_head(first_texts, headings) if fields.title is None else Head()
    if head.subtitle and not head.authors and head.used:
        # a name over its date, read as the dek: the byline, when the body never writes its
        # words in lower case ("Pavlina Petkova" / "April 10, 2025")
        after = max(head.used) + 1
        rest = [u.text for u in units[after : after + BODY_FOR_NAMES]]
        if unknown_name(head.subtitle, rest, fewest=1):
            head.authors, head.subtitle = [head.subtitle], None
    if headline is not None and (fields.title or not headline.outranks(head.title)):
        headline = None  # (the text's own title stands)
    if headline is not None:  # (the line it took for the title goes back where it stood)
        if head.title:
            head.used -= {i for i in head.used if head.title in first_texts[i]}
        head.title = headline.text
    signed = None
    if page and head.title and fields.title is None and 0 not in headings:
        # a page left whole, its title from its first lines (a button, a site's name): the
        # headline signed further down
        signed = signed_title_below(page, head.title)
        head.title = signed or head.title
    if first and first[0].preformatted and not (head.authors and head.published):
        # a memo's header block (an RFC's): the authors and the month in its right column
        authors, published = memo_header(first[0].text.replace(LINE_BREAK, "\n"))
        head.authors = head.authors or authors
        head.published = head.published or published
    if between and not (head.authors and head.published):
        authors, published = head_details(
            [u.text for u in units[:between]],
            [u.text for u in units[between : between + BODY_FOR_NAMES]],
            head.used,
        )
        head.authors = head.authors or authors
        head.published = head.published or published
        if head.subtitle is None:
            _take_dek(head, [u.text for u in units[:between]])
    if between and not (head.authors and head.published):
        authors, published = details_above(above)
        head.authors = head.authors or authors
        head.published = head.published or published
    taken: set[int] = set()  # (the units of a dated line under the body's first lines)
    titled_text = titled.text if titled is not None and head.title == titled.text else None
    whole_title = headline.text if headline is not None else titled_text or signed
    if whole_title is not None and not between and not (head.authors and head.published):
        # a page left whole: the byline and the date under the headline it gave the title
        below, end = _lines_below(units, whole_title)
        authors, published = head_details(
            [u.text for u in below], [u.text for u in units[end : end + BODY_FOR_NAMES]]
        )
        head.authors = head.authors or authors
        head.published = head.published or published
        taken = {id(u) for u in below if _is_detail(u.text, head.authors)}
    if head.published is None:
        early = units[between : between + EARLY_UNITS]
        authors, head.published, lines = early_details([u.text for u in early])
        head.authors = head.authors or authors
        if between:  # (a copied page's; a document's own lines stay: "0.2.13 (2021-01-29)")
            taken = {id(early[line]) for line in lines}
    if head.published is None and page and head.title:
        head.published = date_near(page, head.title)
    if head.published is None and page:
        head.published = labelled_date([u.text for u in units])
    if head.published is None and page and span is not None:
        head.published = date_after_end(page[span.end : span.end + ALONE_WITHIN])
    if head.published is None and head.title:
        # a date in the title itself ("Advent of Code 2025 week 2 20 December 2025", a NEWS
        # file's "Noteworthy changes in version 2.2.40 (2022-10-10)"): the text's own day
        head.published = parse_date(head.title)
    if not head.authors and page and head.title:
        # (the page's one byline above its readers' comments: a commenter's is no writer's)
        head.authors = (
            byline_near(page, head.title) or only_byline(page[:thread]) or page_owner(page)
        )
    if head.published is None and page and head.authors:
        head.published = date_by_name(page, head.authors[0])
    if head.published and page:  # ("03/10/2023" on a page that writes "3 October 2023")
        head.published = in_page_order(head.published, text)
    labels = _head_labels(units[:between])
    _log_units(log, "head-label", (units[i] for i in sorted(labels - head.used | head.furniture)))
    body = [
        u
        for index, u in enumerate(units[: max(HEAD_LIMIT, between)])
        if index not in head.used and index not in labels
    ]
    body += units[max(HEAD_LIMIT, between) :]
    if headline is not None:  # (the headline is the title, and its menus go)
        at = next((i for i, u in enumerate(body) if u.text == headline.text), None)
        if at is not None:
            if headline.menus:
                _log_units(log, "menus-above", body[:at])
            body = body[at + 1 :] if headline.menus else body[:at] + body[at + 1 :]
    elif titled_text or signed:  # (the title told again under the trail's or the site's
        # lines, past labels only: "SECTIONS"; past the lead paragraph, it heads a section)
        near = body[: SIGNED_BELOW if signed else HEAD_LIMIT]
        at = next((i for i, u in enumerate(near) if u.text == (titled_text or signed)), None)
        if at is not None and all(_is_short_label(u.text) for u in body[:at]):
            _log_units(log, "menus-above", body[:at])
            body = body[at + 1 :]
    if taken:
        body = [u for u in body if id(u) not in taken]
    if page:
        # the byline or date line the head was read from, told again over the body
        lines = signature_lines([u.text for u in body], head.authors, head.published)
        told = {id(body[i]) for i in lines}
        _log_units(log, "byline-in-body", (u for u in body if id(u) in told))
        body = [u for u in body if id(u) not in told]
        web = span is not None or titled is not None  # (not a document of its own)
        body = _without_page_asides(body, fields.authors or head.authors, log, web)
    if not head.title and fields.title is None and page and span is not None and span.body:
        head.title = line_over_body(page[span.body - 1])
    if marked and fields.title is None:
        # a documentation page's first marked heading: its title, under its sidebar
        head.title = marked
        at = marked_line(marked, [u.text for u in body])
        if at is not None:
            _log_units(log, "menus-above", body[:at])
            body = body[at + 1 :]
    found = find_pull_quotes([u.text for u in body], [u.joined for u in body])

    drop: set[int] = set()
    quoted = {index for quote in found for index in (quote.quote, quote.attribution_line)}
    kinds = {  # (lines set in with an attribution under them are a quotation, not code)
        index: "preformatted"
        for index, u in enumerate(body)
        if u.preformatted and index not in quoted
    }
    levels = {index: u.heading for index, u in enumerate(body) if u.heading}
    kinds.update(dict.fromkeys(levels, "heading"))
    kinds.update((index, "quote") for index, u in enumerate(body) if u.quoted)
    kinds.update((index, "table") for index, u in enumerate(body) if u.table)
    texts = [
        u.text.replace(LINE_BREAK, "\n") if u.preformatted or u.quoted or u.table or u.verse
        else u.text
        for u in body
    ]
    for quote in found:
        if quote.source is None:  # set apart but repeating nothing: a quotation of its own
            texts[quote.quote] = f"{texts[quote.quote]}\n— {quote.attribution}"
            kinds[quote.quote] = "quote"
            drop.add(quote.attribution_line)
        else:
            drop.update((quote.quote, quote.attribution_line))
            _log_units(log, "pull-quote-repeat", (body[quote.quote], body[quote.attribution_line]))
    kept: Sequence[int] = range(len(texts))  # (no list of a million numbers when none drop)
    if drop:
        kept = [i for i in kept if i not in drop]
        texts = [texts[i] for i in kept]
    kinds = {new: kinds[old] for new, old in enumerate(kept) if old in kinds}
    levels = {new: levels[old] for new, old in enumerate(kept) if old in levels}
    bullets = {
        new
        for new, old in enumerate(kept)
        if id(body[old]) in maybe_items and new not in kinds and BULLET.match(texts[new])
    }
    joined = bytes(map(attrgetter("joined"), body))  # (a byte a text)
    if drop:
        joined = bytes(map(joined.__getitem__, kept))
    del units, body  # (a million units: freed before the blocks are made)
    blocks, where = body_blocks(texts, kinds, bullets, levels, joined)
    block_of = dict(zip(kept, where, strict=True)) if found else {}
    pull_quotes = [
        PullQuote(
            quote.text.replace(LINE_BREAK, " "), quote.attribution, None, block_of.get(quote.source)
        )
        for quote in found
        if quote.source is not None
    ]
    return Extracted(
        title=fields.title or head.title,
        subtitle=head.subtitle if head.subtitle and is_dek(head.subtitle) else None,
        authors=fields.authors or head.authors,
        published=head.published,
        site=head.site or site,
        caption=head.caption,
        blocks=with_bare_links(with_scene_breaks(blocks)),
        pull_quotes=pull_quotes,
    )
