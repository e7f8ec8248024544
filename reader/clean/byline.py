"""Bylines, dates and photo credits in visible text: "By Molly O'Toole", "Jan. 6, 2015".

Plain functions over one line of text; the plain-text and Markdown cleaners share them.
"""

from __future__ import annotations

import re
from datetime import date

from reader.clean.months import OTHER_DATE_LABELS, month_alternation, month_number
from reader.core.given_names import is_given_name, opens_with_given_name
from reader.core.lazy import lazy_re
from reader.core.same_person import one_per_person, without_asides

# What a biography says right after its subject's name: "is the Head of Marketing at",
# "has written for", ", a writer based in": an author's box, under the article or beside it.
BIOGRAPHY_GOES_ON = (
    r"(?:,|(?:is|was) (?:an?|the)\b|(?:has|writes|covers|lives|joined|holds|serves|"
    r"specializes|specialises|worked|works|started|founded)\b)"
)

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|" \
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?,?\s+)?"
_ANY_MONTH = month_alternation()
_NUMERIC_START = r"(?<![\w./-])"
_NUMERIC_END = r"(?![\w/-]|\.\d)"
_NUMERIC_YEAR = rf"(?P<year>(?:19|20)\d\d){_NUMERIC_END}"
# where a year ends: no digit after it, but a reading time a copy ran on ("Mar 27, 20255 mins")
_YEAR_END = r"(?:(?!\d)|(?=\d{1,3}\s?min))"
_DATE_PATTERNS = (
    lazy_re(
        rf"{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[,.]?\s+"
        rf"(?P<year>(?:19|20)\d\d){_YEAR_END}",
        re.I,
    ),
    lazy_re(
        rf"{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+"
        rf"(?P<year>(?:19|20)\d\d){_YEAR_END}",
        re.I,
    ),
    lazy_re(  # with dashes ("19-Dec-2025")
        rf"(?<![\w-])(?P<day>\d{{1,2}})-{_MONTH}-(?P<year>(?:19|20)\d\d){_NUMERIC_END}", re.I
    ),
    # ISO 8601, maybe with its time run on ("2021-01-18T19:55:00+01:00")
    lazy_re(
        r"\b(?<![\"'])(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)"
        r"(?:T\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?\b"
    ),
    # numbers only, as ``reader.clean.meta.dates`` reads them: the year first ("2025/07/23");
    # day first with dots, as Europe writes it ("23.07.2025"); month first with slashes or
    # dashes ("07/23/2025"); either way when the other cannot be a month ("06.18.2025")
    lazy_re(rf"\b(?P<year>(?:19|20)\d\d)([./])(?P<mnum>\d\d?)\2(?P<day>\d\d?){_NUMERIC_END}"),
    lazy_re(rf"{_NUMERIC_START}(?P<day>\d\d?)\.(?P<mnum>\d\d?)\.{_NUMERIC_YEAR}"),
    _MONTH_FIRST := lazy_re(
        rf"{_NUMERIC_START}(?P<mnum>\d\d?)([/.-])(?P<day>\d\d?)\2{_NUMERIC_YEAR}"
    ),
    _DAY_FIRST := lazy_re(
        rf"{_NUMERIC_START}(?P<day>\d\d?)([/-])(?P<mnum>\d\d?)\2{_NUMERIC_YEAR}"
    ),
    # the other languages' months ``reader.clean.meta`` knows: "3. Dezember 2026", "3 de
    # diciembre de 2026", "1er mars 2026", "3 декабря 2026", "december 3, 2026"
    lazy_re(
        rf"(?<!\w)(?P<day>\d{{1,2}})(?:\.|er|º)?\s+(?:de\s+)?(?P<month>{_ANY_MONTH})\.?,?\s+"
        rf"(?:de\s+)?(?P<year>(?:19|20)\d\d)(?!\d)",
        re.I,
    ),
    lazy_re(
        rf"(?<!\w)(?=\w)(?P<month>{_ANY_MONTH})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)"
        r"(?!\d)",
        re.I,
    ),
    lazy_re(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<mnum>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
)
_TIME = lazy_re(
    r"\b(?:at\s+)?\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s[+-]\d\d:?\d\d(?!\d)|\s+(?-i:[A-Z]{2,4})\b|\b)|\b\d{1,2}\s*[ap]\.?m\.?"
    r"|\b\d{1,2}h\d\d\b",  # (French: "07h30")
    re.I,
)
_DATE_TERMS = (
    r"\b(?:published|updated|last updated?|posted|first published|modified|on|at|date|"
    r"print edition|am|pm|(?-i:[A-Z]{1,2}[SDP]?T|UTC|GMT)|"
    # the same labels in German, French, Spanish, Italian, Portuguese and Dutch
    rf"{OTHER_DATE_LABELS}|zuletzt aktualisiert|stand|uhr|um|le|el|a las|il|alle|ore|em|op|om)"
    r"\b|\bà(?!\w)|\bàs(?!\w)"
    # its reading time or length beside it ("Jun 08, 2023 • 11 Minute Read", "· 6279 words",
    # "5 Min. Lesezeit", "5 min de lecture")
    r"|\b\d{1,3}\s*(?:min(?:ute)?s?\.?|hours?)(?:\s+read(?:ing)?(?:\s+time)?)?\b"
    r"|\b\d{1,3}\s*min(?:uten|utos|uti)?\.?\s+(?:lesezeit|de lecture|de lectura|di lettura|"
    r"de leitura|leestijd)\b"
    r"|\b\d{1,3}(?:,?\d{3})?\s+words\b"
)
_DATE_MARKS = r"[|·•,:\-–—()]"
_DATE_WORDS = lazy_re(rf"{_DATE_TERMS}|{_DATE_MARKS}", re.I)
_DATE_TERMS_ONLY = lazy_re(_DATE_TERMS, re.I)
_DATE_LINE_PARTS = lazy_re(r"[|·•,:()–—]|\s-\s")

_BY = lazy_re(
    r"^(?P<label>by|written by|words by|story by|reporting by|text by|posted by|recipe by|"
    r"von|par|por|di|door|av|af|authors?(?=\s*:))"
    r"(?:\s*:\s*|\s+)(?P<rest>.+)$",
    re.I,
)
# A byline's "and" and "with" in the language of its label ("Par A et B", "Von A und B",
# "Por A y B"): its names are split on them as well as on English "and" and commas.
_JOINERS = {
    "par": "et|avec", "von": "und|mit", "por": "y|e|con|com", "di": "e|con", "door": "en|met",
    "av": "och|og|med", "af": "og|med",
}
_BY_GLUED = lazy_re(r"^By(?P<rest>[A-Z][a-z].+)$")  # ("ByNina Pineda": a copy's join)
# A date's label run on to a name set in capitals, as a browser copies a byline its page sets
# in upper case ("BY KORIN MILLERPUBLISHED: JAN 29, 2025", "AMANDA FURRERUPDATED: DEC 19")
_CAPITALS_RUN_ON = lazy_re(r"(?<=[A-Z])(?=(?:PUBLISHED|UPDATED|POSTED|REVIEWED|LAST UPDATED)\b)")
_GLUED_BY = lazy_re(r"^(?P<head>.*?[.!?][\"”’)]?)\s+By\s+(?P<rest>[A-Z].{1,120})$")
_NAME_PARTICLES = {"de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le",
                   "du", "dos", "das", "bin", "ibn", "al", "el", "y", "ter", "st."}
_NAME_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "phd", "md"}
_NOT_NAMES = {
    "press", "news", "staff", "reporter", "writer", "editor", "correspondent", "agency",
    "times", "post", "journal", "media", "service", "wire", "desk", "team", "contributor",
    "associated", "reuters", "the", "and", "updated", "published", "share", "follow",
    "bureau", "chief", "senior", "columnist", "analyst", "opinion", "photos", "video",
}
_NAME_WORD = lazy_re(r"^[^\W\d_][\w'’.-]*$")  # (and a capital first: "Çelik", "Łukasz")
_RUN_ON = lazy_re(r"[a-z]{6}[A-Z]")  # words a copy ran together ("ChecklistsJust")
_SPLIT_NAMES = lazy_re(r"(?<!\s)\s*(?:,\s*and\s+|,|\band\b|&|/|\bwith\b)\s*")
_SPLIT_BY_LANGUAGE = {
    label: lazy_re(
        rf"(?<!\s)\s*(?:,\s*(?:and|{words})\s+|,|\b(?:and|{words})\b|&|/|\bwith\b)\s*"
    )
    for label, words in _JOINERS.items()
}
_CUT_BYLINE = lazy_re(
    r"[|·•]|(?<!\s)\s+(?:[-–—]\s|(?:last\s+)?updated\b|published\b|posted\b|in(?:\s+(?=[A-Z])|\s*$)"
    r"|on\s+(?=\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?,?\s)"  # (its date: "By Peter Bell on August 21, 2019")
    r"|\d{1,3}\s*min(?:ute)?s?\b)"  # (its reading time: "By Kyle Howells 15 min read")
    # a label a copy ran onto the name ("By Korin MillerPublished: Jan 29, 2025")
    r"|(?-i:(?<=[a-z])(?=(?:Published|Updated|Posted|Follow|Reviewed|Edited)\b))",
    re.I,
)

