"""An e-mail message (a saved ``.eml``, a newsletter, a pasted message with its headers).

The message is read with the standard library's ``email`` package (MIME parts, base64 and
quoted-printable, charsets, encoded headers): its HTML part, else its plain-text part, goes
through the cleaner for its kind, without the signature under its "-- " line (a newsletter's
footer under a bare "--": :mod:`reader.clean.mail_signature`); the subject is the title, the
sender the author and the ``Date`` the publication date. A text is a message when it opens
with a header block that names a sender and a subject or a date ("From:", "Subject:", "Date:"
before the first blank line).

A web page saved whole (MHTML: a browser's "save as single file", ``.mhtml`` or ``.mht``) is
such a message too, but its headers name the saving, not the article ("From: <Saved by
Blink>", the day it was saved): the page is read as a page, at the address it was saved
from, and its subject only names it when the page names nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.clean.mail_signature import html_without_signature, without_signature
from reader.clean.message_parse import MAX_PARTS, parse_message
from reader.core.errors import LoadError
from reader.core.lazy import lazy_re

if TYPE_CHECKING:
    from email.message import EmailMessage

    from reader.clean.explain import DropLog
    from reader.clean.extracted import Extracted

HEADER_LINES = 60  # a message's header block is looked for in its first lines ...
HEADER_CHARS = 65_536  # ... and characters
# "Name: value" or a folded line ("  value") of a header block; "From " opens an mbox
_HEADER_LINE = lazy_re(r"^(?:[!-9;-~]+:[ \t]|[ \t]+\S|From [^\s@]+@?\S* )")
_NAME = lazy_re(r"^([!-9;-~]+):", re.M)
_OPENING = frozenset({"from", "subject", "date", "to", "return-path", "received",
                      "delivered-to", "message-id", "mime-version", "reply-to"})


def looks_like_message(text: str) -> bool:
    """Whether ``text`` opens with a mail header block naming a sender ("From:") and a
    subject or a date, every line of it a header, up to the first blank line."""
    lines = text[:HEADER_CHARS].lstrip("\ufeff").split("\n", HEADER_LINES)[:HEADER_LINES]
    block: list[str] = []
    for line in lines:
        line = line.rstrip("\r")
        if not line.strip():
            break
        if not _HEADER_LINE.match(line):
            return False
        block.append(line)
    else:
        return False  # no blank line after the headers: not a message
    if not block:
        return False
    names = {name.lower() for name in _NAME.findall("\n".join(block))}
    first = _NAME.match(block[0])
    opens = block[0].startswith("From ") or (first is not None and first[1].lower() in _OPENING)
    return opens and "from" in names and bool(names & {"subject", "date"})


def _body(message: EmailMessage) -> tuple[str, str]:
    """The message's readable part: ("html", its markup), else ("text", its text). Without
    one it names (a multipart with no boundary, a forwarded message attached whole), the
    first HTML or text part anywhere in it, else what follows its headers."""
    part = message.get_body(preferencelist=("html", "plain")) or next(
        (p for p in message.walk() if p.get_content_type() in ("text/html", "text/plain")),
        None,
    )
    if part is None:
        payload = message.get_payload()
        return "text", payload if isinstance(payload, str) else ""
    if part.get_content_subtype() == "html":
        return "html", _html_text(part)
    try:
        content = _raw_text(part) or part.get_content()
    except (LookupError, ValueError, AssertionError):  # an unknown charset, a broken part
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return "text", ""
    if _garbled(content):  # a transfer encoding it is not in ("base64" over plain text)
        payload = part.get_payload()
        content = payload if isinstance(payload, str) else content
    return ("html" if part.get_content_subtype() == "html" else "text"), content


def _html_text(part: EmailMessage) -> str:
    """An HTML part's text, decoded as a page's bytes are: its charset parameter, else the
    ``<meta charset>`` in it, else detection (valid UTF-8 overrules a legacy name)."""
    from reader.sources.decoding import decode_bytes

    raw = _raw_bytes(part)
    payload = raw if raw is not None else part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = str(part.get_payload() or "").encode("utf-8", "surrogateescape")
    return decode_bytes(payload, part.get_param("charset"))[0]  # type: ignore[arg-type]


def _raw_bytes(part: EmailMessage) -> bytes | None:
    """A part's bytes when its text holds characters beyond ASCII (a file read as text
    carries them raw), else None: the email package would write each such character out
    as its escape (a literal "\\u2014"), and drop its transfer encoding."""
    payload = part.get_payload()
    if not isinstance(payload, str) or payload.isascii():
        return None
    data = payload.encode("utf-8", "surrogateescape")
    encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
    if encoding == "quoted-printable":
        import quopri

        return quopri.decodestring(data)
    return data  # (base64 is ASCII; 7bit, 8bit and binary are the bytes)


def _raw_text(part: EmailMessage) -> str | None:
    """A text part's characters beyond ASCII read as they are written (see _raw_bytes)."""
    from reader.sources.decoding import decode_bytes

    data = _raw_bytes(part)
    return None if data is None else decode_bytes(data, part.get_param("charset"))[0]  # type: ignore[arg-type]


