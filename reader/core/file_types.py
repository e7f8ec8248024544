"""The names and content types of files that are code or tables, not prose (see
:mod:`reader.clean.data_files`), and of the documents read by their own format (a Jupyter
notebook, a Word document): the sources accept these types, the pipeline tells the kinds by
them (no cleaner imported for it), the cleaners read them."""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import unquote

from reader.core.lazy import lazy_re
from reader.core.web_address import address_parts

__all__ = ["CODE_AND_TABLE_TYPES", "DOCX_TYPE", "LANGUAGES", "MESSAGE_TYPES", "NAMES",
           "NOTEBOOK_SUFFIX", "NOTEBOOK_TYPES", "TABLE_SUFFIXES", "TABLE_TYPES", "TYPES",
           "code_language", "file_name", "is_notebook", "table_delimiter"]

# a file's suffix (or whole name) and the language Pygments knows it by
LANGUAGES: dict[str, str] = {
    ".py": "python", ".pyi": "python", ".pyw": "python", ".js": "javascript",
    ".mjs": "javascript", ".cjs": "javascript", ".jsx": "jsx", ".ts": "typescript",
    ".tsx": "tsx", ".json": "json", ".jsonc": "json", ".geojson": "json",
    ".yaml": "yaml", ".yml": "yaml", ".toml": "toml", ".ini": "ini", ".cfg": "ini",
    ".sh": "bash", ".bash": "bash", ".zsh": "zsh", ".fish": "fish", ".ps1": "powershell",
    ".bat": "batch", ".cmd": "batch", ".c": "c", ".h": "c", ".cc": "cpp", ".cpp": "cpp",
    ".cxx": "cpp", ".hpp": "cpp", ".hh": "cpp", ".cs": "csharp", ".java": "java",
    ".kt": "kotlin", ".kts": "kotlin", ".scala": "scala", ".groovy": "groovy",
    ".gradle": "groovy", ".go": "go", ".rs": "rust", ".rb": "ruby", ".php": "php",
    ".pl": "perl", ".pm": "perl", ".lua": "lua", ".swift": "swift", ".m": "objective-c",
    ".dart": "dart", ".sql": "sql", ".r": "r", ".jl": "julia", ".hs": "haskell",
    ".ml": "ocaml", ".ex": "elixir", ".exs": "elixir", ".erl": "erlang", ".clj": "clojure",
    ".el": "emacs-lisp", ".lisp": "common-lisp", ".scm": "scheme", ".vim": "vim",
    ".zig": "zig", ".nim": "nim", ".tf": "terraform", ".nix": "nix", ".proto": "protobuf",
    ".graphql": "graphql", ".css": "css", ".scss": "scss", ".sass": "sass", ".less": "less",
    ".diff": "diff", ".patch": "diff", ".mk": "make", ".cmake": "cmake", ".dockerfile": "docker",
    ".asm": "nasm", ".s": "gas", ".v": "verilog", ".vhd": "vhdl", ".f90": "fortran",
    ".pas": "delphi", ".ada": "ada", ".d": "d", ".cr": "crystal", ".elm": "elm",
    ".purs": "purescript", ".fs": "fsharp", ".vb": "vbnet", ".sol": "solidity",
}
NAMES: dict[str, str] = {
    "makefile": "make", "gnumakefile": "make", "dockerfile": "docker",
    "containerfile": "docker", "cmakelists.txt": "cmake", "gemfile": "ruby",
    "rakefile": "ruby", "vagrantfile": "ruby", "jenkinsfile": "groovy", "justfile": "make",
    ".bashrc": "bash", ".zshrc": "zsh", ".profile": "bash", ".gitconfig": "ini",
    ".editorconfig": "ini",
}
# the content types a server gives a program's source or a data file
TYPES: dict[str, str] = {
    "application/json": "json", "application/ld+json": "json", "application/geo+json": "json",
    "application/manifest+json": "json", "application/javascript": "javascript",
    "text/javascript": "javascript", "application/x-javascript": "javascript",
    "text/x-python": "python", "text/x-script.python": "python", "application/x-sh": "bash",
    "text/x-shellscript": "bash", "application/toml": "toml", "application/yaml": "yaml",
    "application/x-yaml": "yaml", "text/yaml": "yaml", "text/x-yaml": "yaml",
    "text/x-c": "c", "text/x-csrc": "c", "text/x-c++src": "cpp", "text/x-java": "java",
    "text/x-java-source": "java", "text/x-go": "go", "text/x-rust": "rust", "text/css": "css",
    "text/x-diff": "diff", "text/x-patch": "diff", "application/sql": "sql",
}
TABLE_TYPES: dict[str, str] = {
    "text/csv": ",", "application/csv": ",", "text/tab-separated-values": "\t",
}
TABLE_SUFFIXES: dict[str, str] = {".csv": ",", ".tsv": "\t", ".tab": "\t"}
CODE_AND_TABLE_TYPES = frozenset(TYPES) | frozenset(TABLE_TYPES)

