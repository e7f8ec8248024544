"""Parsing a mail message's MIME structure at a cost that stays small however it is built.

The email package's modern policy parses a header into a structured object each time it is
read, and its MIME parser and body finder read every part's ``Content-Type`` several times
over: 20,000 parts took 13 seconds. Here the headers that only steer the parsing
(:data:`STRUCTURAL`) are read as the plain text the older policy gave, which the package
parses cheaply where it needs to (their type, ``boundary`` and ``charset`` alike), every
header is cut at :data:`MAX_HEADER` characters, and a message is read up to
:data:`MAX_PARTS` parts: no mail or newsletter holds that many, and the rest is not read.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from email.message import EmailMessage
    from email.policy import Policy

# A header is read up to this many characters: the email package's header parser takes
# time and memory that grow with the square of a header's length (a 300 KB subject of
# encoded words took gigabytes); a real one is under a thousand (RFC 5322's line limit).
MAX_HEADER = 4096
# Parts of a message read (a newsletter has a few, a mail with its attachments tens)
MAX_PARTS = 1000
FEED_CHARS = 8192  # the text is fed to the parser in pieces this long, parts counted between
# Headers kept as unfolded text rather than parsed objects: only their type and parameters
# are read, by the package's own cheap splitting
STRUCTURAL = frozenset({"content-type", "content-disposition", "content-transfer-encoding"})


@cache
def bounded_policy() -> Policy:
    """The email package's modern policy, each header cut at :data:`MAX_HEADER`
    characters and the :data:`STRUCTURAL` ones read as text."""
    from email.policy import EmailPolicy

    class BoundedPolicy(EmailPolicy):
        def header_fetch_parse(self, name: str, value: Any) -> Any:
            if isinstance(value, str) and len(value) > MAX_HEADER:
                value = value[:MAX_HEADER]
            if isinstance(value, str) and name.lower() in STRUCTURAL:
                return value.replace("\r", "").replace("\n", "")  # (unfolded as the policy does)
            return super().header_fetch_parse(name, value)

    return BoundedPolicy()


def parse_message(text: str) -> tuple[EmailMessage, bool]:
    """The message of ``text`` and whether it was cut: once more than :data:`MAX_PARTS`
    parts have begun, the rest of the text is not fed to the parser (the parts read so
    far stay, the last perhaps short)."""
    from email.feedparser import FeedParser
    from email.message import EmailMessage

    parts = -1  # (the parser makes one message to try its factory)

    def new_part(policy: Policy) -> EmailMessage:
        nonlocal parts
        parts += 1
        return EmailMessage(policy=policy)

    parser = FeedParser(new_part, policy=bounded_policy())  # type: ignore[arg-type]
    for start in range(0, len(text), FEED_CHARS):
        if parts > MAX_PARTS:
            return parser.close(), True  # type: ignore[return-value]
        parser.feed(text[start : start + FEED_CHARS])
    return parser.close(), False  # type: ignore[return-value]


__all__ = ["MAX_HEADER", "MAX_PARTS", "bounded_policy", "parse_message"]
