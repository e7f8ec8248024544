"""Authors: structured data, meta tags and visible bylines, cleaned and split into names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import lxml.html

from reader.clean.class_index import ClassIndex
from reader.clean.meta.bylines import (
    name_beside_headline,
    name_over_biography,
    site_person,
    visible_bylines,
)
from reader.clean.meta.jsonld import ArticleLD
from reader.clean.meta.post_card import card_authors
from reader.clean.meta.seen_byline import seen_byline
from reader.clean.meta.tags import meta_lists
from reader.clean.meta.text import as_text, compact, norm_words
from reader.clean.months import OTHER_DATE_LABELS, month_alternation
from reader.core.given_names import opens_with_given_name
from reader.core.lazy import lazy_re
from reader.core.same_person import one_per_person

_BY_PREFIX = lazy_re(
    r"^\s*(?:this\s+(?:post|article|story|piece|guide)\s+(?:was|is)\s+)?(?:(?:written|posted|published|words|reported|story|text|photos?|compiled|edited|"
    r"reviewed|article|recipe|review|interview|essay|analysis|column|guide)\s+)?"
    r"(?:(?:by|por|par|von|di|door|av)\b[:\s]*|"
    # Chinese "记者 X" (reporter), "作者：X" (author), "文/X"; Japanese "著者：X", "文：X"
    r"(?:记者|記者|作者|撰文|著者|執筆|文(?=\s*[/／:：]))\s*[/／:：]?\s*)",
    re.I,
)
# Korean "홍길동 기자" (reporter) and "홍길동 기자 = ..." after the name
_REPORTER_AFTER = lazy_re(r"(?<!\s)\s+기자(?:\s.*)?$")
_EMAIL = lazy_re(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+")
_URL = lazy_re(r"(?:https?://|www\.)\S+", re.I)
_HANDLE = lazy_re(r"(?<!\w)@\w+")
_CUT = lazy_re(
    r"\b(?:updated|last updated|published|posted|modified|follow|view all|read more|"
    r"more from|on twitter|contact|email|share|on behalf of|"
    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|view\s+(?:in|on|profile|more|posts)|"
    rf"{OTHER_DATE_LABELS})\b.*$",  # (the same labels in six other languages)
    re.I,
)
# English months by their first letters, the other languages' by the names the date parser
# knows ("3. Dezember 2026", "3 de diciembre", "3 декабря")
_MONTH = rf"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|{month_alternation()})\.?"
_DATEISH = lazy_re(
    r"(?:\b(?:on|at|am|le|el|il|em|op|den)\s+)?\b(?:\d{1,2}[:/.]\d{1,2}|\d{4}|"
    rf"(?:\d{{1,2}}\.?\s+(?:de\s+)?)?{_MONTH}\s+\d{{1,4}})\b.*$",
    re.I,
)
# "Dec 17, 2025 Julian K. Arni", "17 December 2025 · Jane Roe": a date before the name.
_LEADING_DATE = lazy_re(
    rf"^\s*(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}\s+{_MONTH},?)\s+\d{{4}}"
    r"\s*[·•|,–—-]?\s*(?=[^\W\d_])",
    re.I,
)
_SPLIT = lazy_re(
    r"(?<!\s)\s*(,|;|\||/|•|·|⋅|(?-i:(?<=[a-zа-яё]{2})\.\s+(?=[A-ZА-ЯЁ]))"
    r"|\s(?:and|&|und|y|e|et|avec|with|mit|con|com)\s|(?<!\s)\s+[-–—]\s+)\s*",
    re.I,
)
# Dutch (and Afrikaans) "en" joins two names; elsewhere "en" is a preposition ("en Madrid").
_SPLIT_EN = lazy_re(r"\s(en)\s")
_CONJUNCTIONS = {"and", "&", "und", "y", "e", "et", "en", "avec", "with", "mit", "con", "com"}
# "Jane Doe in Vienna", "Jean Dupont, à Paris": a place after the name, not part of it.
_PLACE = lazy_re(
    r"(?<!\s)\s+(?:in|from|aus|à|em|en|na|no|nel|nella|dans)\s+(?-i:[A-Z][\w'’-]+)"
    r"(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}\s*$",
    re.I,
)
# "Jane Doe. Edited by John Roe": another person's role after the author, not the name.
_OTHER_ROLE = lazy_re(
    r"(?<=[^\s.,;|–—-])[\s.,;|–—-]+(?:(?:edited|reviewed|fact[- ]checked|illustrated|photographed|"
    r"translated|compiled|produced|medically reviewed|additional reporting)\s+by|"
    r"(?:editor|editing|illustrations?|photos?|translation)\s*:)\b.*$",
    re.I,
)
# A credit that is someone else's role from its first word: no author in it.
_OTHER_ROLE_START = lazy_re(
    r"^\s*(?:edited|reviewed|fact[- ]checked|medically reviewed|illustrated|photographed|"
    r"translated|produced|sponsored|presented|paid for)\s+by\b",
    re.I,
)
_PUNCTUATION_SEPARATORS = {",", ";", "|", "/", "•", "·", "⋅", ".", "-", "–", "—"}
_LABEL_PREFIX = lazy_re(r"^\s*[^\W\d_]{2,12}\s*:\s*")
# a labelled piece of a credits line ("design: Jane Doe, code: John Roe") is another role,
# unless the label names the writing
_PIECE_LABEL = lazy_re(r"^\s*([^\W\d_]{2,12})\s*:")
_WRITING_LABELS = frozenset(
    "author authors by writer writers written words text story reporter reporting "
    "autor autora autores auteur auteurs autore verfasser texte texto testo".split()
)
# dropped before a full name ("Dr. Jane Doe"), kept before a lone one ("Dr. Allen", "Sir Nuno")
_HONORIFIC = lazy_re(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Rev)\.?\s+(?=[A-Z][\w'’-]*\s+[A-Z])")
_PARTICLES = frozenset(
    "de da del della di van von der den la le du dos das bin ibn al el y ter st. e zu af av "
    "ten op dei degli".split()
)
_FUNCTION_WORDS = frozenset(
    "about our the for to of in on at from with more all view read see learn this that your my "
    "is are was be here there by and or".split()
)
_FIRST_PERSON = frozenset("i i've i'm i'd i'll we we're we've".split())
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d."}
_ROLE_WORDS = (
    "staff",
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "contributor",
    "columnist",
    "producer",
    "journalist",
    "author",
    "photographer",
    "analyst",
    "critic",
    "chief",
    "senior",
    "special to",
    "bureau",
    "intern",
    "freelance",
    "guest",
    "anchor",
    "host",
    "reviewer",
    "fellow",
    # job titles printed after the name ("Eliz - Product marketer", "Jane Doe, Trial Attorney")
    "marketer",
    "manager",
    "director",
    "founder",
    "co-founder",
    "ceo",
    "strategist",
    "specialist",
    "consultant",
    "officer",
    "president",
    "attorney",
    "lawyer",
    "engineer",
    "scientist",
    "researcher",
    "designer",
    "developer",
    "expert",
)
_COMPOUND_ROLE = lazy_re(r"(?<=\w)[-\s](?:at[-\s]large|in[-\s]chief)\b", re.I)
# a site's collective byline: "SFist Contributor" (and "Podium Staff", "The Upwork Team")
_CONTRIBUTORS = (" contributor", " contributors")
# Page furniture that looks like a capitalised name ("Full Bio", "Recent Posts").
_UI_WORDS = frozenset(
    "bio posts profile articles recent subscribe follow share comments login newsletter menu "
    "privacy cookies category categories topic topics tags popularity relevance learn".split()
)
_ORG_WORDS = lazy_re(
    r"\b(?:news|press|associated|reuters|afp|ap|upi|staff|team|desk|media|agency|times|post|"
    r"journal|magazine|network|inc|ltd|llc|group|service|editorial|editors|bureau|newsroom|"
    r"wire|radio|tv|online|daily|tribune|herald|gazette|digital|report|channel|company|"
    r"corporation|foundation|institute|university|board|admin|administrator|webmaster)\b",
    re.I,
)
_NOT_NAMES = {
    "admin",
    "administrator",
    "staff",
    "anonymous",
    "guest",
    "editor",
    "editors",
    "unknown",
    "author",
    "null",
    "none",
    "by",
    "and",
    "webmaster",
    "manufacturer",
}
# an aside closing a byline piece, closed or cut off by the split: "(Expert Market Research)"
_TRAILING_ASIDE = lazy_re(r"\([^()]*\)?\s*$")


def _title_case(name: str) -> str:
    """Title-case a name written in capitals; leave mixed-case names alone."""
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name.lower())
    return name


def _strip_role(part: str) -> str:
    """ "Jane Doe, Staff Writer" pieces: drop a piece that is only a job title, and a title
    written after a name; keep a collective byline ("Podium Staff", "SFist Contributor": an
    organisation's)."""
    part = _COMPOUND_ROLE.sub("", part)  # "Editor-at-large" is an editor's title
    lowered = part.lower()
    words = part.split()
    if lowered.endswith((" staff", " team")) and len(words) >= 2 and words[0][0].isupper():
        return part
    if lowered.endswith(_CONTRIBUTORS) and len(words) == 2 and words[0].lower() not in _ROLE_WORDS:
        return part  # "SFist Contributor" (not "Senior Contributor")
    name = list(words)
    while name and name[-1].lower() in _ROLE_WORDS and name[-1][0].isupper():
        name.pop()  # "Rachel MacDonald Writer": a title after the name, no comma between
    rest = " ".join(name)
    if 2 <= len(name) < len(words) and all(w[0].isupper() for w in name):
        return "" if _ORG_WORDS.search(rest) else rest
    if any(
        lowered == w or lowered.startswith(w + " ") or lowered.endswith(" " + w)
        for w in _ROLE_WORDS
    ):
        return ""
    return part


def _pair_single_words(parts: list[str]) -> list[str]:
    """Undo a split on a conjunction between single words ("Town & Country", "Simon and
    Schuster"): two one-word sides are one name (an outlet's), not two authors."""
    out = parts[:1]
    for separator, piece in zip(parts[1::2], parts[2::2], strict=True):
        joined = separator.strip().lower() in _CONJUNCTIONS
        if joined and len(out[-1].split()) == 1 and len(piece.split()) == 1 and out[-1]:
            out[-1] = f"{out[-1]} {separator.strip()} {piece}"
            continue
        out.extend((separator, piece))
    return out


def _split(text: str, lang: str) -> list[str]:
    parts = _SPLIT.split(text)
    if lang.startswith(("nl", "af")):
        parts = [
            piece
            for index, part in enumerate(parts)
            for piece in ([part] if index % 2 else _SPLIT_EN.split(part))
        ]
    return _pair_single_words(parts)


def split_authors(raw: str, lang: str = "") -> list[str]:
    """Split and clean one byline string into names ("By A and B, Staff Writer" -> [A, B]).

    ``lang`` is the page's language ("nl": "en" joins two names there, not elsewhere)."""
    text = as_text(raw)
    if _OTHER_ROLE_START.match(text):
        return []
    text = _OTHER_ROLE.sub("", text)
    text = _EMAIL.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _BY_PREFIX.sub("", _LEADING_DATE.sub("", text))  # before "posted" is cut
    text = _CUT.sub("", text)
    text = _LABEL_PREFIX.sub("", text)
    text = _HONORIFIC.sub("", text)
    parts = _split(text, lang.lower())
    names: list[str] = []
    for piece, separator in zip(parts[0::2], ["", *parts[1::2]], strict=True):
        label = _PIECE_LABEL.match(piece)
        if label and separator and label.group(1).lower() not in _WRITING_LABELS:
            continue  # "…, design: Jane Doe": a credit for another role (the first piece's
            # label went with _LABEL_PREFIX)
        piece = _TRAILING_ASIDE.sub("", _BY_PREFIX.sub("", piece))  # "Acme (Acme Research)"
        piece = _REPORTER_AFTER.sub("", piece).strip(" .,:;-–—()[]\"'“”／：")
        piece = re.sub(r"^(?:and|&)\s+", "", piece, flags=re.I)
        if not piece:
            continue
        if piece.lower().rstrip(".") in _SUFFIXES or piece.lower() in _SUFFIXES:
            if names:
                suffix = piece.rstrip(".")
                suffix = f"{suffix}." if suffix.lower() in ("jr", "sr") else suffix
                names[-1] = f"{names[-1]}, {suffix}"
            continue
        # "Jane Doe, Futurism", "Reuters, Washington": a lone word after a comma is a
        # publication or a place, not a second author.
        if names and len(piece.split()) == 1 and separator.strip() in _PUNCTUATION_SEPARATORS:
            continue
        piece = _strip_role(_DATEISH.sub("", piece).strip(" .,:;-–—"))
        piece = _PLACE.sub("", piece) if len(piece.split()) > 2 else piece
        if piece and _plausible_name(piece):
            names.append(_title_case(piece))
    return names


def _plausible_name(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 6 or not 2 <= len(text) <= 60:
        return False
    if any(c.isdigit() for c in text) or text.lower() in _NOT_NAMES:
        return False
    if any(word.lower().strip(".,'’") in _UI_WORDS | _FIRST_PERSON for word in words):
        return False
    if len(words) == 1 and 2 <= len(text) <= 3 and text.isupper() and not _ORG_WORDS.search(text):
        return False  # "NB": an avatar's initials
    if not any(c.isalpha() for c in text):
        return False
    letters = [w for w in words if w[0].isalpha()]
    # Latin-script names start with capitals; only particles ("de", "van", "da") may not.
    cased = [w for w in letters if w[0].lower() != w[0].upper()]
    lower = [w.lower() for w in cased if not w[0].isupper() and w.lower() not in _PARTICLES]
    if any(w in _FUNCTION_WORDS for w in lower):
        return False  # "Learn about our", "see all posts": a phrase, not a name
    return not cased or len(cased) - len(lower) >= max(1, len(cased) - 2)


def is_organisation(name: str, sites: Iterable[str] = ()) -> bool:
    """Whether a byline name looks like an organisation rather than a person."""
    norm = norm_words(name)
    if any(norm == norm_words(site) for site in sites if site):
        return True
    return (
        bool(_ORG_WORDS.search(name)) or "." in name.replace(". ", " ").strip(".") or " & " in name
    )


SITE_WORDS = 3  # a site's name after a writer's ("Kevin McCoy USA TODAY") is this long at most


def _without_site(name: str, sites: set[str]) -> str:
    """``name`` without the site's name written after it ("Kevin McCoy USA TODAY" on
    usatoday, "Jane Roe BBC"), when two words or more are left; one word is a site's only
    in capitals (a surname may be a site's name: "Mary Kay Ash" on "Ash")."""
    words = name.split()
    for size in range(1, min(SITE_WORDS, len(words) - 2) + 1):
        tail = words[-size:]
        if (size > 1 or tail[0].isupper()) and compact(" ".join(tail)) in sites:
            return " ".join(words[:-size])
    return name


def _names_site(name: str, sites: Iterable[str]) -> bool:
    """The first words of the site's name ("Business Insider" of "Business Insider
    Deutschland"), and no person's (its first word is no given name)."""
    norm = norm_words(name)
    return (
        len(norm.split()) >= 2
        and any(norm_words(site).startswith(norm + " ") for site in sites if site)
        and not opens_with_given_name(name)
    )


def clean_authors(raw: Iterable[str], sites: Iterable[str] = (), lang: str = "") -> list[str]:
    """Names from raw byline strings: split, cleaned, deduped, organisations (and the site
    named beside a person) only if alone."""
    sites = list(sites)
    compact_sites = {compact(site) for site in sites if site}
    names = one_per_person(
        name
        for value in raw
        for name in (_without_site(n, compact_sites) for n in split_authors(value, lang))
        if norm_words(name)
    )
    people = [n for n in names if not is_organisation(n, sites)]
    # the site named beside its writer ("Jane Roe and Business Insider"): the writer alone
    beside = [n for n in people if not _names_site(n, sites)]
    return beside or people or names


_AUTHOR_META = (
    "author",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "cxenseparse:author",
    "citation_author",
    "twitter:data1",
)


# Scholarly tags hold one author each, often as "Family, Given" ("Roy, Aniruddha").
_ONE_NAME_A_TAG = ("citation_author", "dc.creator", "dcterms.creator")
_FAMILY_GIVEN = lazy_re(r"^\s*([^\W\d_][\w'’ .-]{0,40}?),\s*([^\W\d_][\w'’ .-]{0,40})\s*$")


def first_last(value: str) -> str:
    """ "Roy, Aniruddha" -> "Aniruddha Roy" (one comma between two name-like parts); a value
    without that form is left alone."""
    match = _FAMILY_GIVEN.match(value)
    if not match or len(match[1].split()) > 3 or len(match[2].split()) > 3:
        return value
    words = [w.lower().rstrip(".") for w in match[2].split()]
    if any(w in _SUFFIXES or w in _ROLE_WORDS for w in words) or _ORG_WORDS.search(value):
        return value  # "Doe, Jr.", "Jane Doe, Staff Writer", "Reuters, Washington"
    return f"{match[2].strip()} {match[1].strip()}"


def page_language(tree: lxml.html.HtmlElement) -> str:
    """The page's language tag ("nl-NL"), lower-cased; "" when it names none."""
    root = tree.getroottree().getroot()
    return (root.get("lang") or root.get("xml:lang") or "").strip().lower()


def find_authors(
    tree: lxml.html.HtmlElement,
    ld: ArticleLD,
    meta: dict[str, str],
    site: str | None,
    index: ClassIndex | None = None,
    url: str | None = None,
    title: str = "",
    tagged: dict[str, list[str]] | None = None,
) -> list[str]:
    """The article's authors: structured data, meta tags, visible bylines, a bare name under
    the headline, the name over an author box, the byline by the headline ``title`` as the
    page's visible text shows it, a personal site's owner (``url`` tells whose site it is), in
    that order; an organisation only when no person is named. ``tagged`` is the page's
    :func:`meta_lists` when the caller has it."""
    sites = [s for s in (site, ld.publisher, ld.website, meta.get("og:site_name")) if s]
    tagged = meta_lists(tree) if tagged is None else tagged
    lang = page_language(tree)

    def sources() -> Iterator[list[str]]:
        yield ld.authors
        for key in _AUTHOR_META:
            if key == "twitter:data1" and meta.get("twitter:label1", "").lower() != "written by":
                continue
            values = [v for v in tagged.get(key, ()) if not _URL.match(v)]
            yield [first_last(v) for v in values] if key in _ONE_NAME_A_TAG else values
        yield from visible_bylines(tree, index, lang)
        beside = name_beside_headline(tree)  # unlabelled: after every labelled source
        yield [beside] if beside else []
        boxed = name_over_biography(tree)
        yield [boxed] if boxed else []
        yield seen_byline(tree, title, lang)
        yield card_authors(tree)  # a post's facts in a sidebar (ABlog's postcard)
        owner = site_person(tree, sites, url)  # a personal site's unsigned post is its owner's
        yield [owner] if owner and not _ORG_WORDS.search(owner) else []
        yield ld.organisations

    fallback: list[str] = []
    for values in sources():
        names = clean_authors(values, sites, lang)
        if fallback:
            # after an organisation's byline, a lone word is a place or a desk ("Reuters,
            # Washington"), not a person
            names = [n for n in names if len(n.split()) > 1]
        if not names:
            continue
        if any(not is_organisation(n, sites) for n in names):
            return names
        fallback = fallback or names
    return fallback
