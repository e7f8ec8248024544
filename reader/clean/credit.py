"""One form for a photo credit, whatever the page wrote around it.

The credit is the name-ish text: "Photo: Jane Doe" and "(Photograph by Jane Doe)" give
"Jane Doe"; an agency credit keeps its own form, "AP Photo/Eduardo Verdugo" (as the plain-text
cleaner gives it), and so does "Jane Doe/Getty Images".
"""

from __future__ import annotations

import re

from reader.core.lazy import lazy_re

# A label in front of the name: "Photo:", "Photograph by", "Image credit:", "Credit...".
_LABEL = lazy_re(
    r"^(?:(?:photo(?:graph)?s?|photography|images?|pictures?|fotos?|fotograf[íi]a|"
    r"illustrations?|videos?)(?:\s+credits?)?\s*(?:[:：]|by\b)|credits?\s*(?:[:：]|\.{1,3}|…))\s*",
    re.IGNORECASE,
)
# "AP Photo/...", "Reuters/...": an agency form, kept whole.
_AGENCY = lazy_re(r"^[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?\s+(?:Photo|Photograph|Image)s?\s*/")
_WRAP = " \t\n()[]{}"


def clean_credit(text: str | None) -> str | None:
    """The credit without brackets and without a "Photo:"-style label (None when empty)."""
    if not text:
        return None
    credit = " ".join(text.split()).strip(_WRAP)
    if not _AGENCY.match(credit):
        credit = _LABEL.sub("", credit, count=1).strip(_WRAP)
    return credit or None