_CREDIT_WORDS = (
    r"AP|AFP|EPA|Reuters|Getty|Bloomberg|Shutterstock|Photo|Photograph|Picture|Image|Credit|"
    r"Courtesy|Illustration|File|Pool|Xinhua|Sipa|Alamy"
)
_CREDIT_PAREN = lazy_re(
    rf"(?<!\s)\s*[(\[](?P<credit>(?:{_CREDIT_WORDS})\b[^()\[\]]{{0,100}})[)\]]\s*$"
)
_CREDIT_LABEL = lazy_re(
    r"(?:^|\s)(?P<credit>(?:Photo(?:graph)?|Picture|Image|Credit|Illustration)s?\s*(?:by\b|:)"
    r"\s*[^.;]{2,100})\.?$",
    re.I,
)
_CREDIT_AGENCY = lazy_re(
    r"\s(?P<credit>(?:[A-Z][\w'’.-]+\s){0,3}[A-Z][\w'’.-]+\s?/\s?"
    r"(?:Getty Images|AFP|Reuters|AP|EPA|Bloomberg|Shutterstock|Redux|Sipa|Alamy)"
    r"(?:\s(?:via|for)\s[\w ]{2,40})?)\.?$"
)


# A date's label in a language that writes the day first ("Mis à jour le 12/11/2025",
# "Publicado el 12/11/2025", "op 12-11-2025"): its numbers are read day first too.
_DAY_FIRST_LABEL = lazy_re(
    rf"\b(?:{OTHER_DATE_LABELS})(?!\w)|\b(?:le|el|il|am|op|em)\s+\d{{1,2}}[/-]\d", re.I
)
_DAY_FIRST_PATTERNS = tuple(  # (the same, the day-first numbers before the month-first)
    {_MONTH_FIRST: _DAY_FIRST, _DAY_FIRST: _MONTH_FIRST}.get(pattern, pattern)
    for pattern in _DATE_PATTERNS
)


