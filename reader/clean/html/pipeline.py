"""The HTML cleaner: consent panels out, readability-lxml, a second pass, then blocks.

Steps (each in a module of its own):
1. parse (here): lxml, never raising anything but ``LoadError``;
2. ``consent.remove_consent``: cookie and consent panels out, before readability;
   ``toggles.read_toggle_headings``: an accordion's buttons made its sections' headings;
   ``listing.read_listing``: a page of entries (a front page, a tag or search page) read
   as its linked headlines, and no further; ``thread.read_thread``: a discussion (a forum
   thread, a question and its answers) read post by post, each under its author and date;
3. ``html_quotes``: pull quotes and the lead caption taken out of the flow;
4. readability-lxml ``Document.summary(html_partial=True)`` on the cleaned tree; on a
   documentation page, the marked content container holding its choice (``doc_main``);
5. ``boilerplate.strip_boilerplate``: what readability keeps (share bars, newsletter boxes,
   tag lists, tables of contents, microdata dates and authors...);
6. ``html_blocks.html_to_blocks``: blocks; ``lead.restore_lead``: the lead paragraphs between
   the headline and readability's choice put back, ``sections.add_sections``: sibling
   sections made like its choice added, ``section_headings.restore_headings``: the heading
   right above a paragraph of ours put back; leading blocks repeating the title or
   subtitle out;
7. ``edges.trim_edges``: date lines on top, tag lines, comment rules, contact lines, pitches and
   company boilerplate at the end; then pull quotes matched to the block they repeat;
8. ``second_opinion``: trafilatura's reading when ours is clearly short of the page;
   ``structured_body``: a page drawn by its scripts read from its JSON-LD ``articleBody``;
   ``mail.read_messages``: an e-mail shown preformatted read as a message.

The page is parsed once: metadata, consent removal and pull quotes share one ``ClassIndex``,
and readability works on the parsed tree (``html_readability``), never on a string.
"""

from __future__ import annotations

import re
from functools import partial
from itertools import islice

from lxml import etree
from lxml.html import HtmlElement, document_fromstring

from reader.clean.class_index import ClassIndex
from reader.clean.explain import DropLog
from reader.clean.extracted import Extracted, tidy_breaks
from reader.clean.html.amp import read_amp_pictures
from reader.clean.html.blocks import BlockTuple, html_to_blocks, inline_text
from reader.clean.html.boilerplate import strip_boilerplate
from reader.clean.html.caption import (
    find_lead_caption,
    held_caption,
    remove_caption_repeats,
    said_in_body,
)
from reader.clean.html.code_frames import clear_code_frames
from reader.clean.html.consent import remove_consent
from reader.clean.html.controls import clear_controls
from reader.clean.html.copies import drop_copies
from reader.clean.html.crowded_tags import without_crowded_attributes
from reader.clean.html.doc_main import widen_documentation
from reader.clean.html.doc_page import keeps_tab_panels
from reader.clean.html.drawn import read_drawn_markup
from reader.clean.html.edges import join_datelines, strip_edit_links, trim_edges
from reader.clean.html.explain_page import page_blocks, record_unchosen
from reader.clean.html.fusion import link_texts
from reader.clean.html.generated_impls import remove_generated_impls
from reader.clean.html.hidden import drop_hidden
from reader.clean.html.html_parser import plain_parser
from reader.clean.html.lead import restore_lead
from reader.clean.html.line_divs import join_line_divs
from reader.clean.html.listing import read_listing
from reader.clean.html.loose_text import wrap_loose_text
from reader.clean.html.nesting import flatten_markup, flatten_tree, is_deep
from reader.clean.html.page_marks import with_page_marks
from reader.clean.html.page_meta import base_href, own_address, page_metadata
from reader.clean.html.prose import folded_words
from reader.clean.html.quote_credit import keep_quote_credits
from reader.clean.html.quotes import match_pull_quotes, take_pull_quotes
from reader.clean.html.radio_tabs import label_radio_tabs
from reader.clean.html.readable import extract_main
from reader.clean.html.scripted import (
    SCRIPTED_MESSAGE,
    SHELL_WORDS,
    drawn_by_scripts,
    is_shell_text,
)
from reader.clean.html.second_opinion import (
    crowded,
    page_words,
    region_words,
    second_opinion,
)
from reader.clean.html.section_headings import restore_headings
from reader.clean.html.sections import add_sections
from reader.clean.html.signup import remove_signup_boxes
from reader.clean.html.source_toggles import remove_source_listings, without_listings
from reader.clean.html.stray_columns import without_stray_columns
from reader.clean.html.structured_body import structured_blocks
from reader.clean.html.tab_labels import label_tab_panels
from reader.clean.html.their_markup import page_code
from reader.clean.html.thread import read_thread
from reader.clean.html.toggles import read_toggle_headings
from reader.clean.html.void_elements import WRITTEN, empty_voids
from reader.clean.meta.title import without_title_label
from reader.clean.text.mail import message_sender, read_messages
from reader.core.errors import LoadError
from reader.core.lazy import lazy_re
from reader.core.sanitize import markup_has_controls

