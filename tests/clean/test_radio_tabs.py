"""Radio tabs (a code group's labels over its blocks) against a form's radio choices."""

from __future__ import annotations

import lxml.html

from reader.clean.html.radio_tabs import label_radio_tabs

TABS = """<div><p>Install it:</p>
<div class="tabs"><input type="radio" name="g" id="a" checked><label for="a">npm</label>
<input type="radio" name="g" id="b"><label for="b">yarn</label></div>
<div class="blocks"><div><pre>npm i harbour</pre></div><div><pre>yarn add harbour</pre></div>
</div></div>"""


def _headings(html: str) -> list[str]:
    tree = lxml.html.fromstring(html)
    label_radio_tabs(tree)
    return [heading.text_content() for heading in tree.iter("h3")]


def test_each_block_is_headed_by_its_label_and_the_row_goes():
    tree = lxml.html.fromstring(TABS)
    label_radio_tabs(tree)
    assert [h.text_content() for h in tree.iter("h3")] == ["npm", "yarn"]
    assert not list(tree.iter("label"))


def test_a_polls_choices_over_its_buttons_are_no_tabs():
    poll = """<form><div class="choices"><input type="radio" name="q" id="y"><label for="y">
    Yes</label><input type="radio" name="q" id="n"><label for="n">No</label></div>
    <div class="actions"><button>Vote</button><a href="/results">Results</a></div></form>"""
    assert _headings(poll) == []


def test_blocks_of_another_count_than_the_labels_are_no_tabs():
    assert _headings(TABS.replace("<div><pre>yarn add harbour</pre></div>", "")) == []
