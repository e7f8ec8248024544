"""Tabs that name no panel (Docusaurus) name the panels after their row, in order."""

from __future__ import annotations

import lxml.html

from reader.clean.html.tab_labels import label_tab_panels


def _group(names: list[str], texts: list[str]) -> str:
    tabs = "".join(f'<li role="tab">{name}</li>' for name in names)
    panels = "".join(f'<div role="tabpanel"><p>{text}</p></div>' for text in texts)
    return f'<div class="tabs-container"><ul role="tablist">{tabs}</ul><div>{panels}</div></div>'


def test_two_groups_in_one_page_each_name_their_own_panels():
    html = ("<div><h2>Install</h2>" + _group(["npm", "yarn"], ["npm i x", "yarn add x"])
            + _group(["Linux", "macOS", "Windows"], ["apt", "brew", "winget"]) + "</div>")
    tree = lxml.html.fromstring(html)
    label_tab_panels(tree)
    headed = [(p.find("h3").text, p.find("p").text) for p in tree.iter("div")
              if p.get("role") == "tabpanel"]
    assert headed == [("npm", "npm i x"), ("yarn", "yarn add x"), ("Linux", "apt"),
                      ("macOS", "brew"), ("Windows", "winget")]
    assert not list(tree.iter("ul"))  # (the rows of names went)


def test_a_row_of_more_tabs_than_panels_names_none():
    tree = lxml.html.fromstring("<div>" + _group(["a", "b", "c"], ["one", "two"]) + "</div>")
    label_tab_panels(tree)
    assert not list(tree.iter("h3"))



def test_thousands_of_rows_are_read_in_linear_time():
    """A page of 3,000 rows of tabs whose panels a script fills (none in the page) before one
    group with its panels: each row's panels were sought by walking every container above
    it over the whole page (22 s); the group's panels are still headed by its tabs."""
    import time

    empty = '<div><ul role="tablist"><li role="tab">X</li><li role="tab">Y</li></ul></div>'
    html = "<div>" + empty * 3000 + _group(["A", "B"], ["one", "two"]) + "</div>"
    tree = lxml.html.fromstring(html)
    started = time.perf_counter()
    label_tab_panels(tree)
    assert time.perf_counter() - started < 3.0
    assert [h.text_content() for h in tree.iter("h3")] == ["A", "B"]
