"""A word a plain text laid out in pages (an RFC, a typeset text printed to a file) broke with a
hyphen at a line's or a page's end reads whole, through the real ``reader dump``; a compound
keeps its hyphen where the document writes it so, uses its halves as words of their own, or
goes on in capitals."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import body_texts, dump_text

HEAD = "RFC 9999                 Kettle Status Protocol                May 2026"
FOOT = "Osei                          Informational                    [Page {n}]"
PAGES = [
    [
        "Network Working Group                                          A. Osei",
        "Request for Comments: 9999                                    May 2026",
        "",
        "                       Kettle Status Protocol",
        "",
        "1.  Introduction",
        "",
        "   A kettle on the network answers any client that asks for its state,",
        "   and it answers at once with a status line and a few fields, which a",
        "   client reads and then weighs for a little while, all of it be-",
        "   fore it decides whether to walk to the kitchen or to wait a little",
        "   longer for the water. The reading of the kettle may be manip-",
    ],
    [
        "   ulated by any client that holds the kettle's lease, and so a self-",
        "   aware client checks the lease first, as the old draft of Jean-",
        "   Pierre Osei asked before it became this document.",
        "",
        "   A client reads the status line with the same command-line tool it",
        "   uses for every kettle: the tool prints one line of its own, and a",
        "   client that is self-aware of its lease prints it under the command-",
        "   line it was given.",
        "",
        "   A kettle keeps no state between requests. Each request is read on",
        "   its own, and the answer holds the state of the water at the time",
        "   the request came in, before the kettle knew who was asking.",
    ],
    [
        "2.  The Status Line",
        "",
        "   The status line is the first line of every answer. It names the",
        "   version, a code of three digits, a phrase a person can read, and the",
        "   level of the water in the kettle: a full kettle reports its water-",
        "   level as 100, an empty one as 0.",
    ],
]


def _document(tmp_path: Path) -> list[str]:
    pages = []
    for number, lines in enumerate(PAGES, 1):
        head = [HEAD, ""] if number > 1 else []
        pages.append("\n".join([*head, *lines, "", FOOT.format(n=number), ""]))
    return body_texts(dump_text(tmp_path, "\f\n".join(pages), "rfc9999.txt"))


def test_a_word_broken_at_a_line_or_a_page_end_reads_whole(tmp_path: Path) -> None:
    texts = _document(tmp_path)
    first = next(text for text in texts if text.startswith("A kettle on the network"))
    assert "all of it before it decides" in first
    assert "the kettle may be manipulated by any client" in first  # (over the page break)
    assert not any("- " in text or "-ulated" in text or "be-fore" in text for text in texts)


def test_a_compound_keeps_its_hyphen(tmp_path: Path) -> None:
    texts = _document(tmp_path)
    first = next(text for text in texts if text.startswith("A kettle on the network"))
    assert "and so a self-aware client checks the lease" in first  # ("self-aware" elsewhere)
    assert "the old draft of Jean-Pierre Osei asked" in first  # (a capital after the hyphen)
    tool = next(text for text in texts if text.startswith("A client reads the status"))
    assert "prints it under the command-line it was given" in tool  # (written so above)
    status = next(text for text in texts if text.startswith("The status line"))
    assert "reports its water-level as 100" in status  # (both halves words of the text's own)


def test_the_pages_furniture_goes_and_each_paragraph_reads_as_one(tmp_path: Path) -> None:
    texts = _document(tmp_path)
    assert not any("[Page" in text or text.startswith("RFC 9999") for text in texts)
    assert sum(text.startswith(("A kettle", "A client", "The status line")) for text in texts) == 4


MAN_PAGE = """BASH(1)                     General Commands Manual                    BASH(1)

DESCRIPTION
       Bash is a command language interpreter that executes commands read from
       the standard input or from a file.  When bash is started non-inter\u2010
       actively, it reads the file that the variable names and runs its fixed-
       width list of commands before any other, as the section on INVOCA\u2010
       TION says, and the shell waits for each command to finish, unless up\u2010
       coming jobs run in the background, as a keyboard-generated signal asks.

"""


def test_a_man_pages_marked_breaks_join_and_its_own_hyphens_stay(tmp_path: Path) -> None:
    """groff marks the words it breaks with U+2010 and writes it nowhere else: each such
    break is a word's ("INVOCATION", "non-interactively", "upcoming"), and a hyphen at a
    line's end is the word's own ("fixed-width")."""
    text = " ".join(body_texts(dump_text(tmp_path, MAN_PAGE, "bash.1.txt")))
    assert "When bash is started non-interactively, it reads" in text
    assert "runs its fixed-width list of commands" in text
    assert "as the section on INVOCATION says" in text
    assert "unless upcoming jobs run in the background" in text
    assert "keyboard-generated" in text and "\u2010" not in text


NEWS = """Release notes
=============

Version 4.2
-----------

The configuration reader now accepts a fallback file for the settings
that the user has not set, and the build on machines of the type x86-
64 uses the new vector code by default. Every option keeps its user-
specific value across upgrades of the program, and the resampler of high-
quality sound is now the default for new projects. A project that sets
no fall-back file reads the one in the system folder, as the manual of the
program says in its chapter on the settings and the files they live in,
and a project that names its own file reads that one first of all: fall-
back settings come from the system folder only when it has none.
"""


def test_a_text_wrapped_at_its_compounds_hyphens_keeps_them(tmp_path: Path) -> None:
    """A text wrapped by hand or by a program breaks lines at its compounds' hyphens, and few
    of its lines: each keeps its hyphen ("user-specific", "high-quality", "x86-64"), but for a
    word the text writes whole elsewhere ("fallback")."""
    text = " ".join(body_texts(dump_text(tmp_path, NEWS, "NEWS")))
    assert "machines of the type x86-64 uses" in text
    assert "Every option keeps its user-specific value" in text
    assert "the resampler of high-quality sound" in text
    assert "sets no fall-back file" in text  # (the text's own spellings, once each)
    assert "first of all: fallback settings come" in text