def may_hold_a_date(text: str) -> bool:
    """Whether ``text`` holds a year as every one of :data:`_DATE_PATTERNS` reads one ("19"
    or "20" and two digits): a line without one, most lines, is not tried against them all."""
    return "19" in text or "20" in text


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO 8601 (``YYYY-MM-DD``), or None. Numbers with
    slashes or dashes are read month first, as in English, or day first after another
    language's label (:data:`_DAY_FIRST_LABEL`)."""
    if not may_hold_a_date(text):
        return None
    patterns = _DAY_FIRST_PATTERNS if _DAY_FIRST_LABEL.search(text) else _DATE_PATTERNS
    for pattern in patterns:
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groupdict()
        month = int(groups["mnum"]) if groups.get("mnum") else month_number(groups["month"])
        try:
            return date(int(groups["year"]), month or 0, int(groups["day"])).isoformat()
        except ValueError:
            continue
    return None


DATE_LINE_LENGTH = 120  # (two dates with their times: "Published ..., updated ...")


def is_date_line(text: str) -> bool:
    """A line that is only a date, with words like "Updated" or a time around it (its
    punctuation aside: "7:30 a.m., updated")."""
    if len(text) > DATE_LINE_LENGTH or parse_date(text) is None:
        return False
    rest = _DATE_WORDS.sub(" ", _without_dates(text)).split()
    return sum(any(char.isalnum() for char in word) for word in rest) <= 1


