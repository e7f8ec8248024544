"""The article's edges: lines above the first and below the last paragraph that are not text.

Works on the blocks of the HTML cleaner (``(kind, text, level)``), after the markup pass:

- at the top: a date line ("Monday, 18 November 2019, 4:05 pm"), a byline with its date, a
  credit ("Written by:" and the names under it, "Edited by: Kristina Zagame"), the reading
  time;
- anywhere: a tag or category line ("Tags: ...", "Filed under: ..."), a metadata line
  ("05/10/2018 - Posted by: Ana Lima - Category: Health"), a language switcher ("Deutsch |
  Español | 日本語");
- at the end: the comment policy, "Follow us on ..." and "reach the reporter at" lines,
  newsletter and membership pitches, the company boilerplate of a press release ("About
  Acme" and "Acme is a leading ..."), a credit, a picture credit ("Feature image by ...");
- at the top and the end: a paywall's prompt to subscribe or log in to read on (``paywall``);
  the author's biography (a paragraph opening with an author's name,
  full or the first name alone, and who they are: WCXB dev articles 0.9554 -> 0.9557, 14
  pages better, 3 worse; 149 article words against 755 of junk).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.article.model import SCENE_BREAK
from reader.clean.explain import DropLog
from reader.clean.extracted import with_text
from reader.clean.html.paywall import paywall_prompts
from reader.clean.labels import CONTENTS_LABEL, READING_TIME_LABELLED, is_dangling_label
from reader.clean.meta.dates import CJK_DATE
from reader.clean.meta.text import without_anchor_mark
from reader.clean.months import month_names
from reader.core.lazy import lazy_re

BlockTuple = tuple[str, str, int]

_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun segunda terça terca quarta quinta sexta sábado sabado domingo feira lunes "
    "martes miércoles miercoles jueves viernes lundi mardi mercredi jeudi vendredi samedi "
    "dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag lunedì martedì "
    "mercoledì giovedì venerdì sabato domenica senin selasa rabu kamis jumat sabtu minggu"
)
_DATE_FILLERS = (
    "de del da di às as a à at um uhr h on of the le el em en am pm a.m p.m et est edt cst cdt "
    "mst mdt pst pdt pt ct gmt utc bst cet cest ist jst aest hrs hs m p published updated posted "
    "last modified publicado atualizado actualizado publié mis à jour veröffentlicht "
    "aktualisiert pubblicato aggiornato modifié geändert modificado modificato gepubliceerd "
    "bijgewerkt gewijzigd op "
    # a reading time beside the date ("12.11.2025, 07.30 Uhr 5 Min. Lesezeit")
    "min mins minute minutes minuten minutos minuti read reading time lesezeit lecture "
    "lectura lettura leitura leestijd temps tiempo tempo"
)
_DATE_WORDS = frozenset((_WEEKDAYS + " " + _DATE_FILLERS).split()) | month_names()
_WORD = lazy_re(r"[^\W\d_]+|\d+(?:st|nd|rd|th|º|er)?", re.IGNORECASE)
_NUMERIC_DATE = lazy_re(rf"\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|{CJK_DATE}")
# a byline's label: "By", its German, French, Spanish, Italian, Dutch and Nordic words before
# a capitalised name ("Von Anna Schmidt", "Par Jean Dupont"), or Chinese and Japanese "记者"
# (reporter), "作者", "著者" (author)
_BYLINE_START = lazy_re(
    r"by\s+\w|(?:von|par|por|di|door|av|af)\s+(?-i:[A-Z])|记者|記者|作者|著者", re.IGNORECASE
)
_NUMBER = lazy_re(r"\d+")
_ZONE = lazy_re(r"[A-Z]{1,4}T")  # time zones: "AMT", "CEST", "AEDT"

_LABELS = (
    r"tags?|tagged(?:\s+(?:with|in|as))?|filed\s+(?:under|in)|categor(?:y|ies|ia|ias|ía|ías|ie|ien)"
    r"|topics?|posted\s+in|keywords?|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|schlagworte"
    r"|etiquetas?|mots[- ]cl[ée]s|[ée]tiquettes?|argomenti|temas?|assuntos?"
)
_LABEL_LINE = lazy_re(rf"^(?:{_LABELS})\s*:\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
_META_SEGMENT = lazy_re(
    rf"^(?:(?:{_LABELS}|(?:published|posted|written|publicado|postado|escrito|publié|"
    r"veröffentlicht|pubblicato)(?:\s+(?:by|por|par|von|da))?|by|por|par|von|author|autor|"
    r"auteur|autore)\s*:.*|by\s+\S.*)$",
    re.IGNORECASE,
)
_CONTENTS = lazy_re(rf"^{CONTENTS_LABEL}[\s:.]*$", re.IGNORECASE)
# the labels of a Chinese or Japanese article's details: source, reporter, author, editor,
# editor in charge, time published
_CJK_LABEL = lazy_re(
    r"[（(]?(?:来源|記者|记者|作者|著者|责任编辑|責任編集|编辑|編集|发布时间|出典)[:：]?"
)
_CJK_SENTENCE_MARK = lazy_re(r"[，。！？、；]")
MAX_CJK_VALUE = 16  # characters of a label's value: a name or a source, not a sentence
_CJK_DATE_PIECE = lazy_re(r"[\d年月日/.:-]+")  # a date or a time: "2025年11月12日", "07:30"
_SEGMENT_SPLIT = lazy_re(r"(?<!\s)(?:\s+[-|•·–—]\s+|\s*\|\s*)")
_SENTENCES = lazy_re(r"[.!?]\s+[A-ZÀ-Ý]")
# "Written by:", "Edited by: Kristina Zagame", "Medically reviewed by Ana Lima, MD": a credit
_CREDIT_LINE = lazy_re(
    r"^(?:written|edited|reviewed|fact[- ]?checked|medically reviewed|expert reviewed|"
    r"verified|produced|illustrated|researched)(?:\s+and\s+[a-z-]+)?\s+by\b\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
MAX_CREDIT_NAMES = 60  # the names after a credit label, at most this many characters ...
MAX_NAME_WORDS = 5  # ... and each listed name at most this many words
# "Authors: Ann Lee, Bo Chen and Cy Diaz" (a paper's record page, a blog's post header)
_AUTHORS_LINE = lazy_re(
    r"^(?:authors?|autor(?:es|en|as?)?|auteur(?:e)?s?|autori)\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_NAME_SEPARATORS = lazy_re(r"[,;&]|\b(?:and|und|et|y)\b")
MAX_AUTHOR_NAMES = 30  # names after an "Authors:" label, at most

# (not "comment" alone: "declined to comment" is news, not a comment policy)
_COMMENT_WORD = lazy_re(
    r"\b(?:comments|comment (?:policy|section|moderation|rules)|commenting|commenters?|"
    r"coment[áa]rios|comentaristas?|kommentare|commentaires|commenti)\b",
    re.IGNORECASE,
)
_POLICY_WORD = lazy_re(
    r"\b(?:moderat\w*|approv\w*|aprovad\w*|aprobad\w*|policy|pol[íi]tica|guidelines|rules|"
    r"spam|respectful|civil|freigeschaltet|offensive|abusive|ofens\w*|respeito|respeto|"
    r"respect|terms of (?:use|service)|community standards)\b",
    re.IGNORECASE,
)
_SOCIAL = r"(?:twitter|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|x\.com)"
_CONTACT = lazy_re(
    rf"\b(?:follow|visit|find|like|join|connect with)\b[^.!?]{{0,60}}\b(?:on|at)\b[^.!?]{{0,30}}"
    rf"\b{_SOCIAL}\b"
    r"|\bfollow\s+@\w+|\bfollow\b[^.!?]{0,60}\bat\s+https?://"
    r"|\bwrite to\s+(?:[A-Z][\w'’-]+\s+){1,3}at\s+\S+@"
    r"|\bshare (?:it|this)(?: story| article| post)? with (?:a|your) friends?\b"
    r"|\b(?:may|can)\s+be\s+reached\s+(?:at|by|on)\b"
    r"|\breach\s+(?:the\s+)?(?:reporters?|writers?|authors?|him|her|them|us)\s+(?:at|on|by)\b"
    r"|\bemail\s+(?:[A-Z][\w'’-]+\s+){1,3}at\s+\S+@"
    r"|\bhave\s+a\s+(?:news\s+)?tip\?",
    re.IGNORECASE,
)
# A sentence that opens with a call to action ("Sign up for ...", "Join ...", "Get ...").
_PROMO_ACTION = lazy_re(
    r"(?:^|[.!?:]\s+)(?:(?:so\s+|please\s+|why not\s+)?(?:sign up|subscribe|join|get|become|"
    r"start your day|use (?:the )?code|try|don'?t miss)\b)",
    re.IGNORECASE,
)
# Pitches for the site's newsletter, membership or magazine, or a priced offer. A vendor's
# pitch for its own product ("Get a free trial", "sign up for a premium subscription") often
# closes a vendor's article and is its text.
_PROMO_OBJECT = lazy_re(
    r"\b(?:newsletters?|inbox|members?|membership|subscribers?|magazine|issues|paywalls?|"
    r"podcast)\b|(?:[$£€¥₹]|\bRs\.?\s?)\d",
    re.IGNORECASE,
)
# "Keith Bradsher contributed reporting.", "(Reporting by A; Editing by B)"; not "X
# contributed to this article", which credits a guide's co-writer in its text.
_REPORTING_CREDIT = lazy_re(
    r"\bcontributed (?:reporting|to this (?:report|story))\b"
    r"|^[(\[]?(?:additional |with additional )?(?:reporting|writing|editing) by\b"
    r"|^[(\[]?(?:compiled|edited|translated) by\b[^.]{0,80}[)\].]?$",
    re.IGNORECASE,
)
# An address alone on its line: "jane.doe@example.com", "twitter.com/jane"
# Each run starts where a run of its characters starts: linear on a long word (issue 11).
_ADDRESS = lazy_re(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+|(?:https?://|www\.|(?<![\w-])[\w-]+\.com/)\S*"
)
_IMAGE_CREDIT = lazy_re(
    r"(?:featured?|header|hero|cover|top|lead|banner)\s+(?:image|photo|picture|illustration)s?"
    r"\s*(?:by|via|from|courtesy|credits?|source)\b.{0,150}$",
    re.IGNORECASE | re.DOTALL,
)
_READING_TIME = lazy_re(READING_TIME_LABELLED, re.IGNORECASE)
_ABOUT_HEADING = lazy_re(
    r"^(?:about|über|à propos d[e']|acerca de|sobre)\s+\S.{0,60}$", re.IGNORECASE
)
_COMPANY_LEAD = lazy_re(
    r"^(?:about\s+[^.:]{1,60}[:.]?\s+)?[A-Z][\w&.,'’ -]{0,60}?\s+(?:\([^)]{1,40}\)\s+)?"
    r"(?:is|are)\s+(?:a|an|the|one of the)\s+(?:[\w&,-]+\s+){0,8}?"
    r"(?:company|companies|provider|firm|organi[sz]ation|leader|manufacturer|developer|maker|"
    r"supplier|group|bank|agency|network|platform|publisher|producer|retailer|operator|"
    r"foundation|institute|non-?profit|charity|specialist|pioneer|brand|business|startup|"
    r"consultancy)\b"
)
_COMPANY_FACTS = lazy_re(
    r"\b(?:headquartered|based in|founded in|founded by|employs|employees|listed on|"
    r"stock exchange|nasdaq|nyse|subsidiary|offices in|for more information|visit\s+(?:www\.|"
    r"https?://|us at)|www\.)",
    re.IGNORECASE,
)

MAX_DATE_LINE = 100
MAX_BYLINE = 160
MAX_LABEL_LINE = 200
MIN_LANGUAGES = 3  # a language switcher names at least this many languages
# Languages as their speakers name them (as a switcher lists them), case-folded.
_LANGUAGES = frozenset(
    (
        "english deutsch español espanol français francais italiano português portugues "
        "nederlands polski русский українська magyar suomi svenska norsk dansk čeština "
        "cestina slovenčina română türkçe ελληνικά български српски hrvatski slovenščina "
        "eesti latviešu lietuvių català euskara galego 日本語 中文 简体中文 繁體中文 한국어 "
        "العربية עברית فارسی हिन्दी বাংলা ไทย filipino"
    ).split()
) | {"tiếng việt", "bahasa indonesia", "bahasa melayu"}
_LIST_SPLIT = lazy_re(r"[|·•/,\n]")  # names are stripped after the split
_LANGUAGE_NOTE = lazy_re(r"[(（][^)）]*[)）]")  # "中文（简体）", "Português (Brasil)"
_INVISIBLE = " \t\n\r\u200b\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069\ufeff"
# the label over a switcher: "Other languages:", "Languages", "Read in:", "Available in:"
_LANGUAGES_LABEL = lazy_re(
    r"(?:(?:other |available )?languages?|read (?:this )?in|(?:also )?available in):?",
    re.IGNORECASE,
)
MAX_POLICY = 300
MAX_CONTACT = 400
MAX_PROMO = 400
LONG_PARAGRAPH_WORDS = 25
TOP_BLOCKS = 4
END_BLOCKS = 4
MAX_ABOUT_SECTION = 1500


def is_date_line(text: str) -> bool:
    """Only a date and a time: "Monday, 18 November 2019 at 16:05", "22/01/2018 às 0:13"."""
    if len(text) > MAX_DATE_LINE:
        return False
    words = _WORD.findall(text)
    if not words or not all(
        w.lower() in _DATE_WORDS or w[0].isdigit() or _ZONE.fullmatch(w) for w in words
    ):
        return False
    return _has_day(text, words)


def _has_day(text: str, words: list[str]) -> bool:
    """A written day: "18/11/2019", or a month name with a day and a year or time."""
    if _NUMERIC_DATE.search(text):
        return True
    months = month_names()
    return any(w.lower() in months for w in words) and len(_NUMBER.findall(text)) >= 2


def is_dated_byline(text: str) -> bool:
    """ "By Jane Doe and John Roe Monday, November 18, 2019, 4:05 pm": a byline with a date."""
    if len(text) > MAX_BYLINE or not _BYLINE_START.match(text):
        return False
    return _has_day(text, _WORD.findall(text))


def is_language_list(text: str) -> bool:
    """ "Deutsch | Español | Français | 日本語": the page's other languages, a switcher."""
    if len(text) > MAX_LABEL_LINE or not _in_languages(_LIST_SPLIT.split(text, maxsplit=1)[0]):
        return False  # (the first name asked alone: most lines are settled there)
    names = [name for name in _LIST_SPLIT.split(text) if _LANGUAGE_NOTE.sub("", name).strip()]
    return len(names) >= MIN_LANGUAGES and all(map(_in_languages, names))


