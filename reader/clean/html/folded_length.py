"""The length of readability's whitespace-folded text, counted without folding it.

readability measures a block by ``len(clean(text))``: runs of 255 or more blank characters cut
to 255 spaces, a run holding a line break made one line break, a tab or a run of two or more
spaces and tabs made one space, the ends stripped. Three regex passes over every candidate's
text, nested candidates read again and again; the reader only ever wants the length.

Each run of blank characters between two words comes to one character, but a run without a
line break and under 255 characters that holds a tab or another blank (a no-break space, a
carriage return): there each blank that is neither a space nor a tab stays, each maximal
stretch of spaces and tabs comes to its leading tabs and one more if a space or a tab follows
them. So the length is that of the words joined by single spaces, corrected for those few runs
(``str.split`` and ``re``'s ``\\s`` know the same blanks).
"""

from __future__ import annotations

from reader.core.lazy import lazy_re

__all__ = ["folded_length"]

LONG_RUN = 255  # readability's cut of a long run of blanks (cut, then folded to one space)
_ODD_BLANK = lazy_re(r"[^\S \n]")  # a blank that is neither a space nor a line break
_BLANKS = lazy_re(r"[ \t]+")
_RUN_REST = lazy_re(r"\s*")


def folded_length(text: str) -> int:
    """``len(clean(text))`` of readability-lxml (see the module), in one split and, only
    where a tab or another odd blank stands, a look at its run."""
    words = text.split()
    if not words:
        return 0
    length = len(" ".join(words))
    if _ODD_BLANK.search(text) is None:
        return length
    end = 0
    for odd in _ODD_BLANK.finditer(text):
        at = odd.start()
        if at < end:
            continue  # (in the run already counted)
        start = at
        while start > 0 and text[start - 1].isspace():
            start -= 1
        end = _RUN_REST.match(text, at).end()
        if start and end < len(text):  # (the ends are stripped)
            length += _run_length(text[start:end]) - 1
    return length


def _run_length(run: str) -> int:
    """What one run of blanks between two words comes to."""
    if len(run) >= LONG_RUN or "\n" in run:
        return 1
    stretches = _BLANKS.findall(run)
    length = len(run) - sum(map(len, stretches))  # the odd blanks stay
    for stretch in stretches:  # readability's r"\t|[ \t]{2,}": leading tabs one by one
        tabs = len(stretch) - len(stretch.lstrip("\t"))
        length += tabs + (tabs < len(stretch))
    return length