def undated_words(text: str) -> list[str] | None:
    """The words of a dated line besides its dates, times and date labels ("Updated",
    "Published", "a.m."); None when the line holds no date."""
    if len(text) > 120 or parse_date(text) is None:
        return None
    rest = _DATE_TERMS_ONLY.sub(" ", _without_dates(text))
    return [w for w in _WORDISH.findall(rest) if w.lower().rstrip(".") not in _CLOCK]


_WORDISH = lazy_re(r"[^\W\d_][\w'’.-]*")
_CLOCK = frozenset({"a.m", "p.m", "am", "pm"})


def _without_dates(text: str) -> str:
    """``text`` with its dates and times blanked out."""
    if may_hold_a_date(text):
        for pattern in _DATE_PATTERNS:
            text = pattern.sub(" ", text)
    return _TIME.sub(" ", text)


def _apart(line: str) -> str:
    """``line`` with a date's label run on to a name in capitals set apart from it."""
    return _CAPITALS_RUN_ON.sub(" ", line) if "ED" in line else line


def dated_name(text: str) -> str | None:
    """The name on a line that is otherwise a date line ("December 15, 2025 · 30 min · Ash
    Vardanian", "Patrick Clarke Published 10:19am 19 December 2025", a copy's "September 1,
    2016Autumn Adams"), when its first word is a known given name; else None."""
    name = dated_piece(text)
    return name if name and opens_with_given_name(name, wide=True) else None


def dated_piece(text: str) -> str | None:
    """The one piece of two to four words a date line holds besides its dates, times,
    reading time and word count, when it reads as a name ("Ash Vardanian"); else None."""
    if len(text) > 120 or parse_date(text) is None:
        return None
    text = _apart(text)
    rest = _COUNTED.sub(" ", _DATE_TERMS_ONLY.sub(" ", _without_dates(text)))
    pieces = [piece.strip() for piece in _DATE_LINE_PARTS.split(rest) if piece.strip()]
    if len(pieces) != 1 or not 2 <= len(pieces[0].split()) <= 4:
        return None
    piece = _BY_RUN_ON.sub("", pieces[0])  # ("ByShivya Nath", "BY ANN LEE": a byline's label)
    names = parse_names(piece)
    shown = " ".join(piece.split()).replace("’", "'")
    if piece.isupper():  # (a name the page sets in capitals: "JONATHAN JONES")
        return names[0] if [name.casefold() for name in names] == [shown.casefold()] else None
    return names[0] if names == [shown] else None


_BY_RUN_ON = lazy_re(r"^By(?=[A-Z])|^BY\s+")


# A post's length beside its date ("6279 words", "30 min", "5 min read").
_COUNTED = lazy_re(r"\b\d[\d,.]*\s*(?:words|mins?|minutes?)(?:\s+read)?\b", re.I)


# Letters after a name ("CPP", "RDN", "PhD"): capitals, at most one small letter among them.
_POST_NOMINAL = lazy_re(r"^(?:[A-Z]{2,5}|Ph\.?D\.?)$")
MIN_WORDS_BEFORE_LETTERS = 3  # ("Jeffrey A. Slotnick CPP"; "Marie DUPONT" is a surname)


