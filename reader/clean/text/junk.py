"""Page furniture in copied text: navigation, ads, share bars, newsletter boxes, footers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.clean.furniture_words import FURNITURE_LINES, RELATED_HEADINGS
from reader.clean.text.scan import TextScan
from reader.clean.text.scene_breaks import is_scene_break
from reader.core.lazy import lazy_re

_PUNCT = lazy_re(r"[^\w&' ]+")

_NAV = frozenset(
    {
        "skip to main content", "skip to content", "skip to main", "skip navigation",
        "jump to content", "menu", "main menu", "open menu", "close menu", "toggle navigation",
        "navigation", "open navigation", "close navigation", "search", "open search",
        "close search", "search icon", "subscribe", "subscribe now", "sign in", "sign up",
        "log in", "login", "log out", "register", "my account", "account", "home",
        "newsletters", "newsletter", "close", "back to top", "top", "next", "previous",
        "next article", "previous article", "advertisement", "advertisements", "ad",
        "sponsored", "sponsored content", "paid content", "paid post", "promoted",
        "story continues below advertisement", "article continues below advertisement",
        "continue reading below", "ad feedback", "scroll to continue",
        "scroll to continue with content",
        "share", "share this", "share this article", "share this story", "share this page",
        "share article", "share on facebook", "share on twitter", "share on x",
        "share on linkedin", "share via email", "tweet", "tweet this", "email", "email this",
        "print", "print this", "copy link", "link copied", "copied", "save", "save article",
        "save for later", "saved", "bookmark", "gift article", "listen", "listen to article",
        "listen to this article", "read more", "continue reading", "show more", "load more",
        "see more", "follow", "follow us", "comments", "comment", "show comments",
        "view comments", "leave a comment", "add a comment", "join the discussion",
        "join the conversation", "comments are closed", "view gallery", "enlarge this image",
        "leave a reply", "post comment", "cancel reply", "submit comment",
        "toggle caption", "hide caption", "image", "photo", "video", "play video", "watch",
        "audio", "font size", "text size",
    }
)
_SOCIAL = frozenset(
    {
        "facebook", "twitter", "x", "linkedin", "email", "mail", "print", "whatsapp", "reddit",
        "pinterest", "share", "tweet", "copy", "link", "messenger", "telegram", "flipboard",
        "pocket", "tumblr", "bluesky", "threads", "mastodon", "sms", "on", "via", "this",
        "article", "story", "comments", "comment", "save", "gift",
    }
)
_SOCIAL_NETWORKS = frozenset(
    {"facebook", "twitter", "linkedin", "whatsapp", "reddit", "pinterest", "tweet", "share",
     "email", "flipboard", "telegram", "bluesky", "threads", "tumblr", "messenger"}
)
# Headings that start a list of other stories: the short lines after them go too.
_LIST_MARKERS = frozenset(
    {
        "related", "related articles", "related stories", "related content",
        "related coverage", "related links", "related topics", "more on this story",
        "more on this topic", "more stories", "more from", "more news", "most popular",
        "most read", "most viewed", "popular", "trending", "trending now", "recommended",
        "recommended for you", "recommended stories", "you may also like",
        "you might also like", "read next", "up next", "what to read next", "latest",
        "latest news", "latest stories", "top stories", "editor's picks", "editors' picks",
        "in other news", "also in the news", "also in news", "tags", "topics", "filed under",
        "categories", "see also",
        "related posts", "related reading", "related guides", "popular posts",
        "popular articles", "popular stories", "recent posts", "recent articles",
        "recent stories", "recent comments", "latest posts", "latest articles",
        "most read articles", "most popular articles", "trending topics", "trending articles",
        "trending stories", "you might like", "you may like", "you might also enjoy",
        "you may also enjoy", "more articles", "more posts", "more stories like this",
        "read more news", "explore more", "keep reading",
    }
)
# Headings that start the comments: everything after them goes (near the end only).
_END_MARKERS = frozenset(
    {"comments", "join the discussion", "join the conversation", "show comments",
     "view comments", "leave a comment", "add a comment", "post a comment", "conversation",
     # a publishing platform's (Substack's) and a comment service's (Disqus's) own
     "discussion about this post", "be the first to comment", "load disqus comments",
     "show disqus comments"}
)
# Headings under which a page's own text has ended: other stories, the author's box, a
# feedback question (and the comments' headings above). Not the ones a document uses for its
# own sections ("See also", "Topics"), nor a tag line's label.
_AFTER_THE_ARTICLE = frozenset(
    {
        "about the author", "about the authors", "about this author", "more by author",
        "more by this author", "more from this author", "was this page helpful",
        "was this article helpful", "was this helpful", "did you find this article helpful",
        "end of article", "like this", "share this", "share this post", "share this article",
        "share this story", "read this next", "we recommend", "more like this",
        "you may like to read", "you may also be interested in",
        "you might also be interested in", "related tags", "most popular stories",
        "read more news on", "how we reviewed this article",
        "über den autor", "über die autorin", "à propos de l'auteur", "sobre el autor",
        "sobre la autora", "sull'autore", "sobre o autor", "over de auteur",
    }
)
_NOT_AFTER = frozenset(
    {"see also", "topics", "tags", "categories", "filed under", "latest", "popular"}
)
# (a count of none: "No comments:" over a blog's empty thread, as ``normalise`` leaves it)
_COMMENT_COUNT = lazy_re(r"^(?:\d+|no)\s+comments?$")
_WORD = lazy_re(r"\w+")
# "Updated 3 hours ago", "5 min read", "Reading time: 4 minutes": page chrome, not text.
_CHROME = lazy_re(
    r"^(?:(?:updated|published|posted)\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|"
    r"weeks?|months?)\s+ago$|^\d+\s*(?:-|–)?\s*min(?:ute)?s?\s+read$|"
    r"^(?:estimated\s+)?reading time\s*:?\s*\d+\s*min(?:ute)?s?$|"
    # a share or view count ("139 shares", "2.1k views")
    r"^\d[\d., ]*[km]?\s(?:shares|views|likes)$|"
    # the same in German, French, Spanish, Italian, Portuguese and Dutch ("5 min lesezeit",
    # "temps de lecture 5 min", "5 minutos de lectura"), as ``normalise`` leaves it
    r"^\d+\s*min(?:uten?|utos|uti)?\s+(?:lesezeit|de lecture|de lectura|di lettura|de leitura|"
    r"leestijd)$|^(?:lesezeit|lecture|temps de lecture|tiempo de lectura|lectura|lettura|"
    r"tempo di lettura|tempo de leitura|leitura|leestijd)\s+\d+\s*min(?:uten?|utos|uti)?$",
    re.I,
)
# A pager's links run together ("Previous Next", "PreviousNext", "Prev PostNext Post",
# "prev | next"): two or more, and nothing else.
MAX_PAGER = 60
_PAGER = lazy_re(
    r"^\W*(?:(?:previous|prev|next|older|newer)(?:\s*(?:post|posts|page|article|story|"
    r"entries))?\W*){2,}$",
    re.I,
)
_TAGS = lazy_re(
    r"^(?:tags|topics|filed under|categories|related topics|keywords|labels)\s*:", re.I
)
_NEWSLETTER = lazy_re(r"\bnewsletters?\b|\binbox\b", re.I)
_SIGN_UP = lazy_re(
    r"\bsign(?:ing)? up\b|\bsubscrib\w*|\benter your email\b|\bemail address\b|\bdelivered\b|"
    # German, French, Spanish, Italian, Portuguese and Dutch
    r"\bmelden sie sich\b|\banmeld\w*|\babonnier\w*|\binscri\w*|\babonne[rz]\w*|"
    r"\bsuscr[ií]b\w*|\biscriv\w*|\binscrev\w*|\bassine\b|\baanmeld\w*|\bmeld je aan\b|"
    r"\babonneer\w*",
    re.I,
)
# A sentence that opens with the call ("Sign up ...", "Be sure to subscribe ..."), with what
# the site will send for it; a sentence that tells of signing up ("If you sign up after ...",
# "don't forget to subscribe") is the writer's.
MAX_CALL_WORDS = 40
_CALL_TO_SIGN_UP = lazy_re(
    r"(?:^|[.!?]\s+)(?:(?:be sure to|just|please|thanks for reading!?)\s+)?"
    r"(?:sign up|subscribe)\b",
    re.I,
)
_WHAT_IS_SENT = lazy_re(
    r"\b(?:news|updates?|latest|e-?mails|posts|insights|stories|articles|inbox|in touch|"
    r"up to date|updated|informed)\b",
    re.I,
)
# (every match of _CALL_TO_SIGN_UP and of _PUBLICATION_PROMPT holds one of these)
_CALL_WORDS = ("sign up", "subscri", "reader-supported")
# A publishing platform's own prompts (Substack's), whatever the publication's name.
_PUBLICATION_PROMPT = lazy_re(
    r"\bis a reader-supported publication\b|\bconsider becoming a (?:free or )?paid subscriber\b|"
    r"^\s*this post is for paid subscribers\b|^\s*already a (?:paid )?subscriber\? sign in\b",
    re.I,
)
_FORM_LINES = lazy_re(
    r"^(?:enter your email(?: address)?|your email(?: address)?|email address|"
    r"by (?:signing up|subscribing|clicking|entering|submitting your e-?mail)\b.*|"
    r"thank you for signing up.*|"
    r"you(?:'|’)re (?:all )?(?:signed up|subscribed).*|this site is protected by recaptcha.*|"
    # a comment form's own lines
    r"your email address will not be published.*|required fields are marked.*|"
    r"save my name, email,? and website in this browser.*|notify me of (?:follow-up comments|"
    r"new posts|new comments).*|(?:comment|name|email)\s*\*|"
    # a form's own messages (a site builder's defaults) and its trap for robots
    r"thank you! your submission has been received!?|"
    r"oops! something went wrong while submitting the form\.?|"
    r"if you are a human, ignore this field|"
    r"(?:don't|don’t|do not) worry,? we(?:'|’)ll never share your email.*)$",
    re.I,
)
_COPYRIGHT = lazy_re(
    r"^(?:©|\(c\)|copyright\b)\s*(?:(?:©|\(c\))\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?"
    r"(?P<owner>[^.|]{2,60})(?:[.|].*)?$",
    re.I,
)
# "All rights reserved" in English and the languages after it, and what follows it
_RESERVED = lazy_re(
    r"(?<!\s)\s*(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|"
    r"todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|"
    r"alle rechten voorbehouden)\b.*$",
    re.I,
)
# the years after the owner's name ("© The Daily 2025", "© The Daily, 2010-2025")
_YEARS_AFTER = lazy_re(
    r"(?<![\s,])[\s,]+(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|present))?$", re.I
)
_COPYRIGHT_MARK = lazy_re(r"©|\(c\)|\b(?:1[89]|20)\d\d\b", re.I)  # a sign or a year


def normalise(line: str) -> str:
    """Case-folded, punctuation-free form for comparing short lines."""
    return " ".join(_PUNCT.sub(" ", line.casefold()).split())


# the same furniture in the languages after English (``reader.clean.furniture_words``)
_NAV = _NAV | {normalise(line) for line in FURNITURE_LINES}
_LIST_MARKERS = _LIST_MARKERS | {normalise(line) for line in RELATED_HEADINGS}


_END_HEADINGS = (_LIST_MARKERS | _END_MARKERS | {normalise(h) for h in _AFTER_THE_ARTICLE}) - (
    _NOT_AFTER
)


# The same headings told in other words: "You may be interested in the following topics as
# well", "Other articles you may find interesting", "Browse all Blog Articles".
_OTHER_READING = lazy_re(
    r"^(?:you (?:may|might|could) (?:also )?(?:like|love|enjoy|be interested)\b|"
    r"other (?:articles|posts|stories|guides) you\b|"
    r"(?:browse|see|view|explore) (?:all|more) (?:blog |our )?(?:articles|posts|stories)$|"
    # "Other popular Blogs", "More buying guides", "Latest Insights", "Share the Blog on"
    r"(?:(?:other|more|similar)(?: popular| recent| related| similar)? (?:blogs?|blog posts|"
    r"posts|articles|stories|guides|reviews|buying guides|insights|resources|reads)|"
    r"(?:latest|recent|popular|similar|related|featured) (?:insights|blogs?|blog posts|"
    r"resources|guides|reviews|reads)|share (?:the|this) (?:blog|post|article|story|page|guide)"
    r"(?: on)?)$|"
    # a contact box's or a video list's heading: "Reach Out To Us", "More Videos"
    r"(?:reach out to us|connect with us|more videos|"
    r"recently by \w+(?: \w+){0,2})$|"
    # a feedback question: "Was this page helpful?", "How was this issue?"
    r"(?:(?:was|is|did you find) this (?:page|article|post|guide|information|content|answer) "
    r"(?:helpful|useful)\b|how (?:was|would you rate) this (?:issue|article|post|newsletter|"
    r"page)$|found this (?:article |post )?(?:interesting|useful|helpful)\b))"
)


def is_end_heading(line: str) -> bool:
    """A heading under which a page's own text has ended ("Related articles", "About the
    author", "Comments", "Was this page helpful?")."""
    if len(line) > 80:
        return False
    key = normalise(line.replace("’", "'"))
    if key in _END_MARKERS and _asked(line):
        return False
    return key in _END_HEADINGS or _OTHER_READING.match(key) is not None