def _saved_page(message: EmailMessage) -> str | None:
    """The address a web archive (MHTML) was saved from ("" if it names none), or None when
    ``message`` is a mail: a browser marks its archives by the sender or a snapshot header."""
    snapshot = _header(message, "Snapshot-Content-Location")
    if snapshot or "saved by " in _header(message, "From").lower():
        return snapshot
    return None


GARBLED = 0.1  # a share of control or replacement characters no text has


def _garbled(text: str) -> bool:
    """Whether ``text`` is bytes decoded as what they are not (more than :data:`GARBLED`
    of its first characters are controls or U+FFFD)."""
    sample = text[:2000]
    bad = sum(1 for char in sample if char == "\ufffd" or (char < " " and char not in "\t\n\r"))
    return bad > GARBLED * len(sample)


def _header(message: EmailMessage, name: str) -> str:
    try:
        return " ".join(str(message.get(name, "") or "").split())
    except (ValueError, IndexError, TypeError):  # a header the parser could not make sense of
        return ""


def _sender(message: EmailMessage) -> list[str]:
    """The sender's name ("Ann Lee <ann@example.com>" -> "Ann Lee"), else their address."""
    from email.utils import getaddresses

    senders = getaddresses([_header(message, "From")])
    return [name or address for name, address in senders[:1] if name or address]


def _date(message: EmailMessage) -> str | None:
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(_header(message, "Date")).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _parsed(text: str) -> tuple[EmailMessage, tuple[str, str], bool]:
    """The message of ``text``, its readable part (:func:`_body`) and whether parts past
    :data:`MAX_PARTS` were left unread. The email package reads a part nested in another
    by recursing: parts nested past Python's limit on recursion (no message nests more
    than a few) are refused in a sentence."""
    try:
        message, cut = parse_message(text)
        return message, _body(message), cut
    except RecursionError:
        raise LoadError(
            "This message's parts are nested too deeply to read (each inside the last)."
        ) from None


def clean_message(text: str, log: DropLog | None = None) -> Extracted:
    """The article of a mail message: its HTML or text part cleaned, named by its headers."""
    message, (kind, content), cut = _parsed(text.lstrip("\ufeff"))
    saved = _saved_page(message)  # type: ignore[arg-type]
    if saved is not None and kind == "html":
        from reader.clean.html.pipeline import clean_html

        page = clean_html(content, url=saved or None, log=log)
        page = replace(page, title=page.title or _header(message, "Subject"))  # type: ignore[arg-type]
        return _noting_unread(page) if cut else page
    if kind == "html":
        from reader.clean.html.pipeline import clean_html

        extracted = clean_html(html_without_signature(content, log), log=log)
    else:
        from reader.clean.text.pipeline import clean_plain_text

        extracted = clean_plain_text(without_signature(content, log), log)
    subject = _header(message, "Subject")  # type: ignore[arg-type]
    extracted = replace(
        extracted,
        title=subject or extracted.title,
        authors=_sender(message) or extracted.authors,  # type: ignore[arg-type]
        published=_date(message) or extracted.published,  # type: ignore[arg-type]
    )
    return _noting_unread(extracted) if cut else extracted


def _noting_unread(extracted: Extracted) -> Extracted:
    """``extracted`` with a last paragraph saying the message's parts past
    :data:`MAX_PARTS` were not read."""
    note = (f"(The rest of this message is left out: it has more than {MAX_PARTS:,} parts, "
            "and only the first were read.)")
    return replace(extracted, blocks=[*extracted.blocks, ("paragraph", note, 0)])


__all__ = ["clean_message", "looks_like_message"]