def _in_languages(name: str) -> bool:
    # (a direction mark after a name: "中文（中国大陆）\u200e")
    return _LANGUAGE_NOTE.sub("", name).strip(_INVISIBLE).casefold() in _LANGUAGES


def is_label_line(text: str) -> bool:
    """ "Tags: a, b, c", "Filed under: Politics |", "Categories: News": a list, not a sentence."""
    if len(text) > MAX_LABEL_LINE:
        return False
    match = _LABEL_LINE.match(text)
    return bool(match and not _SENTENCES.search(match["rest"]))


def is_meta_line(text: str) -> bool:
    """ "05/10/2018 - Posted by: Ana Lima - Category: Health - Tags: ...", "Jun 08, 2023 • 11
    Minute Read": dates, labels and the reading time. In Chinese and Japanese, parted by
    spaces: "2025年11月12日 07:30 来源：城市日报 记者 王小明", "责任编辑：刘洋"."""
    if len(text) > MAX_LABEL_LINE:
        return False
    if _CJK_LABEL.search(text) and _is_cjk_meta_line(text):
        return True
    segments = [s.strip() for s in _SEGMENT_SPLIT.split(text) if s.strip()]
    if len(segments) < 2:
        return False
    labelled = sum(1 for s in segments if _META_SEGMENT.match(s))
    dated = sum(1 for s in segments if is_date_line(s))
    timed = sum(1 for s in segments if is_reading_time(s))
    return (labelled >= 1 or (dated >= 1 and timed >= 1)) and (
        labelled + dated + timed == len(segments)
    )