def _name(candidate: str) -> str | None:
    words = candidate.strip(" ,;:").split()
    half = len(words) // 2
    if half >= 2 and words[:half] == words[half:]:
        words = words[:half]  # (shown twice, for narrow and wide screens: "Ann Lee Ann Lee")
    while (
        len(words) > MIN_WORDS_BEFORE_LETTERS
        and _POST_NOMINAL.match(words[-1])
        and words[-2].lower() not in _NAME_PARTICLES  # ("Jean Paul Le PEN")
    ):
        words.pop()  # (a credential after the name, no comma between: "... Slotnick CPP")
    last = words[-1] if words else ""
    if last.endswith(".") and last.lower() not in _NAME_SUFFIXES and len(last) > 2:
        words[-1] = last[:-1]  # a full stop, not an initial
    if not 2 <= len(words) <= 5 or words[0].lower() in _NAME_PARTICLES:
        return None
    for at, word in enumerate(words):
        lower = word.lower()
        if lower in _NOT_NAMES:
            return None
        if lower in _NAME_PARTICLES or lower in _NAME_SUFFIXES:
            continue
        if 0 < at < len(words) - 1 and word[:1] == "(" and word[-1:] == ")":
            word = word[1:-1]  # (a maiden name or a nickname: "Paramita (Guha) Ghosh")
        if not (word[:1].isupper() and _NAME_WORD.match(word)) or _RUN_ON.search(word):
            return None
    name = " ".join(words).replace("’", "'")
    if name.isupper():  # "BY ANNA DE LA CRUZ"
        name = " ".join(
            w.lower() if w.lower() in _NAME_PARTICLES else w.capitalize() for w in name.split()
        )
    return name


# Words of a job title run on after a name ("Catherine Boeckmann Executive Digital Editor").
_ROLE_WORDS = _NOT_NAMES | {
    "executive", "managing", "deputy", "associate", "assistant", "digital", "content",
    "marketing", "product", "expert", "manager", "director", "head", "lead", "specialist",
    "consultant", "founder", "co-founder", "ceo", "cto", "president", "officer", "strategist",
    "engineer", "developer", "designer", "author", "master", "certified", "licensed",
    "registered", "professor", "freelance", "travel", "food", "health", "science",
}


def _name_before_role(piece: str) -> str | None:
    """The name before a job title run on after it: two or three words, the first a known
    given name, then a word of a title ("Catherine Boeckmann Executive Digital Editor")."""
    words = piece.split()
    cut = next((i for i, word in enumerate(words) if word.lower() in _ROLE_WORDS), None)
    if cut is None or not 2 <= cut <= 3 or not is_given_name(words[0], wide=True):
        return None
    return _name(" ".join(words[:cut]))


def _credit_part(text: str) -> str:
    """The part of a byline that names: before its separator, its label or its date."""
    text = _CUT_BYLINE.split(text, maxsplit=1)[0]
    for pattern in _DATE_PATTERNS if may_hold_a_date(text) else ():
        match = pattern.search(text)
        if match:
            text = text[: match.start()]
    return text


def parse_names(text: str, label: str = "by") -> list[str]:
    """Names in the part of a byline after "By" ("A, B and C"; a handle or an address beside
    a name left out); [] when it is not names. After another language's ``label`` ("par",
    "von"), its "and" splits them too. A person named twice is named once."""
    text = _credit_part(without_asides(text))
    names: list[str] = []
    for piece in _SPLIT_BY_LANGUAGE.get(label.lower(), _SPLIT_NAMES).split(text.strip()):
        if not piece.strip():
            continue
        name = _name(piece)
        if name is None and not names:
            titled = _name_before_role(piece)
            if titled:
                return [titled]  # (the rest is the job title: "... Editor and Master Gardener")
        if name is None:
            if names:
                break  # a role or an outlet after the names ("Jane Doe, Staff Writer")
            return []
        names.append(name)
    return one_per_person(names)


def parse_byline(line: str) -> tuple[list[str], str | None] | None:
    """``(names, ISO date or None)`` for a byline ("By A and B | Jan. 6, 2015"; a copy's
    "ByKathryn Giuffrida"), else None."""
    line = _apart(line.strip())
    match = _BY.match(line)
    label = match["label"] if match else "by"
    match = match or _BY_GLUED.match(line)
    if not match or len(line) > 200:
        return None
    names = parse_names(match["rest"], label) or labelled_credit(match["rest"])
    if not names:
        return None
    return names, parse_date(match["rest"])


