"""Consent and cookie panels out of an HTML tree, before readability sees it.

Two ways to know a panel: the markup of the common consent platforms (OneTrust, Cookiebot,
Didomi, Quantcast, TrustArc, Usercentrics, Sourcepoint, CookieYes, Complianz, iubenda, the
WordPress cookie-notice plugins, ...), and any dialog or banner hinting at cookies or consent
whose text is mostly consent language. An element that holds most of the page's paragraphs is
never removed, so a banner placed inside the article container goes and the article stays.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from reader.clean.class_index import ClassIndex, owners
from reader.clean.explain import DropLog
from reader.clean.html.dropping import drop
from reader.core.lazy import lazy_re

# ids of platform containers (matched from the start of the id, case-insensitive).
_PLATFORM_IDS = lazy_re(
    r"""^(?:
        onetrust-(?:consent-sdk|banner-sdk|pc-sdk)|optanon
      | cybotcookiebot
      | didomi-(?:host|popup|notice)
      | qc-cmp2-
      | truste-consent|consent_blackbar|truste_
      | usercentrics-root|uc-(?:banner|center|privacy|corner|consent)
      | sp_message_container
      | cookie-law-info|clisettingspopup|cky-
      | cmplz-cookiebanner
      | iubenda-cs-
      | cookie-notice|cn-notice|catapult-cookie|moove_gdpr_cookie|gdpr-cookie
      | borlabscookie|cookiescript_|cookie-consent|cookieconsent|cc-window|cookiebanner
      | ez-cookie|cmp-?(?:container|banner|app)|sd-cmp|fides-overlay|osano-cm
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# class tokens of platform elements (matched from the start of a token).
_PLATFORM_CLASSES = lazy_re(
    r"""^(?:
        optanon-|ot-sdk-container|onetrust-
      | cybotcookiebot
      | didomi-
      | qc-cmp2-|qc-cmp-
      | truste_|truste-
      | uc-banner|uc-embedding
      | sp_veil|message-container\ sp
      | cky-consent|cky-modal|cli-modal|cookie-law-info
      | cmplz-cookiebanner|cmplz-soft-cookiewall
      | iubenda-cs-container
      | cookie-notice-container|cn-notice|moove-gdpr|gdpr_cookie|gdpr-cookie
      | cc-window|cc-banner|cookieconsent|osano-cm-
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Generic hints in class or id that a panel may be about consent.
_HINT = lazy_re(
    r"cookie|consent|gdpr|(?:^|[\W_])cmp(?:$|[\W_])|privacy[-_]?(?:banner|notice|bar|popup)",
    re.IGNORECASE,
)
_PANEL_TAGS = frozenset({"div", "section", "aside", "dialog", "footer", "header", "form", "p"})
_CONSENT_WORDS = lazy_re(
    r"\b(?:cookies?|consent\w*|accept\w*|reject\w*|preferences?|partners?|vendors?|"
    r"privacy|personal (?:data|information)|legitimate interests?|do not sell|opt[- ]out|"
    r"tracking|gdpr|ccpa|agree|manage (?:options|settings|choices)|settings|"
    # the same panels in German, French, Spanish, Italian, Portuguese and Dutch
    r"einwillig\w*|zustimm\w*|akzeptier\w*|ablehnen|datenschutz\w*|einstellungen|refuser|"
    r"paramètres|partenaires|aceptar|rechazar|privacidad|configuración|socios|consenso|"
    r"accett\w*|rifiut\w*|impostazioni|aceitar|rejeitar|privacidade|parceiros|"
    r"toestemming|weigeren|instellingen)\b",
    re.IGNORECASE,
)
_SENTENCE = lazy_re(r"[^.!?\n]+[.!?]*")
MAX_PANEL_CHARS = 6000


def _features(element: HtmlElement) -> tuple[str, str]:
    return (element.get("id") or "", element.get("class") or "")


def is_platform_panel(element: HtmlElement) -> bool:
    """True for the containers consent platforms render (by id or class)."""
    ident, classes = _features(element)
    if ident and _PLATFORM_IDS.match(ident):
        return True
    if classes:
        if _PLATFORM_CLASSES.match(classes):
            return True
        return any(_PLATFORM_CLASSES.match(token) for token in classes.split())
    return False


def consent_share(text: str) -> float:
    """Share of ``text`` (by characters) in sentences that use consent language."""
    total = 0
    consent = 0
    for sentence in _SENTENCE.findall(text):
        size = len(sentence.strip())
        if not size:
            continue
        total += size
        if _CONSENT_WORDS.search(sentence):
            consent += size
    return consent / total if total else 0.0


def is_consent_text(text: str) -> bool:
    """Mostly consent language: cookies, consent, accept, reject, partners, "Do Not Sell"..."""
    words = text.split()
    if not words:
        return False
    hits = len(_CONSENT_WORDS.findall(text))
    return hits >= 2 and consent_share(text) >= 0.5


def _looks_like_panel(element: HtmlElement) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    role = (element.get("role") or "").lower()
    modal = (element.get("aria-modal") or "").lower() == "true"
    ident, classes = _features(element)
    hinted = bool(_HINT.search(ident) or _HINT.search(classes))
    label = (element.get("aria-label") or "") + " " + (element.get("aria-labelledby") or "")
    hinted = hinted or bool(_HINT.search(label))
    if tag == "dialog" or role in ("dialog", "alertdialog", "banner", "region") or modal:
        return hinted or role in ("dialog", "alertdialog") or modal or tag == "dialog"
    return hinted and tag in _PANEL_TAGS


def _paragraph_count(element: HtmlElement) -> int:
    return sum(1 for p in element.iter("p") if len(p.text_content()) >= 80)


# A cheap first filter over lower-cased "id class" strings.
_QUICK = lazy_re(
    r"cookie|consent|gdpr|cmp|onetrust|optanon|cybot|didomi|truste|usercentrics|uc-|sp_message"
    r"|sp_veil|cky-|cli-|cmplz|iubenda|cn-notice|catapult|moove|borlabs|cc-window|cc-banner"
    r"|privacy[-_]?(?:banner|notice|bar|popup)|osano|fides|message-container"
)
# a dialog's marks read as attributes, each knowing its element: libxml2 reads attributes
# more quickly than it tests every element ("descendant::*[@role='dialog' or ...]": 0.36 ms
# a page against 0.05)
_DIALOG_MARKS = etree.XPath(
    "descendant::*/@role[. = 'dialog' or . = 'alertdialog'] | descendant::*/@aria-modal"
)


def _dialogs(scope: HtmlElement) -> list[HtmlElement]:
    """The elements in ``scope`` marked as dialogs and its ``<dialog>``s, each once (not in
    the page's order)."""
    return list(dict.fromkeys([*owners(_DIALOG_MARKS(scope)), *scope.iterdescendants("dialog")]))


def _candidates(scope: HtmlElement, index: ClassIndex | None) -> list[HtmlElement]:
    """Elements worth a closer look, in document order."""
    found = (index or ClassIndex(scope)).search(_QUICK)
    others = _dialogs(scope)
    if not others:
        return found
    seen = set(found)
    merged = found + [element for element in others if element not in seen]
    return sorted(merged, key=lambda element: _document_position(element, scope))


def _document_position(element: HtmlElement, scope: HtmlElement) -> tuple[int, ...]:
    """Child indexes from ``scope`` down to ``element``: sorted, they give document order
    without walking the whole tree (outside ``scope``, or ``scope`` itself: first)."""
    path: list[int] = []
    node: HtmlElement | None = element
    while node is not None and node is not scope:
        parent = node.getparent()
        if parent is None:
            return ()
        path.append(parent.index(node))
        node = parent
    return tuple(reversed(path))


def remove_consent(
    tree: HtmlElement, index: ClassIndex | None = None, log: DropLog | None = None
) -> int:
    """Drop consent panels from ``tree`` in place; return how many were removed (each
    recorded in ``log`` as "consent-panel")."""
    body = tree.find("body")
    scope = body if body is not None else tree
    page_paragraphs: int | None = None
    removed = 0
    gone: set[HtmlElement] = set()
    for element in _candidates(scope, index):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        if gone and any(ancestor in gone for ancestor in element.iterancestors()):
            continue
        platform = is_platform_panel(element)
        if not platform and not _looks_like_panel(element):
            continue
        text = element.text_content()
        if not platform and (len(text) > MAX_PANEL_CHARS or not is_consent_text(text)):
            continue
        if page_paragraphs is None:
            page_paragraphs = _paragraph_count(scope)
        if page_paragraphs >= 3 and _paragraph_count(element) * 2 > page_paragraphs:
            continue  # it holds the article: keep it
        drop(element, log, "consent-panel")
        gone.add(element)
        removed += 1
    return removed