def _is_cjk_meta_line(text: str) -> bool:
    """Every space-parted piece of ``text`` is a date or a time, a label with its value
    ("来源：城市日报") or a label's value after it ("记者 王小明")."""
    pieces = text.split()
    labelled = False
    after_label = False
    for piece in pieces:
        label = _CJK_LABEL.match(piece)
        if label:
            value = piece[label.end() :]
            if len(value) > MAX_CJK_VALUE or _CJK_SENTENCE_MARK.search(value):
                return False  # a sentence that opens with the word ("记者在现场看到，...")
            labelled = True
            after_label = not value  # (its value comes next)
        elif (after_label and len(piece) <= MAX_CJK_VALUE) or _CJK_DATE_PIECE.fullmatch(piece):
            after_label = False
        else:
            return False
    return labelled


def is_comment_policy(text: str) -> bool:
    """ "Comments are moderated and will not be approved if ...": the comment rules."""
    return (
        len(text) <= MAX_POLICY
        and bool(_COMMENT_WORD.search(text))
        and bool(_POLICY_WORD.search(text))
    )


def is_contact_line(text: str) -> bool:
    """ "Follow us on Twitter", "Jane Doe may be reached at ...", "Have a tip?"."""
    return len(text) <= MAX_CONTACT and bool(_CONTACT.search(text))