def is_comments_heading(line: str, key: str | None = None) -> bool:
    """A comment thread's heading or count ("Leave a comment", "12 Comments", "No comments:"),
    not asked as a question nor said as a sentence ("No comments."); ``key`` is
    ``normalise(line)`` when the caller has it."""
    if len(line) > 120 or line.rstrip().endswith((".", "!")):
        return False
    key = normalise(line) if key is None else key
    return (key in _END_MARKERS and not _asked(line)) or _COMMENT_COUNT.match(key) is not None


def _asked(line: str) -> bool:
    """A comments heading's words asked as a question ("Comments?" closing a letter): the
    text's own line, not the heading of a comment thread."""
    return line.rstrip().endswith("?")


def is_nav_line(line: str) -> bool:
    """Navigation, ad labels and share buttons: a whole line of page furniture."""
    return len(line) <= 120 and _is_nav(line, normalise(line))


# A button's words: a call to act, never a headline ("Sign inStart free trial", "Read the
# Article", "Shop on Amazon", "Open in app", "Select an option", "Dismiss View all alerts")
MAX_BUTTON = 60
_BUTTON = lazy_re(
    r"^(?:(?:(?:sign|log)\s*(?:in|up|out)|register|get started|start(?: your| a)? free trial|"
    r"try (?:it )?(?:for )?free|start now|read (?:the|this|full|more)(?: full)? (?:article|story|"
    r"post|review)|check it out|learn more|see more|select an option|open in (?:the )?app|"
    r"(?:shop|buy) (?:on|at|now)\b.*|search results for|dismiss\b.*|view all\b.*)\W*)+$",
    re.I,
)


