"""An EPUB's package document (OPF): its title, authors and language, and its reading order.

The XML is the book's, so hostile: it is read with ``defusedxml`` (no entities, no DTD
fetched). Namespaces are matched by the element's local name, as readers do: books in the
wild mix EPUB 2's and EPUB 3's and misspell them.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from reader.core.errors import LoadError
from reader.core.lazy import lazy_re
from reader.core.web_address import address_parts

DAMAGED = "This EPUB book is damaged or in a form reader cannot read."
_AUTHOR_ROLES = ("aut", "")  # a creator with no role is an author; an illustrator is not
_CONTENT_TYPES = ("application/xhtml+xml", "text/html", "application/xml", "text/xml")
# control characters XML does not allow, as bytes or as references (a title's escape
# sequence): read as private-use characters, given back in the strings read (whose
# sanitising takes out each whole sequence) rather than the whole book refused
_STAND_IN = 0xF700
_BACK = {_STAND_IN + code: code for code in (*range(32), 127)}
_CONTROL_BYTES = lazy_re(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_REFERENCE = lazy_re(rb"&#(x[0-9a-fA-F]{1,8}|[0-9]{1,10});")


@dataclass
class Part:
    """A document of the spine: its path in the zip, and what the package calls it."""

    path: str
    nav: bool = False  # EPUB 3's navigation document (its table of contents)
    guide: str = ""  # EPUB 2's guide type for it ("cover", "toc", "text"...)
    linear: bool = True


@dataclass
class Package:
    """What the OPF says of the book."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    parts: list[Part] = field(default_factory=list)


def local(tag: object) -> str:
    """An element's tag without its namespace ("{...}title" -> "title"), lower case."""
    return str(tag).rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_xml(data: bytes) -> Element:
    """The root of a package's XML document; ``LoadError`` when it cannot be read safely."""
    data = _CONTROL_BYTES.sub(lambda byte: b"&#%d;" % (_STAND_IN + byte.group()[0]), data)
    data = _REFERENCE.sub(_allowed, data)
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (ParseError, DefusedXmlException, ValueError):
        raise LoadError(DAMAGED) from None


def _allowed(reference: re.Match[bytes]) -> bytes:
    """A character reference, a control character's made its stand-in's."""
    digits = reference.group(1)
    code = int(digits[1:], 16) if digits[:1] == b"x" else int(digits)
    if (code < 32 and code not in (9, 10, 13)) or code == 127:
        return b"&#%d;" % (_STAND_IN + code)
    return reference.group()


def _attribute(element: Element, name: str) -> str:
    """An attribute by its local name, in any namespace ("opf:role", "role")."""
    for key, value in element.attrib.items():
        if local(key) == name:
            return value.translate(_BACK).strip()
    return ""


def _text(element: Element) -> str:
    return " ".join("".join(element.itertext()).translate(_BACK).split())


def rootfile(container: bytes) -> str:
    """The package document's path that ``META-INF/container.xml`` names."""
    for element in parse_xml(container).iter():
        if local(element.tag) == "rootfile":
            path = _attribute(element, "full-path")
            if path:
                return path
    raise LoadError(DAMAGED)


def in_zip(base: str, href: str) -> str:
    """The zip path of ``href`` (relative to the folder ``base``), or "" for one outside the
    book (another site's address) or climbing out of it."""
    parts = address_parts(href)
    if parts is None or parts.scheme or parts.netloc:
        return ""
    path = posixpath.normpath(posixpath.join(base, unquote(parts.path)))
    return "" if path.startswith(("../", "/")) or path in ("..", ".") else path


def read_package(data: bytes, path: str) -> Package:
    """The title, authors, language and spine of the OPF at ``path``."""
    root = parse_xml(data)
    base = posixpath.dirname(path)
    package = Package()
    roles = {
        _attribute(meta, "refines").lstrip("#"): _text(meta).lower()
        for meta in root.iter()
        if local(meta.tag) == "meta" and _attribute(meta, "property") == "role"
    }
    manifest: dict[str, tuple[str, str, str]] = {}
    guide: dict[str, str] = {}
    spine: list[tuple[str, bool]] = []
    for element in root.iter():
        name = local(element.tag)
        if name == "title" and package.title is None and _text(element):
            package.title = _text(element)
        elif name == "creator" and _text(element):
            role = _attribute(element, "role") or roles.get(_attribute(element, "id"), "")
            if role.lower() in _AUTHOR_ROLES:
                package.authors.append(_text(element))
        elif name == "language" and package.language is None and _text(element):
            package.language = _text(element)
        elif name == "item":
            href = in_zip(base, _attribute(element, "href"))
            manifest[_attribute(element, "id")] = (
                href, _attribute(element, "media-type").lower(),
                _attribute(element, "properties"),
            )
        elif name == "itemref":
            linear = _attribute(element, "linear").lower() != "no"
            spine.append((_attribute(element, "idref"), linear))
        elif name == "reference":
            href = in_zip(base, _attribute(element, "href").split("#", 1)[0])
            guide.setdefault(href, _attribute(element, "type").lower())
    for idref, linear in spine:
        href, media, properties = manifest.get(idref, ("", "", ""))
        if href and media in _CONTENT_TYPES:
            nav = "nav" in properties.split()
            package.parts.append(Part(href, nav, guide.get(href, ""), linear))
    return package


__all__ = ["DAMAGED", "Package", "Part", "in_zip", "local", "read_package", "rootfile"]
