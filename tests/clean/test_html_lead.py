"""The lead: prose paragraphs between the headline and the body readability chose come back."""

from __future__ import annotations

from reader.clean.html.lead import lead_paragraphs
from reader.clean.html.pipeline import clean_html, parse_html

LEAD = (
    "Most people need to eat more fruit and vegetables, and the new guide explains how to do "
    "that on a small budget. It starts with breakfast, the meal most of us skip or rush."
)
BODY = "".join(
    f"<p>Body paragraph {n} of the guide says something of its own, long enough to be read as "
    "text by any scorer, with a comma, and a period.</p>"
    for n in range(6)
)


def _page(between: str) -> str:
    return (
        "<html><body><div class='top'><h1>Healthy eating tips</h1><p>By Ann Lee</p>"
        f"{between}</div><div class='article-body'>{BODY}</div></body></html>"
    )


def _blocks(html: str) -> list[tuple[str, str, int]]:
    body = parse_html(f"<html><body>{BODY}</body></html>").find("body")
    assert body is not None
    return [("paragraph", " ".join(p.text_content().split()), 0) for p in body.iter("p")]


def test_a_lead_before_the_body_comes_back_first() -> None:
    page = _page(f"<div class='summary'><p>{LEAD}</p></div>")
    texts = [text for _kind, text, _level in clean_html(page).blocks]
    assert texts[0] == LEAD
    assert texts[1].startswith("Body paragraph 0")


def test_only_prose_outside_furniture_is_a_lead() -> None:
    aside = f"<aside><p>{LEAD.replace('Most', 'Many')}</p></aside>"
    short = "<p>Updated March 3, 2025.</p>"
    linked = f"<p><a href='/x'>{LEAD.replace('Most', 'Some')}</a></p>"
    dek = "<p>One sentence of a dek that sums up the guide in more than thirty words, as a "
    dek += "news page sets it under its headline, with a comma or two, and ends here.</p>"
    bio = f"<p>Ann Lee writes about food. {LEAD}</p>"
    page = _page(f"{aside}{short}{linked}{dek}{bio}<p>{LEAD}</p>")
    assert lead_paragraphs(parse_html(page), _blocks(page), ["Ann Lee"]) == [LEAD]


def test_no_lead_without_a_headline_or_with_a_body_in_between() -> None:
    no_headline = _page(f"<p>{LEAD}</p>").replace("<h1>Healthy eating tips</h1>", "")
    assert lead_paragraphs(parse_html(no_headline), _blocks(no_headline)) == []
    crowded = _page(f"<p>{LEAD}</p>" + "<p>Another paragraph.</p>" * 9)
    assert lead_paragraphs(parse_html(crowded), _blocks(crowded)) == []


def test_a_paragraph_with_control_characters_is_not_an_error() -> None:
    from reader.clean.html.lead import find_paragraph

    tree = parse_html("<html><body><h1>T</h1><p>Bell \x07 here and more words.</p></body></html>")
    assert find_paragraph(tree, "Bell \x07 here") is None
    assert find_paragraph(tree, "\x1b\x07") is None
