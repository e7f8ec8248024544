"""One post of a discussion (a forum post, a question or an answer, a comment, an issue's
comment) read as blocks: its author and date as a small heading, then its text with its
structure (code, quotes, lists), without its furniture (votes, badges, reputation, avatars,
"share / report / reply" links, the poster's signature).

Found in a post: its author (schema.org ``author``, ``rel=author``, an element named as
one: ``username``, ``comment-author``..., or the link a line names it by: "Updated by
<a>Ada</a>"), its date (``<time>``, schema.org ``dateCreated`` / ``datePublished``, an
element named as one, a date in a title, or in the author's line) and its text (schema.org
``text`` / ``articleBody``, else the element named as its body holding the most words, else
the post less the rest).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from copy import deepcopy

from lxml.html import HtmlElement

from reader.clean.extracted import Draft
from reader.clean.html.blocks import BlockTuple, html_to_blocks
from reader.clean.html.prose import folded_words, one_line, short_text
from reader.clean.html.thread_ld import StatedPost
from reader.clean.meta.dates import parse_date, written_date
from reader.core.lazy import lazy_re

HEADING_LEVEL = 4  # a post's author and date: a small heading under the page's title
HEADLINE_LEVEL = 2  # a post's own headline (a blog's front page showing its posts whole)
NAME_WORDS = 6  # an author's name at most: more is a profile box, not a name
AUTHOR_WORDS = 12  # an author's element at most (a name, a reputation, a badge count)
SEPARATOR = " · "
TITLE_WORDS = 3  # a heading's words at least to be taken for the title it repeats

AUTHOR_NAMES = lazy_re(
    r"(?:^|[\s_-])(?:author|username|user-?name|poster|post-?author|commenter|fn|nick|"
    r"nickname|sender)(?:$|[\s_-])", re.IGNORECASE,
)
_BODY_NAMES = lazy_re(
    r"(?:^|[\s_-])(?:content|body|text|message|post-?body|postbody|post-?content|"
    r"comment-?body|comment-?content|comment-?text|entry|cooked|markdown|prose|"
    r"js-post-body|bbwrapper|wiki)(?:$|[\s_-])", re.IGNORECASE,
)  # ("wiki": Redmine's and its forks' rendered text of an issue's, a note's, a message's)
_FURNITURE_NAMES = lazy_re(
    r"(?:^|[\s_-])(?:vote|votes|votecell|voting|score|badges?|badgecount|reputation|"
    r"reputation-score|flair|avatar|gravatar|signature|sig|share|sharing|report|reply|"
    r"replies-link|flag|follow|post-?menu|post-?buttons|actions?|toolbar|controls|permalink|"
    r"profile|postprofile|rank|user-?info|user-?details|user-?card|comment-?meta|"
    r"post-?meta|metadata|comment-?metadata|says|taglist|post-?taglist|post-?tags|"
    r"reactions?|likes?|edit|edited|quote-?button)(?:$|[\s_-])", re.IGNORECASE,
)
_DROPPED = ("button", "form", "img", "picture", "svg", "video", "audio", "iframe", "nav",
            "aside", "script", "style", "noscript", "select", "input", "textarea", "meta")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TEXT_PROPS = frozenset({"text", "articlebody", "commenttext", "description"})
_DATE_PROPS = frozenset({"datecreated", "datepublished", "uploaddate", "datemodified"})
_ACTIONS = frozenset(
    folded_words(word) for word in (
        "Reply", "Quote", "Share", "Report", "Flag", "Follow", "Edit", "Like", "says:",
        "Permalink", "Add a comment", "Link", "Cite", "Improve this answer",
    )
)
_STUB_WORDS = 3  # an unsigned reply's words at most that are a stub ("[deleted]", "Load more")
DATE_WORDS = 8  # a date's words at most ("Tue Feb 10, 2026 7:02 pm", "3 hours ago")
_DATE_NAMES = lazy_re(
    r"(?:^|[\s_-])(?:date|time|timestamp|age|posted|post-?date|datetime)(?:$|[\s_-])",
    re.IGNORECASE,
)
_AGO = lazy_re(r"\bago\b", re.IGNORECASE)  # a relative age ("3 hours ago") stays as shown
_TITLED_PARTS = 4  # a date's elements looked at for a title stating its day
_LEVEL_CLASS = lazy_re(r"(?:^|[-_])(?:level|depth)[-_]?(\d{1,2})$", re.IGNORECASE)
_STRIPES = frozenset({"odd", "even", "alt", "alternate", "row1", "row2", "bg1", "bg2"})
_DIGIT = lazy_re(r"\d")
_ACCEPTED_NAMES = lazy_re(r"(?:^|[\s_-])accepted(?:[\s_-]answer|$|\s)", re.IGNORECASE)
ACCEPTED = "accepted"  # the word after an accepted answer's heading
REPLY_MARK = "↳"  # before a reply's heading, once a level of its depth
_BY = lazy_re(r"(?:^|\s)(?:by|von|par|por)\s*:?\s*$", re.IGNORECASE)  # ... "Added by" <a>
_BYLINE_WORDS = 2  # words before the author's link in a heading that is a post's byline
_BY_CHARS = 8  # the end of the text before a link looked at for its "by"
_REPLY_TITLE = lazy_re(r"^(?:re|aw|sv|antw)\s*:\s*", re.IGNORECASE)


Shape = tuple[str, str]  # an element's tag and first class


def shape(element: HtmlElement) -> Shape:
    """An element's tag and first class: what posts made alike share."""
    return str(element.tag), first_class(element)


