"""The publication date: structured data, meta tags, visible dates, the address."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from urllib.parse import urlsplit

import lxml.html

from reader.clean.class_index import ClassIndex
from reader.clean.meta.jsonld import ArticleLD
from reader.clean.meta.text import as_text, element_text, in_boilerplate

_MONTHS = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # Portuguese / Spanish / French / German / Italian
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
    "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "mayo": 5, "junio": 6, "julio": 7,
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12, "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Indonesian
    "januari": 1, "februari": 2, "maret": 3, "mei": 5, "agustus": 8,
    "nopember": 11, "desember": 12,  # (juni, juli, oktober: as German)
    # Russian (genitive, as in dates)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip
_MONTH_NAMES = frozenset(_MONTHS)


def month_names() -> frozenset[str]:
    """Month names and abbreviations the date parser knows, lower case, several languages."""
    return _MONTH_NAMES


_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º)?"
_YEAR = r"(?P<year>\d{4})"
_TEXT_DATES = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # Nov. 14, 2014
    re.compile(rf"\b{_DAY}\.?\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}\b", re.I),  # 14 Nov 2014
    re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I),  # November 2014 (day unknown: skipped)
]
_ISO = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"(?:[T\s](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<zone>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?",
    re.I,
)
_NUMERIC = re.compile(r"\b(?P<a>\d{1,4})[/.](?P<b>\d{1,2})[/.](?P<c>\d{2,4})\b")
_COMPACT = re.compile(r"^(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?:\D|$)")


def parse_date(text: str | None) -> str | None:
    """An ISO 8601 date ("2014-11-14") or datetime with zone, from common written forms."""
    if not text:
        return None
    text = as_text(text)
    if not text:
        return None
    if re.fullmatch(r"\d{9,13}", text):
        stamp = int(text) / (1000 if len(text) > 11 else 1)
        try:
            return datetime.fromtimestamp(stamp, UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    match = _ISO.search(text)
    if match:
        return _iso_result(match)
    match = _COMPACT.match(text)
    if match:
        return _day(int(match["year"]), int(match["month"]), int(match["day"]))
    for pattern in _TEXT_DATES[:2]:
        for match in pattern.finditer(text):
            month = _MONTHS.get(match["month"].lower().rstrip("."))
            if month:
                result = _day(int(match["year"]), month, int(match["day"]))
                if result:
                    return result
    match = _NUMERIC.search(text)
    if match:
        a, b, c = int(match["a"]), int(match["b"]), int(match["c"])
        if match["a"].__len__() == 4:
            return _day(a, b, c)
        year = c + 2000 if c < 100 else c
        # Day-first unless impossible; a dotted date is European ("14.11.2014").
        if a > 12 or "." in match.group(0):
            return _day(year, b, a)
        return _day(year, a, b) or _day(year, b, a)
    return None


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat() if 1900 < year < 2200 else None
    except ValueError:
        return None


def _iso_result(match: re.Match[str]) -> str | None:
    day = _day(int(match["year"]), int(match["month"]), int(match["day"]))
    if not day or match["hour"] is None:
        return day
    try:
        moment = datetime(
            int(match["year"]),
            int(match["month"]),
            int(match["day"]),
            int(match["hour"]),
            int(match["minute"]),
            int(match["second"] or 0),
        )
    except ValueError:
        return day
    zone = (match["zone"] or "").upper()
    if zone in ("Z", "UTC", "GMT"):
        moment = moment.replace(tzinfo=UTC)
    elif zone:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
        try:
            moment = moment.replace(tzinfo=timezone(sign * timedelta(hours=hours, minutes=minutes)))
        except ValueError:
            return day
    return moment.isoformat()


_DATE_META = (
    "article:published_time",
    "article:published",
    "og:article:published_time",
    "parsely-pub-date",
    "sailthru.date",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "datepublished",
    "article.published",
    "og:published_time",
    "displaydate",
    "dc.date.created",
)


_DATE_WORDS = ("date", "time", "publish", "posted", "byline", "author", "meta")
_DATE_CLASS = re.compile("|".join(_DATE_WORDS), re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(\d{1,2})[/-]?(\d{1,2})(?=[/_.-]|\d{6,}|$)")
_UPDATED = re.compile(r"\b(?:updated|modified|edited)\b[^|;]*", re.I)


def find_published(
    tree: lxml.html.HtmlElement,
    ld: ArticleLD,
    meta: dict[str, str],
    url: str | None,
    index: ClassIndex | None = None,
) -> str | None:
    """The publication date: machine-readable first, but on the day the page shows.

    Meta dates are often in UTC; the day a reader sees (in the byline, or in the URL) wins
    when it is within a day of the machine-readable one.
    """
    machine = next(
        filter(None, (parse_date(c) for c in (ld.published, *map(meta.get, _DATE_META)))), None
    )
    url_day = _url_date(url)
    if machine and url_day == machine[:10]:
        return machine
    shown = _visible_dates(tree, index=index)
    if machine:
        day = date.fromisoformat(machine[:10])
        for candidate in [*shown, url_day]:
            if candidate and abs((date.fromisoformat(candidate) - day).days) <= 1:
                return machine if candidate == machine[:10] else candidate
        return machine
    if shown:
        return shown[0]
    if url_day:
        return url_day
    for element in tree.iter("time"):
        result = parse_date(element.get("datetime"))
        if result and not in_boilerplate(element):
            return result
    return None


def _visible_dates(
    tree: lxml.html.HtmlElement, limit: int = 12, index: ClassIndex | None = None
) -> list[str]:
    """Days written in byline/date elements and <time> texts: those after the headline first.

    (Dates above the headline are often the masthead's "today".)
    """
    before: list[str] = []
    days: list[str] = []
    seen_headline = tree.find(".//h1") is None
    dated = set((index or ClassIndex.of_page(tree)).find(_DATE_CLASS, _DATE_WORDS, "class", "id"))
    elements = tree.xpath(
        "$dated | //time | //h1 | //body//*[@itemprop='datePublished']", dated=list(dated)
    )
    for element in elements:
        if element.tag in ("script", "style", "meta"):
            continue
        if element.tag == "h1" and not seen_headline and not in_boilerplate(element):
            seen_headline, before, days = True, days, []
        is_time = element.tag == "time" or element.get("itemprop") == "datePublished"
        if not is_time and element not in dated:
            continue
        text = element_text(element)
        if not text or len(text) > 160 or in_boilerplate(element):
            continue
        # the element's own markup (datetime="...") before its visible text
        found = parse_date(element.get("datetime") or element.get("content")) if is_time else None
        if not found:
            published = _UPDATED.sub(" ", text) if _UPDATED.search(text) else text
            found = parse_date(published) or parse_date(text)
        if found and found[:10] not in days:
            days.append(found[:10])
            if len(days) >= limit:
                break
    return days + [day for day in before if day not in days]


def _url_date(url: str | None) -> str | None:
    """A /2019/11/18/ (or 2019-11-18, 20191118) date in the URL's path."""
    if not url:
        return None
    match = _URL_DATE.search(urlsplit(url).path)
    return _day(int(match[1]), int(match[2]), int(match[3])) if match else None
