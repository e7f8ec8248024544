"""Sign-up boxes (an e-mail or phone form with its pitch and small print) leave the page."""

from __future__ import annotations

from lxml.html import document_fromstring

from reader.clean.explain import DropLog
from reader.clean.html.pipeline import clean_html
from reader.clean.html.signup import remove_signup_boxes

PROSE = (
    "The council voted on Tuesday to close the old bridge for repairs, after engineers found "
    "cracks in two of its supports that had grown since the last inspection in the spring."
)
BOX = """
<section class="promo-box">
  <h3>Be the first to know!</h3>
  <div>Get the day's deals texted right to your phone!</div>
  <form><input type="tel" placeholder="Phone number"><button>Sign Me Up</button></form>
  <div>By signing up, you agree to receive recurring automated messages. Reply STOP to opt
  out.</div>
</section>
"""


def _text(html: str) -> str:
    return "\n".join(text for _kind, text, _level in clean_html(html).blocks)


def test_a_phone_sign_up_box_goes_with_its_pitch_and_small_print() -> None:
    html = f"<html><body><article><h1>Bridge</h1><p>{PROSE}</p>{BOX}<p>{PROSE}</p>" \
           "</article></body></html>"
    text = _text(html)
    assert "council voted" in text
    assert "Be the first to know" not in text
    assert "By signing up" not in text


def test_the_box_stops_below_a_container_with_prose() -> None:
    tree = document_fromstring(
        f"<html><body><div id='post'><p>{PROSE}</p><div><p>Our newsletter:</p>"
        "<form><input type='email' name='email'></form></div></div></body></html>"
    )
    log = DropLog()
    assert remove_signup_boxes(tree, log) == 1
    assert "council voted" in tree.text_content()
    assert "Our newsletter" not in tree.text_content()
    assert [drop.rule for drop in log.drops] == ["signup-box"]


def test_comment_and_search_forms_are_not_sign_up_boxes() -> None:
    tree = document_fromstring(
        "<html><body><div><p>Leave a reply to join the discussion</p><form>"
        "<input type='email' name='email'><textarea name='comment'></textarea></form></div>"
        "<div><p>Search the updates</p><form><input type='search' name='q'></form></div>"
        "</body></html>"
    )
    assert remove_signup_boxes(tree) == 0
    assert "Leave a reply" in tree.text_content()
    assert "Search the updates" in tree.text_content()
