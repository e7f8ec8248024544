"""Consent language in plain text: cookie notices, privacy choices and their button labels.

Used by the plain-text cleaner to find a consent *region* wherever it stands, by the density of
consent language rather than by exact lines; the HTML cleaner may use :func:`is_consent_text`
on the text of a banner.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.clean.text.scan import TextScan
from reader.core.lazy import lazy_re

_WORD = lazy_re(r"[\w’']+")

# The words that make a passage about consent at all; after English, the same in German,
# French, Spanish, Italian, Portuguese and Dutch ("Einwilligung", "consentement", "datos
# personales", "privacidade", "toestemming"...).
_CORE = lazy_re(
    r"\bcookies?\b|\bconsent|\bprivacy\b|\bopt[- ]?(?:out|in)\b|\bpersonal (?:data|information)\b"
    r"|\bdo not sell\b|\btracking technolog|\bgdpr\b|\bccpa\b|\blegitimate interest"
    r"|\bvendors?\b|\bcookie banner\b"
    r"|\beinwilligung|\bdatenschutz|\bpersonenbezogene|\bconsentement|\bconsentimiento"
    r"|\bconsenso\b|\bconsentimento|\btoestemming|\bdonnées personnelles|\bdatos personales"
    r"|\bdati personali|\bdados pessoais|\bconfidentialité|\bprivacidad|\bprivacidade"
    r"|\bvie privée|\bprivatsphäre|\bpersoonsgegevens|конфиденциальност|персональн",
    re.IGNORECASE,
)
# Vocabulary of consent notices: each hit adds to the density.
_VOCAB_WORDS = (
    r"cookies?", r"consent\w*", r"privacy", r"opt[- ]?(?:out|in)", r"personal", r"data",
    r"information", r"third[- ]part(?:y|ies)", r"partners?", r"advertis\w*", r"ads",
    r"analytics?", r"track\w*", r"target\w*", r"preferences?", r"settings?", r"browser",
    r"device", r"websites?", r"site", r"necessary", r"functional", r"performance", r"social",
    r"media", r"vendors?", r"legitimate", r"interests?", r"gdpr", r"ccpa", r"process\w*",
    r"store[sd]?", r"collect\w*", r"personali[sz]\w*", r"experience", r"profile", r"choices?",
    r"enabled?", r"disabled?", r"strictly", r"sell", r"sale", r"manage", r"accept\w*",
    r"reject\w*", r"allow\w*", r"traffic", r"storage", r"identifiers?", r"services?",
    r"functionality", r"technologies",
    # the same notices in German, French, Spanish, Italian, Portuguese and Dutch
    r"einwilligung\w*", r"zustimm\w*", r"datenschutz\w*", r"daten", r"partnern?",
    r"einstellungen", r"akzeptier\w*", r"ablehnen", r"verarbeitung", r"technologien",
    r"personalisier\w*", r"informationen", r"zwecke\w*", r"webseite", r"widerruf\w*",
    r"données", r"partenaires", r"paramètres", r"refuse\w*", r"traitement", r"personnalis\w*",
    r"publicit\w*", r"finalités", r"confidentialité", r"navigation",
    r"datos", r"socios", r"configuración", r"aceptar", r"rechazar", r"tratamiento",
    r"personaliz\w*", r"publicidad", r"privacidad", r"tecnologías", r"finalidades", r"sitio",
    r"dati", r"consenso", r"impostazioni", r"accett\w*", r"rifiut\w*", r"trattamento",
    r"tecnologie", r"pubblicità", r"finalità", r"sito",
    r"dados", r"parceiros", r"configurações", r"aceitar", r"rejeitar", r"tratamento",
    r"privacidade", r"tecnologias", r"consentimento",
    r"gegevens", r"toestemming", r"instellingen", r"weigeren", r"verwerking", r"advertenties",
    # their inflections and the standard notices' other words (the IAB framework's "We and
    # our partners store and/or access information on a device ..." in each language)
    r"informations?", r"personnel\w*", r"appareils?", r"stock(?:er|ons|ez|age)", r"accéd\w*",
    r"traitements", r"traitons", r"identifiants?", r"privée", r"intérêts?", r"légitimes?",
    r"acceptez", r"statistiques", r"audiences?", r"cookie",
    r"gerät\w*", r"speicher\w*", r"verarbeit\w*", r"personenbezogene\w*", r"kennungen",
    r"anzeigen", r"zielgruppen", r"nutzererlebnis", r"einverstanden", r"drittanbieter\w*",
    r"privatsphäre", r"dienste",
    r"información", r"dispositivos?", r"almacen\w*", r"acced\w*", r"proces\w*",
    r"identificadores", r"anuncios", r"terceros", r"naveg\w*", r"preferencias", r"acept\w*",
    r"informazioni", r"archivia\w*", r"trattiamo", r"identificatori", r"annunci",
    r"profilazione", r"terze", r"parti", r"acconsenti\w*", r"esperienza",
    r"informações", r"armazen\w*", r"aced(?:er|emos|e)", r"anúncios", r"experiência",
    r"concorda\w*",
    r"informatie", r"apparaat", r"opslaan", r"persoonsgegevens", r"verwerk\w*",
    r"identificatoren", r"gepersonaliseerde", r"ervaring", r"akkoord",
    # Russian
    r"данн\w*", r"персональн\w*", r"партн[её]р\w*", r"информаци\w*", r"устройств\w*",
    r"обрабатыва\w*", r"обработк\w*", r"хран\w*", r"доступ\w*", r"конфиденциальност\w*",
    r"согласи\w*", r"принять", r"отклонить", r"настройк\w*", r"файл\w*", r"реклам\w*",
)


def _by_first_letter(words: tuple[str, ...]) -> str:
    """The alternation of ``words`` grouped by first letter ("c(?:ookies?|onsent\\w*)|d(...)"):
    the same matches (each group keeps the words' order, and words with different first
    letters never match at the same place), but far fewer tries at each word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_VOCAB_SOURCE = rf"\b(?:{_by_first_letter(_VOCAB_WORDS)})\b"
