"""A news page's parts as a reader copies them from a browser (a site's menus, a headline, five
paragraphs of a story, a footer), for the tests of the plain-text path."""

from __future__ import annotations

BODY = [
    "The city council voted on Tuesday to rebuild the old harbour bridge, which has been"
    " closed to traffic since a storm cracked two of its piers last winter.",
    "Engineers told the council that the new bridge would take three years to build and would"
    " carry a lane for bicycles as well as two lanes for cars and buses.",
    "Residents of the harbour district have waited for a decision for months, and many of"
    " them came to the meeting to hear the vote and to speak about the delays.",
    "The mayor said the money would come from the regional transport fund and from a bond"
    " that voters approved in the spring, so no new tax would be needed.",
    "Work on the foundations is to begin in March, once the divers have surveyed the"
    " riverbed and the contractors have cleared what is left of the old piers.",
]
MENU = ["Skip to main content", "Harbour Gazette", "News", "Sport", "Business", "Opinion",
        "Sign in", "Subscribe"]
FOOTER = ["About us", "Contact", "Privacy Policy", "Terms of Service",
          "© 2025 Harbour Gazette. All rights reserved."]
TITLE = "Council votes to rebuild the harbour bridge"


def page_text(lines: list[str]) -> str:
    """``lines`` as a copy gives them: a blank line between paragraphs."""
    return "\n\n".join(lines) + "\n"


__all__ = ["BODY", "FOOTER", "MENU", "TITLE", "page_text"]