def is_button_line(text: str) -> bool:
    """A line of a button's words (:data:`_BUTTON`): a call to act, never a headline."""
    return len(text) <= MAX_BUTTON and _BUTTON.match(text.strip()) is not None


# A site menu's entries ("Home Blog About", "HOME ABOUT Blog Book Contact"), as a browser's
# copy sets a row of links side by side with one space between them: the ones only a menu
# has, and the ones a menu often has beside them.
_MENU_ENTRIES = frozenset(
    {"home", "about", "blog", "contact", "search", "menu", "login", "subscribe", "shop",
     "cart", "sitemap"}
)
_MENU_NEIGHBOURS = frozenset(
    {"news", "podcast", "podcasts", "newsletter", "account", "store", "services", "portfolio",
     "resources", "events", "careers", "donate", "team", "press", "work", "projects", "posts",
     "links", "archive", "archives", "tags", "book", "books", "faq", "faqs", "help",
     "support", "pricing", "now", "uses", "notes", "music", "photos", "videos", "courses"}
)
MAX_MENU_ROW = 80  # characters of a row of menu entries, at most
_MENU_ROW_PUNCTUATION = lazy_re(r"[:;,.!?'’\"]")


def is_menu_row(text: str) -> bool:
    """A row of a site menu's entries copied onto one line ("Home Blog About"): three words
    or more, each capitalised, no punctuation, two of them entries only a menu has ("Home",
    "About", "Contact", "Search"), and all of them a menu's entries but one at most. Never
    a headline ("Home Sweet Home: About the Blog", "The Home Blog About Cooking" are none)."""
    words = text.split()
    if (
        len(text) > MAX_MENU_ROW
        or len(words) < 3
        or not all(word[:1].isupper() for word in words)
        or _MENU_ROW_PUNCTUATION.search(text)
    ):
        return False
    keys = [word.casefold() for word in words]
    own = sum(key in _MENU_ENTRIES for key in keys)
    others = sum(key not in _MENU_ENTRIES and key not in _MENU_NEIGHBOURS for key in keys)
    return own >= 2 and others <= 1