# a Jupyter notebook (JSON: its cells read as a document, :mod:`reader.clean.notebook`)
NOTEBOOK_SUFFIX = ".ipynb"
NOTEBOOK_TYPES = frozenset({"application/x-ipynb+json"})
# a mail message, and a web page saved whole as one (MHTML), by the types a server gives
# them: read as a saved ``.eml`` or ``.mhtml`` is (:mod:`reader.clean.message`)
MESSAGE_TYPES = ("message/rfc822", "message/global", "multipart/related",
                 "application/x-mimearchive")
# a Word document (a ZIP of XML parts: :mod:`reader.sources.docx`, :mod:`reader.clean.docx`)
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FEED_ENTRY_TYPE = "application/x-reader-feed-entry+html"
"""The type of an entry read from its feed's text (``reader.feeds.entry_page``): HTML whose
``<article>`` is all the entry's text, read whole (``reader.clean.html.feed_entry``)."""
# the types a server gives a notebook's JSON besides its own (a raw file off a code host)
_NOTEBOOK_AS = frozenset({"", "text/plain", "application/json", "application/octet-stream"})
# a notebook's opening: nbformat 4 writes its keys in order, "cells" first (3: "worksheets")
_NOTEBOOK_START = lazy_re(r'\A\ufeff?\s*\{\s*"(?:cells|worksheets)"\s*:\s*\[')


def is_notebook(mime: str, name: str, text: str) -> bool:
    """A notebook: by its type, else by its name (``.ipynb``) or, unnamed, by its JSON's
    opening and the format it names near its end."""
    if mime in NOTEBOOK_TYPES:
        return True
    if mime not in _NOTEBOOK_AS:
        return False
    if name.endswith(NOTEBOOK_SUFFIX):
        return True
    return bool(_NOTEBOOK_START.match(text[:200])) and '"nbformat"' in text[-4000:]


def _untyped(mime: str) -> bool:
    """A type that says nothing of the file's own (none, plain text, bytes): its name
    decides."""
    return not mime or mime == "text/plain" or mime.startswith("application/octet")


def file_name(path: str | None, url: str | None) -> str:
    """The file's name: its path's, else its address's last part (``raw/main/app.py``)."""
    if path:
        return PurePosixPath(path.replace("\\", "/")).name
    parts = address_parts(url) if url else None
    if parts is not None:
        return unquote(PurePosixPath(parts.path).name)
    return ""


def code_language(mime: str, path: str | None, url: str | None) -> str | None:
    """The language of a program's source or a data file, by its content type, else by its
    name; None for anything else."""
    if mime in TYPES:
        return TYPES[mime]
    if not _untyped(mime):
        return None  # (a type of its own that is not code: HTML, Markdown, a mail...)
    name = file_name(path, url).lower()
    if name in NAMES:
        return NAMES[name]
    suffix = PurePosixPath(name).suffix
    return LANGUAGES.get(suffix)


def table_delimiter(mime: str, path: str | None, url: str | None) -> str | None:
    """The delimiter of a CSV or TSV file, by its content type, else by its name."""
    if mime in TABLE_TYPES:
        return TABLE_TYPES[mime]
    if not _untyped(mime):
        return None
    return TABLE_SUFFIXES.get(PurePosixPath(file_name(path, url).lower()).suffix)
