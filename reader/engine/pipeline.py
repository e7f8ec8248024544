"""The pipeline: source → raw document → cleaner → sanitised ``Article`` → people and quotes."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from itertools import islice
from operator import attrgetter
from pathlib import Path
from typing import Literal

from reader.article.data_kind import data_kind
from reader.article.model import (
    Article,
    Block,
    BlockSpec,
    Caption,
    Link,
    PullQuote,
    Styled,
    build_article,
    is_laid_out,
)
from reader.clean.credit import clean_credit
from reader.clean.extracted import Draft, Extracted
from reader.core.file_types import (
    DOCX_TYPE,
    FEED_ENTRY_TYPE,
    MESSAGE_TYPES,
    code_language,
    is_notebook,
    table_delimiter,
)
from reader.core.lazy import lazy_re
from reader.core.same_person import one_per_person
from reader.core.sanitize import clean_block, clean_line, clean_lines, clean_optional, clean_text
from reader.engine.structure import block_links, block_styles, code_text, structured_block
from reader.sources.load import RawDocument, load_source
from reader.sources.sniff import EPUB_TYPE

DocumentKind = Literal[
    "html", "markdown", "rst", "text", "message", "code", "table", "book", "notebook", "docx"
]

_HTML_SNIFF = lazy_re(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_DOCUMENT = lazy_re(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.DOTALL)
_HTML_TAGS = lazy_re(r"</?(?:p|div|span|a|br|article|section|h[1-6]|li|ul|table)\b[^>]*>", re.I)
_MARKDOWN_HINTS = lazy_re(
    r"^(?:#{1,6} \S|[*+-] \S|\d+\. \S|> \S|```|\[[^\]]+\]\([^)]+\))", re.MULTILINE
)
# Marks that plain text does not make by itself (a copied page has numbered and dashed lines,
# not "## " headings, fences or "[text](url)" links).
_MARKDOWN_MARKS = lazy_re(r"^```|\[[^\]\n]{1,300}\]\([^)\s]{1,2000}\)", re.MULTILINE)
# a heading set apart by blank lines, in words (not a shell's "# command", a comment in code)
_MARKDOWN_HEADING = lazy_re(r"(?:\A|\n[ \t]*\n)#{1,6} [^\sa-z][^\n]*\n[ \t]*(?:\n|\Z)")
_MARKDOWN_TITLE = lazy_re(r"\A\s*#{1,6} [^\sa-z]")
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
_RST_SUFFIXES = (".rst", ".rest")
_RST_TYPES = ("text/x-rst", "text/prs.fallenstein.rst")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".xht")
_TEXT_SUFFIXES = (".txt", ".text")
_MESSAGE_SUFFIXES = (".eml", ".msg.txt", ".mhtml", ".mht")  # (a saved page's web archive)


# a text opening as a mail does: a header line ("From: ...", "Received: ...") or mbox's "From "
_MAIL_START = lazy_re(r"^\ufeff?(?:[!-9;-~]+:[ \t]|From )")


def _looks_like_message(text: str) -> bool:
    from reader.clean.message import looks_like_message  # (lazy: most texts open otherwise)

    return looks_like_message(text)


def detect_kind(raw: RawDocument) -> DocumentKind:
    """HTML, Markdown, reStructuredText, plain text, a mail message, a program's source or
    data file ("code"), a CSV ("table"), an EPUB book, a Jupyter notebook or a Word document
    ("docx"): by content type, then file name, then by sniffing (reStructuredText, code and
    tables by their name or type only; a notebook by its JSON's opening too)."""
    mime = (raw.content_type or "").lower()
    if mime == EPUB_TYPE:  # (its chapters as one page: reader.sources.epub)
        return "book"
    if mime == "application/pdf":
        return "text"  # (its text, pages apart: the plain-text cleaner's)
    if mime == DOCX_TYPE:
        return "docx"  # (its parts' XML, read by ``reader.sources.docx``)
    if "html" in mime or "xml" in mime:
        return "html"
    if "markdown" in mime:
        return "markdown"
    if mime in _RST_TYPES:
        return "rst"
    name = (raw.path or raw.url or "").lower().split("?")[0]
    if mime.startswith(MESSAGE_TYPES) or name.endswith(_MESSAGE_SUFFIXES) or (
        not mime and _MAIL_START.match(raw.text) and _looks_like_message(raw.text)
    ):
        return "message"
    if name.endswith(_HTML_SUFFIXES):
        return "html"
    if is_notebook(mime, name, raw.text):
        return "notebook"
    head = raw.text[:4000]
    if not _HTML_DOCUMENT.match(head):  # (a page saved under any name is a page)
        if table_delimiter(mime, raw.path, raw.url):
            return "table"
        if code_language(mime, raw.path, raw.url):
            return "code"
    if name.endswith(_MARKDOWN_SUFFIXES):  # (a whole page saved under .md is a page)
        return "html" if _HTML_DOCUMENT.match(head) else "markdown"
    if name.endswith(_RST_SUFFIXES):
        return "rst"
    if name.endswith(_TEXT_SUFFIXES):  # (plain as its name says, unless a page saved so)
        return "html" if _HTML_SNIFF.match(head) else "text"
    if _HTML_DOCUMENT.match(head):
        return "html"
    if looks_like_markdown(raw.text[:20000]):  # (before the tags: a README's HTML blocks)
        return "markdown"
    if _HTML_SNIFF.match(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    return "text"


def looks_like_markdown(sample: str) -> bool:
    """Two of Markdown's marks or more (lists, quotes, headings), and one plain text does not
    make by itself: a fence, a "[text](address)" link, a "# Title" opening the text or two
    headings set apart by blank lines (not a shell's "# command" or a program's comment)."""
    if len(_MARKDOWN_HINTS.findall(sample)) < 2:
        return False
    return (
        _MARKDOWN_MARKS.search(sample) is not None
        or _MARKDOWN_TITLE.match(sample) is not None
        or sum(1 for _ in islice(_MARKDOWN_HEADING.finditer(sample), 2)) >= 2
    )


def clean(raw: RawDocument, kind: DocumentKind | None = None) -> Extracted:
    """Run the cleaner for the document's kind; the document's own title (a PDF's, a feed
    entry's) when its text gives none. A PDF's (its metadata's, its largest type's) stands
    over the one its text gives, which stays as the body's first heading."""
    extracted = _clean_kind(raw, kind or detect_kind(raw))
    if raw.title and not extracted.title:
        extracted.title = raw.title
    elif raw.title and raw.content_type == "application/pdf":
        told, own = _folded(extracted.title), _folded(raw.title)
        if told not in own and own not in told:
            extracted.blocks.insert(0, ("heading", extracted.title, 2))
            extracted.pull_quotes = [
                replace(quote, block=quote.block + 1) if quote.block is not None else quote
                for quote in extracted.pull_quotes
            ]
        extracted.title = raw.title
    return extracted


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _clean_kind(raw: RawDocument, kind: DocumentKind) -> Extracted:
    if kind == "html" and raw.content_type == FEED_ENTRY_TYPE:
        from reader.clean.html.feed_entry import clean_feed_entry

        return clean_feed_entry(raw.text, url=raw.url)
    if kind == "html":
        from reader.clean.html.pipeline import clean_html

        return clean_html(raw.text, url=raw.url)
    if kind == "book":
        from reader.clean.html.book import clean_book

        return clean_book(raw.text)
    if kind == "markdown":
        from reader.clean.markdown import clean_markdown

        return clean_markdown(raw.text)
    if kind == "message":
        from reader.clean.message import clean_message

        return clean_message(raw.text)
    if kind == "rst":
        from reader.clean.rst import clean_rst

        return clean_rst(raw.text)
    if kind == "notebook":
        from reader.clean.notebook import clean_notebook

        return clean_notebook(raw.text, raw.path, raw.url)
    if kind == "docx":
        from reader.clean.docx import clean_docx

        return clean_docx(raw.text, raw.path, raw.url)
    if kind in ("code", "table"):
        from reader.clean import data_files as data

        mime = (raw.content_type or "").lower()
        if kind == "table":
            delimiter = table_delimiter(mime, raw.path, raw.url) or ","
            return data.clean_table(raw.text, delimiter, raw.path, raw.url)
        language = code_language(mime, raw.path, raw.url) or "text"
        return data.clean_code(raw.text, language, raw.path, raw.url)
    from reader.clean.text.pipeline import clean_plain_text

    return clean_plain_text(raw.text)


def _clean_block_text(kind: str, text: str) -> str:
    if kind == "preformatted":
        return clean_text(text).expandtabs(4).strip("\n")
    if kind == "code":
        return code_text(text)
    if kind == "list":
        return "\n".join(filter(None, (clean_line(item) for item in text.split("\n"))))
    if kind in ("quote", "paragraph"):  # a paragraph's lines: its <br>s
        return clean_block(text)
    return clean_line(text)


_MULTILINE_KINDS = ("preformatted", "code", "list", "quote", "table", "definitions")


def _multiline(kind: str, text: str) -> bool:
    """Whether a block keeps its lines: its kind's are its structure; a paragraph's come
    from its ``<br>``s (a verse, an address)."""
    return kind in _MULTILINE_KINDS or (kind == "paragraph" and "\n" in text)


def _clean_block_texts(blocks: list[tuple[str, str, int]]) -> list[str]:
    """``_clean_block_text`` of every block; the one-line ones all at once (fast on books)."""
    lines = iter(clean_lines([text for kind, text, _ in blocks if not _multiline(kind, text)]))
    return [
        _clean_block_text(kind, text) if _multiline(kind, text) else next(lines)
        for kind, text, _ in blocks
    ]


def _blocks(
    extracted: Extracted,
) -> tuple[array[int], list[BlockSpec], list[tuple[int, Link]], list[tuple[int, Styled]]]:
    """The kept blocks (indexes into the draft's), their sanitised specs, and their links
    and styles as ``(index among the specs, link or style)``."""
    drafts = extracted.blocks
    texts = _clean_block_texts(drafts)
    base = extracted.base or extracted.url
    kept = array("q")  # (8 bytes a block, not an int object each: a million lines)
    blocks: list[BlockSpec] = []
    links: list[tuple[int, Link]] = []
    styles: list[tuple[int, Styled]] = []
    for index, draft in enumerate(drafts):
        text = texts[index]
        # (a plain draft whose text is already clean is its own spec: no copy per block)
        spec: BlockSpec = (
            draft if type(draft) is tuple and text is draft[1] else (draft[0], text, draft[2])
        )
        structure = draft.structure if isinstance(draft, Draft) else None
        if structure:
            spec = structured_block(draft, structure, base, text)
            text = spec.text
        src = spec.src if isinstance(spec, Block) else None
        if not is_laid_out(draft[0], text, src):
            continue  # as build_article drops it: the pull quotes' block indexes stay right
        if structure and structure.get("links"):
            found = block_links(text, structure["links"], base, extracted.page_address)
            links.extend((len(blocks), link) for link in found)
        if structure and structure.get("styles") and draft[0] != "code":
            styled = block_styles(text, structure["styles"])
            styles.extend((len(blocks), one) for one in styled)
        kept.append(index)
        blocks.append(spec)
    return kept, blocks, links, styles


def _drain(items: list[BlockSpec]) -> Iterator[BlockSpec]:
    """Each item of ``items``, its place emptied as it is handed on (``items`` is used up:
    a spec is freed once its block is made)."""
    for index in range(len(items)):
        item = items[index]
        items[index] = None  # type: ignore[call-overload]
        yield item


def assemble(extracted: Extracted, *, source: str | None = None, consume: bool = False) -> Article:
    """Sanitise every string of a draft and lay it out as an ``Article``.

    ``consume=True`` hands the draft's blocks over: ``extracted.blocks`` is emptied, and each
    draft block freed as soon as its ``Block`` is made (a million lines' drafts take ~70 MB).
    """
    kept, blocks, links, styles = _blocks(extracted)
    if consume:
        extracted.blocks = []
    new_index = {old: new for new, old in enumerate(kept)} if extracted.pull_quotes else {}
    pull_quotes = []
    for quote in extracted.pull_quotes:
        text = clean_line(quote.text)
        if text:
            pull_quotes.append(
                PullQuote(
                    text=text,
                    attribution=clean_optional(quote.attribution),
                    speaker=clean_optional(quote.speaker),
                    block=new_index.get(quote.block) if quote.block is not None else None,
                )
            )
    caption = None
    if extracted.caption and clean_line(extracted.caption.text):
        caption = Caption(
            clean_line(extracted.caption.text),
            clean_optional(clean_credit(extracted.caption.credit)),
        )
    authors = one_per_person(filter(None, map(clean_line, extracted.authors)))
    return build_article(
        title=clean_line(extracted.title) or "Untitled",
        blocks=_drain(blocks) if consume else blocks,
        subtitle=clean_optional(extracted.subtitle),
        authors=authors,
        published=clean_optional(extracted.published),
        site=clean_optional(extracted.site),
        url=clean_optional(extracted.url),
        caption=caption,
        pull_quotes=pull_quotes,
        source=source,
        links=links,
        styles=styles,
    )


# The people engine reads at most this many characters (whole blocks): a news story is far
# shorter, and on a book or a dump of a million lines its per-word objects would take GBs.
PEOPLE_TEXT_LIMIT = 1_000_000


def _people_sample(article: Article) -> Article:
    """The article itself, or for a very long one its first blocks within
    ``PEOPLE_TEXT_LIMIT`` characters (same offsets: the text is cut, never moved)."""
    if len(article.text) <= PEOPLE_TEXT_LIMIT:
        return article
    count = bisect_right(article.blocks, PEOPLE_TEXT_LIMIT, key=attrgetter("end"))
    count = max(count, 1)
    end = article.blocks[count - 1].end
    return replace(
        article, blocks=article.blocks[:count], text=article.text[:end], links=(), styles=()
    )


def analyse(article: Article) -> Article:
    """Find the people and direct quotations, and resolve pull-quote speakers (on a very
    long text, in its first ``PEOPLE_TEXT_LIMIT`` characters only); none in a program's
    source or a table (``data_kind``): its comments, strings and cells are not prose."""
    from reader.people.finder import analyse_people

    if data_kind(article) is not None:
        stale = article.people or article.quotations  # (a copy saved before: none now)
        return replace(article, people=(), quotations=()) if stale else article
    sample = _people_sample(article)
    if sample is article:
        return analyse_people(article)
    found = analyse_people(sample)
    del sample
    return replace(
        article, people=found.people, quotations=found.quotations, pull_quotes=found.pull_quotes
    )


def _refuse_empty(raw: RawDocument) -> None:
    """Raise ``LoadError`` (one sentence) for a document with nothing to read."""
    from reader.core.errors import LoadError

    what = "The standard input" if raw.source == "-" else "This document"
    raise LoadError(f"{what} is empty: there is nothing to read.")


def extract(
    raw: RawDocument, *, people: bool = True, kind: DocumentKind | None = None
) -> Article:
    """Clean a raw document into an article (people and quotes too, unless ``people=False``),
    as ``kind`` (else the kind ``detect_kind`` finds).

    A document with no text at all (no body and no title) raises ``LoadError``.
    """
    kind = kind or detect_kind(raw)
    if kind != "html" and (not raw.text or raw.text.isspace()):  # HTML says it its own way
        _refuse_empty(raw)
    extracted = clean(raw, kind)
    article = assemble(extracted, source=raw.source, consume=True)
    titled = bool(clean_line(extracted.title))
    if not article.blocks and not titled:
        _refuse_empty(raw)
    del extracted  # (its blocks went into the article's; the rest is not needed)
    if raw.path and not titled:  # a local file without a title: its name, as a browser's tab
        article = replace(article, title=clean_line(Path(raw.path).name) or article.title)
    if raw.url and not article.url:
        article = replace(article, url=raw.url)
    return analyse(article) if people else article


def load_article(source: str, *, people: bool = True, **options: object) -> Article:
    """Load (or fetch) ``source`` and extract its article. Raises ``LoadError``."""
    return extract(load_source(source, **options), people=people)  # type: ignore[arg-type]


def load_sample() -> Article:
    """The bundled sample article, cleaned (the library's first entry)."""
    from reader.core.paths import sample_path

    return load_article(str(sample_path()))