def is_newsletter(text: str) -> bool:
    """A newsletter sign-up box or one of its form lines, or a call to sign up for what the
    site sends ("Sign up to receive our emails!", "Thanks for reading! Subscribe for free to
    receive new posts and support my work.")."""
    if len(text) > 600:
        return False
    if _FORM_LINES.match(text.strip()):
        return True
    words = len(text.split())
    lowered = text.lower()
    if any(word in lowered for word in _CALL_WORDS) and (
        _PUBLICATION_PROMPT.search(text)
        or (
            words <= MAX_CALL_WORDS
            and _CALL_TO_SIGN_UP.search(text)
            and _WHAT_IS_SENT.search(text)
        )
    ):
        return True
    return words <= 50 and bool(_NEWSLETTER.search(text)) and bool(_SIGN_UP.search(text))


def copyright_owner(line: str) -> str | None:
    """The owner named by a copyright line ("© 2015 Defense One. All rights reserved.")."""
    if len(line) > 160:
        return None
    match = _COPYRIGHT.match(line.strip())
    if not match or not _COPYRIGHT_MARK.search(line):  # "Copyright Notice" is a heading
        return None
    owner = _RESERVED.sub("", match["owner"].strip(" ,")).rstrip(" ,-–—")
    owner = _YEARS_AFTER.sub("", owner).rstrip(" ,-–—")
    if owner.islower() and "." not in owner:  # "the persons identified as the authors"
        return None
    return owner or None


