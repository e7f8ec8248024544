"""The adversarial inputs of ``benchmarks/scaling.py``: for each kind the reader takes, its
patterns, each a function of n (the count of the repeated unit) to the file's text or bytes.
"""

from __future__ import annotations

import base64
import io
import json
import zipfile
from collections.abc import Callable

Builder = Callable[[int], str | bytes]

WORDS = "the council met on tuesday to weigh a plan for the harbour and its new bridge".split()
NAMES = [
    f"{a} {b}"
    for a in ("Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ivy", "Jo")
    for b in ("Lee", "Moss", "Nash", "Orr", "Pike", "Quill", "Rhee", "Sand", "Tate", "Vos")
]


def words(count: int, offset: int = 0) -> str:
    """``count`` ordinary words."""
    return " ".join(WORDS[(offset + i) % len(WORDS)] for i in range(count))


def page(body: str) -> str:
    """A page around ``body``, with a title and an article of some prose first."""
    prose = "".join(f"<p>{words(40, i)}.</p>" for i in range(5))
    return (
        f"<!doctype html><html><head><title>Scaling test page</title></head><body>"
        f"<article><h1>Scaling test page</h1>{prose}{body}</article></body></html>"
    )


def name(i: int) -> str:
    return NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else f"{'abcdefghij'[i // 100 % 10]}")


