"""Small notebooks and Word documents written for the tests: a notebook's JSON from its
cells, a ``.docx`` ZIP from its body's XML (with styles, lists, links and properties)."""

from __future__ import annotations

import io
import json
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HYPERLINK = R + "/hyperlink"
# the namespaces of a text box's drawing and of its VML copy
DRAWING = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:v="urn:schemas-microsoft-com:vml"')


def notebook(cells: list[dict], language: str = "python") -> str:
    """A notebook (nbformat 4) of ``cells``, its kernel in ``language``."""
    return json.dumps({
        "cells": cells,
        "metadata": {"kernelspec": {"display_name": language.title(), "language": language,
                                    "name": language},
                     "language_info": {"name": language}},
        "nbformat": 4, "nbformat_minor": 5,
    }, indent=1)


def markdown_cell(source: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": source.splitlines(True)}


def code_cell(source: str, *outputs: dict) -> dict:
    return {"cell_type": "code", "execution_count": 1, "metadata": {},
            "source": source.splitlines(True), "outputs": list(outputs)}


def stream(text: str, name: str = "stdout") -> dict:
    return {"output_type": "stream", "name": name, "text": text.splitlines(True)}


def result(text: str) -> dict:
    return {"output_type": "execute_result", "execution_count": 1, "metadata": {},
            "data": {"text/plain": text.splitlines(True)}}


def picture() -> dict:
    return {"output_type": "display_data", "metadata": {},
            "data": {"image/png": "iVBORw0KGgo=", "text/plain": ["<Figure size 640x480>"]}}


def display(data: dict[str, str]) -> dict:
    """A display's output: its forms by MIME type."""
    return {"output_type": "display_data", "metadata": {},
            "data": {kind: text.splitlines(True) for kind, text in data.items()}}


def run(text: str, *, bold: bool = False, italic: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs: str, style: str | None = None, numbered: tuple[int, int] | None = None) -> str:
    """A paragraph of ``runs`` (text, or a run's XML), in ``style``, in list ``(numId, ilvl)``."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if numbered:
        props += (f'<w:numPr><w:ilvl w:val="{numbered[1]}"/>'
                  f'<w:numId w:val="{numbered[0]}"/></w:numPr>')
    body = "".join(one if one.startswith("<") else run(one) for one in runs)
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{body}</w:p>"


def link(text: str, rel: str = "rId9") -> str:
    return f'<w:hyperlink r:id="{rel}">{run(text)}</w:hyperlink>'


def table(rows: list[list[str]], header: bool = True) -> str:
    look = '<w:tblPr><w:tblLook w:val="04A0" w:firstRow="1"/></w:tblPr>' if header else ""
    cells = "".join("<w:tr>" + "".join(f"<w:tc>{para(cell)}</w:tc>" for cell in row) + "</w:tr>"
                    for row in rows)
    return f"<w:tbl>{look}{cells}</w:tbl>"


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/></w:style>
</w:styles>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>
<w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>
<w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>
<w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def core(title: str = "", creator: str = "") -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
            "</cp:coreProperties>")


def rels(links: dict[str, str]) -> str:
    items = "".join(f'<Relationship Id="{rel}" Type="{HYPERLINK}" Target="{escape(href)}" '
                    'TargetMode="External"/>' for rel, href in links.items())
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}'
            "</Relationships>")


def docx(body: str, *, parts: dict[str, str | bytes] | None = None,
         document: str | None = None) -> bytes:
    """A Word document whose body is ``body`` (paragraphs' and tables' XML), with the
    styles and numbering above and any other ``parts`` (``document`` replaces the whole
    ``word/document.xml``)."""
    files: dict[str, str | bytes] = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.'
                               'openxmlformats.org/package/2006/content-types"/>',
        "word/document.xml": document if document is not None else (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W}" xmlns:r="{R}" {DRAWING}>'
            f"<w:body>{body}</w:body></w:document>"),
        "word/styles.xml": STYLES,
        "word/numbering.xml": NUMBERING,
    }
    files.update(parts or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()


def note_reference(number: int, kind: str = "footnote") -> str:
    """A run referring to footnote (or endnote) ``number``, as Word writes it."""
    return (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{kind}Reference w:id="{number}"/></w:r>')


def notes_part(notes: dict[int, str], kind: str = "footnote") -> str:
    """``word/footnotes.xml`` (or endnotes) holding Word's two separators and ``notes``, each
    a paragraph led by its mark (text, or a paragraph's XML for more than one)."""
    separators = "".join(
        f'<w:{kind} w:type="{sort}" w:id="{ident}"><w:p><w:r><w:separator/></w:r></w:p>'
        f"</w:{kind}>" for sort, ident in (("separator", -1), ("continuationSeparator", 0)))
    body = "".join(
        f'<w:{kind} w:id="{number}">'
        + (text if text.startswith("<") else
           f'<w:p><w:r><w:{kind}Ref/></w:r>{run(" " + text)}</w:p>')
        + f"</w:{kind}>" for number, text in notes.items())
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{kind}s xmlns:w="{W}" xmlns:r="{R}">{separators}{body}</w:{kind}s>')


def text_box(*paragraphs: str, twice: bool = True) -> str:
    """A run anchoring a text box of ``paragraphs``' XML: as Word writes it, a drawing and
    the same box again as VML for older readers (``twice``), else VML only."""
    content = f"<w:txbxContent>{''.join(paragraphs)}</w:txbxContent>"
    vml = f"<w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
    if not twice:
        return f"<w:r>{vml}</w:r>"
    drawing = (f"<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
               f"{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
               "</w:drawing>")
    return (f"<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">{drawing}</mc:Choice>"
            f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>")


def numbering_part(abstracts: dict[int, list[tuple[str, int]]],
                   lists: dict[int, tuple[int, dict[int, int]]]) -> str:
    """``word/numbering.xml``: abstract lists, each its levels' ``(numFmt, start)`` from level
    0 down, and lists (``numId``) of an abstract list with their levels' start overrides."""
    body = "".join(
        f'<w:abstractNum w:abstractNumId="{ident}">' + "".join(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="%{level + 1}."/></w:lvl>'
            for level, (fmt, start) in enumerate(levels)) + "</w:abstractNum>"
        for ident, levels in abstracts.items())
    body += "".join(
        f'<w:num w:numId="{number}"><w:abstractNumId w:val="{abstract}"/>' + "".join(
            f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            for level, start in overrides.items()) + "</w:num>"
        for number, (abstract, overrides) in lists.items())
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:numbering xmlns:w="{W}">{body}</w:numbering>')


def comment_range(ident: int, *runs: str) -> str:
    """``runs`` (text or a run's XML) commented on by comment ``ident``, as Word anchors it."""
    inner = "".join(one if one.startswith("<") else run(one) for one in runs)
    return (f'<w:commentRangeStart w:id="{ident}"/>{inner}<w:commentRangeEnd w:id="{ident}"/>'
            f'<w:r><w:commentReference w:id="{ident}"/></w:r>')


def comments_part(comments: dict[int, tuple[str, str]]) -> str:
    """``word/comments.xml`` of comments by id: ``(author, text)``, each led by its mark."""
    body = "".join(
        f'<w:comment w:id="{ident}" w:author="{escape(author, {chr(34): "&quot;"})}" '
        f'w:date="2024-05-01T10:00:00Z"><w:p><w:r><w:annotationRef/></w:r>{run(text)}</w:p>'
        "</w:comment>" for ident, (author, text) in comments.items())
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:comments xmlns:w="{W}">{body}</w:comments>')
