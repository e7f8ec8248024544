"""What a feed entry carries beyond its text: its enclosures (a podcast's audio, a video, a
file), each an address with its type, size and duration where the feed gives them, and the
line that names one atop the entry's article ("Audio: episode.mp3 (MP3, 45 min)").

Every value may come from a hostile feed or a damaged library: :meth:`Enclosure.from_dict`
keeps only an http(s) address without spaces or controls, a plain MIME type, and counts
that are whole, positive and within reason (None otherwise); the line shows a name read
from the address, cleaned to one line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from reader.core.lazy import lazy_re
from reader.core.sanitize import clean_line
from reader.core.web_address import safe_web_address

MAX_BYTES = 10**13  # a size past this (10 TB) is no size: the feed's number is wrong
MAX_SECONDS = 100 * 24 * 3600  # a duration past a hundred days is none
MAX_NAME = 80  # characters of a file's name in its line
KINDS = ("audio", "video", "image", "file")
LABELS = {"audio": "Audio", "video": "Video", "image": "Picture", "file": "File"}
# the type of a video that a web page plays, not a file (a Flash player's type, as YouTube's
# feeds give it: the enclosure is the video's page, which the browser opens)
VIDEO_PAGE = "application/x-shockwave-flash"
_MIME = lazy_re(r"[a-z0-9][a-z0-9._+-]{0,63}/[a-z0-9][a-z0-9._+-]{0,63}")
_EXTENSION = lazy_re(r"\.([A-Za-z0-9]{2,5})$")
_EXTENSIONS = {
    "audio": frozenset({"mp3", "m4a", "m4b", "aac", "ogg", "oga", "opus", "flac", "wav",
                        "aif", "aiff", "wma", "mka", "mp2", "spx"}),
    "video": frozenset({"mp4", "m4v", "mov", "webm", "mkv", "avi", "wmv", "ogv", "mpg",
                        "mpeg", "3gp", "flv"}),
    "image": frozenset({"jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "heic"}),
}
_FORMATS = {  # a MIME subtype's usual name, where the address names no format
    "mpeg": "MP3", "mp3": "MP3", "x-mp3": "MP3", "mpeg3": "MP3", "x-mpeg": "MP3",
    "mp4": "MP4", "x-m4a": "M4A", "m4a": "M4A", "x-m4b": "M4B", "aac": "AAC", "ogg": "OGG",
    "opus": "Opus", "flac": "FLAC", "x-flac": "FLAC", "wav": "WAV", "x-wav": "WAV",
    "wave": "WAV", "webm": "WebM", "quicktime": "MOV", "x-matroska": "MKV", "pdf": "PDF",
    "epub+zip": "EPUB", "zip": "ZIP",
}


@dataclass(frozen=True)
class Enclosure:
    """A file an entry carries: its address, MIME type, size in bytes and duration in
    seconds (None where the feed gives none, or a wrong one)."""

    href: str
    type: str | None = None
    length: int | None = None
    duration: int | None = None

    @property
    def kind(self) -> str:
        """"audio", "video", "image" or "file": by its MIME type, else by its file name's
        extension (a feed's "application/octet-stream" for an .mp3 is audio)."""
        major = (self.type or "").partition("/")[0]
        if self.is_page:
            return "video"
        if major in ("audio", "video", "image"):
            return major
        extension = self.extension
        for kind, extensions in _EXTENSIONS.items():
            if extension in extensions:
                return kind
        return "file"

    @property
    def is_page(self) -> bool:
        """A video's web page (:data:`VIDEO_PAGE`), which a browser opens, not a file."""
        return self.type == VIDEO_PAGE

    @property
    def name(self) -> str:
        """The file's name, read from its address ("episode-12.mp3"), else its host (a
        video's page: its host, "www.youtube.com")."""
        try:
            parts = urlsplit(self.href)
        except ValueError:
            return ""
        last = "" if self.is_page else unquote(parts.path.rstrip("/").rpartition("/")[2])
        name = " ".join(clean_line(last).split()) or (parts.hostname or "")
        return name if len(name) <= MAX_NAME else name[: MAX_NAME - 1].rstrip() + "…"

    @property
    def extension(self) -> str:
        """The lower-case extension of the file's name ("mp3"), or ""."""
        try:
            path = urlsplit(self.href).path
        except ValueError:
            return ""
        found = _EXTENSION.search(unquote(path).rstrip("/"))
        return found.group(1).lower() if found else ""

    @property
    def format(self) -> str:
        """The file's format as a reader names it: "MP3", "M4A", "PDF"; "" if unknown."""
        extension = self.extension
        if extension and any(extension in known for known in _EXTENSIONS.values()):
            return extension.upper()
        subtype = (self.type or "").partition("/")[2]
        if self.type == "audio/mp4":
            return "M4A"
        return _FORMATS.get(subtype, extension.upper())

    def line(self) -> str:
        """The line that names it in the article: "Audio: episode.mp3 (MP3, 45 min)"; its
        size where its duration is not given ("File: notes.pdf (PDF, 1.2 MB)")."""
        details = [self.format]
        if self.duration:
            details.append(spoken_duration(self.duration))
        elif self.length and self.length >= 1024:  # (a feed's "length=1" is a placeholder)
            from reader.sources.limits import format_size

            details.append(format_size(self.length))
        shown = ", ".join(detail for detail in details if detail)
        name = self.name or "the file"
        if self.is_page:
            name = f"its page on {name}"
        return f"{LABELS[self.kind]}: {name}" + (f" ({shown})" if shown else "")

    def to_dict(self) -> dict[str, Any]:
        """As the JSON dump and the library keep it."""
        return {"href": self.href, "type": self.type, "length": self.length,
                "duration": self.duration}

    @classmethod
    def from_dict(cls, data: object) -> Enclosure | None:
        """One made from :meth:`to_dict`'s keys, every value checked (None for no address)."""
        if not isinstance(data, dict):
            return None
        href = web_href(data.get("href"))
        if href is None:
            return None
        return cls(href, media_type(data.get("type")), count(data.get("length"), MAX_BYTES),
                   count(data.get("duration"), MAX_SECONDS))


def web_href(value: object) -> str | None:
    """``value`` if it is a clean absolute http(s) address (``safe_web_address``: the check
    a link passes before it is followed)."""
    return safe_web_address(value) if isinstance(value, str) else None


def media_type(value: object) -> str | None:
    """A MIME type as "type/subtype" in lower case (its parameters dropped), or None for
    anything else (markup, escapes, words)."""
    if not isinstance(value, str):
        return None
    kind = value.partition(";")[0].strip().lower()
    return kind if _MIME.fullmatch(kind) else None


def count(value: object, limit: int) -> int | None:
    """A whole positive number no greater than ``limit`` ("123", 123, 123.0), else None:
    negative, zero, fractional past a second, huge, not a number, a boolean."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        if not text.isdigit() or len(text) > 20:
            return None
        value = int(text)
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        value = round(value)
    if not isinstance(value, int) or not 0 < value <= limit:
        return None
    return value


def spoken_duration(seconds: int) -> str:
    """A duration as a listener reads it: "50 s", "45 min", "1 h 5 min", "2 h"."""
    if seconds < 60:
        return f"{seconds} s"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def played(href: str, enclosures: tuple[Enclosure, ...] = ()) -> Enclosure | None:
    """The audio or video file at ``href``, told without fetching it: by the type the feed
    gave it among ``enclosures`` (a video's page too: ``is_page``), else by its address's
    extension ("episode.mp3", "clip.webm?t=3"); None for anything else (a page, or an
    address that says nothing)."""
    known = next((e for e in enclosures if e.href == href), None)
    media = Enclosure(href, known.type if known else None)
    return media if media.kind in ("audio", "video") else None


def listened(enclosures: tuple[Enclosure, ...]) -> Enclosure | None:
    """The first audio or video of ``enclosures`` (what an entry is listened to or watched
    for), or None."""
    return next((e for e in enclosures if e.kind in ("audio", "video")), None)


__all__ = [
    "VIDEO_PAGE", "Enclosure", "count", "listened", "media_type", "played", "spoken_duration",
    "web_href",
]