def zipped(files: dict[str, str | bytes]) -> bytes:
    """A zip of ``files`` (the first stored, as EPUB's mimetype must be)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for i, (path, data) in enumerate(files.items()):
            archive.writestr(path, data, zipfile.ZIP_STORED if i == 0 else zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def epub(chapters: list[str]) -> bytes:
    """An EPUB book of XHTML ``chapters``."""
    items = "".join(
        f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>'
        for i in range(len(chapters))
    )
    spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
    files: dict[str, str | bytes] = {
        "mimetype": "application/epub+zip",
        "META-INF/container.xml": '<?xml version="1.0"?><container version="1.0" xmlns='
        '"urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path='
        '"content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
        "content.opf": '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" '
        'version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Book'
        f"</dc:title></metadata><manifest>{items}</manifest><spine>{spine}</spine></package>",
    }
    for i, chapter in enumerate(chapters):
        files[f"c{i}.xhtml"] = (
            '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><title>C{i}</title></head><body>{chapter}</body></html>"
        )
    return zipped(files)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(body: str, notes: str = "") -> bytes:
    """A Word document whose body is ``body`` (WordprocessingML), with footnotes ``notes``."""
    types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="xml" ContentType="application/xml"/><Override '
        'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    files: dict[str, str | bytes] = {
        "[Content_Types].xml": types,
        "word/document.xml": f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body>'
        "</w:document>",
    }
    if notes:
        files["word/footnotes.xml"] = f'<?xml version="1.0"?><w:footnotes {W}>{notes}</w:footnotes>'
    return zipped(files)


def para(text: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def mime(parts: list[tuple[str, str]], headers: str = "") -> str:
    """A multipart mail of ``parts`` (content type, body)."""
    body = "".join(f"--B\r\nContent-Type: {kind}\r\n\r\n{text}\r\n" for kind, text in parts)
    return (
        f"From: Ann Lee <ann@example.org>\r\nTo: bo@example.org\r\nSubject: Scaling\r\n"
        f"Date: Mon, 1 Jan 2024 10:00:00 +0000\r\n{headers}MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/mixed; boundary="B"\r\n\r\n{body}--B--\r\n'
    )


def mail(body: str, headers: str = "") -> str:
    return (
        f"From: Ann Lee <ann@example.org>\r\nTo: bo@example.org\r\nSubject: Scaling\r\n"
        f"Date: Mon, 1 Jan 2024 10:00:00 +0000\r\n{headers}\r\n{body}"
    )


def mhtml(parts: list[tuple[str, str]]) -> str:
    body = "".join(
        f"--B\r\nContent-Type: {kind}\r\nContent-Location: http://e.org/{i}\r\n\r\n{text}\r\n"
        for i, (kind, text) in enumerate(parts)
    )
    return (
        "From: <Saved by Blink>\r\nSubject: Scaling\r\nMIME-Version: 1.0\r\nContent-Type: "
        f'multipart/related; type="text/html"; boundary="B"\r\n\r\n{body}--B--\r\n'
    )


def feed(items: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><link>'
        f"http://e.org/</link>{items}</channel></rss>"
    )


def item(content: str) -> str:
    return (
        f"<item><title>Entry</title><link>http://e.org/1</link><pubDate>Mon, 01 Jan 2024 "
        f"00:00:00 GMT</pubDate><description><![CDATA[{content}]]></description></item>"
    )


def notebook(cells: list[dict[str, object]]) -> str:
    return json.dumps(
        {
            "cells": cells,
            "metadata": {"kernelspec": {"language": "python"}},
            "nbformat": 4,
            "nbformat_minor": 5,
        }
    )


def cell(kind: str, source: str, outputs: list[dict[str, object]] | None = None) -> dict:
    made: dict[str, object] = {"cell_type": kind, "metadata": {}, "source": source}
    if kind == "code":
        made.update(outputs=outputs or [], execution_count=1)
    return made


B64 = base64.b64encode(bytes(range(256)) * 4).decode()
PROSE = "".join(f"{words(30, i)}.\n\n" for i in range(4))
HTML: dict[str, Builder] = {
    "unclosed <a x": lambda n: page("<p>" + "<a x" * n),
    "unclosed <!--": lambda n: page("<p>w " + "<!-- c " * n),
    "unclosed <script": lambda n: page("<p>w " + "<script " * n),
    "unclosed <style": lambda n: page("<p>w </p>" + "<style>" * n),
    "unclosed attribute": lambda n: page('<p title="' + "x " * n),
    "bare <": lambda n: page("<p>" + "< a " * n),
    "closed comments": lambda n: page("<p>" + "w <!-- c --> " * n + "</p>"),
    "long line": lambda n: page("<p>" + words(n) + "</p>"),
    "deep divs": lambda n: page("<div>" * n + words(50) + "</div>" * n),
    "deep unclosed divs": lambda n: page("<div><p>w " * n),
    "deep blockquotes": lambda n: page("<blockquote>" * n + words(50) + "</blockquote>" * n),
    "deep lists": lambda n: page("<ul><li>w " * n + "</li></ul>" * n),
    "deep tables": lambda n: page("<table><tr><td>w " * n + "</td></tr></table>" * n),
    "deep spans": lambda n: page("<p>" + "<span>w " * n + "</span>" * n + "</p>"),
    "siblings": lambda n: page("<div>" + "<span>w</span>" * n + "</div>"),
    "tiny paragraphs": lambda n: page("<p>w</p>" * n),
    "run of one char": lambda n: page("<p>" + "a" * (8 * n) + "</p>"),
    "run of separator": lambda n: page("<p>" + "-" * (8 * n) + "</p><p>" + "=" * (8 * n) + "</p>"),
    "links": lambda n: page("".join(f'<p><a href="/p/{i}">link {i}</a> w</p>' for i in range(n))),
    "link lists": lambda n: page(
        "<ul>" + "".join(f'<li><a href="/{i}">Entry {i}</a></li>' for i in range(n)) + "</ul>"
    ),
    "headings": lambda n: page("".join(f"<h2>Part {i}</h2><p>{words(8, i)}</p>" for i in range(n))),
    "quotes": lambda n: page(
        "".join(f'<p>"{words(12, i)}," said {name(i)}.</p>' for i in range(n))
    ),
    "blockquotes cited": lambda n: page(
        "".join(
            f"<blockquote><p>{words(10, i)}</p><cite>{name(i)}</cite></blockquote>"
            for i in range(n)
        )
    ),
    "names": lambda n: page("<p>" + " ".join(f"{name(i)} met {name(i + 7)}." for i in range(n))),
    "dates": lambda n: page(
        "".join(f"<p>Posted March {i % 28 + 1}, 20{i % 30:02} w</p>" for i in range(n))
    ),
    "bylines": lambda n: page(
        "".join(f'<div class="byline">By {name(i)}</div><p>w</p>' for i in range(n))
    ),
    "list items": lambda n: page("<ul>" + "<li>w w</li>" * n + "</ul>"),
    "table cells": lambda n: page("<table><tr>" + "<td>w</td>" * n + "</tr></table>"),
    "table rows": lambda n: page("<table>" + "<tr><td>a</td><td>b</td></tr>" * n + "</table>"),
    "colspan": lambda n: page("<table>" + '<tr><td colspan="1000">a</td></tr>' * n + "</table>"),
    "base64 image": lambda n: page(f'<p>w<img src="data:image/png;base64,{B64 * (n // 100 + 1)}">'),
    "huge attribute": lambda n: page('<div class="' + "a " * n + '"><p>w</p></div>'),
    "many attributes": lambda n: page("<div " + " ".join(f"a{i}=x" for i in range(n)) + "><p>w"),
    "entities": lambda n: page("<p>" + "&amp;&#x41;&eacute;&bogus; " * n + "</p>"),
    "unclosed entities": lambda n: page("<p>" + "&#" * n + "</p>"),
    "footnotes": lambda n: page(
        "<p>"
        + "".join(f'w<sup><a href="#f{i}">{i}</a></sup> ' for i in range(n))
        + "</p><ol>"
        + "".join(f'<li id="f{i}">Note {i}</li>' for i in range(n))
        + "</ol>"
    ),
    "empty tabs": lambda n: page(
        '<div role="tablist">' + '<button role="tab">x</button>' * n + "</div>"
    ),
    "pre lines": lambda n: page("<pre>" + "x = 1\n" * n + "</pre>"),
    "code spans": lambda n: page("<p>" + "<code>x</code> " * n + "</p>"),
    "images": lambda n: page("".join(f'<img src="/{i}.png" alt="a{i}">' for i in range(n))),
    "figures": lambda n: page(
        "".join(
            f'<figure><img src="/{i}.png"><figcaption>Photo: {name(i)}</figcaption></figure>'
            for i in range(n)
        )
    ),
    "forms": lambda n: page('<form><input type="radio" name="r">' * n),
    "br runs": lambda n: page("<p>w" + "<br>" * n + "w</p>"),
    "whitespace": lambda n: page("<p>w" + " \t\n" * n + "w</p>"),
    "comment posts": lambda n: page(
        "".join(
            f'<div class="comment"><span class="author">{name(i)}</span><p>{words(6, i)}</p></div>'
            for i in range(n)
        )
    ),
    "json-ld": lambda n: page(
        '<script type="application/ld+json">{"@type":"Article","a":"' + "x" * n + '"</script>'
    ),
}
TEXT: dict[str, Builder] = {
    "long line": lambda n: PROSE + words(n),
    "tiny paragraphs": lambda n: PROSE + "w\n\n" * n,
    "run of one char": lambda n: PROSE + "a" * (8 * n),
    "run of separator": lambda n: PROSE + "-" * (4 * n) + "\n" + "=" * (4 * n),
    "separator lines": lambda n: PROSE + "-----\n" * n,
    "scene breaks": lambda n: PROSE + f"{words(10)}\n\n* * *\n\n" * n,
    "list markers": lambda n: PROSE + "- w\n1. w\n* w\n" * n,
    "caps headings": lambda n: PROSE + "".join(f"PART {i}\n\n{words(8, i)}\n\n" for i in range(n)),
    "quotes": lambda n: PROSE + "".join(f'"{words(10, i)}," said {name(i)}.\n\n' for i in range(n)),
    "open quotes": lambda n: PROSE + '"w ' * n,
    "names": lambda n: PROSE + " ".join(f"{name(i)} met {name(i + 3)}." for i in range(n)),
    "dates": lambda n: PROSE + "".join(f"03/{i % 12 + 1:02}/2023 w\n" for i in range(n)),
    "log lines": lambda n: "".join(f"2025-03-01 12:00:{i % 60:02} INFO w {i}\n" for i in range(n)),
    "hyphen breaks": lambda n: PROSE + "manip-\nulated " * n,
    "indented": lambda n: PROSE + "".join(" " * (i % 40) + "w\n" for i in range(n)),
    "tabs of nothing": lambda n: PROSE + "\t" * n + "\n" + " \t\n" * n,
    "addresses": lambda n: (
        PROSE + " ".join(f"https://e.org/{i} a{i}@e.org www.e{i}.org" for i in range(n))
    ),
    "page feeds": lambda n: PROSE + "\f\nPage 1\n".join(words(20, i) for i in range(n)),
    "comment replies": lambda n: (
        PROSE
        + "".join(
            f"{name(i)} says\nJuly 14, 2015 at 3:53 pm\n{words(6)}\nReply\n\n" for i in range(n)
        )
    ),
    "bidi and controls": lambda n: PROSE + "\u202e\x1b[31mw\x07 " * n,
    "open brackets": lambda n: PROSE + "[(" * n,
}
MARKDOWN: dict[str, Builder] = {
    "deep quotes": lambda n: "# T\n\n" + "> " * n + "w\n",
    "deep lists": lambda n: "# T\n\n" + "".join("  " * (i % 60) + "- w\n" for i in range(n)),
    "unclosed brackets": lambda n: "# T\n\n" + "[" * n,
    "unclosed links": lambda n: "# T\n\n" + "[a](" * n,
    "unclosed code": lambda n: "# T\n\n" + "`a " * n,
    "emphasis runs": lambda n: "# T\n\n" + "*a _b " * n,
    "links": lambda n: "# T\n\n" + "".join(f"[l{i}](https://e.org/{i}) " for i in range(n)),
    "headings": lambda n: "# T\n\n" + "".join(f"## H{i}\n\nw\n\n" for i in range(n)),
    "table": lambda n: "# T\n\n|a|b|\n|-|-|\n" + "|x|y|\n" * n,
    "wide table": lambda n: "# T\n\n" + "|a" * n + "|\n" + "|-" * n + "|\n" + "|x" * n + "|\n",
    "footnotes": lambda n: (
        "# T\n\n"
        + "".join(f"w[^{i}] " for i in range(n))
        + "\n\n"
        + "".join(f"[^{i}]: note\n" for i in range(n))
    ),
    "templates": lambda n: "# T\n\n" + "{% w " * n + "{{< x " * n,
    "raw html": lambda n: "# T\n\n" + "<div>" * n,
    "fences": lambda n: "# T\n\n" + "```\nx\n" * n,
    "images": lambda n: "# T\n\n" + "".join(f"![a{i}](i{i}.png) w " for i in range(n)),
    "long line": lambda n: "# T\n\n" + words(n),
    "front matter": lambda n: "---\n" + "k: v\n" * n + "---\n# T\n\nw\n",
}
RST: dict[str, Builder] = {
    "sections": lambda n: "".join(f"Part {i}\n{'=' * 9}\n\nw\n\n" for i in range(n)),
    "unclosed inline": lambda n: "Title\n=====\n\n" + "`a *b **c " * n,
    "directives": lambda n: "Title\n=====\n\n" + ".. note::\n\n   w\n\n" * n,
    "deep indent": lambda n: (
        "Title\n=====\n\n" + "".join(" " * (i % 200) + "w\n\n" for i in range(n))
    ),
    "grid table": lambda n: (
        "Title\n=====\n\n"
        + ("+" + "-" * 3) * n
        + "+\n"
        + "| a " * n
        + "|\n"
        + ("+" + "-" * 3) * n
        + "+\n"
    ),
    "long underline": lambda n: "Title\n" + "=" * (8 * n) + "\n\nw\n",
    "comments": lambda n: "Title\n=====\n\n" + "..\n" * n,
}
MAIL: dict[str, Builder] = {
    "many parts": lambda n: mime([("text/plain", f"part {i}") for i in range(n)]),
    "long header": lambda n: mail(PROSE, "X-Long: " + "a" * (8 * n) + "\r\n"),
    "folded header": lambda n: mail(PROSE, "X-Folded: a\r\n" + " b\r\n" * n),
    "many headers": lambda n: mail(PROSE, "".join(f"X-H{i}: v\r\n" for i in range(n))),
    "deep quoting": lambda n: mail("".join(">" * (i % 200) + " w\r\n" for i in range(n))),
    "quoted lines": lambda n: mail("On Monday Ann wrote:\r\n" + "> w\r\n" * n),
    "base64 body": lambda n: mime(
        [
            (
                "text/plain\r\nContent-Transfer-Encoding: base64",
                base64.b64encode(PROSE.encode() * (n // 50 + 1)).decode(),
            )
        ]
    ),
    "unclosed html": lambda n: mime([("text/html", "<p>w " + "<a x" * n)]),
    "signature dashes": lambda n: mail(PROSE + "-- \r\n" * n),
}
MHTML: dict[str, Builder] = {
    "many parts": lambda n: mhtml(
        [("text/html", page("<p>w</p>"))]
        + [("image/png\r\nContent-Transfer-Encoding: base64", B64[:200])] * n
    ),
    "unclosed <a x": lambda n: mhtml([("text/html", page("<p>" + "<a x" * n))]),
    "quoted-printable": lambda n: mhtml(
        [
            (
                "text/html\r\nContent-Transfer-Encoding: quoted-printable",
                page("<p>" + "w=3D=\r\n" * n),
            )
        ]
    ),
}
FEED: dict[str, Builder] = {
    "many items": lambda n: feed("".join(item(f"<p>{words(10, i)}</p>") for i in range(n))),
    "unclosed <a x": lambda n: feed(item("<p>" + "<a x" * n)),
    "deep divs": lambda n: feed(item("<div>" * n + "w" + "</div>" * n)),
    "links": lambda n: feed(item("".join(f'<a href="/{i}">l</a> ' for i in range(n)))),
}
EPUB: dict[str, Builder] = {
    "chapters": lambda n: epub([f"<h1>C{i}</h1><p>{words(20, i)}</p>" for i in range(n)]),
    "long chapter": lambda n: epub(["<p>w</p>" * n]),
    "deep chapter": lambda n: epub(["<div>" * n + "w" + "</div>" * n]),
}
DOCX: dict[str, Builder] = {
    "paragraphs": lambda n: docx("".join(para(words(8, i)) for i in range(n))),
    "headings": lambda n: docx("".join(para(f"H{i}", "Heading1") + para("w") for i in range(n))),
    "runs": lambda n: docx("<w:p>" + "<w:r><w:t>w </w:t></w:r>" * n + "</w:p>"),
    "deep tables": lambda n: docx(
        "<w:tbl><w:tr><w:tc>" * n + para("w") + "</w:tc></w:tr></w:tbl>" * n
    ),
    "table cells": lambda n: docx(
        "<w:tbl><w:tr>" + f"<w:tc>{para('w')}</w:tc>" * n + "</w:tr></w:tbl>"
    ),
    "footnotes": lambda n: docx(
        "<w:p>"
        + "".join(
            f'<w:r><w:t>w</w:t></w:r><w:r><w:footnoteReference w:id="{i}"/></w:r>' for i in range(n)
        )
        + "</w:p>",
        "".join(f'<w:footnote w:id="{i}">{para("note")}</w:footnote>' for i in range(n)),
    ),
}
CSV: dict[str, Builder] = {
    "rows": lambda n: "a,b,c\n" + "1,2,3\n" * n,
    "columns": lambda n: ",".join(f"c{i}" for i in range(n)) + "\n" + "1," * n + "\n",
    "long cell": lambda n: "a,b\n" + "x" * (8 * n) + ",1\n",
    "unclosed quote": lambda n: 'a,b\n"' + "x,\n" * n,
}
NOTEBOOK: dict[str, Builder] = {
    "cells": lambda n: notebook(
        [cell("markdown" if i % 2 else "code", f"x = {i}") for i in range(n)]
    ),
    "long output": lambda n: notebook(
        [
            cell(
                "code",
                "print()",
                [{"output_type": "stream", "name": "stdout", "text": "line\n" * n}],
            )
        ]
    ),
    "image output": lambda n: notebook(
        [
            cell(
                "code",
                "plot()",
                [
                    {
                        "output_type": "display_data",
                        "metadata": {},
                        "data": {"image/png": B64 * (n // 100 + 1), "text/plain": "<Figure>"},
                    }
                ],
            )
        ]
    ),
    "html table output": lambda n: notebook(
        [
            cell(
                "code",
                "df",
                [
                    {
                        "output_type": "execute_result",
                        "metadata": {},
                        "execution_count": 1,
                        "data": {"text/html": "<table>" + "<tr><td>1</td></tr>" * n + "</table>"},
                    }
                ],
            )
        ]
    ),
}
SOURCE: dict[str, Builder] = {
    "many lines": lambda n: "".join(f"x{i} = {i}\n" for i in range(n)),
    "long line": lambda n: "x = [" + "1, " * n + "]\n",
    "deep indent": lambda n: "".join(" " * (i % 400) + "pass\n" for i in range(n)),
    "unclosed string": lambda n: 'x = """' + "w\n" * n,
    "escape sequences": lambda n: "x = 1\n" + "\x1b[31m\x1b]0;t\x07 " * n,
}
# kind: (suffix or '-' for standard input, patterns)
KINDS: dict[str, tuple[str, dict[str, Builder]]] = {
    "html": (".html", HTML),
    "mhtml": (".mhtml", MHTML),
    "text": (".txt", TEXT),
    "markdown": (".md", MARKDOWN),
    "rst": (".rst", RST),
    "mail": (".eml", MAIL),
    "feed": (".xml", FEED),
    "epub": (".epub", EPUB),
    "docx": (".docx", DOCX),
    "csv": (".csv", CSV),
    "notebook": (".ipynb", NOTEBOOK),
    "source": (".py", SOURCE),
    "piped": (
        "-",
        {
            **{k: TEXT[k] for k in ("long line", "tiny paragraphs", "quotes")},
            **{k: HTML[k] for k in ("unclosed <a x", "deep divs")},
        },
    ),
}