_COPYRIGHT_START = lazy_re(r"\n[^\S\n]*(?:©|\(c\)|copyright\b)", re.I)


def first_copyright_owner(scan: TextScan) -> str | None:
    """The owner named by the first copyright line among the scanned paragraphs."""
    for index in sorted(scan.starting(_COPYRIGHT_START) | scan.folding):
        owner = copyright_owner(scan.paragraphs[index])
        if owner:
            return owner
    return None


def _is_short_item(text: str) -> bool:
    words = text.split()
    return len(words) <= 20 and not (len(words) >= 12 and text.rstrip().endswith("."))


# A shop's button under a product in a buying guide: "Check Price at REI", "Buy on Amazon",
# "Read the review", "Where to buy", "Visit website", "Learn more"
MAX_SHOP_BUTTON = 60
_SHOP_BUTTON = lazy_re(
    r"^(?:(?:check|see|get|view|compare) (?:the )?(?:latest |current |best )?prices?"
    r"(?: (?:at|on|from) .{2,30})?|(?:buy|shop|view|see) (?:it |now )?(?:on|at|from) .{2,30}|"
    r"buy now|shop now|book now|where to buy|get (?:the )?deal|(?:read|see|jump to|watch) "
    r"(?:the |our )?(?:full )?review(?: on youtube)?|visit (?:the )?(?:website|site|store)|"
    r"learn more|check amazon price)(?: \(on sale!?\))?(?<![.!?])$",  # (no sentence)
    re.I,
)
_SHOP_FIRST_WORDS = frozenset(
    {"check", "see", "get", "view", "compare", "buy", "shop", "book", "where", "read", "jump",
     "watch", "visit", "learn"}
)
# Cheap pre-checks, so that a book's paragraphs need not each be normalised and tested.
# Every junk key starts with one of these words (or a digit: comment counts, "5 min read").
_KEY_FIRST_WORDS = frozenset(
    {phrase.split()[0] for phrase in _NAV | _LIST_MARKERS | _END_MARKERS}
    | _SOCIAL
    | {"more", "updated", "published", "posted", "estimated", "reading"}  # "more from", _CHROME
    | {"no", "labels"}  # ("No comments", a blog's "Labels: AI")
    | {"lesezeit", "lecture", "temps", "tiempo", "lectura", "lettura", "tempo", "leitura",
       "leestijd"}
    | _SHOP_FIRST_WORDS
)
# A link to another story, set in the article under a label ("Read more: ...", "RELATED |
# ...", "Lire aussi | ..."): the page's, not the article's.
_READ_ALSO_LABEL = (
    r"(?:read more|read also|also read|related(?: article| story)?|don[’']t miss|must read|"
    r"recommended|lire aussi|à lire aussi|à lire également|lesen sie auch|mehr zum thema|"
    r"lee también|leer más|leggi anche|leia também|veja também|lees ook|zie ook)\s*[:|»›→]"
)
_READ_ALSO = lazy_re(rf"^{_READ_ALSO_LABEL}\s*\S", re.I)
MAX_READ_ALSO = 200  # characters: a story's title, not a paragraph
# Paragraphs starting like a form line, a tag line or a copyright line (after white space).
_LINE_START = lazy_re(
    rf"\n[^\S\n]*(?:{_READ_ALSO_LABEL}|"
    r"enter your email|your email|email address|by (?:signing up|subscribing|"
    r"clicking|entering|submitting your e-?mail)\b|thank you for signing up|"
    r"(?:previous|prev|next|older|newer)(?:\s*(?:post|posts|page|article|story|entries))?"
    r"\W*(?:previous|prev|next|older|newer)|you(?:'|’)re (?:all )?(?:signed up|"
    r"subscribed)|this site is protected by recaptcha|©|\(c\)|copyright\b|"
    r"(?:tags|topics|filed under|categories|related topics|keywords)\s*:|required fields|"
    r"save my name|notify me of|(?:comment|name|email)\s*\*|thank you! your submission|"
    r"oops! something went wrong|if you are a human|(?:don't|don’t|do not) worry,? we)",
    re.I,
)
# (the calls to sign up by a rare part of their words: a needle that starts with a common
# letter, as "s" of "subscribe", costs a long text a try at every such letter)
_NEWSLETTER_WORDS = ("newsletter", "inbox", "gn up", "bscri", "-supported")
# What ``junk_mask`` and ``first_copyright_owner`` look up with ``TextScan.starting``.
SCAN_PATTERNS = (_LINE_START, _COPYRIGHT_START)


