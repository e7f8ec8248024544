"""Mail messages: a saved .eml or a pasted message is read as its HTML or text part, named by
its Subject, From and Date headers."""

from __future__ import annotations

import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

from tests.cli_run import dump_json, dump_text

STORY = "".join(
    f"<p>Paragraph {n} of the newsletter about the harbour, where the boats came in at dawn "
    "and the nets dried on the quay.</p>"
    for n in range(6)
)


def _newsletter(subject: str = "Harbour weekly — the nets are back") -> bytes:
    message = EmailMessage()
    message["From"] = '"Zoë Ångström" <zoe@news.example>'
    message["To"] = "reader@example.com"
    message["Subject"] = subject
    message["Date"] = "Wed, 04 Dec 2024 07:00:00 -0500"
    message.set_content("The plain version, which a reader of the HTML one never sees.")
    message.add_alternative(
        f"<html><body><table><tr><td>{STORY}<p><a href='https://news.example/unsubscribe'>"
        "Unsubscribe</a> | <a href='#'>View in browser</a></p></td></tr></table></body></html>",
        subtype="html", cte="base64",
    )
    return bytes(message)


def test_a_saved_newsletter_is_read_from_its_html_part_and_named_by_its_headers(
    tmp_path: Path,
) -> None:
    mail = tmp_path / "newsletter.eml"
    mail.write_bytes(_newsletter())
    dumped = dump_json(str(mail))
    assert dumped["title"] == "Harbour weekly — the nets are back"  # (an encoded header)
    assert dumped["authors"] == ["Zoë Ångström"]
    assert dumped["published"] == "2024-12-04T07:00:00-05:00"
    texts = [block["text"] for block in dumped["body"]]
    assert texts[0].startswith("Paragraph 0 of the newsletter")  # (base64, decoded)
    assert not any("plain version" in text for text in texts)
    assert texts[-1].startswith("Paragraph 5")  # (the mail's links around it: furniture)


def test_a_pasted_message_is_known_by_its_headers_without_a_name(tmp_path: Path) -> None:
    pasted = (
        b"From: Ann Lee <ann@example.com>\nTo: team@example.com\n"
        b"Date: Tue, 3 Dec 2024 09:15:00 +0000\nSubject: The harbour survey is done\n\n"
        b"Hi all,\n\nWe finished the survey of the harbour yesterday, and the report is on "
        b"its way to the council.\n\nThanks,\nAnn\n"
    )
    dumped = dump_json("-", stdin=pasted)
    assert dumped["title"] == "The harbour survey is done"
    assert dumped["authors"] == ["Ann Lee"]
    assert dumped["published"] == "2024-12-03T09:15:00+00:00"
    assert [block["text"] for block in dumped["body"]][:2] == [
        "Hi all,",
        "We finished the survey of the harbour yesterday, and the report is on its way to "
        "the council.",
    ]


def test_an_escape_sequence_in_an_encoded_subject_never_reaches_the_terminal(
    tmp_path: Path,
) -> None:
    mail = tmp_path / "hostile.eml"
    mail.write_bytes(_newsletter("Weekly \x1b]0;owned\x07\x1b[2J news"))
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", str(mail)],
        capture_output=True, timeout=120, check=True,
    )
    assert b"\x1b" not in result.stdout and b"\x07" not in result.stdout
    assert result.stdout.startswith(b"Weekly")


def test_a_text_that_only_opens_with_from_is_no_message(tmp_path: Path) -> None:
    dumped = dump_text(
        tmp_path,
        "From: the harbour master's desk\n"
        "The boats came in at dawn, as they have for a hundred years, and the nets\n"
        "were laid out on the quay to dry.\n",
    )
    shown = " ".join([dumped["title"], *(block["text"] for block in dumped["body"])])
    assert "From: the harbour master's desk" in shown


def test_a_text_opening_with_a_blank_line_is_read_as_text(tmp_path: Path) -> None:
    dumped = dump_text(tmp_path, "\n\nThe boats came in at dawn, a hundred years on.\n")
    assert dumped["body"][0]["text"].startswith("The boats came in at dawn")


def test_malformed_messages_are_read_as_far_as_they_go(tmp_path: Path) -> None:
    """No boundary, a forwarded message attached whole, a charset nobody knows, broken
    base64, an impossible date: each opens with its text, never a traceback."""
    body = "The text of the message, long enough to read as a paragraph."
    messages = {
        "boundless.eml": "Content-Type: multipart/alternative\n\n" + body,
        "forwarded.eml": f"Content-Type: message/rfc822\n\nFrom: c@d.e\nSubject: in\n\n{body}",
        "charset.eml": 'Content-Type: text/plain; charset="unknown-8bit"\n\n' + body,
        "base64.eml": "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n" + body,
        "date.eml": "Date: Tue, 99 Foo 2024 99:99:99\n\n" + body,
    }
    for name, rest in messages.items():
        mail = tmp_path / name
        mail.write_text(f"From: a@b.example\nSubject: {name}\n{rest}\n", encoding="utf-8")
        dumped = dump_json(str(mail))
        assert dumped["title"] == name
        assert dumped["published"] is None
        assert dumped["body"][0]["text"].startswith("The text of the message"), name


PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour reopens | Coast News"
    "</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
    "<h1>The harbour reopens after the storm</h1><p class='byline'>By Dana Fox</p>"
    f"{STORY}<p>Read <a href='/harbour/history'>the harbour’s history</a> too.</p>"
    "</article></body></html>"
)