def is_promo(text: str) -> bool:
    """ "Sign up for our free daily newsletter", "Join ... Members get ...": a sales pitch."""
    return (
        len(text) <= MAX_PROMO
        and bool(_PROMO_ACTION.search(text))
        and bool(_PROMO_OBJECT.search(text))
    )


def is_reporting_credit(text: str) -> bool:
    """ "Jane Doe contributed reporting.", "(Reporting by A; Editing by B)": credits."""
    return len(text) <= MAX_CONTACT and bool(_REPORTING_CREDIT.search(text))


def is_address_line(text: str) -> bool:
    """A line of nothing but e-mail addresses and links ("jane@example.com", "x.com/jane")."""
    rest = _ADDRESS.sub(" ", text)
    return rest != text and not _WORD.findall(rest) and len(text) <= MAX_CONTACT


def is_image_credit(text: str) -> bool:
    """ "Feature image by Ana Lima", "Header photo via Unsplash": the pictures' credit."""
    return _IMAGE_CREDIT.match(text.strip()) is not None


def is_reading_time(text: str) -> bool:
    """ "Reading time: 4 minutes", "5 min read", "Tempo de leitura: 1 minuto"."""
    return bool(_READING_TIME.match(text.strip()))


def is_company_boilerplate(text: str) -> bool:
    """ "Acme is a leading provider of ... Headquartered in ...": a press release's footer."""
    return bool(_COMPANY_LEAD.match(text) and _COMPANY_FACTS.search(text))


