"""Second pass over readability's output: what it keeps that is not the article.

Share bars, newsletter boxes, "related"/"more on this story" lists, "Advertisement" labels,
galleries and repeated captions, bylines and "Updated ..." lines, image credits standing alone.
Found by class/id hints and by short-text patterns; an element holding a large share of the
text is never dropped for its class alone, so real text is not lost to a loose class name.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.clean.case_blind import CaseBlind
from reader.clean.explain import DropLog
from reader.clean.furniture_words import is_furniture_line
from reader.clean.html.blocks import HEADINGS
from reader.clean.html.dropping import drop
from reader.clean.html.figure_frames import (
    PICTURE_FRAMES,
    captions_a_picture,
    credits_a_picture,
    frames_a_figure,
    frames_own_figures,
    within_a_caption,
)
from reader.clean.html.picture_sections import names_picture_section
from reader.clean.html.prose import one_line, piece_words, short_text
from reader.clean.html.shop import remove_product_cards
from reader.clean.labels import CONTENTS_LABEL, JUMP_LABEL
from reader.core.lazy import lazy_re

# class/id hints of boilerplate containers: words matched anywhere in a class name...
_HINT_ANYWHERE = (
    r"caption|gallery|slideshow|carousel|newsletter|outbrain|taboola|sharing|share-?bar|"
    r"social-?share|share-?buttons|related|recommend|sponsor|promo|advert|breadcrumb|rollover|"
    r"tooltip|popover|hovercard|byline|subscribe|signup|author-?bio|recirculation|"
    r"wp-calendar|latest-posts"
)
# ... and words that must stand as a whole part of a class name ("ad", not "head").
_HINT_TOKEN = (
    r"share|social|socials|ads?|adslot|ad-?unit|ad-?container|ad-?wrapper|dfp|tags|tag-?list|"
    r"post-?tags|comments?|credits?|print|toolbar|dateline|timestamp|skip-?link|jump-?link|"
    r"more-?stories|read-?more|also-?read|rail|"
    r"navbox|catlinks|categories"  # a wiki's boxes of links under the article, its categories
)
_HINT = lazy_re(
    rf"(?:{_HINT_ANYWHERE})|(?:^|[\s_-])(?:{_HINT_TOKEN})(?:$|[\s_-])", re.IGNORECASE
)
_NEVER_HINT_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"})
# ... except for these hints, which name what a paragraph or heading is, not what it is near.
_TEXT_HINT = lazy_re(
    r"caption|(?:^|[\s_-])(?:credits?|byline|dateline|timestamp)(?:$|[\s_-])", re.IGNORECASE
)
MAX_HINT_SHARE = 0.35

_ALONE = lazy_re(
    r"^(?:advertisement|advertising|advert|ads?|sponsored(?: content)?|"
    r"(?:advertisement\s*[-–—:|]?\s*)?(?:(?:story|article) )?continues? "
    r"(?:below|after (?:the )?advertisement)(?: advertisement)?|"
    r"(?:advertisement\s*[-–—:|]?\s*)?continue reading(?: below)?|skip to (?:main )?content|"
    r"(?:(?:jump to:?|,)\s*(?:navigation|search|(?:main )?content)\s*)+|"
    r"pin (?:it )?for later|"
    r"share(?: this)?(?: article| story| post| page)?(?: on \w+)?|share via|tweet|email|e-mail|"
    r"print|facebook|twitter|linkedin|whatsapp|pinterest|reddit|flipboard|close|"
    r"like this|like loading|comments?|\d+ comments?|leave a comment|"
    r"related(?: articles| stories| posts| content| coverage| links| reading)?|"
    r"more on this (?:story|topic)|more from \w+|read more|read next|up next|"
    r"recommended(?: for you| stories| reading)?|you (?:may|might) also like|"
    r"(?:don'?t|do not) miss|see also|trending(?: now)?|most (?:popular|read)|"
    r"(?:recent|latest|popular) (?:posts|articles|comments)|archives|categories|"
    r"loading(?: \w+)?(?:\.{3}|…)|(?-i:\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\])|"
    r"image \d+ of \d+|\d+ of \d+|this slideshow requires javascript|\d+ languages|"
    # a wiki's line under its title: "From ArchWiki", "From Wikipedia, the free encyclopedia"
    r"from \w*wiki\w*|from [A-Z][\w.-]*(?: [A-Z][\w.-]*)?, the free [a-z]+(?: [a-z]+)?|"
    r"media playback is unsupported on your device|thanks for watching|"
    r"sign up(?: now)?|subscribe(?: now)?|follow us|sharing is caring|(?:text|font) size|submit|"
    r"already have an account\?\s*(?:log|sign) ?in|latest posts by [^()]{1,60} \(see all\)|"
    r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*[\d\s,–-]*[^.!?]{1,60}[.,]?\s*"
    r"all rights reserved"
    r")[\s.:!…|]*$",
    re.IGNORECASE,
)
# a mail's furniture, one piece or several ("Unsubscribe | View in browser"): a newsletter read
# from its message or from its web copy
_MAIL_FURNITURE = lazy_re(
    r"(?:view|read|open)(?: this)?(?: (?:email|e-mail|newsletter|issue|post|message))? "
    r"(?:in (?:your |a )?(?:web )?browser|online|on the web)|"
    r"unsubscribe(?: here| now| from (?:this|our) (?:list|newsletter|emails?))?|"
    r"(?:update|manage|change) (?:your )?(?:email )?(?:preferences|subscriptions?|settings)|"
    r"forward (?:this|it)(?: email)? to a friend|email preferences|privacy policy",
    re.IGNORECASE,
)
_MAIL_WORDS = CaseBlind(_MAIL_FURNITURE.pattern)
_MAIL_SEPARATOR = lazy_re(r"\s*[|·•]\s*|\s{2,}")
# an affiliate or sponsorship disclosure: "As an Amazon Associate we earn from qualifying
# purchases", "we may receive compensation", "Products are chosen independently by our editors"
_DISCLOSURE = CaseBlind(
    r"\bas an? (?:amazon )?(?:associate|affiliate)\b|\baffiliate (?:links?|marketer)\b|"
    r"\b(?:we|i) (?:may )?(?:earn|receive|get|make) (?:a )?(?:small )?(?:commission|compensation|"
    r"(?:a )?(?:small )?(?:share|portion) of (?:the )?(?:sales?|revenue))|"
    r"\bearns? (?:a )?(?:small )?(?:commission|money) from qualifying purchases|"
    r"\b(?:chosen|selected|evaluate\w*|reviewed) independently by our editors|"
    r"\bindependently (?:research|test|review|evaluate|select|choose)\w* (?:all )?(?:of )?"
    r"(?:our |the )?(?:products|recommendations)",
)
MAX_DISCLOSURE = 300
_DASHED_WORDS = lazy_re(r"[\w-]+")  # a share bar's words ("e-mail")
_LABEL = lazy_re(
    r"^(?:read more|see more|read also|also read|read next|related|more|see also|also on \S+|"
    r"watch|listen|click here|don'?t miss|recommended|trending|must read|top stories|"
    r"you (?:may|might) (?:also )?(?:like|enjoy)|"
    r"leggi anche|lesen sie auch|mehr zum thema|lire aussi|leia também|veja também|"
    r"on \S+\.(?:com|org|net|co\.uk))\b|^also\s*:",
    re.IGNORECASE,
)
# ("Source" alone, a picture's link to where it came from, or with its colon: "source
# string" is a manual's argument, "Source§impl<T>" a heading of Rust's documentation)
_CREDIT_ALONE = lazy_re(
    r"^[\s(\[]*(?:(?:(?:image|photo|picture|photograph|foto|video)s?(?: credit)?|credit|"
    r"image copyright|copyright|©)\s*[:/]?|source\s*[:/])\s*[^.!?]{0,70}[)\]\s]*$"
    r"|^[\s(\[]*sources?[)\]\s]*$",
    re.IGNORECASE,
)
_AP_CREDIT = lazy_re(r"^\(?\s*(?:AP|AFP|Reuters|Getty Images?)(?: Photo)?\s*/[^)]{1,60}\)?$")
# "Jane Doe | Bloomberg | Getty Images", "Sakib Ali/Hindustan Times/Getty Images", "Getty"
_AGENCY = lazy_re(
    r"(?:getty(?: images)?|shutterstock|alamy|afp|reuters|epa(?:-efe)?|bloomberg|"
    r"associated press|ap photo|istock(?:photo)?|dpa|anadolu agency|sipa(?: usa)?|"
    r"rex features|picture alliance)\W*$",
    re.IGNORECASE,
)
# A row of share buttons: "Facebook Twitter WhatsApp Email", "Share on Facebook Tweet".
_SHARE_TEXT = (
    "facebook twitter x whatsapp pinterest pin linkedin email e-mail mail print share shares "
    "sharing tweet reddit telegram messenger copy link flipboard tumblr pocket sms bluesky "
    "threads mastodon save on via this article story post page"
)
_SHARE_WORDS = frozenset(_SHARE_TEXT.split())
_NAME_WORD = lazy_re(r"^(?:[A-Z(][\w.'’&()-]*|via|for|de|van|von|da|del|and|&)$")


def is_agency_credit(text: str) -> bool:
    """A photo credit line: names separated by "|" or "/" ending with a photo agency."""
    if len(text) > 90 or not _AGENCY.search(text):
        return False
    segments = [s.split() for s in re.split(r"\s*[|/]\s*", text.strip()) if s.strip()]
    return all(len(words) <= 5 and all(_NAME_WORD.match(w) for w in words) for words in segments)


_DATELINE = lazy_re(
    r"^(?:published|updated|posted|last updated|last modified|first published)\b.{0,80}$",
    re.IGNORECASE,
)
_BYLINE = lazy_re(r"^by\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,6}$", re.IGNORECASE)
_NEWSLETTER = CaseBlind(r"\b(?:newsletter|sign up|subscribe|inbox|delivered to your)\b")
_LEAF_TAGS = (
    "p",
    "div",
    "span",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "em",
    "strong",
    "small",
    "figcaption",
    "section",
    "aside",
    "header",
    "footer",
    "a",
    "b",
    "i",
)
_LIST_TAGS = frozenset({"ul", "ol"})


_PIECE = 1 << 20
_SPACE = lazy_re(r"\s")


def _text_length(element: HtmlElement) -> int:
    """``_text_length(element)``, without a list of every word of a big element (a 20 MB
    page's would take ~200 MB): counted a piece at a time, each cut at a whitespace."""
    text = element.text_content()
    if len(text) <= 2 * _PIECE:
        return len(" ".join(text.split()))
    letters = words = at = 0
    while at < len(text):
        found = _SPACE.search(text, at + _PIECE)
        end = found.start() if found else len(text)
        pieces = text[at:end].split()
        words += len(pieces)
        letters += sum(map(len, pieces))
        at = end
    return letters + words - 1 if words else 0


def _link_density(element: HtmlElement, text_length: int) -> float:
    if not text_length:
        return 0.0
    linked = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    return linked / text_length


_BLOCKS = ("p", "div", "ul", "ol", "table", "blockquote", "section", "pre", "article", "body")


def _has_block_children(element: HtmlElement) -> bool:
    """True when any descendant is a block element (the element is not a leaf block)."""
    return next(element.iterdescendants(*_BLOCKS), None) is not None


def _drop(element: HtmlElement, log: DropLog | None = None, rule: str = "") -> bool:
    if element.getparent() is None:
        return False
    drop(element, log, rule)
    return True


_DATELINE_HINT = lazy_re(r"dateline", re.IGNORECASE)
MAX_PLACE_DATELINE = 60


def _is_place_dateline(hint: str, features: str, element: HtmlElement) -> bool:
    """A "dateline" element holding a place, not a date ("CAIRO —", "LONDON (Reuters) -"):
    it opens the first paragraph's sentence; only the hint "dateline" named it."""
    if not _DATELINE_HINT.search(hint) or len(_HINT.findall(features)) > 1:
        return False
    text = one_line(element)
    return bool(text) and len(text) <= MAX_PLACE_DATELINE and not re.search(r"\d", text)


def _by_hint(main: HtmlElement, total: int, log: DropLog | None = None) -> int:
    removed = 0
    # code is verbatim: a highlighter's classes ("hljs-comment", "token comment") are no hint
    in_code = {node for code in main.iter("pre", "code") for node in code.iter()}
    hints: dict[tuple[bool, str], str | None] = {}  # classes repeat: each searched once
    for element in list(main.iter()):
        if element is main or not isinstance(element.tag, str) or element in in_code:
            continue
        if element.getparent() is None:
            continue
        features = f"{element.get('class', '')} {element.get('id', '')}"
        key = (element.tag in _NEVER_HINT_TAGS, features)
        if key not in hints:
            found = (_TEXT_HINT if key[0] else _HINT).search(features)
            hints[key] = found.group() if found else None
        found_hint = hints[key]
        if found_hint is None:
            continue
        if _is_place_dateline(found_hint, features, element):
            continue  # "CAIRO —": the first sentence's opening, not a date line
        if _named_section(element, key[0]):
            continue  # id="sql-for-update-share": a heading's anchor, not a share bar
        if total and _text_length(element) > total * MAX_HINT_SHARE:
            continue
        if element.tag != "blockquote" and next(element.iter("blockquote"), None) is not None:
            continue  # an embedded post or a quotation inside: article content
        if _link_in_sentence(element):
            continue  # a glossary term's link, a "recommended" link: words of the sentence
        if captions_a_picture(element) or credits_a_picture(element) or within_a_caption(
            element, found_hint
        ):
            continue  # "wp-element-caption", "credit": the picture's caption goes with it
        if found_hint.lower() == "caption" and frames_a_figure(element):
            continue  # "captioned-image-container": the frame of a figure, not a caption
        if found_hint.lower() in PICTURE_FRAMES and frames_own_figures(element):
            continue  # "text-center gallery": the article's own figures, not a slideshow
        removed += _drop(element, log, "class-hint")
    return removed


MIN_SECTION_WORDS = 40


def _named_section(element: HtmlElement, is_text: bool) -> bool:
    """Whether only ``element``'s id gave the hint, and the element is a heading of the text
    or a section under one: ids are anchors named after headings ("the-child-tax-credit",
    "abstract-related-name", "SQL-FOR-UPDATE-SHARE"), where a class names a role. A heading
    that is itself furniture ("Comments", "Related posts", "Sign up for our newsletter")
    still goes, and so does a section without a heading or with few words under it."""
    if (_TEXT_HINT if is_text else _HINT).search(element.get("class", "")):
        return False
    if element.tag in HEADINGS or next(element.iterancestors(*HEADINGS), None) is not None:
        text = one_line(element)
    else:
        heading = next(element.iter(*HEADINGS), None)
        if heading is None or len(one_line(element).split()) < MIN_SECTION_WORDS:
            return False
        text = one_line(heading)
        opening = one_line(element)
        if not opening.startswith(text[:40]):
            return False  # words before the heading: not a section it opens
    return bool(text) and not (
        is_boilerplate_text(text) or _LABEL.match(text) or _NEWSLETTER.found(text)
    )


def _mail_furniture(text: str) -> bool:
    """Whether every piece of ``text`` is a mail's furniture ("View in browser")."""
    if not _MAIL_WORDS.found(text):
        return False  # (a quick first look: a piece that is furniture is found in the text)
    pieces = [piece for piece in _MAIL_SEPARATOR.split(text.strip(" .!")) if piece]
    return bool(pieces) and all(_MAIL_FURNITURE.fullmatch(piece) for piece in pieces)


def is_boilerplate_text(text: str, link_density: float = 0.0) -> bool:
    """Short texts that are never article text ("Advertisement", "Share this", credits)."""
    if not text or len(text) > 300:
        return False
    if _ALONE.match(text) or _mail_furniture(text) or is_furniture_line(text):
        return True
    words = _DASHED_WORDS.findall(text.lower())
    if 2 <= len(words) <= 12 and all(word in _SHARE_WORDS for word in words):
        return True
    if len(text) <= 90 and (
        _CREDIT_ALONE.match(text) or _AP_CREDIT.match(text) or is_agency_credit(text)
    ):
        return True
    if len(text) <= MAX_DISCLOSURE and _DISCLOSURE.found(text):
        return True
    if len(text) <= 90 and _DATELINE.match(text) and re.search(r"\d", text):
        return True
    if len(text) <= 60 and _BYLINE.match(text):
        return True
    if link_density >= 0.5 and _LABEL.match(text):
        return True
    if len(text) <= 250 and link_density >= 0.3 and _NEWSLETTER.found(text):
        return True
    return (
        len(text) <= 160
        and text.lower().startswith(("sign up", "subscribe", "get our", "get the"))
        and _NEWSLETTER.found(text)
    )


_INLINE_TAGS = frozenset({"a", "b", "i", "em", "strong", "small", "span"})


def _in_a_sentence(element: HtmlElement, text: str) -> bool:
    """An inline element with words around it ("according to <a>Reuters</a>, ...")."""
    if element.tag not in _INLINE_TAGS:
        return False
    parent = element.getparent()
    while parent is not None and parent.tag in _INLINE_TAGS:
        parent = parent.getparent()
    if parent is None:
        return False
    # the parent's text read only as far as the element's word count (by the same pieces):
    # a line of ten thousand links reads each link, not the line, ten thousand times
    around = short_text(parent, piece_words(element))
    return around is None or one_line(parent) != text


def _link_in_sentence(element: HtmlElement) -> bool:
    """A link that is words of a sentence around it (not "Share on Facebook" or "Email")."""
    if element.tag != "a" or not element.get("href"):
        return False
    text = one_line(element)
    return _in_a_sentence(element, text) and not is_boilerplate_text(text, 1.0)


def _by_text(main: HtmlElement, log: DropLog | None = None) -> int:
    removed = 0
    for element in list(main.iter(*_LEAF_TAGS)):
        if element is main or element.getparent() is None or _has_block_children(element):
            continue
        text = one_line(element)
        if not text or len(text) > 300 or _in_a_sentence(element, text):
            continue
        if is_boilerplate_text(text, _link_density(element, len(text))) and not (
            names_picture_section(element, text)
        ):
            removed += _drop(element, log, "boilerplate-text")
    return removed


def _link_paragraphs(main: HtmlElement, log: DropLog | None = None) -> int:
    """Paragraphs that are only a link (teasers for other stories); not in a table's cell,
    where a link is the row's name ("Advantage" in a comparison of rental companies), nor
    the whole of an item of a list that is not all links (a step "Install Node.js")."""
    removed = 0
    for element in list(main.iter("p")):
        if element.getparent() is None or next(element.iterancestors("td", "th"), None) is not None:
            continue
        text = one_line(element)
        item = next(element.iterancestors("li"), None)
        if item is not None and one_line(item) == text and _in_a_list_of_text(item):
            continue  # (the item's whole text: not a link under an item's words)
        if not text or len(text.split()) > 25 or _is_note_label(element, text):
            continue
        if _link_density(element, len(text)) >= 0.9:
            removed += _drop(element, log, "link-paragraph")
    return removed


_NOTE_NUMBER = lazy_re(r"[\[(]?\d{1,3}[\])]?\.?")


def _is_note_label(element: HtmlElement, text: str) -> bool:
    """A note's number linked back to its place in the text ("1" before a footnote of
    Substack's): the note's label, not a teaser."""
    links = list(element.iter("a"))
    return (
        len(links) == 1 and _NOTE_NUMBER.fullmatch(text) is not None
        and "#" in (links[0].get("href") or "")
    )


def _in_a_list_of_text(item: HtmlElement) -> bool:
    """Whether a list item's list has an item that is not only a link."""
    listed = item.getparent()
    for other in listed if listed is not None else ():
        text = one_line(other) if other.tag == "li" else ""
        if text and _link_density(other, len(text)) < 0.9:
            return True
    return False


def _related_lists(main: HtmlElement, log: DropLog | None = None) -> int:
    """A "Related"/"Read more" heading or label and the link list that follows it."""
    removed = 0
    for heading in list(main.iter("h2", "h3", "h4", "h5", "h6", "p", "strong")):
        if heading.getparent() is None:
            continue
        text = one_line(heading)
        if not text or len(text) > 60 or not (
            _ALONE.match(text) or _LABEL.match(text) or is_furniture_line(text)
        ):
            continue
        following = heading.getnext()
        if following is not None and following.tag in _LIST_TAGS:
            list_text = one_line(following)
            if _link_density(following, len(list_text)) >= 0.6:
                removed += _drop(following, log, "related-list")
                removed += _drop(heading, log, "related-list")
    return removed


def _repeats(main: HtmlElement, window: int = 3, log: DropLog | None = None) -> int:
    """A block repeated word for word right after itself (a caption shown twice): drop it.

    Repeats further apart are left alone: articles do repeat lines (recipes, plans, refrains);
    a paragraph counts as a repeat of a paragraph only when nothing stands between them.
    """
    recent: list[tuple[str, HtmlElement]] = []
    removed = 0
    for element in list(main.iter("p", "figcaption", "li", "div")):
        if element is main or element.getparent() is None or _has_block_children(element):
            continue
        text = one_line(element)
        if len(text) < 30:
            continue
        key = text.casefold()
        # the same text in an element inside the last one (<div><li>) is not said twice; a
        # paragraph repeats a paragraph only right after it (A, B, A is a refrain)
        if any(
            seen == key
            and seen_in not in element.iterancestors()
            and (distance == 1 or element.tag != "p" or seen_in.tag != "p")
            for distance, (seen, seen_in) in enumerate(reversed(recent), 1)
        ):
            removed += _drop(element, log, "repeat-nearby")
            continue
        recent.append((key, element))
        del recent[:-window]
    return removed


# Microdata the page marks as the article's metadata (shown in the header, not the text).
_META_ITEMPROPS = frozenset(
    {"datepublished", "datemodified", "datecreated", "author", "creator", "keywords"}
)
MAX_META_CHARS = 200


def _by_microdata(main: HtmlElement, log: DropLog | None = None) -> int:
    """Short elements marked as the date, the author or the keywords (``itemprop``)."""
    removed = 0
    for element in list(main.iter()):
        prop = element.get("itemprop") if isinstance(element.tag, str) else None
        if not prop or not _META_ITEMPROPS.intersection(prop.lower().split()):
            continue
        if element.getparent() is not None and _text_length(element) <= MAX_META_CHARS:
            removed += _drop(element, log, "microdata-meta")
    return removed


def _navigation_landmarks(main: HtmlElement, total: int, log: DropLog | None = None) -> int:
    """Elements the page marks as navigation (``role="navigation"``: a ``<nav>`` in all but
    its tag, such as a wiki's boxes of links under the article), unless one holds most of
    the text we have."""
    removed = 0
    for element in main.xpath(".//*[@role='navigation' or @role='Navigation']"):
        if element.getparent() is None:
            continue
        if total and _text_length(element) > total * MAX_HINT_SHARE:
            continue
        removed += _drop(element, log, "navigation-role")
    return removed


def _tag_links(main: HtmlElement, log: DropLog | None = None) -> int:
    """Lists of ``rel="tag"`` links (the post's tags) with their label ("Tags", "Topics:")."""
    removed = 0
    for link in list(main.iter("a")):
        if "tag" not in (link.get("rel") or "").lower().split() or link.getparent() is None:
            continue
        box = link.getparent()
        while box is not main and _tag_share(box.getparent()) >= 0.6:
            box = box.getparent()
        if box is not main and _tag_share(box) >= 0.6:
            removed += _drop(box, log, "tag-links")
    return removed


def _tag_share(element: HtmlElement | None) -> float:
    """Share of the element's text in ``rel="tag"`` links (0 for the page or no text)."""
    if element is None or element.getparent() is None:
        return 0.0
    total = _text_length(element)
    if not total:
        return 0.0
    tagged = sum(
        _text_length(a) for a in element.iter("a") if "tag" in (a.get("rel") or "").lower().split()
    )
    return tagged / total


_CONTENTS_LABEL = lazy_re(
    rf"^(?:{CONTENTS_LABEL}|{JUMP_LABEL}|skip to|contenidos?)(?!\w)[\s:.]*$", re.IGNORECASE
)
MIN_TOC_ITEMS = 3


def _toc_lists(main: HtmlElement, log: DropLog | None = None) -> int:
    """Tables of contents: lists (and definition lists) of links to the page's own sections,
    with their label; a table of such links under its own "Table of Contents" heading."""
    removed = 0
    root = main.getroottree().getroot()
    for element in list(main.iter("ul", "ol", "dl", "table")):
        if element.getparent() is None or element.getroottree().getroot() is not root:
            continue  # (dropped, or inside a table of contents dropped before it)
        label = _inner_contents_label(element) if element.tag == "table" else ""
        if element.tag == "table" and not label:
            continue
        anchors = [a for a in element.iter("a") if (a.get("href") or "").startswith("#")]
        items = len(anchors) if element.tag == "table" else len(element.findall("li")) + len(
            element.findall("dt")
        )
        text = _text_length(element) - len(label)
        if items < MIN_TOC_ITEMS or text <= 0:
            continue
        if sum(_text_length(a) for a in anchors) / text < 0.8:
            continue
        before = element.getprevious()
        if before is not None and _CONTENTS_LABEL.match(one_line(before)):
            removed += _drop(before, log, "table-of-contents")
        removed += _drop(element, log, "table-of-contents")
    return removed


def _inner_contents_label(table: HtmlElement) -> str:
    """The "Table of Contents" a table opens with (in its caption or first header cell)."""
    first = next(table.iter("caption", "th", "td"), None)
    text = one_line(first) if first is not None else ""
    return text if _CONTENTS_LABEL.match(text) else ""


def strip_boilerplate(
    main: HtmlElement, log: DropLog | None = None, *, repeats: bool = True
) -> int:
    """Remove boilerplate from ``main`` in place; return how many elements went.

    Each drop is recorded in ``log`` (if given) under its rule's name. ``repeats=False``
    keeps blocks repeated nearby (documentation repeats a step or a line on purpose)."""
    total = _text_length(main)
    removed = _by_hint(main, total, log)
    removed += _by_microdata(main, log)
    removed += _navigation_landmarks(main, total, log)
    removed += _tag_links(main, log)
    removed += _toc_lists(main, log)
    removed += _related_lists(main, log)
    removed += _link_paragraphs(main, log)
    removed += _by_text(main, log)
    removed += remove_product_cards(main, log)
    if repeats:
        removed += _repeats(main, log=log)
    return removed