def _candidates(paragraphs: Sequence[str], scan: TextScan) -> list[int]:
    """The paragraphs that may be junk: a superset, in order (exact for paragraphs without
    case-folding characters, and those are always included)."""
    found = scan.having(_NEWSLETTER_WORDS) | scan.starting(_LINE_START)
    # Junk keys start with one of the words, or a digit; or they hold no word at all.
    keys = scan.first_word_in(r"\w&'", _KEY_FIRST_WORDS, digit=True, empty=True)
    found.update(i for i in keys if len(paragraphs[i]) <= 120)
    return sorted(found)


# a link back to the site's list the page was opened from ("Back to posts", "← Back to Blog")
_BACK_TO_LIST = lazy_re(
    r"^(?:go )?back(?: to (?:the |all |our )*(?:posts?|blog|articles?|news|stories|home ?page|"
    r"home|search(?: results)?|list|overview|index|insights|resources|guides|categor(?:y|ies)|"
    r"shop|results))?$"
)


def _is_nav(text: str, key: str) -> bool:
    """``is_nav_line`` with the key already made."""
    if len(text) > 120:
        return False
    if not key:  # (a lone sign, but not a story's "* * *")
        return not any(ch.isalnum() for ch in text) and len(text) <= 10 and not is_scene_break(text)
    if key in _NAV or _BACK_TO_LIST.match(key):
        return True
    words = key.split()
    return (
        len(words) <= 12
        and all(word in _SOCIAL for word in words)
        and any(word in _SOCIAL_NETWORKS for word in words)
    )


