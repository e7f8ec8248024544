"""Caption credits have one form, from HTML markup, HTML text or plain text alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml.html import fragment_fromstring

from reader.article.dump import to_json, to_markdown, to_text
from reader.clean.credit import clean_credit
from reader.clean.html.caption import caption_of
from reader.clean.meta import split_caption
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument

SAMPLE = Path(__file__).parents[1] / "fixtures" / "obama-mexico-security.txt"
CAPTION = (
    "Demonstrators hold candles in Mexico City, Friday, Nov. 14, 2014. The 43 students "
    "disappeared on Sept. 26 in the town of Iguala."
)


@pytest.mark.parametrize(
    ("raw", "credit"),
    [
        ("AP Photo/Eduardo Verdugo", "AP Photo/Eduardo Verdugo"),
        ("(AP Photo/Eduardo Verdugo)", "AP Photo/Eduardo Verdugo"),
        ("Photo: Jane Doe", "Jane Doe"),
        ("Photograph: Jane Doe/Reuters", "Jane Doe/Reuters"),
        ("(Photo by Jane Doe/Getty Images)", "Jane Doe/Getty Images"),
        ("Image credit: TNG Collaboration", "TNG Collaboration"),
        ("Credit... Doug Mills/The New York Times", "Doug Mills/The New York Times"),
        ("Photo: AP Photo/Jane Doe", "AP Photo/Jane Doe"),
        ("Jane Doe/AFP via Getty Images", "Jane Doe/AFP via Getty Images"),
        ("Photographer Jane Doe", "Photographer Jane Doe"),
        ("Photo:", None),
        ("", None),
    ],
)
def test_clean_credit(raw: str, credit: str | None) -> None:
    assert clean_credit(raw) == credit


@pytest.mark.parametrize(
    "figcaption",
    [
        f"<figcaption>{CAPTION} (AP Photo/Eduardo Verdugo)</figcaption>",
        f"<figcaption>{CAPTION} <span class='credit'>AP Photo/Eduardo Verdugo</span></figcaption>",
        f"<figcaption>{CAPTION} <span class='credit'>(AP Photo/Eduardo Verdugo)</span>"
        "</figcaption>",
    ],
)
def test_html_captions_give_the_agency_credit_whole(figcaption: str) -> None:
    element = fragment_fromstring(figcaption)
    for caption in (caption_of(element), split_caption(element)):
        assert caption is not None
        assert caption.text == CAPTION
        assert caption.credit == "AP Photo/Eduardo Verdugo"


@pytest.mark.parametrize("split", [caption_of, split_caption])
def test_html_captions_drop_the_photo_label(split: object) -> None:
    element = fragment_fromstring(
        f"<figcaption>{CAPTION} <span class='credit'>Photo: Jane Doe</span></figcaption>"
    )
    caption = split(element)  # type: ignore[operator]
    assert caption is not None and caption.credit == "Jane Doe"


def test_plain_text_sample_gives_the_same_form() -> None:
    raw = RawDocument(SAMPLE.read_text(encoding="utf-8"), str(SAMPLE), content_type="text/plain")
    article = extract(raw, people=False)
    assert article.caption is not None
    assert article.caption.credit == "AP Photo/Eduardo Verdugo"
    assert clean_credit(article.caption.credit) == article.caption.credit


@pytest.mark.parametrize(
    ("credit", "expected"),
    [("Photo: Jane Doe", "Jane Doe"), ("(AP Photo/Eduardo Verdugo)", "AP Photo/Eduardo Verdugo")],
)
def test_every_cleaner_gets_the_same_form_from_assemble(credit: str, expected: str) -> None:
    from reader.article.model import Caption
    from reader.clean.extracted import Extracted
    from reader.engine.pipeline import assemble

    draft = Extracted(
        title="T", caption=Caption("A caption.", credit), blocks=[("paragraph", "Text.", 0)]
    )
    article = assemble(draft)
    assert article.caption is not None and article.caption.credit == expected


def test_the_lead_picture_in_the_body_keeps_its_caption_said_once() -> None:
    """A lead figure whose caption is its alt text stays whole in the body: its caption is
    the figure's (not the header's), said once in the text, the Markdown and the JSON."""
    story = "".join(
        f"<p>Paragraph {n} of the story about the harbour, the boats and the people who "
        "work there every morning before the sun is up.</p>"
        for n in range(5)
    )
    html = (
        "<html><body><article><h1>The harbour</h1><figure>"
        "<img src='https://example.org/boats.jpg' alt='Boats at the quay at dawn.'>"
        f"<figcaption>Boats at the quay at dawn.</figcaption></figure>{story}</article>"
        "</body></html>"
    )
    article = extract(RawDocument(html, "x.html", content_type="text/html"), people=False)
    assert article.caption is None
    lead = article.blocks[0]
    assert (lead.type, lead.src, lead.caption, lead.text) == (
        "image", "https://example.org/boats.jpg", "Boats at the quay at dawn.",
        "Boats at the quay at dawn.",
    )
    for output in (to_text(article), to_markdown(article), article.text):
        assert output.count("Boats at the quay") == 1, output
    data = json.loads(to_json(article))
    assert data["caption"] is None
    assert data["body"][0]["caption"] == "Boats at the quay at dawn."
