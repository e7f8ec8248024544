"""``DropLog``: each block a rule drops is recorded once, under the rule's name."""

from __future__ import annotations

from pathlib import Path

from reader.clean.explain import Drop, DropLog
from reader.clean.html.edges import trim_edges
from reader.clean.html.pipeline import clean_html
from tests.cli_run import dump_explain

BODY = "".join(
    f"<p>Paragraph {n} of the story is long enough to be read as text, and it says more.</p>"
    for n in range(1, 5)
)
PAGE = (
    "<html><head><title>A story</title></head><body>"
    '<div class="cookie-banner" role="dialog">We use cookies. Accept all cookies.</div>'
    f"<article><h1>A story</h1>{BODY}"
    '<div class="share-bar"><ul><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a>'
    "</li></ul></div><p>Advertisement</p>"
    "<p>Follow us on Twitter for more stories.</p></article>"
    "<footer><p>Copyright 2021 Example Inc. All rights reserved.</p></footer></body></html>"
)


def _rules(log: DropLog) -> dict[str, str]:
    return {drop.text: drop.rule for drop in log.drops}


def test_every_dropped_block_is_named() -> None:
    log = DropLog()
    extracted = clean_html(PAGE, log=log)
    rules = _rules(log)
    assert rules["We use cookies. Accept all cookies."] == "consent-panel"
    assert rules["Advertisement"] == "boilerplate-text"
    assert rules["Follow us on Twitter for more stories."] == "contact-line"
    assert rules["A story"] == "header-repeat"
    assert rules["Copyright 2021 Example Inc. All rights reserved."] == (
        "not-chosen-by-readability"
    )
    kept = " ".join(text for _k, text, _l in extracted.blocks)
    assert not any(drop.text in kept for drop in log.drops if drop.rule != "header-repeat")


def test_a_dropped_container_is_recorded_once() -> None:
    log = DropLog()
    clean_html(PAGE, log=log)
    assert sum("Facebook" in drop.text for drop in log.drops) == 1


def test_no_log_gives_the_same_article() -> None:
    assert clean_html(PAGE) == clean_html(PAGE, log=DropLog())


def test_edges_name_their_rules() -> None:
    blocks = [
        ("paragraph", "Monday, 18 November 2019", 0),
        ("paragraph", "A long paragraph " * 10, 0),
        ("paragraph", "Tags: one, two, three", 0),
        ("heading", "More stories", 2),
    ]
    log = DropLog()
    assert trim_edges(blocks, log) == blocks[1:2]
    assert [drop.rule for drop in log.drops] == ["date-line", "label-line", "heading-left-last"]


def test_a_drop_line_shows_the_rule_and_the_first_words() -> None:
    line = Drop("promo", " ".join(f"w{n}" for n in range(30))).line()
    assert line.startswith("promo: w0 w1 w2")
    assert line.endswith(" …")
    assert Drop("promo", "Short  text").line() == "promo: Short text"


def test_every_paragraph_the_plain_text_cleanup_drops_is_named() -> None:
    from reader.clean.text.pipeline import clean_plain_text

    body = "".join(
        f"Paragraph {n} of the story is long enough to be read as prose, and it says more "
        "about the harbour, the boats and the people who mend their nets each morning.\n\n"
        for n in range(1, 6)
    )
    text = (
        "We use cookies to improve your experience and to analyse our traffic. By clicking "
        "Accept all cookies you consent to our use of cookies and our privacy policy.\n\n"
        "Accept all cookies\n\nSkip to content\n\nHome\n\nNews\n\nSign in\n\nSearch\n\n"
        "The Harbour Wakes Before Dawn\n\nBy Dana Holt\n\nListen to article\n\n"
        f"{body}Paragraph 5 of the story is long enough to be read as prose, and it says more "
        "about the harbour, the boats and the people who mend their nets each morning.\n\n"
        "Advertisement\n\nParagraph 6 ends the story with a sentence of its own, long enough to "
        "stand as prose among the others, and a full stop.\n\n"
        "About\n\nCareers\n\nContact\n\nNewsletters\n\nAdvertise\n\nTerms of Use\n"
    )
    log = DropLog()
    extracted = clean_plain_text(text, log=log)
    rules = _rules(log)
    assert rules["Accept all cookies"] == "consent-panel"
    assert rules["Skip to content"] == "menus-above"
    assert rules["Terms of Use"] == "footer-below"
    assert rules["Advertisement"] == "furniture-line"
    assert rules["Listen to article"] in {"furniture-line", "head-label"}
    assert rules[body.split("\n\n")[4]] == "pasted-twice"
    kept = [text for _k, text, _l in extracted.blocks]
    assert len(kept) == 6 and kept[-1].startswith("Paragraph 6 ends the story")
    assert not any(drop.text in kept for drop in log.drops if drop.rule != "pasted-twice")


def test_a_page_inside_a_menu_left_unclosed_has_its_unchosen_blocks_named(
    tmp_path: Path,
) -> None:
    """A site's menu left unclosed holds the whole page (the parser closes it at the end):
    the blocks readability did not choose are still listed, through ``reader dump``."""
    promo = "Our partners offer the best mortgage rates in the country, and you can apply today."
    page = (
        "<html><head><title>A story</title></head><body><header><nav><ul>"
        "<li><a href='/'>Home</a><li><a href='/news'>News</a><div class='dropdown'>"
        f"<article><h1>A story</h1>{BODY}</article>"
        f"<div class='partner-offer'><p>{promo}</p></div>"
        "</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    lines = dump_explain(str(path))
    assert any(line.startswith("not-chosen-by-readability: Our partners offer") for line in lines)


def test_words_set_in_a_div_of_a_page_a_button_swallowed_are_named(tmp_path: Path) -> None:
    """An accordion's question in a <button> left open takes the rest of the page into it;
    its answers, set in <div>s with no <p>, were dropped with no line of --explain."""
    answer = ("Based on our testing, Wix has the best search features of all the builders we "
              "tried, and a checklist made for your own site, with guides for beginners.")
    page = tmp_path / "builders.html"
    page.write_text(
        "<html><head><title>Website builders</title></head><body><article><h1>Website "
        "builders</h1><p>We tested the builders over three months, building the same small "
        "shop with each of them and timing every step.</p></article><button class='acc'><h4>"
        f"Is Wix good for SEO?</h4><div class='accordion-content'> {answer}</div></body></html>",
        encoding="utf-8",
    )
    lines = dump_explain(str(page))
    assert any(line.endswith(": Is Wix good for SEO?") for line in lines)
    assert any(": Based on our testing, Wix has the best search" in line for line in lines)


def test_a_dropped_box_is_told_with_its_words_apart_and_once(tmp_path: Path) -> None:
    box = (
        '<aside class="newsletter-signup"><h3>Get the Morning Ledger</h3><p>Sign up for our'
        " newsletter.</p><form><input type=email><button>Subscribe</button></form></aside>"
    )
    path = tmp_path / "page.html"
    path.write_text(PAGE.replace("<p>Advertisement</p>", box), encoding="utf-8")
    lines = dump_explain(str(path))
    told = [line for line in lines if "Morning Ledger" in line]
    assert told == ["signup-box: Get the Morning Ledger Sign up for our newsletter. Subscribe"]
    assert any(line.endswith(": Facebook Twitter") for line in lines)
