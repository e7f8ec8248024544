"""A small PDF written by hand for the tests: pages of text lines in Helvetica (10 point, or
a line's own size), a title in its metadata, optionally a page with no text (as a scan is);
one said to be encrypted with AES (:func:`aes_encrypted`)."""

from __future__ import annotations


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


Line = str | tuple[str, float]  # a line, or a line and the size of its type


def _shown(line: Line) -> str:
    text, size = (line, 10.0) if isinstance(line, str) else line
    return f"/F1 {size:g} Tf {size * 1.2:g} TL ({_escape(text)}) Tj T*"


def make_pdf(pages: list[list[Line]], title: str | None = None) -> bytes:
    """A PDF whose pages show ``pages`` (each a list of lines, top to bottom); a page with
    no lines has no text at all."""
    objects: list[bytes] = []
    kids = " ".join(f"{4 + 2 * index} 0 R" for index in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for index, lines in enumerate(pages):
        content_number = 5 + 2 * index
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents "
            f"{content_number} 0 R /Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        stream = "BT 50 740 Td " + " ".join(map(_shown, lines)) + " ET" if lines else ""
        data = stream.encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
    info = None
    if title is not None:
        objects.append(f"<< /Title ({_escape(title)}) >>".encode("latin-1"))
        info = len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R" + (f" /Info {info} 0 R" if info else "")
    out += f"trailer\n{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def aes_encrypted(pdf: bytes, revision: int = 6) -> bytes:
    """``pdf`` said to be encrypted with AES (256-bit for revision 6, 128 for 4) under a
    password none of its keys open: pypdf needs the cryptography package to try them."""
    version, bits, method = (5, 256, "AESV3") if revision >= 5 else (4, 128, "AESV2")
    zeros = {"O": 48, "U": 48, "OE": 32, "UE": 32, "Perms": 16}
    keys = " ".join(f"/{name} <{'00' * size}>" for name, size in zeros.items())
    same = "0123456789abcdef" * 2
    encrypt = (
        f"/Encrypt << /Filter /Standard /V {version} /R {revision} /Length {bits} /P -4 {keys} "
        f"/CF << /StdCF << /CFM /{method} /AuthEvent /DocOpen /Length {bits // 8} >> >> "
        f"/StmF /StdCF /StrF /StdCF >> /ID [<{same}> <{same}>]"
    )
    return pdf.replace(b"trailer\n<< /Size", f"trailer\n<< {encrypt} /Size".encode(), 1)