# The notice speaks to the reader in the first and second person.
_ADDRESS_SOURCE = (
    r"\b(?:we|our|us|you|your"
    r"|wir|uns|unsere?[mnrs]?|sie|ihre?[mnrs]?|du|dein\w*"  # German
    r"|nous|notre|nos|vous|votre|vos"  # French
    r"|nosotros|nuestr[oa]s?|usted(?:es)?|tus?"  # Spanish
    r"|noi|nostr[oiae]|voi|vostr[oiae]|tuoi|tuo|tua"  # Italian
    r"|nós|noss[oa]s?|você|vocês|seus?|suas?"  # Portuguese
    r"|wij|ons|onze|uw|jouw"  # Dutch
    r"|мы|нас|наш\w*|вы|вас|ваш\w*)\b"  # Russian
)
# News prose about consent quotes people and reports what they said; notices never do.
_QUOTED = lazy_re(r"“[^”]*”|\"[^\"]*\"")
_REPORTED_SOURCE = (
    r"\b(?:said|says|told|according to|sagte|sagt|a déclaré|a dit|selon|dijo|según"
    r"|ha detto|secondo|disse|segundo|zei|volgens)\b"
)

# Button and control labels of consent panels, compared case-folded without punctuation.
_LABELS = frozenset(
    label.casefold()
    for label in (
        "x", "×", "✕", "✖", "close", "ok", "got it", "i agree", "agree", "i accept", "accept",
        "accept all", "accept all cookies", "accept cookies", "allow all", "allow all cookies",
        "allow cookies", "allow selection", "reject", "reject all", "reject all cookies",
        "decline", "decline all", "deny", "refuse", "refuse all", "continue without accepting",
        "necessary only", "only necessary", "use necessary cookies only",
        "manage preferences", "manage cookies", "manage settings", "manage options",
        "manage consent", "manage consent preferences", "cookie settings", "cookies settings",
        "cookie preferences", "privacy settings", "privacy preferences", "customize",
        "customise", "more options", "show purposes", "show details", "hide details",
        "confirm my choices", "save settings", "save preferences", "save and exit",
        "save & exit", "save my choices", "cookie list", "cookie policy", "privacy policy",
        "do not sell my personal information", "do not sell or share my personal information",
        "do not sell", "clear", "clear filters", "apply", "cancel", "apply cancel",
        "checkbox label label", "checkbox label", "back button", "filter button",
        "search icon", "consent", "leg.interest", "legitimate interest", "always active",
        "always enabled", "enabled", "disabled",
        # the kinds of cookie a panel lists, as its headings
        "necessary", "strictly necessary", "functional", "performance", "analytics",
        "advertisement", "advertising", "marketing", "targeting", "statistics", "preferences",
        "others", "uncategorized", "uncategorised",
        "vendors list", "list of ip", "view vendor details", "view cookies",
        "powered by onetrust", "powered by cookiebot", "opens in a new window",
        "your privacy", "your privacy choices", "we value your privacy",
        "privacy preference center", "cookie preferences cookie list",
        # German, French, Spanish, Italian, Portuguese and Dutch buttons
        "alle akzeptieren", "akzeptieren", "alle ablehnen", "ablehnen", "zustimmen",
        "alle zulassen", "einverstanden", "einstellungen", "cookie einstellungen",
        "datenschutzeinstellungen", "nur notwendige cookies", "auswahl speichern",
        "tout accepter", "accepter", "accepter et fermer", "tout refuser", "refuser",
        "continuer sans accepter", "paramètres", "personnaliser", "gérer les préférences",
        "paramètres des cookies", "j'accepte",
        "aceptar", "aceptar todo", "aceptar todas", "aceptar cookies", "rechazar",
        "rechazar todo", "configurar", "configuración", "configurar cookies",
        "accetta", "accetta tutto", "accetta tutti", "rifiuta", "rifiuta tutto",
        "personalizza", "impostazioni", "gestisci preferenze",
        "aceitar", "aceitar todos", "aceitar cookies", "rejeitar", "rejeitar todos",
        "configurações", "gerenciar cookies",
        "accepteren", "alles accepteren", "alle cookies accepteren", "weigeren",
        "instellingen", "cookie instellingen", "akkoord",
        "nur notwendige", "nur notwendige akzeptieren", "aceptar y cerrar",
        "accetta e chiudi", "continua senza accettare", "aceitar e fechar",
        "continuar sem aceitar", "continuar sin aceptar",
        "принять", "принять все", "отклонить", "отклонить все", "настройки",
    )
)
# A cookie declaration's row: the cookie's name, how long it lasts, what sets it and why
# ("_ga 2 years Google Analytics sets this cookie ...", "viewed_cookie_policy 11 months The
# cookie is set by ..."); the name is an identifier, not a word of a sentence.
_COOKIE_ROW = lazy_re(
    r"^(?=\S*(?:[_\-.\d]|(?-i:[A-Z]{2})))\S{2,60}\s+(?:\d+\s+(?:years?|months?|weeks?|days?|hours?|"
    r"minutes?|seconds?)|session|persistent|never|past)\b.*\bcookies?\b",
    re.IGNORECASE,
)
# A consent panel's description of a kind of cookie ("Functional cookies help to ...").
_COOKIE_KIND = lazy_re(
    r"^(?:strictly )?(?:necessary|essential|functional|functionality|performance|analytics?|"
    r"analytical|advertisement|advertising|marketing|targeting|preferences?|statistics?|"
    r"statistical|social media|(?:other )?uncategori[sz]ed) cookies\b",
    re.IGNORECASE,
)
_ALONE_DENSITY = 0.18
# The purposes and features of the ad industry's consent framework (the IAB's TCF, in the
# wording of its versions 2.0 and 2.2), as its panels list them: no article strings two of
# them together, nor writes one alone on a short line.
_PURPOSE = lazy_re(
    r"\b(?:store and/or access information on a device"
    r"|use limited data to select (?:advertising|content)|select basic ads"
    r"|create (?:profiles for personali[sz]ed advertising|profiles to personali[sz]e content"
    r"|a personali[sz]ed (?:ads|content) profile)"
    r"|(?:use profiles to )?select personali[sz]ed (?:advertising|ads|content)"
    r"|measure (?:ad|advertising|content) performance"
    r"|understand audiences through statistics|apply market research to generate audience"
    r"|develop and improve (?:products|services)|use precise geolocation data"
    r"|actively scan device characteristics|ensure security, prevent and detect fraud"
    r"|deliver and present advertising and content|save and communicate privacy choices"
    r"|match and combine data from other data sources|link different devices"
    r"|identify devices based on information transmitted automatically)",
    re.IGNORECASE,
)
# Words one of them holds, whatever else it says (a cheap test before the pattern's).
_PURPOSE_HINTS = ("device", "select", "profile", "performance", "audience", "improve",
                  "geolocation", "fraud", "advertising and content", "privacy choices",
                  "data sources")