def _is_long(block: BlockTuple) -> bool:
    return block[0] == "paragraph" and len(block[1].split()) >= LONG_PARAGRAPH_WORDS


# "CAIRO —", "LONDON (Reuters) -", "WASHINGTON, D.C. –": a place opening the first sentence.
_PLACE_DATELINE = lazy_re(r"^[A-Z][\w.,' ()/-]{1,50}?\s*[—–-]$")
MAX_DATELINE_WORDS = 6
_EDIT_LINK = lazy_re(
    r"(?<!\s)\s*\[\s*(?:edit|edit source|modifier|modifier le code|bearbeiten|quelltext bearbeiten|"
    r"editar|editar código(?:-fonte)?|modifica|modifica wikitesto|править|edytuj|bewerken)"
    r"(?:\s*\|\s*[^\]]{1,40})?\s*\]\s*$",
    re.IGNORECASE,
)


def join_datelines(blocks: list[BlockTuple]) -> list[BlockTuple]:
    """A dateline alone in its block ("CAIRO —") joins the paragraph it opens."""
    out: list[BlockTuple] = []
    for index, block in enumerate(blocks):
        kind, text, _level = block
        if (
            out
            and out[-1][0] == "paragraph"
            and kind == "paragraph"
            and index <= TOP_BLOCKS
            and len(out[-1][1].split()) <= MAX_DATELINE_WORDS
            and _PLACE_DATELINE.match(out[-1][1])
        ):
            out[-1] = with_text(block, f"{out[-1][1]} {text}")  # its links kept
            continue
        out.append(block)
    return out


def strip_edit_links(blocks: list[BlockTuple]) -> list[BlockTuple]:
    """Headings without a wiki's "[edit]" / "[edit | edit source]" link text or a manual's
    link mark after them ("Quick example¶"); the link text standing in a block of its own
    under a heading (a wiki that sets it beside the heading, not in it) goes too."""
    out: list[BlockTuple] = []
    for block in blocks:
        if block[0] == "heading":
            block = with_text(block, without_anchor_mark(_EDIT_LINK.sub("", block[1])))
        elif (
            block[0] == "paragraph" and out and out[-1][0] == "heading"
            and block[1].strip() and not _EDIT_LINK.sub("", block[1]).strip()
        ):
            continue
        out.append(block)
    return out


