"""A heading holding many links (a byline naming thousands of people, a hostile page) is
read once while the page's entries are looked for, not once for each of its links."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from reader.clean.html import listing


def test_a_heading_of_many_links_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    links = "".join(f"<a href='/people/{number}'>Person {number}</a>, " for number in range(2000))
    body = lxml_html.document_fromstring(
        f"<html><body><h4>Signed by {links}</h4><p>Some words.</p></body></html>"
    ).find("body")
    read: list[int] = []
    real_one_line = listing.one_line

    def counting(element):  # type: ignore[no-untyped-def]
        read.append(1)
        return real_one_line(element)

    monkeypatch.setattr(listing, "one_line", counting)
    assert listing.find_entries(body, "https://example.org/") == []
    assert len(read) <= 2
