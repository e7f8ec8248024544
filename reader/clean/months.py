"""Month names as pages write them, in English and the other languages the date readers
know (Portuguese, Spanish, French, German, Italian, Dutch, Indonesian, Russian), and the
labels other languages set beside a date: pure data, shared by the HTML metadata and the
plain-text head without importing either."""

from __future__ import annotations

import re

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
    # Dutch (the rest as English, German or Indonesian)
    "maart": 3, "augustus": 8,
    # Russian (genitive, as in dates)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip
_MONTH_NAMES = frozenset(_MONTHS)


def month_names() -> frozenset[str]:
    """Month names and abbreviations the date parser knows, lower case, several languages."""
    return _MONTH_NAMES


def month_number(name: str) -> int | None:
    """1-12 for a month name or abbreviation the parser knows ("Nov.", "novembre"), else None."""
    return _MONTHS.get(name.lower().rstrip("."))


def month_alternation() -> str:
    """The month names as a regex alternation, longest first ("juni" before "jun")."""
    return "|".join(sorted(map(re.escape, _MONTH_NAMES), key=len, reverse=True))


# "published" and "updated" in German, French, Spanish, Portuguese, Italian and Dutch, as a
# regex alternation
OTHER_DATE_LABELS = (
    "veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|atualizado|"
    "pubblicato|aggiornato|gepubliceerd|bijgewerkt|modifié|geändert|modificado|modificato|"
    "gewijzigd"
)

__all__ = ["OTHER_DATE_LABELS", "month_alternation", "month_names", "month_number"]