def is_credit_line(text: str) -> bool:
    """ "Written by:", "Edited by: Kristina Zagame": a credit, not a sentence."""
    match = _CREDIT_LINE.match(text.strip())
    if not match:
        return _is_authors_line(text.strip())
    rest = match["rest"]
    return len(rest) <= MAX_CREDIT_NAMES and not _SENTENCES.search(rest) and "\n" not in rest


def _is_authors_line(text: str) -> bool:
    """ "Authors: Ann Lee, Bo Chen and Cy Diaz": the label and names alone, each name at most
    ``MAX_NAME_WORDS`` words."""
    match = _AUTHORS_LINE.match(text)
    if not match or "\n" in match["rest"] or _SENTENCES.search(match["rest"]):
        return False
    names = [name.strip() for name in _NAME_SEPARATORS.split(match["rest"].strip(" ."))]
    names = [name for name in names if name]
    return 0 < len(names) <= MAX_AUTHOR_NAMES and all(
        len(name.split()) <= MAX_NAME_WORDS and name[0].isupper() for name in names
    )


def _is_name_list(text: str) -> bool:
    """A list of names alone ("Emily Walker\nCasey McDevitt"), as under "Written by:"."""
    names = [line.strip() for line in text.split("\n") if line.strip()]
    return bool(names) and all(
        len(name.split()) <= MAX_NAME_WORDS and not re.search(r"[.!?:;]$", name)
        for name in names
    )


def _top_rule(text: str) -> str | None:
    """The name of the rule that drops ``text`` among the top blocks, if any."""
    if is_date_line(text):
        return "date-line"
    if is_dated_byline(text):
        return "dated-byline"
    if is_credit_line(text):
        return "credit-line"
    return "reading-time" if is_reading_time(text) else None


def _dek_over_byline(blocks: list[BlockTuple], index: int) -> bool:
    """Whether the long paragraph at ``index`` is a dek: a paragraph that is a dated byline,
    a date or a credit line stands right under it (a long French dek over "Par A et B
    Publié le ..."; a heading that is a date heads a section, as a diary's days do)."""
    below = next(((kind, text) for kind, text, _level in blocks[index + 1 :] if text), None)
    return below is not None and below[0] == "paragraph" and _top_rule(below[1]) is not None


def trim_edges(
    blocks: list[BlockTuple], log: DropLog | None = None, authors: Sequence[str] = ()
) -> list[BlockTuple]:
    """The blocks without the furniture at the article's top and end (see module doc); each
    dropped block is recorded in ``log`` (if given) under its rule's name."""
    drop: dict[int, str] = {}
    seen = 0
    credit = False  # the last block was a credit label ("Written by:") with its names below
    for index, (kind, text, _level) in enumerate(blocks):
        if not text:
            continue  # a picture: not one of the top blocks
        if seen >= TOP_BLOCKS or (_is_long(blocks[index]) and not _dek_over_byline(blocks, index)):
            break
        rule = _top_rule(text) if kind in ("paragraph", "heading") else None
        if rule is None and credit and kind == "list" and _is_name_list(text):
            rule = "credit-line"
        credit = rule == "credit-line" and text.rstrip().endswith(":")
        if rule:
            drop[index] = rule
        else:
            seen += 1  # the window counts the blocks kept: furniture does not fill it
    for index, (kind, text, _level) in enumerate(blocks):
        if kind == "paragraph" and is_label_line(text):
            drop[index] = "label-line"
        elif kind in ("paragraph", "list") and is_language_list(text):
            drop[index] = "language-list"
            if index and _LANGUAGES_LABEL.fullmatch(blocks[index - 1][1].strip()):
                drop[index - 1] = "language-list"  # its label: "Other languages:"
        elif kind == "paragraph" and is_reading_time(text):
            drop[index] = "reading-time"  # below a promo too: never the article's words
        elif kind == "paragraph" and is_meta_line(text):
            drop[index] = "meta-line"
        elif _CONTENTS.match(text) and _contents_gone(blocks, index):
            drop[index] = "contents-label"  # the label of a table of contents already gone
    drop.update(_end_furniture(blocks))
    drop.update(dict.fromkeys(paywall_prompts(blocks), "paywall-prompt"))
    drop.update(dict.fromkeys(_author_bios(blocks, authors), "author-bio"))
    # a heading left last has nothing under it ("More stories", "Something to consider"),
    # nor a label that introduced what went with the page's end ("You might also like:")
    end = len(blocks)
    while end > 0:
        kind, text, _level = blocks[end - 1]
        if end - 1 in drop or kind == "heading":
            drop.setdefault(end - 1, "heading-left-last")
        elif kind == "paragraph" and is_dangling_label(text):
            drop[end - 1] = "dangling-label"
        else:
            break
        end -= 1
    if len(drop) >= len(blocks):
        return blocks
    if log is not None:
        for index in sorted(drop):
            log.text(drop[index], blocks[index][1])
    return [block for index, block in enumerate(blocks) if index not in drop]