MAX_PURPOSE_LINE = 12  # words of a line that holds one purpose alone (a list's item)
# Where the list of purposes stands: around its panel's notice or heading (asking only there
# costs a long text that names privacy or consent here and there next to nothing)
PURPOSES_BEFORE, PURPOSES_AFTER = 3, 15


def _near(panel: Sequence[int], count: int) -> list[int]:
    """The paragraphs within the purposes' reach of the ``panel`` ones, of ``count``."""
    return sorted(
        {
            j
            for i in panel
            for j in range(max(0, i - PURPOSES_BEFORE), min(count, i + PURPOSES_AFTER + 1))
        }
    )


def _purpose_verdict(text: str) -> tuple[bool, bool]:
    """(strong, weak): two purposes of the framework or more, or one on a short line."""
    lowered = text.lower()
    if not any(hint in lowered for hint in _PURPOSE_HINTS):
        return False, False
    found = {match.casefold() for match in _PURPOSE.findall(text)}
    if len(found) >= 2:
        return True, False
    return False, bool(found) and len(_WORD.findall(text)) <= MAX_PURPOSE_LINE


_LABEL_PUNCT = lazy_re(r"[^\w×✕✖&.' ]+")


def _norm_label(line: str) -> str:
    return " ".join(_LABEL_PUNCT.sub(" ", line.casefold()).split())


