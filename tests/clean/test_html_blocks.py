"""HTML -> blocks: structure kept, words never run together, robust parsing."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml.html import fragment_fromstring

from reader.clean.extracted import Draft
from reader.clean.html.blocks import html_to_blocks
from reader.clean.html.pipeline import clean_html
from reader.core.errors import LoadError
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument
from tests.cli_run import dump_json

LONG = "with enough words in it to look like a real paragraph of an article, honestly"


def _blocks(html: str) -> list[tuple[str, str, int]]:
    return html_to_blocks(fragment_fromstring(html, create_parent="div"))


def test_headings_keep_their_level() -> None:
    blocks = _blocks("<h2>Background</h2><p>Text.</p><h3>Details</h3><p>More.</p>")
    assert blocks == [
        ("heading", "Background", 2),
        ("paragraph", "Text.", 0),
        ("heading", "Details", 3),
        ("paragraph", "More.", 0),
    ]


def test_list_is_one_block_with_items_on_lines() -> None:
    blocks = _blocks("<ul><li>Apples</li><li>Pears<ul><li>Conference</li></ul></li></ul>")
    assert blocks == [("list", "Apples\nPears\nConference", 0)]


def test_line_breaks_in_a_list_item_do_not_repeat_its_lines() -> None:
    blocks = _blocks(
        '<ul><li><a href="/c">Greenlight Clinic</a><br>336 Bon Air Center<br>Suite 5112</li>'
        "<li>Holos<br>Inner Richmond</li></ul>"
    )
    assert [(kind, text) for kind, text, _level in blocks] == [
        ("list", "Greenlight Clinic 336 Bon Air Center Suite 5112\nHolos Inner Richmond")
    ]


def test_blockquote_and_pre() -> None:
    blocks = _blocks("<blockquote><p>One.</p><p>Two.</p></blockquote><pre>  x = 1\n  y = 2</pre>")
    assert blocks[0] == ("quote", "One.\nTwo.", 0)
    assert blocks[1] == ("preformatted", "  x = 1\n  y = 2", 0)


def test_block_edges_never_run_words_together() -> None:
    blocks = _blocks(
        "<div>alpha<div>beta</div>gamma<p>delta</p><span>epsilon</span></div>"
        "<table><tr><td>zeta</td><td>eta</td></tr></table>"
    )
    words = " ".join(text for _kind, text, _level in blocks).replace("|", " ").split()
    assert words == ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"]


def test_inline_elements_keep_source_spacing() -> None:
    blocks = _blocks("<p>A <b>bold</b>move, an <i>in</i>line and a<br>break.</p>")
    assert blocks == [("paragraph", "A boldmove, an inline and a\nbreak.", 0)]


def test_line_breaks_keep_their_lines_and_two_leave_a_blank_line() -> None:
    blocks = _blocks(
        "<p>Roses are red,<br>\n  violets are blue.<br></p>"
        "<p><br>One old blog paragraph.<br> <br>\n<br>Another one.</p>"
    )
    assert blocks == [
        ("paragraph", "Roses are red,\nviolets are blue.", 0),
        ("paragraph", "One old blog paragraph.\n\nAnother one.", 0),
    ]


def test_scripts_forms_and_buttons_dropped() -> None:
    blocks = _blocks(
        "<p>Keep me.</p><script>var x = 'drop';</script><style>p{}</style>"
        "<form><p>Form text</p></form><button>Click</button><noscript>No JS</noscript>"
        "<nav>Menu</nav>"
    )
    assert blocks == [("paragraph", "Keep me.", 0)]


def test_leading_h1_equal_to_title_dropped() -> None:
    html = (
        "<html><head><title>A day at the races - Example</title>"
        "<meta property='og:title' content='A day at the races'></head><body><article>"
        f"<h1>A day at the races</h1><h2>The first race</h2><p>It began {LONG}.</p>"
        f"<p>It ended {LONG}.</p></article></body></html>"
    )
    extracted = clean_html(html)
    assert extracted.title == "A day at the races"
    assert extracted.blocks[0] == ("heading", "The first race", 2)


def test_html_entities_and_windows_1252_quotes() -> None:
    html = (
        "<html><head><meta charset='windows-1252'><title>Caf&eacute;</title></head><body>"
        f"<article><p>It&#146;s a &#147;test&#148; &mdash; caf&eacute;, na&iuml;ve, "
        f"&lsquo;quoted&rsquo; {LONG}.</p></article></body></html>"
    )
    article = extract(RawDocument(html, "x.html", content_type="text/html"), people=False)
    assert article.text.startswith("It’s a “test” — café, naïve, ‘quoted’ with enough")


def test_windows_1252_bytes_decoded_upstream() -> None:
    raw = f"<html><body><p>\u201cCurly\u201d caf\u00e9 {LONG}.</p></body></html>"
    text = raw.encode("cp1252").decode("cp1252")
    article = extract(RawDocument(text, "x.html", content_type="text/html"), people=False)
    assert "“Curly” café" in article.text


def test_xml_declaration_in_a_string_is_fine() -> None:
    html = (
        "<?xml version='1.0' encoding='utf-8'?><html xmlns='http://www.w3.org/1999/xhtml'>"
        f"<body><p>Hello {LONG}.</p></body></html>"
    )
    assert (
        "Hello with enough"
        in extract(
            RawDocument(html, "x.xhtml", content_type="application/xhtml+xml"), people=False
        ).text
    )


def test_article_after_an_early_end_of_document_is_read() -> None:
    """A template that closes </body></html> after its header: browsers read on, so do we."""
    paragraphs = "".join(f"<p>Paragraph {n} of the story, {LONG}.</p>" for n in range(6))
    html = (
        "<html><head><title>Story</title></head><body><header><nav><a href='/'>Home</a>"
        "</nav></header></body></html>"
        f"<div class='post'><h1>Story</h1>{paragraphs}</div></body></html>"
    )
    text = extract(RawDocument(html, "x.html", content_type="text/html"), people=False).text
    assert "Paragraph 0 of the story" in text
    assert "Paragraph 5 of the story" in text


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n ",
        "<html><head><script>var a = 1;</script></head><body></body></html>",
        "<script>alert(1)</script><style>p {}</style>",
        "<html><body><img src=x></body></html>",
    ],
)
def test_empty_or_script_only_page_gives_load_error(html: str) -> None:
    with pytest.raises(LoadError, match="no readable article text"):
        extract(RawDocument(html, "x.html", content_type="text/html"))


def test_very_deep_nesting_does_not_crash() -> None:
    html = "<html><body>" + "<div>" * 5000 + f"<p>Deep {LONG}.</p>" + "</div>" * 5000
    html += "</body></html>"
    try:
        extracted = clean_html(html)
    except LoadError:
        return  # a clear error is acceptable; any other exception is not
    assert any("Deep" in text for _kind, text, _level in extracted.blocks)


def test_a_figure_without_caption_keeps_its_table_and_a_bare_image_is_a_picture() -> None:
    blocks = _blocks(
        "<figure class='wp-block-table'><table><tr><th>Rank</th><th>Company</th></tr>"
        "<tr><td>1</td><td>State Farm</td></tr></table></figure>"
        "<figure><img src='a.jpg' alt='a photo'></figure><p>After.</p>"
        "<figure><img alt='no address'></figure>"
    )
    assert [kind for kind, _text, _level in blocks] == ["table", "image", "paragraph"]
    assert "State Farm" in blocks[0][1]
    picture = blocks[1]
    assert isinstance(picture, Draft)
    # a picture to draw, not words to read: its alt text is not the article's text
    assert picture[1] == ""
    assert (picture.structure["src"], picture.structure["alt"]) == ("a.jpg", "a photo")


def test_a_quotation_set_in_a_figure_without_caption_is_read() -> None:
    blocks = _blocks(
        "<p>Before.</p><figure class='quote'><div><blockquote><p>SEO has gone from a "
        "singular profession to a company-wide practice.</p></blockquote></div></figure>"
        "<figure><img src='a.jpg' alt=''></figure><p>After.</p>"
    )
    assert [kind for kind, _text, _level in blocks] == ["paragraph", "quote", "image", "paragraph"]
    assert "company-wide practice" in blocks[1][1]


def test_a_lazy_loaded_picture_has_its_real_address_not_the_placeholder() -> None:
    blocks = _blocks(
        "<figure><img src='/plugins/lazy_placeholder.gif' data-src='/uploads/harbour.jpg' "
        "alt='The harbour'><figcaption>The harbour at dawn.</figcaption></figure>"
    )
    assert isinstance(blocks[0], Draft)
    assert blocks[0].structure["src"] == "/uploads/harbour.jpg"


def test_an_image_on_its_own_is_a_picture_but_not_an_icon_inside_a_sentence() -> None:
    blocks = _blocks(
        "<p>Before the picture.</p><p><a href='/big.jpg'><img src='/harbour.jpg' "
        "alt='The harbour' width='800'></a></p>"
        "<p>A sentence with an <img src='/smile.png' alt=':)'> inline image.</p>"
        "<p><img src='/flag.png' class='wp-smiley emoji' alt='flag'> Emoji first.</p>"
        "<p><img src='/track.gif' width='1' height='1'>Pixel first.</p>"
        "<picture><source srcset='/boats.webp'><img src='/boats.jpg' alt='Boats'></picture>"
        "<p><img src='/images/spacer.gif'></p><p><img src='/pixel-7-review.jpg' alt='A phone'></p>"
    )
    pictures = [block for block in blocks if block[0] == "image"]
    assert [(p.structure["src"], p.structure["alt"]) for p in pictures] == [
        ("/harbour.jpg", "The harbour"), ("/boats.jpg", "Boats"),
        ("/pixel-7-review.jpg", "A phone"),
    ]
    assert all(p[1] == "" for p in pictures)  # pictures, not words: the text is unchanged
    paragraphs = [text for kind, text, _level in blocks if kind == "paragraph"]
    assert paragraphs == [
        "Before the picture.", "A sentence with an inline image.", "Emoji first.",
        "Pixel first.",
    ]


def test_a_page_of_pictures_alone_has_nothing_to_read() -> None:
    with pytest.raises(LoadError, match="no readable article text"):
        extract(RawDocument(
            "<html><body><article><h1>Gallery</h1><img src='/a.jpg'><img src='/b.jpg'>"
            "</article></body></html>", "x.html", content_type="text/html",
        ))


def test_a_picture_at_the_top_does_not_hide_a_repeat_of_the_title() -> None:
    html = (
        "<html><head><title>A day at the races</title></head><body><article>"
        "<h1>A day at the races</h1><p><img src='/track.jpg' alt='The track'></p>"
        f"<p>A day at the races</p><p>It began {LONG}.</p><p>It ended {LONG}.</p>"
        "</article></body></html>"
    )
    blocks = clean_html(html).blocks
    assert blocks[0][0] == "image"
    assert [text for _kind, text, _level in blocks[1:]] == [
        f"It began {LONG}.", f"It ended {LONG}.",
    ]


@pytest.mark.parametrize("alt", ["null", "undefined", " Image ", ""])
def test_a_placeholder_alt_text_is_no_alt_text(alt: str) -> None:
    blocks = _blocks(f"<p><img src='/harbour.jpg' alt='{alt}'></p>")
    assert isinstance(blocks[0], Draft) and blocks[0].structure["alt"] is None


def test_a_hostile_picture_brings_no_script_no_file_and_no_escape_sequence() -> None:
    html = (
        f"<html><body><article><h1>T</h1><p>It began {LONG}.</p>"
        "<p><img src='javascript:alert(1)' alt='script'></p>"
        "<p><img src='file:///etc/passwd' alt='file'></p>"
        "<p><img src='https://example.com/ok.jpg' alt='\x1b]52;c;ZXZpbA==\x07ok\x1b[31m red'></p>"
        f"<p>It ended {LONG}.</p></article></body></html>"
    )
    article = extract(RawDocument(html, "x.html", content_type="text/html"), people=False)
    pictures = [block for block in article.blocks if block.type == "image"]
    assert [(p.src, p.alt) for p in pictures] == [("https://example.com/ok.jpg", "ok red")]


def test_a_headings_own_link_mark_is_neither_text_nor_link() -> None:
    blocks = _blocks(
        '<h2><a class="doc-anchor" href="#tour">§</a>A tour of Tokio</h2>'
        '<h3>Models<a class="headerlink" href="#models">¶</a></h3>'
        '<p>See <a href="#tour">the tour</a> and § 230 of the act.</p>'
    )
    assert [block[1] for block in blocks] == [
        "A tour of Tokio", "Models", "See the tour and § 230 of the act.",
    ]
    assert [getattr(block, "links", ()) for block in blocks[:2]] == [(), ()]


def test_a_code_examples_language_label_is_not_a_paragraph() -> None:
    blocks = _blocks(
        '<div class="code-example"><div class="example-header"><span>js</span></div>'
        '<pre class="brush: js">let x = 1;</pre></div>'
        "<p>js</p><p>JS is the language of the web.</p><pre>plain text</pre>"
    )
    assert [(block[0], block[1]) for block in blocks] == [
        ("code", "let x = 1;"), ("paragraph", "js"),
        ("paragraph", "JS is the language of the web."), ("preformatted", "plain text"),
    ]
    assert blocks[0].structure["language"] == "js"


_PROSE = [
    "<p>" + f"Paragraph {n} of the story: the statistics of words say little of what the words "
    "mean to the people who read them, and the models learn the statistics. " * 3 + "</p>"
    for n in range(3)
]


def test_a_posts_pictures_in_captioned_frames_survive() -> None:
    """Substack wraps each figure in a frame classed for its caption and the picture in
    <div>s with no words: readability drops such a <div> as empty, our class hints the frame."""
    figure = (
        '<div class="captioned-image-container"><figure><a class="image-link" href="/big.png">'
        '<div class="image2-inset"><picture><img src="https://cdn.example/bus.png" alt="">'
        '</picture><div class="image-link-expand"></div></div></a>'
        "<figcaption>A school bus, as the model sees it</figcaption></figure></div>"
    )
    extracted = clean_html(
        f"<html><body><article><h1>New ways to corrupt models</h1>{_PROSE[0]}{_PROSE[1]}"
        f"{figure}{_PROSE[2]}</article></body></html>"
    )
    images = [block for block in extracted.blocks if block[0] == "image"]
    assert [image[1] for image in images] == ["A school bus, as the model sees it"]
    assert images[0].structure["src"] == "https://cdn.example/bus.png"


def test_a_quotation_figure_keeps_its_quotation_beside_the_speakers_picture() -> None:
    quote = (
        '<figure class="Quote"><div><span><picture><img src="https://cdn.example/pr.png" '
        'alt="Pat Reed"></picture></span></div><div class="Quote_content"><blockquote>'
        "<p>SEO is not dead, it is just different.</p></blockquote>"
        "<figcaption>Pat Reed, head of search</figcaption></div></figure>"
    )
    extracted = clean_html(
        f"<html><body><article><h1>Search in the coming year</h1>{_PROSE[0]}{_PROSE[1]}"
        f"{quote}{_PROSE[2]}</article></body></html>"
    )
    texts = [text for _kind, text, _level in extracted.blocks]
    assert "SEO is not dead, it is just different." in texts


def test_a_picture_between_words_separates_them_and_an_emoji_picture_reads_as_its_emoji(
    tmp_path: Path,
) -> None:
    page = tmp_path / "post.html"
    page.write_text(
        "<html><body><article><h1>Caterers</h1>"
        "<p>Updated: December 9, 2024<img class='alignnone size-full' src='/collage.png' "
        f"width='1080' height='1920'>If you are serving food at your reception, {LONG}.</p>"
        "<h2>Step one<img src='/arrow.png'>Taste</h2>"
        f"<p>We loved it<img class='emoji' alt='🙂' src='/1f642.svg'>! {LONG}.</p>"
        f"<p>Ours <img class='wp-smiley' alt=':-)' src='/smile.gif'> too, {LONG}.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    body = dump_json(str(page))["body"]
    texts = [block["text"] for block in body]
    assert texts[0].startswith("Updated: December 9, 2024 If you are serving food")
    assert "Step one Taste" in texts
    assert texts[-2].startswith("We loved it🙂! ")
    assert texts[-1].startswith("Ours :-) too, ")


ROOTS = r"x={-b \pm {\sqrt {b^{2}-4ac}}} \over 2a"


def test_a_formula_drawn_as_a_picture_reads_as_its_tex(tmp_path: Path) -> None:
    """Wikipedia draws each formula as a picture whose alt text is its TeX (its MathML is
    hidden): the sentence keeps the formula ("the form f(x)=ax^{2}+bx+c where x is ...")."""
    formula = (
        "<span class='mwe-math-element'><span class='mwe-math-mathml-inline' "
        "style='display: none;'><math><mi>{}</mi></math></span>"
        "<img src='/media/math/render/svg/{}' class='mwe-math-fallback-image-inline' "
        "aria-hidden='true' alt='{{\\displaystyle {}}}'></span>"
    )
    page = tmp_path / "quadratic.html"
    page.write_text(
        "<html><body><article><h1>Quadratic function</h1><p>A quadratic function has the form "
        + formula.format("f", "a1", "f(x)=ax^{2}+bx+c") + " where "
        + formula.format("x", "b2", "x") + f" is its variable, {LONG}.</p>"
        + "<dl><dd>" + formula.format("d", "c3", ROOTS) + "</dd></dl>"
        f"<p>The quadratic formula above gives its roots, {LONG}.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    body = dump_json(str(page))["body"]
    texts = [block["text"] for block in body]
    assert texts[0].startswith(
        "A quadratic function has the form f(x)=ax^{2}+bx+c where x is its variable"
    )
    assert ROOTS in texts
    assert not any(block["type"] == "image" for block in body)


def test_only_a_script_drawn_shell_is_called_one(tmp_path) -> None:
    """Through the real CLI: a shell whose scripts draw it is named as such; a page that is
    merely empty (no scripts, or its scripts' root already filled) is not."""
    import subprocess
    import sys

    def error(html: str) -> str:
        path = tmp_path / "page.html"
        path.write_text(html, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "reader", "dump", str(path)],
            capture_output=True, text=True, timeout=60,
        )
        assert result.returncode != 0
        return result.stderr

    head = "<html><head><title>App</title><script src='/app.js'></script></head><body>"
    assert "drawn by JavaScript" in error(head + "<div id='__next'></div></body></html>")
    assert "drawn by JavaScript" in error(
        head + "<noscript>Please turn on JavaScript.</noscript><p>Loading…</p></body></html>"
    )
    empty = error("<html><head><title>Empty</title></head><body></body></html>")
    assert "no readable article text" in empty and "JavaScript" not in empty
    # drawn on the server already: its root holds the story, read as any page's
    story = "The council voted on Tuesday to close the old bridge for a year of repairs."
    path = tmp_path / "page.html"
    path.write_text(head + f"<div id='root'><p>{story}</p></div></body></html>", "utf-8")
    shown = subprocess.run(
        [sys.executable, "-m", "reader", "dump", str(path)],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout
    assert story in shown.replace("\n", " ")


def test_a_paragraph_of_invisible_characters_is_no_paragraph(tmp_path) -> None:
    """Through the real CLI: a page's spacer paragraphs of a zero-width joiner (or space, or a
    soft hyphen) leave no empty blocks; a family emoji, joined by the same character, stays."""
    from tests.cli_run import dump_article

    story = "The council voted on Tuesday to close the old bridge for a year of repairs."
    body = dump_article(
        tmp_path, "Bridge",
        f"<p>{story}</p><p>&zwj;</p><p>\u200b \u00ad</p><h2>Repairs</h2><p>&#8205;</p>"
        f"<p>{story} 👨\u200d👩\u200d👧</p>",
    )["body"]
    assert [block["type"] for block in body] == ["paragraph", "heading", "paragraph"]
    assert body[2]["text"].endswith("👨\u200d👩\u200d👧")


def test_a_callout_laid_out_as_a_table_of_one_row_is_read_as_text(tmp_path: Path) -> None:
    """Asciidoctor's admonitions (the Git book's "Note" beside its text) are a table of one
    row: its label and its text are blocks of the article, not a table's cells. A table of
    one row of data stays a table."""
    note = (
        '<div class="admonitionblock note"><table><tr><td class="icon"><div class="title">'
        'Note</div></td><td class="content"><div class="title">Creating a branch and switching'
        ' to it</div><div class="paragraph"><p>It is typical to create a new branch and want '
        "to switch to it at the same time, which one command does.</p></div></td></tr>"
        "</table></div>"
    )
    data = "<table><tr><td>Price</td><td>Weight</td><td>Height</td></tr></table>"
    sentence = "and the sentence runs on long enough to be read as the article's prose."
    page = tmp_path / "book.html"
    page.write_text(
        f"<html><head><title>Branches</title></head><body><article><h1>Branches</h1>"
        f"<p>A branch is cheap to make, {sentence}</p>{note}<p>Then, {sentence}</p>{data}"
        f"<p>At last, {sentence}</p></article></body></html>",
        encoding="utf-8",
    )
    body = dump_json(str(page))["body"]
    assert [block["type"] for block in body if block["type"] == "table"] == ["table"]
    texts = [block["text"] for block in body]
    assert "Creating a branch and switching to it" in texts
    assert any(text.startswith("It is typical to create a new branch") for text in texts)


def test_code_set_in_a_blockquote_stays_code(tmp_path: Path) -> None:
    """Documentation sets its examples in a blockquote (nginx's ``blockquote.example``):
    the code keeps its lines and indentation, not a quotation's folded lines."""
    from tests.cli_run import dump_article

    prose = "<p>The location block maps a prefix of the request's address to a folder.</p>"
    example = (
        '<blockquote class="example"><pre>location /images/ {\n    root /data;\n}</pre>'
        "</blockquote>"
    )
    after = "<p>Each request under /images/ is then served from the folder /data/images.</p>"
    article = dump_article(tmp_path, "Serving static content", prose + example + after)
    (code,) = [b for b in article["body"] if b["type"] in ("code", "preformatted")]
    assert code["text"] == "location /images/ {\n    root /data;\n}"
    assert not any(block["type"] == "quote" for block in article["body"])


def test_a_table_that_heads_its_columns_stays_a_table_however_long_a_cell(
    tmp_path: Path,
) -> None:
    """A manual's table of arguments (a header row, a description of seventy words) is data;
    a table of two long columns with no header is a page laid out in a table."""
    long_words = " ".join(["Specifies the type of connection used to reach the machine."] * 7)
    rows = "".join(f"<tr><td><code>arg{n}</code></td><td>{long_words}</td><td>string</td></tr>"
                   for n in range(3))
    page = tmp_path / "args.html"
    page.write_text(
        "<html><head><title>Connection arguments</title></head><body><article>"
        "<h1>Connection arguments</h1><p>The connection block takes the arguments below, each "
        "described with its type, and most of them have a default value.</p>"
        f"<table><thead><tr><th>Argument</th><th>Description</th><th>Type</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        f"<table><tr><td>{long_words}</td><td>{long_words}</td></tr></table>"
        "</article></body></html>",
        encoding="utf-8",
    )
    tables = [block for block in dump_json(str(page))["body"] if block["type"] == "table"]
    assert len(tables) == 1
    assert tables[0]["rows"][0] == ["Argument", "Description", "Type"]
    assert [row[0] for row in tables[0]["rows"][1:]] == ["arg0", "arg1", "arg2"]


def test_a_gallery_of_the_articles_own_figures_stays_a_carousel_of_stories_goes(
    tmp_path: Path,
) -> None:
    """A frame named "gallery" around the article's figures (each picture linked to its
    full size) is the article's; a carousel whose captions link other stories is not."""
    figure = ('<div class="text-center gallery"><figure><a href="https://example.org/{n}-full'
              '.webp"><img alt="{alt}" src="https://example.org/{n}.webp"></a><figcaption class='
              '"figure-caption">{alt}</figcaption></figure></div>')
    prose = ("<p>The device sits on the shelf by the router ({}), and every machine in the "
             "house asks it for addresses before anything else.</p>")
    page = tmp_path / "pihole.html"
    page.write_text(
        "<html><head><title>A DNS box</title></head><body><article><h1>A DNS box</h1>"
        f"{prose.format(1)}{prose.format(2)}{figure.format(n=1, alt='The assembled device')}"
        f"{prose.format(3)}{figure.format(n=2, alt='The statistics page')}{prose.format(4)}"
        '<div class="carousel"><figure><img src="https://example.org/t.jpg" alt="">'
        '<figcaption><a href="/other-story">Ten routers we tested</a></figcaption></figure>'
        "</div></article></body></html>",
        encoding="utf-8",
    )
    article = dump_json(str(page))
    pictures = [block for block in article["body"] if block["type"] == "image"]
    captions = [picture["caption"] for picture in pictures]
    assert captions[-1] == "The statistics page" and pictures[-1]["src"].endswith("/2.webp")
    assert "The assembled device" in [*captions, (article["caption"] or {}).get("text")]
    assert "Ten routers" not in " ".join(block["text"] for block in article["body"])