_END_RULES = (
    ("comment-policy", is_comment_policy),
    ("contact-line", is_contact_line),
    ("promo", is_promo),
    ("company-boilerplate", is_company_boilerplate),
    ("reporting-credit", is_reporting_credit),
    ("address-line", is_address_line),
    ("credit-line", is_credit_line),
    ("image-credit", is_image_credit),
)


def _contents_gone(blocks: list[BlockTuple], index: int) -> bool:
    """The label at ``index`` ("Table of contents") stands over no list: a heading, or a
    paragraph followed by a heading or by prose (its list of links is gone)."""
    kind = blocks[index][0]
    after = next((block for block in blocks[index + 1 :] if block[1] != SCENE_BREAK), None)
    if after is None or after[0] == "heading":
        return kind in ("heading", "paragraph")
    return kind == "paragraph" and after[0] == "paragraph" and _is_long(after)


def _end_furniture(blocks: list[BlockTuple]) -> dict[int, str]:
    """Comment rules, contact lines and company boilerplate among the last blocks."""
    drop: dict[int, str] = {}
    start = max(0, len(blocks) - END_BLOCKS)
    for index in range(start, len(blocks)):
        kind, text, _level = blocks[index]
        if kind not in ("paragraph", "quote"):
            continue
        rule = next((name for name, test in _END_RULES if test(text)), None)
        if rule:
            drop[index] = rule
    drop.update(dict.fromkeys(_about_section(blocks), "about-section"))
    return drop


MAX_BIO_WORDS = 120  # an author's biography (at the top or the end) is at most this long
# What follows the name in a biography's first sentence ("Ann Lee is a ...", "Ann, a ...").
_BIO_GOES_ON = lazy_re(
    r"\A(?:,|\s+(?:is|was)\s+an?\b|\s+(?:has|writes|covers|lives|joined|holds|serves|specializes|"
    r"specialises)\b)",
    re.IGNORECASE,
)


def _author_bios(blocks: list[BlockTuple], authors: Sequence[str]) -> list[int]:
    """Paragraphs among the first and the last blocks that open with an author's name (full,
    or the first name alone: an author card's "Anurag is ...") and say who they are
    ("Cassidy Horton is a finance writer...")."""
    full = [name.strip() for name in authors if len(name.split()) >= 2]
    names = [*full, *(name.split()[0] for name in full if len(name.split()[0]) >= 3)]
    if not names:
        return []
    top = range(min(TOP_BLOCKS, len(blocks)))
    end = range(max(0, len(blocks) - END_BLOCKS), len(blocks))
    return [
        index
        for index in sorted({*top, *end})
        if blocks[index][0] == "paragraph"
        and len(blocks[index][1].split()) <= MAX_BIO_WORDS
        and _opens_with_bio(blocks[index][1].strip(), names)
    ]


def _opens_with_bio(text: str, names: list[str]) -> bool:
    """Whether the text opens with one of the names and goes on as a biography does."""
    return any(
        text[: len(name)].lower() == name.lower() and _BIO_GOES_ON.match(text[len(name) :])
        for name in names
    )


def _about_section(blocks: list[BlockTuple]) -> set[int]:
    """An "About Acme" heading near the end and the short company boilerplate under it."""
    total = sum(len(text) for _kind, text, _level in blocks) or 1
    seen = 0
    for index, (kind, text, _level) in enumerate(blocks):
        seen += len(text)
        short = len(text.split()) <= 8
        if not (short and _ABOUT_HEADING.match(text)) or kind not in ("heading", "paragraph"):
            continue
        if seen < total * 0.6 or index == len(blocks) - 1:
            continue
        section = blocks[index + 1 :]
        size = sum(len(t) for _k, t, _l in section)
        if (
            size <= MAX_ABOUT_SECTION
            and not any(k == "heading" for k, _t, _l in section)
            and any(is_company_boilerplate(t) for _k, t, _l in section)
        ):
            return set(range(index, len(blocks)))
    return set()
