"""Words a page uses for its own furniture, shared by the HTML and plain-text cleaners."""

from __future__ import annotations

# A table of contents' label ("Contents", "In this article", "Sommaire"), as a pattern source.
CONTENTS_LABEL = (
    r"(?:table of contents?|(?:article |page |post |guide )?contents|"
    r"in this (?:article|story|guide|post|page)|on this page|what[’']s inside|"
    r"índice|inhalt(?:sverzeichnis)?|sommaire|sumário|indice)"
    # its button to fold it, copied with it: "Contents  hide", "Table of Contents ▼"
    r"(?:\s*(?:\[?(?:hide|show|toggle)\]?|[▼▾▲▴►▸]))?"
)

# A whole line only a web site's menus and footers say ("Sign in", "About us", "Skip to ...").
SITE_LINE = (
    r"(?:sign (?:in|up)|log ?in|log out|subscribe|search|menu|home|newsletters?|my account|"
    r"follow us|contact(?: us)?|about(?: us)?|sitemap|skip to .{1,30})"
)

# a table of contents' label that sends the reader down the page: "Jump to", "Jump to section",
# "Jump to chapter", "Jump to a section:"
JUMP_LABEL = r"jump to(?: (?:a )?(?:section|chapter)s?)?"

__all__ = ["CONTENTS_LABEL", "JUMP_LABEL", "SITE_LINE"]
