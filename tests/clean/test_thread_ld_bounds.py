"""A page stating a long thread in JSON-LD over many elements is matched within a bound:
the posts past :data:`MOST_CHECKS` (post, element) pairs are taken as not shown."""

from __future__ import annotations

import json

from lxml import html as lxml_html

from reader.clean.html.thread_ld import MOST_CHECKS, find_stated, stated_posts


def _page(posts: int, filler: int) -> str:
    answers = [
        {"@type": "Answer", "text": f"reply {i} says grease the winch and check the cable {i}",
         "author": {"name": f"user{i}"}}
        for i in range(posts)
    ]
    ld = {"@context": "https://schema.org", "@type": "QAPage", "mainEntity": {
        "@type": "Question", "text": "how do I make the harbour crane lift faster in winter",
        "author": {"name": "Ann"}, "suggestedAnswer": answers}}
    shown = "".join(f"<div><p>{a['text']}</p></div>" for a in answers)
    padding = "".join(f"<span>filler word {i}</span>" for i in range(filler))
    return (f"<html><head><script type='application/ld+json'>{json.dumps(ld)}</script>"
            "</head><body><div><p>how do I make the harbour crane lift faster in winter</p>"
            f"{shown}{padding}</div></body></html>")


def test_every_shown_post_is_found_on_an_ordinary_page() -> None:
    tree = lxml_html.fromstring(_page(posts=30, filler=100))
    stated = stated_posts(tree)
    found = find_stated(tree.find("body"), stated)
    assert len(stated) == 31 and all(element is not None for element in found)
    assert found[5].text_content().startswith("reply 4 says")


def test_a_long_statement_over_many_elements_stops_at_the_bound() -> None:
    tree = lxml_html.fromstring(_page(posts=499, filler=8000))
    body = tree.find("body")
    stated = stated_posts(tree)
    found = find_stated(body, stated)
    holders = sum(1 for _ in body.iter("div", "p", "span"))
    looked_for = MOST_CHECKS // holders
    assert 0 < looked_for < len(stated)
    assert all(element is not None for element in found[:looked_for])
    assert all(element is None for element in found[looked_for:])
