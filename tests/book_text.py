"""A generated book for the tests of long texts: a title, chapters and paragraphs."""

from __future__ import annotations

WORDS = ("border", "minister", "river", "evening", "harvest", "letter", "morning", "window",
         "garden", "station", "promise", "winter", "market", "silence", "journey", "village")


def book(paragraphs: int) -> str:
    """A title, a chapter heading every 100 paragraphs and ``paragraphs`` paragraphs, each
    numbered and of different words."""
    parts = ["The Long Book of Words", ""]
    for n in range(paragraphs):
        if n % 100 == 0:
            parts += [f"Chapter {n // 100 + 1}", ""]
        words = " ".join(WORDS[(n * 7 + i * 3) % len(WORDS)] for i in range(24))
        parts += [f"Paragraph {n} tells of the {words}.", ""]
    return "\n".join(parts)