def first_class(element: HtmlElement) -> str:
    """An element's first class that is no zebra stripe ("odd", "even", "alt": posts made
    alike, shaded in turn) nor a reply's depth ("reply-level-2", "depth-3"), or ""."""
    return next((name for name in element.get("class", "").split()
                 if name.lower() not in _STRIPES and not class_depth(name)), "")


def class_depth(name: str) -> int | None:
    """The depth a class names ("reply-level-2", "depth-3", "level2": 2, 3, 2), if any."""
    match = _LEVEL_CLASS.search(name)
    return int(match.group(1)) if match else None


def props(element: HtmlElement) -> set[str]:
    """The schema.org properties an element holds (``itemprop``), case-folded."""
    return set(element.get("itemprop", "").lower().split())


def _names(element: HtmlElement) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}"


def own_elements(post: HtmlElement, others: Collection[HtmlElement]) -> list[HtmlElement]:
    """The elements inside ``post`` that stand in none of ``others`` (the posts nested in
    it: a question's answers, a comment's replies), in document order."""
    found: list[HtmlElement] = []
    stack = [iter(post)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if not isinstance(child.tag, str) or child in others:
            continue
        found.append(child)
        stack.append(iter(child))
    return found


def is_author(element: HtmlElement) -> bool:
    """Whether an element names a post's author: marked so (schema.org ``author``,
    ``rel=author``) or named so, and short; never a heading, nor inside a quotation (a
    quoted post's)."""
    if not element.attrib or element.tag in _HEADINGS:
        return False  # (a heading in an author's box: a bio, not a post's signature line)
    marked = "author" in props(element) or "author" in element.get("rel", "").lower().split()
    if not marked and AUTHOR_NAMES.search(_names(element)) is None and not named_by(element):
        return False
    if next(element.iterancestors("blockquote"), None) is not None:
        return False
    text = short_text(element, AUTHOR_WORDS)
    return text is not None and folded_words(text) != ""


def named_by(element: HtmlElement) -> bool:
    """Whether ``element`` is a link a line names its post's author by: "Added by <a>Ada</a>",
    "Posted by", "Updated by" (a tracker's or a forum's heading over each post)."""
    if element.tag != "a":
        return False
    before = element.getprevious()
    text = (before.tail if before is not None else element.getparent().text) or ""
    return _BY.search(text[-_BY_CHARS:]) is not None


def is_reply_title(text: str) -> bool:
    """Whether a heading's text is a reply's title ("Re: ...", "AW: ..."): a post's, never
    a headline of its own."""
    return _REPLY_TITLE.match(text) is not None


def is_byline_heading(heading: HtmlElement) -> bool:
    """Whether a heading is a post's byline, opening with a word or two and the link to its
    author ("Updated by <a>Ada</a> 3 days ago", a tracker's note), not a headline."""
    opening = (heading.text or "").split()
    link = next((part for part in heading if isinstance(part.tag, str)), None)
    return len(opening) <= _BYLINE_WORDS and link is not None and named_by(link)


def author_name(element: HtmlElement) -> str | None:
    """The name an author's element shows: its schema.org ``name``, else its first link's
    words, else its own; None when longer than a name."""
    named = [part for part in element.iter() if "name" in props(part)]
    if named:
        found = named[0].get("content") or one_line(named[0])
    else:
        link = next((a for a in element.iter("a") if one_line(a)), None)
        found = one_line(link if link is not None else element)
    found = re.sub(r"\s*(?:says|wrote|writes)\s*:?\s*$", "", found, flags=re.IGNORECASE)
    found = found.strip(" ,:»›-–—|")
    if not found or len(found.split()) > NAME_WORDS:
        return None
    return found


def signed_by(post: HtmlElement, known: Collection[HtmlElement] | None = None) -> str | None:
    """The one name a post's author elements give (folded), or None when they give none
    or several: a box holding several people's names holds several posts, or none.
    ``known``: the page's author elements, when already found."""
    return one_name(authors_in(own_elements(post, ()), known))


def one_name(authors: list[HtmlElement]) -> str | None:
    """The one name ``authors`` give (folded), or None when they give none or several."""
    names = {folded_words(name) for name in map(author_name, authors) if name}
    return names.pop() if len(names) == 1 else None


def authors_in(
    elements: list[HtmlElement], known: Collection[HtmlElement] | None = None
) -> list[HtmlElement]:
    """The author elements among ``elements`` (those of ``known``, when given) that hold
    no other ("Post by <a>Ada</a>": the link names her)."""
    found = [element for element in elements
             if (element in known if known is not None else is_author(element))]
    holding = {ancestor for element in found for ancestor in element.iterancestors()}
    return [element for element in found if element not in holding]


def _date_of(
    elements: list[HtmlElement], author: HtmlElement | None = None
) -> tuple[HtmlElement | None, str | None]:
    """A post's date element and the words it shows (its ``datetime`` when it shows none):
    a ``<time>`` or a date marked so, else a short element named as one ("age", "date")
    showing a number or stating a date; else a short element whose ``title`` is a date (a
    relative age, "9 months", the title its day: the title's words); else the date written
    in the ``author``'s line ("By: ada on March 2, 2026, 9:14 a.m.": "March 2, 2026")."""
    marked = [element for element in elements
              if element.tag == "time" or props(element) & _DATE_PROPS]
    named = [element for element in elements if _DATE_NAMES.search(_names(element))
             and short_text(element, DATE_WORDS) is not None]
    boxes = {above for element in named for above in element.iterancestors()}
    named = [element for element in named if element not in boxes]  # (not the date's box)
    for element in (*marked, *named):
        shown = one_line(element)
        stated = element.get("datetime") or element.get("content") or element.get("title")
        if element not in marked and not _DIGIT.search(shown) and not parse_date(stated):
            continue  # (a label, "Start date:")
        if element not in marked and not parse_date(shown) and not _AGO.search(shown):
            shown = _titled_date(element) or shown  # ("1:22 p.m.", "2 Mar": the day, the year)
        text = shown or (stated or "").split("T")[0]
        if text:
            return element, text
    for element in elements:
        stated = element.get("title")
        if stated and short_text(element, DATE_WORDS) is not None and parse_date(stated):
            return element, " ".join(stated.split())
    return _line_date(author) if author is not None else (None, None)


def _titled_date(element: HtmlElement) -> str | None:
    """The date the ``title`` of ``element`` or of one of its first elements writes ("Sender's
    time: March 2, 2026, 1:22 p.m.": "March 2, 2026"), if any."""
    for part in itertools.islice(element.iter(), _TITLED_PARTS):
        stated = part.get("title") if isinstance(part.tag, str) else None
        if stated and (found := written_date(stated)):
            return found
    return None


def _line_date(author: HtmlElement) -> tuple[HtmlElement | None, str | None]:
    """The short line holding ``author`` (its parent or grandparent) and the date it writes,
    if it writes one: the post's byline, left out of its text with its author."""
    for holder in itertools.islice(author.iterancestors(), 2):
        text = short_text(holder, AUTHOR_WORDS + DATE_WORDS)
        if text is not None and (found := written_date(text)):
            return holder, found
    return None, None


def _body_of(mine: list[HtmlElement]) -> HtmlElement | None:
    """A post's text: its element marked as the text, else the element named as its body
    holding the most words."""
    marked = [element for element in mine if props(element) & _TEXT_PROPS]
    if marked:
        return marked[0]
    named = [element for element in mine if _BODY_NAMES.search(_names(element))
             and _FURNITURE_NAMES.search(_names(element)) is None]
    if not named:
        return None
    words = {element: len(element.text_content().split()) for element in named}
    most = max(words.values())
    # the innermost holding most of the words: the text, not the box around it and its byline
    return [element for element in named if 2 * words[element] >= most][-1]


def body_of(post: HtmlElement, others: Collection[HtmlElement] = ()) -> HtmlElement | None:
    """The element holding a post's text, if it is marked or named as one."""
    return _body_of(own_elements(post, others))


def post_blocks(
    post: HtmlElement, others: Collection[HtmlElement], title: str | None = None,
    depth: int = 0, stated: StatedPost | None = None,
) -> tuple[str | None, list[BlockTuple]]:
    """A post's author's name and its blocks: its author and date as a heading (when it
    gives either; a reply's behind one "↳" a level of ``depth``, "accepted" after an
    accepted answer's), then its text. ``others`` are the posts nested in it (read on
    their own); a heading repeating the thread's ``title`` ("Re: ...") is left out. The
    heading carries its author as its ``credit`` (the thread's people count their posts).
    ``stated``: the post as the page's JSON-LD states it (its author, date, acceptance
    where the post shows none)."""
    mine = own_elements(post, others)
    author = next(iter(authors_in(mine)), None)
    name = author_name(author) if author is not None else None
    date, when = _date_of(mine, author)
    accepted = is_accepted(post)
    if stated is not None:
        name, when = name or stated.author, when or stated.date
        accepted = accepted or stated.accepted
    body = _body_of(mine)
    body = post if body is None else body
    dropped = {element for element in mine if element is date or is_author(element)}
    headline = _own_headline(mine, body, depth, dropped)
    blocks: list[BlockTuple] = []
    for shown in [body, *_unsigned_replies(post, body, mine)]:
        found = [block for block in html_to_blocks(_text_copy(shown, dropped, others))
                 if not _is_actions(block) and not _repeats(block, title)]
        if shown is body or sum(len(block[1].split()) for block in found) > _STUB_WORDS:
            blocks.extend(found)
    heading = post_heading(name, when, depth, accepted)
    if headline is not None:
        heading = [*_headline_blocks(headline, title), *heading]
    return name, _as_reply([*heading, *blocks], depth)


def _own_headline(
    mine: list[HtmlElement], body: HtmlElement, depth: int, dropped: Collection[HtmlElement]
) -> HtmlElement | None:
    """A post's own headline, linked to the post's page: the post's first heading, standing
    outside its text, most of it one link that leads to another page (a blog's front page
    that shows its posts whole, each under its title). None for a reply, a reply's title
    ("Re: ..."), a heading naming the post's author or date (its byline: "Updated by
    <a>Ada</a>"), or a link into the page ("#p2", a forum's post)."""
    if depth:
        return None
    for element in mine:
        if element.tag in _HEADINGS:
            if element is body or body in element.iterancestors():
                return None  # (a heading of the post's text)
            return element if _is_headline(element, dropped) else None
    return None


def _is_headline(heading: HtmlElement, dropped: Collection[HtmlElement]) -> bool:
    """Whether a post's heading is a headline of its own (see :func:`_own_headline`)."""
    link = next(heading.iter("a"), None)
    href = (link.get("href") or "").strip() if link is not None else ""
    if link is None or not href or href.startswith("#"):
        return False
    text = one_line(heading)
    if is_reply_title(text) or 2 * len(one_line(link)) < len(text):
        return False
    return not any(part in dropped for part in heading.iter())


def _headline_blocks(headline: HtmlElement, title: str | None) -> list[BlockTuple]:
    """A post's headline as a heading at :data:`HEADLINE_LEVEL` (its link kept), unless it
    repeats the thread's ``title``."""
    copy = deepcopy(headline)
    copy.tag, copy.tail = f"h{HEADLINE_LEVEL}", None
    holder = headline.makeelement("div", {})
    holder.append(copy)
    return [block for block in html_to_blocks(holder)
            if block[0] == "heading" and not _repeats(block, title)]


def _as_reply(blocks: list[BlockTuple], depth: int) -> list[BlockTuple]:
    """``blocks`` marked as a reply's at ``depth`` (its ``reply`` structure: the body
    indents them), when it is one."""
    if not depth:
        return blocks
    return [Draft(*block, **{**getattr(block, "structure", {}), "reply": depth})
            for block in blocks]


def _unsigned_replies(
    post: HtmlElement, body: HtmlElement, mine: list[HtmlElement]
) -> list[HtmlElement]:
    """The elements of ``mine`` made like ``post``, outside its text ``body``, that are no
    posts: replies the page does not sign (a tree nested past the parser's depth, whose
    deeper replies were flattened to paragraphs), read with the post that holds them.
    The outermost only: what they hold is read with them."""
    if body is post:
        return []  # (read whole already)
    made = shape(post)
    found: list[HtmlElement] = []
    for element in mine:
        if shape(element) != made or element is post:
            continue
        above = set(element.iterancestors())
        if body not in above and not above.intersection(found):
            found.append(element)
    return found


def post_heading(
    name: str | None, when: str | None, depth: int = 0, accepted: bool = False
) -> list[BlockTuple]:
    """A post's heading, as a list of one block (none when it names no author nor date):
    "↳ Ada · Mar 2, 2024 · accepted", a level further down a level of ``depth`` (at most
    h6), its author its ``credit``."""
    line = SEPARATOR.join(part for part in (name, when) if part)
    if not line:
        return []
    if accepted:
        line = f"{line}{SEPARATOR}{ACCEPTED}"
    if depth:
        line = f"{REPLY_MARK * depth} {line}"
    level = min(HEADING_LEVEL + depth, 6)
    return [Draft("heading", line, level, credit=name) if name else Draft("heading", line, level)]


def is_accepted(post: HtmlElement) -> bool:
    """Whether the page marks a post as the accepted answer: schema.org ``acceptedAnswer``,
    or its class, id or label naming it so ("accepted-answer")."""
    if "acceptedanswer" in props(post):
        return True
    names = f"{_names(post)} {post.get('aria-label', '')}"
    return _ACCEPTED_NAMES.search(names) is not None


def _is_actions(block: BlockTuple) -> bool:
    """Whether a block holds only a post's actions ("Reply"; a list of "permalink",
    "reply", "report")."""
    lines = block[1].split("\n") if block[0] == "list" else [block[1]]
    return all(folded_words(line) in _ACTIONS for line in lines)


def _repeats(block: BlockTuple, title: str | None) -> bool:
    """Whether a heading repeats the thread's title ("Re: ..."; the title may add the
    site's name after it)."""
    if block[0] != "heading" or not title:
        return False
    words = folded_words(_REPLY_TITLE.sub("", block[1]))
    return len(words.split()) >= TITLE_WORDS and f"{folded_words(title)} ".startswith(
        f"{words} "
    )


def _text_copy(
    body: HtmlElement, dropped: Collection[HtmlElement], others: Collection[HtmlElement]
) -> HtmlElement:
    """A copy of a post's text without ``dropped``, ``others`` and the post's furniture."""
    copy = deepcopy(body)
    copy.tail = None
    gone: list[HtmlElement] = []  # (the outermost: what is inside goes with them)
    stack = [(iter(body), iter(copy))]  # (not into a nested post: linear on a reply tree)
    while stack:
        originals, mirrors = stack[-1]
        element = next(originals, None)
        if element is None:
            stack.pop()
            continue
        mirror = next(mirrors)
        if not isinstance(element.tag, str):
            continue
        if (element in dropped or element in others or element.tag in _DROPPED
                or _FURNITURE_NAMES.search(_names(element)) is not None):
            gone.append(mirror)
        else:
            stack.append((iter(element), iter(mirror)))
    for mirror in gone:
        mirror.drop_tree()
    for cite in copy.iter("cite"):
        _own_line(cite)
    return copy


def _own_line(cite: HtmlElement) -> None:
    """A quotation's credit at its top ("Ada wrote:") on a line of its own: forums set it
    as a block, and its words would run into the quoted ones."""
    parent = cite.getparent()
    if parent is None or parent.tag != "blockquote" or parent.index(cite) != 0:
        return
    if (parent.text or "").strip():
        return
    line_break = cite.makeelement("br", {})
    line_break.tail, cite.tail = cite.tail, None
    cite.addnext(line_break)


__all__ = ["ACCEPTED", "AUTHOR_NAMES", "REPLY_MARK", "author_name", "authors_in", "body_of",
           "class_depth", "first_class", "is_accepted", "is_author", "is_byline_heading",
           "is_reply_title", "named_by", "own_elements", "post_blocks", "post_heading", "props",
           "signed_by"]