# After "By": a site's own desk ("The Investopedia Team", "Podium Staff", "The Currency editors")
_DESK = lazy_re(
    r"^(?:the\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}\s+"
    r"(?:team|staff|editors|editorial team|editorial staff|desk|newsroom)$",
    re.I,
)


# A writer's handle: one word of a few letters, run together ("ShawnHymel", "BeauHD") or with
# digits, or in lower case ("ibby"); not a word a menu sorts or filters by ("By date")
_HANDLE = lazy_re(r"^(?:[a-z]+|[A-Za-z][a-z]+[A-Z][A-Za-z]*|[A-Za-z]+\d+[A-Za-z\d]*)$")
_NOT_HANDLES = frozenset(
    "admin author date category topic type name price popularity relevance region industry "
    "location brand design default rating size color colour newest oldest title"
    " us me you them email phone appointment a an the this that all and or of in on for to at"
    " way far now".split()
) | frozenset(_NOT_NAMES)


_BETWEEN_FIRST_NAMES = lazy_re(r"\s(?:and|&)\s|,")  # (the pieces are stripped)


def _first_names(credit: str) -> list[str]:
    """Two or three first names alone, one of them a known one ("Linny and Peter"), else []."""
    pieces = [piece.strip() for piece in _BETWEEN_FIRST_NAMES.split(credit)]
    if not 2 <= len(pieces) <= 3 or not any(is_given_name(piece, wide=True) for piece in pieces):
        return []
    if all(
        piece[:1].isupper() and _NAME_WORD.match(piece) and piece.lower() not in _NOT_HANDLES
        for piece in pieces
    ):
        return pieces
    return []


def labelled_credit(rest: str) -> list[str]:
    """What a labelled byline names that is no person's full name: one known first name
    ("Written by Kristin"), the site's desk ("By Podium Staff"), or a writer's handle ("by
    ibby", "Posted by BeauHD on ..."); [] otherwise."""
    credit = _credit_part(rest).strip(" ,;:")
    if (
        credit[:1].isupper()
        and _NAME_WORD.match(credit)
        and is_given_name(credit, wide=True)
        and not credit.isupper()
    ):
        return [credit]
    if 3 <= len(credit) <= 24 and _HANDLE.match(credit) and credit.casefold() not in _NOT_HANDLES:
        return [credit]
    if firsts := _first_names(credit):
        return firsts
    return [credit] if len(credit) <= 60 and _DESK.match(credit) else []


def split_glued_byline(text: str) -> tuple[str, list[str]] | None:
    """ "… abuses. By Molly O'Toole" -> ("… abuses.", ["Molly O'Toole"]), else None."""
    match = _GLUED_BY.match(text.strip())
    if not match:
        return None
    rest = match["rest"]
    names = parse_names(rest)
    if not names:
        return None
    # Everything after "By" must be the names (and maybe a role or date), not a sentence.
    if _CUT_BYLINE.split(rest, maxsplit=1)[0].rstrip(".").count(" ") > 4 * len(names) + 2:
        return None
    return match["head"], names


def split_credit(text: str) -> tuple[str, str | None]:
    """Split a trailing photo credit off a caption: ``(caption, credit or None)``."""
    for pattern in (_CREDIT_PAREN, _CREDIT_LABEL, _CREDIT_AGENCY):
        match = pattern.search(text)
        if match and match.start() > 0:
            caption = text[: match.start()].rstrip()
            if pattern is _CREDIT_LABEL and not _is_captionlike(caption):
                continue  # (a headline's own word: "Docker Hardened Images: Security ...")
            return caption, match["credit"].strip().rstrip(".")
    return text, None


def _is_captionlike(text: str) -> bool:
    """A caption before a credit's label: a sentence's end, or six words or more."""
    return text.endswith((".", "!", "?", ")", '"', "”", "’")) or len(text.split()) >= 6
