"""The credit of a picture the copy left behind: "Photo: Thomas Kuoh", "Image Credit: Sixt",
"A glimpse into our testing process. Credit: Natalie Kafader".

A copy of a web page keeps a figure's caption and credit but not its picture; in the text
they describe what the reader cannot see, between the article's paragraphs.
"""

from __future__ import annotations

from reader.core.lazy import lazy_re

MAX_LENGTH = 300  # a caption, not a paragraph

_CREDIT = r"(?:(?:image|photo|photograph|picture|illustration)s?(?: credits?)?|credits?)"
_BY = r"(?:photo|image|photograph|illustration|picture)s? (?:by|courtesy(?: of)?)"
# a line of the credit alone ("Photo: Getty Images", "Image by AlexZel from Pixabay"), its
# first word capitalised (not a setting's key: "image: postgres:18")
_CREDIT_LINE = lazy_re(
    r"\(?(?=[A-Z])(?i:(?:(?:featured|header|hero|top|cover|lead|main) )?"
    rf"(?:{_CREDIT} ?: ?|{_BY} |courtesy of ))[^\W\d][^\s:]*(?: [^\s:]+){{0,5}}"
)
# a caption that ends with its credit ("The family that backpacks. Credit: Chris McNamara",
# "Guests pick their pastries. | Photo by Lisa Jennings", "(Picture credit: Getty)")
_CAPTION_CREDIT = lazy_re(
    rf"(?:[.!?”\"] {{1,3}}| [|–—] | \()(?i:{_CREDIT} ?: ?|{_BY} )[A-Z][^.!?]{{1,60}}\)?\.?$"
)


def is_picture_credit(text: str) -> bool:
    """Whether ``text`` is a picture's credit, alone or at the end of its caption.

    Measured (``benchmarks/copied_text.py``, articles copied whole): 35 dev pages up, 1 down
    (a list of pictures' sites the reference keeps); 2425 words dropped on dev pages, 37 of
    them the article's, and 1216 held-out, 10 of them the article's."""
    if len(text) > MAX_LENGTH:
        return False
    text = " ".join(text.split())
    return bool(_CREDIT_LINE.fullmatch(text) or _CAPTION_CREDIT.search(text))


__all__ = ["is_picture_credit"]