_CORE_HINTS = ("cookie", "consent", "privacy", "opt", "personal", "do not sell", "tracking",
               "gdpr", "ccpa", "legitimate", "vendor", "einwilligung", "datenschutz",
               "personenbezogen", "données personnelles", "datos personales",
               "dati personali", "dados pessoais", "confidentialité", "privacidad",
               "privacidade", "consenso", "toestemming", "vie privée", "privatsphäre",
               "persoonsgegevens", "конфиденциальност", "персональн")


def _may_be_consent(text: str) -> bool:
    """Cheap pre-check: does any core consent word occur at all?"""
    lower = text.lower()
    return any(hint in lower for hint in _CORE_HINTS)


def is_consent_label(line: str) -> bool:
    """A button or control label of a consent panel ("Accept all", "Cookie List", a lone X),
    or a row of them run together with one that answers the panel ("Accept All Reject All
    Show Purposes")."""
    if len(line) > MAX_LABEL_ROW:
        return False
    label = _norm_label(line)
    return label in _LABELS or _is_label_row(label.split())


MAX_LABEL_ROW = 80  # characters of a row of a panel's buttons run together
_ANSWERS = frozenset("accept agree allow reject decline refuse deny".split())


def _is_label_row(words: list[str]) -> bool:
    """Whether ``words`` are two labels or more, one of them an answer ("accept all")."""
    if len(words) < 2 or not _ANSWERS & set(words):
        return False
    # rows[i]: the fewest labels ``words[:i]`` splits into (0 for none; None: no split)
    rows: list[int | None] = [0] + [None] * len(words)
    for end in range(1, len(words) + 1):
        splits = [
            count + 1
            for start in range(max(0, end - _LONGEST_LABEL), end)
            if (count := rows[start]) is not None and " ".join(words[start:end]) in _LABELS
        ]
        rows[end] = min(splits) if splits else None
    return (rows[-1] or 0) >= 2


