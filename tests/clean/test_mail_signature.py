"""A saved mail's signature (under its "-- " line, RFC 3676) and a newsletter's footer (under
a bare "--") are not the letter, in a plain-text part or an HTML one: dropped, and named by
``reader dump --explain`` under ``mail-signature``; kept when they would be most of it."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from tests.cli_run import body_texts, dump_explain, dump_json

LETTER = [
    "Hi all,",
    "The harbour survey finished yesterday and the report is with the council. We counted "
    "forty boats at the moorings and twelve in the yard for repairs over the winter.",
    "The dredging starts in March, and the north quay will be closed for two weeks while it "
    "runs, so the ferry will tie up at the old pier until it opens again.",
    "Thanks,\nAnn",
]
SIGNATURE = [
    "Ann Lee",
    "Harbour Office, Quay Street 4, Porthleven",
    "Tel +44 1326 555 010",
    "https://harbour.example",
]
NEWS = [  # a newsletter's stories, each a paragraph
    *LETTER[1:3],
    "The lifeboat crew will hold its open day on the first Saturday of April, with tours of "
    "the station and a display in the harbour if the weather allows it.",
    "Berth fees rise by three per cent from May; the harbour office has written to every "
    "holder of a berth, and the new list is on the board by the office door.",
    "The fish market moves to the east quay for the summer, while the roof of the old "
    "market is mended; the auctions keep their hours.",
]
FOOTER = [  # a newsletter's, longer than a signature
    "Harbour Weekly is written by the Porthleven Harbour Office.",
    "You are receiving this email because you signed up at harbour.example.",
    "To stop receiving these emails, unsubscribe: https://harbour.example/u/123",
    "Harbour Office",
    "Quay Street 4",
    "Porthleven TR13 9JA",
    "United Kingdom",
    "Follow us: https://social.example/harbour",
    "Forward to a friend: https://harbour.example/f/123",
    "View this email in your browser: https://harbour.example/w/123",
    "Update your preferences: https://harbour.example/p/123",
    "Copyright 2026 Porthleven Harbour Office, all rights reserved.",
]


def _message(tmp_path: Path, plain: str, html: str | None = None, crlf: bool = False) -> str:
    message = EmailMessage()
    message["From"] = "Ann Lee <ann@harbour.example>"
    message["To"] = "team@harbour.example"
    message["Subject"] = "The harbour survey is done"
    message["Date"] = "Tue, 3 Dec 2024 09:15:00 +0000"
    message.set_content(plain, cte="quoted-printable")
    if html is not None:
        message.add_alternative(html, subtype="html")
    data = bytes(message)
    if crlf:  # (as a mail client saves it)
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    path = tmp_path / "survey.eml"
    path.write_bytes(data)
    return str(path)


def _letter_only(texts: list[str], sign_off: bool = True) -> None:
    joined = "\n".join(texts)
    assert "We counted forty boats" in joined and "the old pier until it opens" in joined
    assert "Ann" in joined or not sign_off  # (the letter's own sign-off stays)
    assert not any(line in joined for line in (*SIGNATURE[1:], *FOOTER))


def test_a_plain_mails_signature_goes_under_its_rule(tmp_path: Path) -> None:
    text = "\n\n".join(LETTER) + "\n-- \n" + "\n".join(SIGNATURE) + "\n"
    for crlf in (False, True):
        path = _message(tmp_path, text, crlf=crlf)
        _letter_only(body_texts(dump_json(path)))
        explained = dump_explain(path)
        assert "mail-signature: Harbour Office, Quay Street 4, Porthleven" in explained


def test_a_newsletters_long_footer_under_a_bare_dashes_line_goes(tmp_path: Path) -> None:
    text = "\n\n".join(NEWS) + "\n\n--\n" + "\n".join(FOOTER) + "\n"
    path = _message(tmp_path, text)
    _letter_only(body_texts(dump_json(path)), sign_off=False)
    assert "mail-signature: United Kingdom" in dump_explain(path)


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line.replace(chr(10), '<br>')}</p>" for line in lines)


def test_an_html_mails_signature_goes_as_each_client_writes_it(tmp_path: Path) -> None:
    plain = "The plain version."
    letter = _paragraphs(LETTER)
    signed = "<br>".join(SIGNATURE)
    for html in (
        # Gmail: the delimiter a line of its own before the signature's <div>
        f'<div dir="ltr">{letter}<div><br></div>-- <br><div class="gmail_signature">'
        f"{signed}</div></div>",
        # Thunderbird: the signature preformatted, its delimiter its first line
        f'{letter}<pre class="moz-signature" cols="72">-- \n' + "\n".join(SIGNATURE) + "</pre>",
        # a newsletter: the footer's paragraphs under a paragraph of "--"
        f"<table><tr><td>{letter}{_paragraphs(NEWS[2:])}<p>--</p>{_paragraphs(FOOTER)}</td>"
        "</tr></table>",
        # the delimiter inside the letter's last block, between line breaks
        f"{letter}<div>See you Thursday.<br>--&nbsp;<br>{signed}</div>",
    ):
        path = _message(tmp_path, plain, f"<html><body>{html}</body></html>")
        texts = body_texts(dump_json(path))
        _letter_only(texts)
        assert "mail-signature: Tel +44 1326 555 010" in dump_explain(path) or (
            "mail-signature: Porthleven TR13 9JA" in dump_explain(path)
        )


def test_a_quoted_signature_stays_with_its_quotation(tmp_path: Path) -> None:
    quoted = (
        "<blockquote>The survey boat is booked for Monday, and the crew knows the moorings."
        "<br>-- <br>Tom Reed, Survey Office</blockquote>"
    )
    html = f"<html><body>{_paragraphs(LETTER)}<p>Tom wrote:</p>{quoted}</body></html>"
    texts = body_texts(dump_json(_message(tmp_path, "The plain version.", html)))
    assert any("the crew knows the moorings" in text for text in texts)


def test_a_dashes_line_over_most_of_the_message_is_no_signature(tmp_path: Path) -> None:
    """A short note over a "--" and the long text under it: the text is the message."""
    notes = [f"Point {n}: the alerts fired late on the second shard, again." for n in range(12)]
    text = "Notes from the call:\n\n--\n\n" + "\n\n".join(notes) + "\n"
    texts = body_texts(dump_json(_message(tmp_path, text)))
    assert any("Point 11: the alerts fired late" in text for text in texts)
    html = f"<html><body><p>Notes from the call:</p><p>--</p>{_paragraphs(notes)}</body></html>"
    texts = body_texts(dump_json(_message(tmp_path, "The plain version.", html)))
    assert any("Point 11: the alerts fired late" in text for text in texts)