def _web_archive(sender: str = "<Saved by Blink>", snapshot: bool = True) -> bytes:
    """A page saved whole, as Chrome writes it: quoted-printable HTML with no charset
    parameter (its <meta> names UTF-8), then the page's pictures."""
    import quopri

    html = quopri.encodestring(PAGE.encode("utf-8")).decode("ascii")
    where = "Snapshot-Content-Location: https://coast.example/news/harbour\r\n" if snapshot else ""
    return (
        f"From: {sender}\r\n{where}Subject: Harbour reopens | Coast News\r\n"
        "Date: Fri, 4 Dec 2026 09:00:00 -0000\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="--B--"\r\n\r\n'
        "----B--\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: https://coast.example/news/harbour\r\n\r\n{html}\r\n"
        "----B--\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: https://coast.example/logo.png\r\n\r\niVBORw0KGgo=\r\n----B----\r\n"
    ).encode("ascii")


def test_a_saved_web_archive_is_read_as_the_page_it_saved(tmp_path: Path) -> None:
    archive = tmp_path / "harbour.mhtml"
    archive.write_bytes(_web_archive())
    dumped = dump_json(str(archive))
    assert dumped["title"] == "The harbour reopens after the storm"  # the page's, not Subject
    assert dumped["authors"] == ["Dana Fox"]  # not "Saved by Blink"
    assert dumped["published"] is None  # the day it was saved is not the article's
    texts = [block["text"] for block in dumped["body"]]
    assert texts[0].startswith("Paragraph 0 of the newsletter")
    assert "the harbour’s history" in texts[-1]  # (UTF-8 its <meta> names, no mojibake)
    assert dumped["url"] == "https://coast.example/news/harbour"
    assert {link["href"] for link in dumped["links"]} == {
        "https://coast.example/harbour/history"  # (resolved against the saved address)
    }


def test_an_archive_is_known_by_its_sender_or_its_name(tmp_path: Path) -> None:
    """Internet Explorer's .mht names no snapshot: its sender says it saved the page; a
    .mht file is an archive by its name even without the header block sniffed."""
    archive = tmp_path / "harbour.mht"
    archive.write_bytes(_web_archive("<Saved by Windows Internet Explorer 8>", snapshot=False))
    dumped = dump_json(str(archive))
    assert dumped["title"] == "The harbour reopens after the storm"
    assert dumped["authors"] == ["Dana Fox"]
    piped = dump_json("-", stdin=_web_archive())
    assert piped["title"] == "The harbour reopens after the storm"


MAIL = """From: Sarah Chen <sarah.chen@example.org>
To: dev-team@example.org
Subject: Re: Postmortem for the outage
Date: Tue, 13 Feb 2024 10:42:17 -0800

Hi all,

Thanks Tom for the quick write-up of the outage, and for the timeline of the alerts.

Let's review it on Thursday with the on-call team.

Best,
Sarah

--SPACE
Sarah Chen | Staff SRE | Example Corp
+1 555 0100
"Hope is not a strategy."

_______________________________________________
dev-team mailing list
https://lists.example.org/mailman/listinfo/dev-team
""".replace("SPACE", " ")  # (the separator is "-- ", its space and all)


def test_a_mails_signature_and_its_lists_footer_are_not_its_text(tmp_path: Path) -> None:
    article = dump_text(tmp_path, MAIL, "reply.txt")
    assert article["title"] == "Re: Postmortem for the outage"
    texts = [block["text"] for block in article["body"]]
    assert "Let's review it on Thursday with the on-call team." in texts
    joined = "\n".join(texts)
    assert "Staff SRE" not in joined and "Hope is not" not in joined
    assert "mailing list" not in joined and "listinfo" not in joined
    explained = subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--explain", str(tmp_path / "reply.txt")],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout
    assert "mail-signature: Sarah Chen | Staff SRE | Example Corp" in explained
    assert "list-footer: dev-team mailing list" in explained


def test_a_long_text_after_a_dashed_line_is_still_the_mails(tmp_path: Path) -> None:
    more = "\n\n".join(f"Point {n}: the alerts fired late on the second shard." for n in range(12))
    article = dump_text(tmp_path, MAIL.replace('Sarah Chen | Staff SRE', more, 1), "reply.txt")
    texts = "\n".join(block["text"] for block in article["body"])
    assert "Point 11: the alerts fired late" in texts


def test_characters_written_raw_in_a_part_read_as_themselves(tmp_path: Path) -> None:
    # (a hand-written or converted archive carries them unencoded; the email package wrote
    # each as its escape: a literal "\u2014", and a bidi override as "\u202e")
    page = (
        "<html><head><title>Nets — and boats</title></head><body><article><h1>Nets — and boats"
        "</h1><p>The nets dried on the quay \u2014 and the \u202eboats\u202c came in at dawn, "
        "as they do every day of the season in the small harbour town.</p><p>Second "
        "paragraph about the harbour =E2=80=94 quoted-printable =1B[31mred.</p>"
        "</article></body></html>"
    )
    archive = tmp_path / "nets.mhtml"
    archive.write_text(
        "From: <Saved by Blink>\nSubject: Nets\nMIME-Version: 1.0\n"
        'Content-Type: multipart/related; boundary="b"\n\n--b\n'
        "Content-Type: text/html; charset=x-unknown\nContent-Transfer-Encoding: quoted-printable"
        f"\n\n{page}\n--b--\n",
        encoding="utf-8",
    )
    texts = [block["text"] for block in dump_json(str(archive))["body"]]
    assert texts == [
        "The nets dried on the quay — and the boats came in at dawn, as they do every day of "
        "the season in the small harbour town.",
        "Second paragraph about the harbour — quoted-printable red.",
    ]
    mail = tmp_path / "note.eml"
    mail.write_text("From: Ann <ann@example.com>\nSubject: Nets\nContent-Type: text/plain; "
                    "charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nThe nets — dried.\n",
                    encoding="utf-8")
    assert [block["text"] for block in dump_json(str(mail))["body"]] == ["The nets — dried."]