def consent_density(text: str) -> float:
    """Share of the words of ``text`` that belong to the vocabulary of consent notices."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    text, vocab, _address, _reported = _patterns(text)
    return len(vocab.findall(text)) / len(words)


def is_consent_text(text: str) -> bool:
    """True when ``text`` (a paragraph or a banner) is mostly consent language.

    News prose *about* cookies names them too, so a passage counts only when it speaks to the
    reader ("we", "you") or is a short heading of a consent panel, and is dense in the words
    consent notices are made of.
    """
    return _consent_verdict(text)[0]


# Case-sensitive twins of the patterns above, for lower-cased text: much faster, and the same
# matches unless the text holds one of the characters that match ASCII letters only when the
# case is ignored (dotted and dotless i, Kelvin sign, long s).
_CASE_SPECIAL = ("\u0130", "\u0131", "\u212a", "\u017f")
_VOCAB_LOWER = lazy_re(_VOCAB_SOURCE)
_ADDRESS_LOWER = lazy_re(_ADDRESS_SOURCE)
_REPORTED_LOWER = lazy_re(_REPORTED_SOURCE)
_FAST = (_VOCAB_LOWER, _ADDRESS_LOWER, _REPORTED_LOWER)
_Patterns = tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str]]


@cache
def _ignoring_case() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns that ignore case, made the first time a text needs them (seldom: ~2 ms
    at start for nothing otherwise)."""
    vocab, address, reported = (
        re.compile(source, re.IGNORECASE)
        for source in (_VOCAB_SOURCE, _ADDRESS_SOURCE, _REPORTED_SOURCE)
    )
    return vocab, address, reported


def _patterns(text: str, lowered: str | None = None) -> _Patterns:
    """The text to match and the patterns to match it with: lower-cased (``lowered``, when
    the caller has it) and the fast twins, unless the text holds a character only
    case-ignoring matches read right."""
    if text.isascii() or not any(char in text for char in _CASE_SPECIAL):
        return (text.lower() if lowered is None else lowered), *_FAST
    return (text, *_ignoring_case())


def _consent_verdict(text: str, *, has_core: bool = False) -> tuple[bool, float | None]:
    """``is_consent_text`` and the density it computed (None when it needed none). The
    cheaper tests go first; the density (the costly one) only when it decides. ``has_core``:
    the caller found a core word already."""
    text = text.strip()
    lowered = text.lower()
    if not text:
        return False, None
    if not has_core and (
        not any(hint in lowered for hint in _CORE_HINTS)  # (``_may_be_consent``)
        or not _CORE.search(text)
    ):
        return False, None
    words = len(_WORD.findall(text))
    text, vocab, address, reported = _patterns(text, lowered)
    if words <= 8:
        density = len(vocab.findall(text)) / words
        return density >= 0.25, density
    quoted = _QUOTED.search(text) is not None
    if quoted and reported.search(text):
        density = len(vocab.findall(text)) / words
        return density >= 0.3, density
    if len(address.findall(_QUOTED.sub(" ", text) if quoted else text)) / words < 0.02:
        return False, None
    density = len(vocab.findall(text)) / words
    return density >= 0.12, density


def is_consent_heading(text: str) -> bool:
    """A short line that names a part of a consent panel ("Functional Cookies")."""
    if len(text) > 120 or not _may_be_consent(text):
        return False
    words = _WORD.findall(text)
    return 0 < len(words) <= 10 and bool(_CORE.search(text)) and consent_density(text) >= 0.2


# Every match of ``_CORE`` holds one of these (the superset ``TextScan`` needs).
_CORE_WORDS = (
    "cookie", "consent", "privacy", "opt-out", "opt out", "optout", "opt-in", "opt in", "optin",
    "personal data", "personal information", "do not sell", "tracking technolog", "gdpr",
    "ccpa", "legitimate interest", "vendor", "einwilligung", "datenschutz", "personenbezogene",
    "consentement", "consentimiento", "consenso", "consentimento", "toestemming",
    "données personnelles", "datos personales", "dati personali", "dados pessoais",
    "confidentialité", "privacidad", "privacidade", "vie privée", "privatsphäre",
    "persoonsgegevens", "конфиденциальност", "персональн",
)
# The first word of every label (words as ``_norm_label`` splits them).
_LABEL_FIRST_WORDS = frozenset(label.split()[0] for label in _LABELS)
_LONGEST_LABEL = max(len(label.split()) for label in _LABELS)
SCAN_PATTERNS: tuple[re.Pattern[str], ...] = ()  # (``TextScan.starting`` look-ups)