EMPTY_MESSAGE = "This page has no readable article text."
# every element an HtmlElement, chosen in C (see html_parser)
_PARSER = plain_parser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
_XML_DECLARATION = lazy_re(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DOCUMENT_END = lazy_re(r"</(?:body|html)\s*>", re.IGNORECASE)
EARLY_END = 200  # characters after the first end tag: more is more page, not a newline


def parse_html(text: str) -> HtmlElement:
    """Parse a page into an lxml tree. Raises ``LoadError`` for an empty or unreadable page."""
    if not text or not text.strip():
        raise LoadError(EMPTY_MESSAGE)
    text = _XML_DECLARATION.sub("", text, count=1)
    text = _read_on(text)
    text = without_stray_columns(text)  # (a browser ignores them; libxml2 ends the paragraph)
    text = without_crowded_attributes(text)  # (libxml2 reads a tag's in time square in them)
    data = text.encode("utf-8", "replace")
    controls = markup_has_controls(text, data)  # (cleared before any change to the tree)
    tree = _parse(data, controls)
    if is_deep(tree):  # the parser may have cut a page nested past its limit
        flat = flatten_markup(text)
        if flat is not text:
            tree = _parse(flat.encode("utf-8", "replace"), controls)
        flatten_tree(tree)
    read_drawn_markup(tree)
    if WRITTEN.search(text):
        empty_voids(tree)  # ("Histogram<wbr>Config" and the blocks after it: not inside it)
    return tree


def _read_on(text: str) -> str:
    """``text`` without the ``</body>`` and ``</html>`` that end it early: a browser reads
    on past them, lxml stops. A page that ends where it should is left as it is."""
    found = _DOCUMENT_END.search(text)
    if found is None or len(text) - found.start() < EARLY_END:
        return text
    first = found.start()
    return text[:first] + _DOCUMENT_END.sub("", text[first:])


def _parse(data: bytes, controls: bool) -> HtmlElement:
    try:
        tree = document_fromstring(data, parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        raise LoadError(EMPTY_MESSAGE) from None
    if tree is None:
        raise LoadError(EMPTY_MESSAGE)
    if controls:
        clear_controls(tree)
    return tree


def clean_html(text: str, url: str | None = None, log: DropLog | None = None) -> Extracted:
    """Clean an HTML page into an ``Extracted`` draft. Raises only ``LoadError``.

    With a ``log``, every block a rule drops is recorded under the rule's name (see
    ``reader.clean.explain``); without one, nothing is recorded and nothing is spent."""
    try:
        return _clean(text, url, log)
    except LoadError:
        raise
    except (RecursionError, MemoryError):
        raise LoadError("This page is too deeply nested or too large to read.") from None
    except (etree.LxmlError, ValueError, TypeError, AttributeError) as error:
        raise LoadError(f"Could not read this page's HTML ({error}).") from None


def _clean(text: str, url: str | None, log: DropLog | None = None) -> Extracted:
    tree = parse_html(text)
    read_amp_pictures(tree)
    total_words = page_words(tree)  # before the cleanup changes the tree
    empty = EMPTY_MESSAGE
    if total_words <= SHELL_WORDS and drawn_by_scripts(tree):
        empty = SCRIPTED_MESSAGE  # what to say if nothing is found: why
    askable = not crowded(tree)
    page = page_blocks(tree) if log is not None else []
    index = ClassIndex.of_page(tree)
    meta = page_metadata(tree, url, index)
    said_once = _said_once(tree, meta.subtitle)  # (the whole page, before any cleanup)
    consent = DropLog()  # kept: the second opinion must not bring these panels back
    remove_consent(tree, index, consent)
    remove_signup_boxes(tree, consent)
    listings = remove_source_listings(tree, log)  # an API reference's folded code
    if "-implementations" in text:  # (a look at the source spares a walk on other pages)
        remove_generated_impls(tree, log)  # rustdoc's impls every type gets (Send, Into<U>)
    clear_code_frames(tree, log)  # gutters beside listings, their frames' screen-reader titles
    join_line_divs(tree)  # code set as a div a line (Doxygen's fragments): a <pre>
    if log is not None:
        log.extend(consent)
    listing = read_listing(tree, url, base_href(tree, url))
    if listing is not None:  # a front page, a tag or search page: its entries, no byline
        return Extracted(title=meta.title or "", subtitle=meta.subtitle, site=meta.site,
                         url=url, base=base_href(tree, url),
                         page_address=None if url else own_address(tree), blocks=listing)
    thread = read_thread(tree, meta.title)
    if thread is not None:  # a forum thread, a question and its answers: post by post
        return Extracted(title=meta.title or "", subtitle=thread.subtitle(meta.subtitle),
                         site=meta.site,
                         authors=thread.authors or list(meta.authors),  # (its starter)
                         published=thread.published(meta.published, tree.find("body")),
                         url=url, base=base_href(tree, url),
                         page_address=None if url else own_address(tree),
                         blocks=thread.blocks)
    quotes = take_pull_quotes(tree, index)
    keep_quote_credits(tree)  # (after the pull quotes took theirs)
    caption = meta.caption or find_lead_caption(tree)
    keep_tabs = keeps_tab_panels(tree, url, text)
    read_toggle_headings(tree)  # an accordion's buttons: its sections' headings
    if keep_tabs:
        label_tab_panels(tree)  # each panel shown, headed by its tab's words
    label_radio_tabs(tree)  # a code group's blocks, each headed by its radio tab's label
    main = extract_main(tree, url, log, keep_tabs=keep_tabs)
    main, manual = widen_documentation(tree, main, url, text, log)
    # what our cleanup had in hand and may drop: the second opinion must not bring it back
    seen = " ".join([main.text_content(), *(drop.text for drop in consent.drops),
                     *(quote.text for quote in quotes), caption.text if caption else ""])
    strip_boilerplate(main, log, repeats=not manual)  # a manual repeats lines on purpose
    held = held_caption(main, caption) if caption is not None else None
    if caption is not None:
        remove_caption_repeats(main, caption, log, keep=held)
    blocks = join_datelines(strip_edit_links(html_to_blocks(main)))
    if not manual and main.getroottree().getroot() is not tree:  # the page is whole
        blocks = add_sections(tree, restore_lead(tree, blocks, meta.authors), _section_blocks)
        blocks = restore_headings(tree, blocks, meta.title)
    subtitle = meta.subtitle
    if subtitle and _is_lede(blocks, subtitle, said_once):
        subtitle = None  # the page's description is its first paragraph: keep it there
    if subtitle and meta.subtitle_placed and _opens(blocks, subtitle):
        subtitle = None  # a line found under the headline by its place alone that the text
        # opens with is the text's: it stays there, never dropped as a repeat (and in
        # another reading's text, looked at below)
    theirs_subtitle = None if meta.subtitle_placed else subtitle
    blocks = drop_copies(trim_edges(
        drop_header_repeats(blocks, meta.title, subtitle, log), log, meta.authors
    ), log)
    theirs_log = DropLog() if log is not None else None
    ours = blocks
    blocks, theirs = second_opinion(
        text, url, blocks, total_words, partial(_fragment_blocks, title=meta.title,
                                                subtitle=theirs_subtitle, log=theirs_log),
        seen,
        partial(link_texts, tree),
        ask=askable,
        boxes=" ".join(drop.text for drop in consent.drops),
        region=partial(region_words, tree),
        page=partial(_visible_page, text, keep_tabs),
        code=partial(page_code, tree),
    )
    if blocks is not ours:  # trafilatura's reading, or ours filled in from it
        blocks = with_page_marks(without_listings(blocks, listings), tree)
    chosen = "trafilatura" if theirs else "readability"
    stated = structured_blocks(meta.body, blocks, partial(
        _fragment_blocks, title=meta.title, subtitle=theirs_subtitle))
    if stated is not None:  # a page drawn by its scripts: the story is in its structured data
        blocks, chosen = stated, "structured-data"
    if subtitle and meta.subtitle_placed and blocks is not ours and _opens(blocks, subtitle):
        subtitle = None
    if log is not None and theirs_log is not None:
        if chosen != "readability":  # ours was replaced: its drops do not apply, the boxes'
            log.drops = [*consent.drops, *(theirs_log.drops if theirs else [])]  # still do
        record_unchosen(log, page, blocks, chosen)
    blocks = tidy_breaks(read_messages(blocks))  # (the blocks around a break may have gone)
    if held is not None and caption is not None and said_in_body(blocks, caption):
        caption = None  # (the lead picture's caption is its figure's, in the body)
    if not any(kind != "heading" and text for kind, text, _level in blocks):
        raise LoadError(empty)  # headings or pictures alone are nothing to read
    if empty is SCRIPTED_MESSAGE and is_shell_text(text for _kind, text, _level in blocks):
        raise LoadError(empty)  # "Loading…", "Please turn on JavaScript": the shell's words
    return Extracted(
        title=meta.title or "",
        subtitle=subtitle,
        authors=list(meta.authors) or list(filter(None, [message_sender(blocks)])),
        published=meta.published,
        site=meta.site,
        url=url,
        base=base_href(tree, url),
        page_address=None if url else own_address(tree),
        caption=caption,
        blocks=blocks,
        pull_quotes=match_pull_quotes(quotes, blocks),
    )


def _visible_page(text: str, keep_tabs: bool) -> HtmlElement:
    """The page as it came but without what it hides (``hidden``), for a second opinion:
    trafilatura reads hidden text, such as a site's machine-readable copy of the story."""
    tree = parse_html(text)
    drop_hidden(tree, keep_tabs=keep_tabs)
    wrap_loose_text(tree)  # (its favour-recall reading leaves loose text out)
    return tree


def _fragment_blocks(
    html: str, *, title: str | None, subtitle: str | None, log: DropLog | None = None
) -> list[BlockTuple]:
    """Blocks of an extracted fragment (a second opinion's) through our own rules."""
    main = parse_html(html)
    body = main.find("body")
    main = body if body is not None else main
    strip_boilerplate(main, log)
    blocks = join_datelines(strip_edit_links(html_to_blocks(main)))
    return drop_copies(trim_edges(drop_header_repeats(blocks, title, subtitle, log), log), log)


def _section_blocks(section: HtmlElement) -> list[BlockTuple]:
    """Blocks of a section taken from the page (a copy) through our own rules."""
    section.tail = None
    strip_boilerplate(section)
    return join_datelines(strip_edit_links(html_to_blocks(section)))


LEDE_WORDS = 28
REPEATS = 2  # the text's opening blocks that may repeat the title or the subtitle


def _is_lede(blocks: list[BlockTuple], subtitle: str, said_once: bool = False) -> bool:
    """The first paragraph is the subtitle word for word, and long enough to be text, or
    the page writes those words nowhere else (a description made of its opening sentence,
    not a dek shown over it: "I build tools for Substack creators.")."""
    first = next((block for block in blocks if block[0] != "heading" and block[1]), None)
    return (
        first is not None
        and first[0] == "paragraph"
        and folded_words(first[1]) == folded_words(subtitle)
        and (said_once or len(first[1].split()) >= LEDE_WORDS)
    )


def _opens(blocks: list[BlockTuple], line: str) -> bool:
    """Whether ``line`` is one of the text's first two blocks of text (those a header repeat
    may be dropped from)."""
    wanted = folded_words(line)
    opening = islice((text for _kind, text, _level in blocks if text), REPEATS)
    return any(folded_words(text) == wanted for text in opening)


_WRITTEN = ("p", "h2", "h3", "h4", "h5", "h6", "div", "span")
# a dek's names: the one place the words stand is the page's dek, not its opening sentence
_DEK_NAME = lazy_re(
    r"dek|sub-?title|sub-?head|standfirst|summary|excerpt|lede|lead|intro|descr|teaser|strap",
    re.IGNORECASE,
)
_LEAVES_ONLY = frozenset({"div", "span"})  # (read only when they hold no element: no nest
# of ten thousand is read ten thousand times)


def _said_once(tree: HtmlElement, subtitle: str | None) -> bool:
    """Whether the page writes ``subtitle`` in one place only (an element whose words are
    just it, and any inside it), and that place is not named as a dek."""
    wanted = folded_words(subtitle or "")
    if not wanted:
        return False
    found: list[HtmlElement] = []
    for element in tree.iter(*_WRITTEN):
        if element.tag in _LEAVES_ONLY and len(element):
            continue
        text = element.text_content()
        if len(text) <= 2 * len(subtitle or "") and folded_words(text) == wanted:
            if found and found[-1] in element.iterancestors():
                continue  # (the same words, inside the element that has them)
            found.append(element)
            if len(found) > 1:
                return False
    return len(found) == 1 and not any(
        _DEK_NAME.search(f"{element.get('class', '')} {element.get('id', '')}")
        for element in (found[0], found[0].getparent()) if element is not None
    )


def drop_header_repeats(
    blocks: list[BlockTuple], title: str | None, subtitle: str | None,
    log: DropLog | None = None,
) -> list[BlockTuple]:
    """Drop leading blocks that only repeat the title or the subtitle (shown in the header)."""
    repeats = {folded_words(text) for text in (title, subtitle) if text} - {""}
    dropped: set[int] = set()
    texts = 0
    for index, (_kind, text, _level) in enumerate(blocks):
        if not text:
            continue  # a picture: the repeats may stand after it
        if texts == REPEATS or folded_words(without_title_label(text)) not in repeats:
            break
        texts += 1
        dropped.add(index)
        if log is not None:
            log.text("header-repeat", text)
    if not dropped:
        return blocks
    return [block for index, block in enumerate(blocks) if index not in dropped]


__all__ = ["EMPTY_MESSAGE", "clean_html", "drop_header_repeats", "inline_text", "parse_html"]
