"""Peak memory of `reader dump` on big inputs (issue 11), against the targets.

Each case writes its input to a temporary folder, runs `python -m reader dump FILE` in a
child process (output to /dev/null) and reads the child's peak RSS from os.wait4's rusage.
Targets: a million short lines <= 400 MB; a 20 MB page on one line <= 400 MB. The seconds
are printed too (the forms-and-cards page took 32 s before its page-wide XPaths ran from
"//body/descendant::"; the spans-and-bylines page took 64 s before inline elements read their
paragraph only as far as their own words, the dated elements went to XPath in order, and
a paragraph of over 1,000 elements kept trafilatura away; now 3.4 s).
Usage: python benchmarks/memory.py [--case NAME]... [--format text|json]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TARGET_MB = 400
LIMIT = 20 * 1024 * 1024 - 1024  # under the 20 MB cap on files


def million_short_lines() -> tuple[str, str]:
    """A text of 1,000,000 short lines (about 12 MB), a title first."""
    lines = ["A million short lines", ""]
    lines += [f"Line {n}." for n in range(1_000_000)]
    return ".txt", "\n".join(lines) + "\n"


def one_line_page() -> tuple[str, str]:
    """A 20 MB HTML page on a single line: an article of many paragraphs."""
    head = "<!doctype html><html><head><title>One line</title></head><body><article>"
    tail = "</article></body></html>"
    paragraph = (
        "<p>Paragraph {n} of a very long page, with ordinary words that a reader would read "
        "through to the end of the story.</p>"
    )
    parts: list[str] = [head]
    size = len(head) + len(tail)
    n = 0
    while True:
        piece = paragraph.format(n=n)
        if size + len(piece) > LIMIT:
            break
        parts.append(piece)
        size += len(piece)
        n += 1
    parts.append(tail)
    return ".html", "".join(parts)


def one_line_text() -> tuple[str, str]:
    """A 20 MB plain text that is one line (one paragraph of words)."""
    words = "ordinary words of a paragraph that never ends "
    return ".txt", "One line\n\n" + words * (LIMIT // len(words)) + "\n"


def forms_and_cards() -> tuple[str, str]:
    """20,000 sign-up forms and 20,000 product cards around prose (2.5 MB): every rule that
    climbs from a form or a card to its box, and every page-wide XPath, on 100,000 pieces."""
    prose = "<p>" + "Some prose words here to pad the page. " * 20 + "</p>"
    forms = "<div><form><input type='email'></form><span>Sign up</span></div>" * 20_000
    cards = "<div><span>Add to cart</span> <span>$9.99</span> word</div>" * 20_000
    return ".html", (
        f"<html><body><div>{prose * 30}{forms}</div><div>{prose * 30}{cards}{prose}</div>"
        "</body></html>"
    )


def spans_and_bylines() -> tuple[str, str]:
    """One paragraph of 20,000 inline spans and 20,000 byline-classed blocks (1.5 MB): a rule
    that reads an inline element's whole paragraph, or an unordered node-set, is quadratic."""
    prose = "<p>" + "Some prose words here to pad the page. " * 20 + "</p>"
    spans = "".join(f"<span class='c{n % 7}'>w{n}</span> " for n in range(20_000))
    bylines = "".join(f"<div class='byline'>By Author {n}</div>" for n in range(20_000))
    return ".html", (
        f"<html><body><article>{prose * 20}<p>{spans}</p>{bylines}{prose * 20}</article>"
        "</body></html>"
    )


def many_pictures() -> tuple[str, str]:
    """20,000 pictures, each on its own between paragraphs (2.4 MB): every one a block of
    its own, with no words."""
    body = "".join(
        f"<p><img src='https://example.com/i{n}.jpg' alt='Picture {n}'></p>"
        f"<p>Paragraph {n} with some words in it to read here.</p>"
        for n in range(20_000)
    )
    return ".html", f"<html><body><article><h1>Many</h1>{body}</article></body></html>"


CASES: dict[str, Callable[[], tuple[str, str]]] = {
    "million_short_lines": million_short_lines,
    "one_line_page_20mb": one_line_page,
    "one_line_text_20mb": one_line_text,
    "forms_and_cards": forms_and_cards,
    "spans_and_bylines": spans_and_bylines,
    "many_pictures": many_pictures,
}


def peak_rss(args: list[str]) -> tuple[float, float, int]:
    """(peak RSS in MB, seconds, exit status) of one child process."""
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        child = subprocess.Popen(args, stdout=devnull, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.stderr is not None:
            error = child.stderr.read().decode(errors="replace").strip()
            if error:
                print(f"  stderr: {error[:200]}")
            child.stderr.close()
    elapsed = time.perf_counter() - started
    return usage.ru_maxrss / 1024, elapsed, child.returncode  # ru_maxrss is in KB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", action="append", choices=sorted(CASES))
    parser.add_argument("--format", default="text", choices=("text", "markdown", "json"))
    args = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for name in args.case or list(CASES):
            suffix, content = CASES[name]()
            path = Path(folder) / f"{name}{suffix}"
            path.write_text(content, encoding="utf-8")
            size_mb = path.stat().st_size / 1024 / 1024
            del content
            command = [sys.executable, "-m", "reader", "dump", "-f", args.format, str(path)]
            mb, seconds, status = peak_rss(command)
            verdict = "FAILED" if status else "ok" if mb <= TARGET_MB else "OVER"
            failed |= verdict != "ok"
            print(
                f"{name:22} input {size_mb:5.1f} MB  peak RSS {mb:6.0f} MB "
                f"(target <= {TARGET_MB})  {seconds:5.1f} s  exit {status}  {verdict}",
                flush=True,
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