def consent_mask(
    paragraphs: Sequence[str], *, short_words: int = 12, scan: TextScan | None = None
) -> list[bool]:
    """Which paragraphs belong to a consent region, or are a consent-worded label standing
    alone (:func:`consent_masks`, both masks in one)."""
    panels, alone = consent_masks(paragraphs, short_words=short_words, scan=scan)
    return [panel or label for panel, label in zip(panels, alone, strict=True)]


def consent_masks(
    paragraphs: Sequence[str], *, short_words: int = 12, scan: TextScan | None = None
) -> tuple[list[bool], list[bool]]:
    """Which paragraphs belong to a consent region, and which are labels that name consent
    standing on their own, away from any region ("Accept cookies", a footer's "Privacy
    Policy"): the second a page's footer shares with its other links.

    A region is seeded by passages dense in consent language (or listing the ad framework's
    purposes); it grows over neighbouring button labels, short consent headings and lines of
    one such purpose, and absorbs short lines standing between two parts of
    the region (headings like "Sale of Personal Data"). Labels that stand alone with no
    consent passage near them are kept unless they name consent themselves ("Accept cookies").
    ``scan`` (of these paragraphs) saves joining them again when the caller has one.
    """
    n = len(paragraphs)
    scan = scan or TextScan(paragraphs)
    # Consent passages and headings need a core word; only labels can do without one.
    core = sorted(i for i in scan.having(_CORE_WORDS) if _CORE.search(paragraphs[i]))
    labels = sorted(
        i
        for i in scan.first_word_in(r"\w×✕✖&.'", _LABEL_FIRST_WORDS) | scan.folding
        if len(paragraphs[i]) <= MAX_LABEL_ROW and is_consent_label(paragraphs[i])
    )
    strong = [False] * n
    weak = [False] * n
    densities: dict[int, float | None] = {}
    for i in core:
        strong[i], densities[i] = _consent_verdict(paragraphs[i], has_core=True)
        if not strong[i] and _COOKIE_ROW.match(paragraphs[i]):
            strong[i], densities[i] = True, 1.0  # (a declaration's rows: a panel's own)
        elif not strong[i] and _COOKIE_KIND.match(paragraphs[i]):
            weak[i] = True  # (next to a panel, its own description of a kind of cookie)
    label_set = set(labels)
    for i in labels:
        weak[i] = not strong[i]
    for i in core:
        if not strong[i] and not weak[i]:
            weak[i] = is_consent_heading(paragraphs[i])
    for i in _near([i for i in core if strong[i] or weak[i]], n):
        purposes, one = _purpose_verdict(paragraphs[i])
        if purposes and not strong[i]:
            strong[i], densities[i] = True, 1.0
        weak[i] = weak[i] or (one and not strong[i])
    for i in [i for i in core if strong[i]]:
        # A lone passage with no panel around it must be plainly a notice.
        alone = not any(
            strong[j] or weak[j] for j in (i - 1, i + 1) if 0 <= j < n
        )
        density = densities[i]
        assert density is not None  # (a strong passage had its density measured)
        if alone and density < _ALONE_DENSITY:
            strong[i] = False
        elif alone and i in label_set:  # (a label, a footer's "Privacy Policy": no panel)
            strong[i], weak[i] = False, True
    mask = list(strong)

    def grows(i: int) -> bool:
        before = i > 0 and mask[i - 1]
        after = i + 1 < n and mask[i + 1]
        if weak[i] and (before or after):
            return True
        text = paragraphs[i]
        return (
            before and after and len(text) < 150 and len(_WORD.findall(text)) <= short_words
        )

    # The region grows to its least fixed point (the rule is monotone, so order is free).
    pending = sorted({j for i in range(n) if mask[i] for j in (i - 1, i + 1) if 0 <= j < n})
    while pending:
        i = pending.pop()
        if mask[i] or not grows(i):
            continue
        mask[i] = True
        pending.extend(j for j in (i - 1, i + 1) if 0 <= j < n and not mask[j])
    # Consent-worded labels standing on their own ("Accept all cookies") go too.
    lone = [False] * n
    for i in labels:
        if not mask[i] and weak[i] and _CORE.search(paragraphs[i]):
            lone[i] = True
    return mask, lone