MARKER_PROSE = 50  # words of prose above a comments heading before it may end the article
PROSE_LINE = 12  # words of a line that reads as prose


def _prose_start(paragraphs: Sequence[str]) -> int:
    """The index from which :data:`MARKER_PROSE` words of prose (lines of :data:`PROSE_LINE`
    words or more) stand above a paragraph (``len(paragraphs) + 1`` when they never do): a
    comment count above it (under the byline, the page's menus all above it: "0 comments"
    over the article) ends nothing."""
    words = 0
    for index, text in enumerate(paragraphs):
        count = len(_WORD.findall(text)) if len(text) >= PROSE_LINE else 0  # (a word a letter)
        words += count if count >= PROSE_LINE else 0
        if words >= MARKER_PROSE:
            return index + 1
    return len(paragraphs) + 1


def junk_mask(paragraphs: Sequence[str], *, scan: TextScan | None = None) -> list[bool]:
    """Which paragraphs are page furniture rather than article text.

    ``scan`` (of these paragraphs) saves joining them again when the caller has one.
    """
    n = len(paragraphs)
    mask = [False] * n
    resume = 0  # paragraphs before this were taken as items of a list of other stories
    prose_from: int | None = None  # (where the article's prose stands above: read once)
    for index in _candidates(paragraphs, scan or TextScan(paragraphs)):
        if index < resume:
            continue
        text = paragraphs[index]
        key = normalise(text) if len(text) <= 120 else ""
        if is_comments_heading(text, key):
            if index >= 0.6 * n:
                prose_from = _prose_start(paragraphs) if prose_from is None else prose_from
                if index >= prose_from:
                    for rest in range(index, n):
                        mask[rest] = True
                    break
            mask[index] = True
        elif key in _LIST_MARKERS or (key.startswith("more from ") and len(key.split()) <= 6):
            mask[index] = True
            index += 1
            items = 0
            while index < n and items < 12 and _is_short_item(paragraphs[index]):
                items += 1
                mask[index] = True
                index += 1
            resume = index
        elif (
            _CHROME.match(key)
            or _is_nav(text, key)
            or is_newsletter(text)
            or _TAGS.match(text)
            or copyright_owner(text)
            or (len(text) <= MAX_READ_ALSO and _READ_ALSO.match(text))
            or (len(text) <= MAX_PAGER and _PAGER.match(text))
            or (len(text) <= MAX_SHOP_BUTTON and _SHOP_BUTTON.match(text.strip()))
        ):
            mask[index] = True
    return mask
