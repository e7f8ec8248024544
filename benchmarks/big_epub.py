"""A 3 MB EPUB book in the reader: ``big_text.py``'s measures (first screen, the whole book
shown, page steps, stalls, memory) on the same generated book, written as an EPUB of
chapters (one XHTML file each, with a cover and a contents page), and the time to read it
into its one page (``reader.sources.epub``) and clean that (``reader.clean.html.book``).
Usage: python benchmarks/big_epub.py [--size BYTES] [--runs N]
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
import zipfile
from html import escape
from pathlib import Path

from big_text import ROOT, generate_book

CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" '
    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
    '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>"
)
PAGE = ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>{title}</title></head><body>\n{body}\n</body></html>")


def book_epub(text: str) -> bytes:
    """``generate_book``'s text as an EPUB: its first line the title, a file a chapter."""
    title, *lines = [line for line in text.split("\n") if line]
    chapters: list[list[str]] = []
    for line in lines:
        if line.startswith("Chapter ") or not chapters:
            chapters.append([f"<h2>{escape(line)}</h2>"])
        else:
            chapters[-1].append(f"<p>{escape(line)}</p>")
    files = {"cover.xhtml": PAGE.format(title="Cover", body='<img src="cover.jpg" alt=""/>'),
             "toc.xhtml": PAGE.format(title="Contents", body="<h1>Contents</h1>" + "".join(
                 f'<p><a href="ch{n}.xhtml">Chapter {n}</a></p>'
                 for n in range(1, len(chapters) + 1)))}
    for number, chapter in enumerate(chapters, 1):
        files[f"ch{number}.xhtml"] = PAGE.format(title=number, body="\n".join(chapter))
    manifest = "".join(f'<item id="i{n}" href="{name}" media-type="application/xhtml+xml"/>'
                       for n, name in enumerate(files))
    spine = "".join(f'<itemref idref="i{n}"/>' for n in range(len(files)))
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f"<dc:title>{escape(title)}</dc:title><dc:creator>A. Writer</dc:creator>"
           f"<dc:language>en</dc:language></metadata><manifest>{manifest}</manifest>"
           f"<spine>{spine}</spine></package>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", CONTAINER)
        book.writestr("OEBPS/content.opf", opf)
        for name, page in files.items():
            book.writestr(f"OEBPS/{name}", page)
    return out.getvalue()


def read_times(path: Path) -> None:
    """The book read into its page, then cleaned (opening and whole), in this process."""
    sys.path.insert(0, str(ROOT))
    from reader.engine.opening import opening
    from reader.engine.pipeline import extract
    from reader.sources.load import load_source

    start = time.perf_counter()
    document = load_source(str(path))
    read = time.perf_counter()
    first = opening(document)
    opened = time.perf_counter()
    whole = extract(document, people=False)
    done = time.perf_counter()
    print(f"read into one page: {(read - start) * 1000:.0f} ms ({len(document.text) / 1e6:.1f}"
          f" MB of HTML); its opening cleaned: {(opened - read) * 1000:.0f} ms "
          f"({len(first.text) if first else 0:,} characters); the whole cleaned: "
          f"{(done - opened) * 1000:.0f} ms ({len(whole.text) / 1e6:.1f} MB of text, "
          f"{len(whole.blocks):,} blocks)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=3_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "book.epub"
        path.write_bytes(book_epub(generate_book(args.size)))
        print(f"epub: {path.stat().st_size / 1e6:.1f} MB zipped")
        read_times(path)
        subprocess.run([sys.executable, str(Path(__file__).with_name("big_text.py")), str(path),
                        "--runs", str(args.runs)], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
