"""A page copied whole: the breadcrumb trail over its headline ("Home > Blog > Title") ends
with the headline, which is the title; the site's menus above the trail go."""

from __future__ import annotations

from tests.cli_run import body_texts, dump_json

MENUS = (
    "Northbound Stories\nHome\nDestinations\nRail passes\nBlog\nNewsletter\nContact\nSign in\n"
    "Plan your trip across Europe by train, with tips from our team.\n"
)
PROSE = (
    "The sleeper from Stockholm to Berlin left the central station at a quarter past six, and "
    "by the time the lights of the suburbs thinned out most of the cabins were already made up "
    "for the night.\n"
    "A decade ago the route had been cut for want of passengers. Now the operator runs it every "
    "day of the year, and the summer departures sell out weeks before they leave.\n"
    "What changed was less the train than the travellers, who began to count the hours at the "
    "airport against a night's sleep and a morning arrival in the middle of the city.\n"
)
FOOTER = "Related posts\nThe slow way to Rome\n© 2025 Northbound Stories\nPrivacy\nTerms\n"


def test_the_line_a_trail_leads_to_is_the_title() -> None:
    title = "Why the night train came back"
    page = f"Northbound Stories\nHome > Blog > {title}\n{title}\n{PROSE}{FOOTER}"
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == title  # (not the trail, nor the site's name)
    texts = body_texts(article)
    assert texts[0].startswith("The sleeper from Stockholm")
    assert not {"Northbound Stories", title} & set(texts)


def test_the_site_s_lines_above_the_trail_go() -> None:
    title = "Why the night train came back"
    page = (
        f"Northbound Stories\nA travel blog about trains, by Mara.\nHome > Blog > {title}\n"
        f"{title}\nMarch 3, 2025\n{PROSE}{FOOTER}"
    )
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == title
    assert article["published"].startswith("2025-03-03")
    assert body_texts(article)[0].startswith("The sleeper from Stockholm")  # (no motto)


def test_the_title_told_again_under_a_label_is_no_paragraph() -> None:
    title = "Why the night train came back"
    page = (
        f"{MENUS}Home > Blog > Field notes > {title}\n{title}\nSECTIONS\n{title}\n"
        f"By Mara Lindqvist\nMarch 3, 2025\n{PROSE}{FOOTER}"
    )
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == title
    assert article["authors"] == ["Mara Lindqvist"]
    texts = body_texts(article)
    assert texts[0].startswith("The sleeper from Stockholm")  # (menus, trail, repeat: gone)
    assert not {"Rail passes", "Sign in", "SECTIONS", title} & set(texts)


def test_a_title_with_a_slash_after_a_trail_of_arrows() -> None:
    title = "Getting TCP/IP right on the train’s wifi"
    page = f"{MENUS}Home › Blog › {title}\n{title}\n{PROSE}{FOOTER}"
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == title
    assert body_texts(article)[0].startswith("The sleeper from Stockholm")


def test_a_trail_under_the_article_s_opening_is_not_its_title() -> None:
    """Once the article has begun, a line that a trail-like line ends with is the article's
    own (a route's last stop under a paragraph about it)."""
    title = "Why the night train came back"
    page = (
        f"{title}\nBy Mara Lindqvist\n{PROSE}{PROSE}"
        "Stockholm > Hamburg > Berlin Hauptbahnhof\nBerlin Hauptbahnhof\n"
        f"{PROSE}"
    )
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == title
    assert "Berlin Hauptbahnhof" in body_texts(article)
