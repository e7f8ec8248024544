"""Code in HTML: whether a ``<pre>`` holds code, the language the page names for it, and its
text verbatim (every character, indentation and line break; gutters and copy buttons left
out), as a ``code`` or ``preformatted`` draft."""

from __future__ import annotations

import re
from itertools import islice, pairwise

from lxml.html import HtmlElement

from reader.clean.extracted import Draft
from reader.core.lazy import lazy_re


def tag_name(element: object) -> str:
    """The element's tag in lower case, without a namespace ("" for a comment)."""
    tag = getattr(element, "tag", None)
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


_tag = tag_name

# Classes and attributes pages use to name a code block's language.
# "language-go", "lang-js", GitHub's "highlight-source-python", "brush: python", Pandoc's
# "sourceCode haskell", Jupyter's (nbconvert) "highlight hl-python", MediaWiki's
# "mw-highlight-lang-python": a class naming the language after its prefix
_LANGUAGE_CLASS = lazy_re(
    r"(?:^|\s)(?:(?:[a-z]+-)?highlight-lang[-_]|"
    r"(?:language|lang|highlight-source|highlight|hl)[-:_]|(?:brush:|sourcecode)[-_ ]?)"
    r"([a-z][\w+#.-]{0,30})",
    re.IGNORECASE,
)
_NOT_LANGUAGES = frozenset(
    {"none", "text", "plain", "plaintext", "default", "notranslate", "nohighlight", "txt",
     "source", "code", "block", "wrapper", "container", "line", "lines", "js-file-line",
     "numbersource", "numberlines"}
)
_CODE_HINT = lazy_re(r"highlight|code|source|syntax|hljs|prism|shiki|brush|listing", re.I)
CODE_HINT_ABOVE = 2  # the ancestors of a <pre> whose classes may say it holds code
_GUTTER = lazy_re(r"(?:^|[\s_-])(?:line-?numbers?|linenos?|gutter|line-number)(?:$|[\s_-])",
                     re.I)
_SKIPPED_IN_CODE = frozenset({"script", "style", "button", "template", "noscript", "svg"})

def is_code(pre: HtmlElement) -> bool:
    """A ``<pre>`` holding code (a ``<code>`` inside, or a highlighter's class) rather than
    preformatted prose or art."""
    if code_language(pre):
        return True
    if next(pre.iter("code", "samp", "kbd"), None) is not None:
        return True
    classes = [pre.get("class")]
    for ancestor in islice(pre.iterancestors(), CODE_HINT_ABOVE):
        classes.append(ancestor.get("class"))  # (Pygments' table: td.code > div > pre)
    if _CODE_HINT.search(" ".join(filter(None, classes))):
        return True
    return bool(_SHELL_START.match(_opening(pre)))


def _opening(pre: HtmlElement, chars: int = 40) -> str:
    """The first ``chars`` characters of the element's text or more (not all of a long one)."""
    opening = ""
    for piece in pre.itertext():
        opening += piece
        if len(opening) >= chars:
            break
    return opening


# a bare <pre> that opens with a shell's prompt or a script's first line ("$ sudo cmd",
# "# visudo", "#!/bin/sh"): a wiki's commands, which no class names as code
_SHELL_START = lazy_re(r"\A\s*(?:[$#] +\S|#!/)")


def code_language(pre: HtmlElement) -> str | None:
    """The language the page names for a code block, from classes or ``data-lang``."""
    candidates: list[HtmlElement] = [pre, *pre.iter("code")]
    parent = pre.getparent()
    for _ in range(2):
        if parent is None:
            break
        candidates.append(parent)
        parent = parent.getparent()
    for element in candidates:
        for attribute in ("data-lang", "data-language"):  # (``lang`` is a human language)
            value = (element.get(attribute) or "").strip()
            if value and value.lower() not in _NOT_LANGUAGES and len(value) <= 30:
                return value.lower()
        for match in _LANGUAGE_CLASS.finditer(element.get("class") or ""):
            name = match.group(1).lower()
            if name not in _NOT_LANGUAGES:
                return name
    return _figure_language(pre) or _named_first(pre)


# a <pre> whose first class is the language's bare name: rustdoc's "rust rust-example-rendered"
# and "rust item-decl" (a known name only: "output" or "example" name no language)
_LANGUAGE_NAMES = frozenset(
    {"rust", "python", "java", "c", "cpp", "go", "javascript", "typescript", "ruby", "bash",
     "sh", "zsh", "json", "yaml", "toml", "sql", "html", "css", "xml", "kotlin", "swift",
     "haskell", "ocaml", "scala", "php", "perl", "lua", "csharp", "fsharp", "zig", "elixir",
     "erlang", "clojure", "dart", "julia", "powershell", "dockerfile", "makefile"}
)


def _named_first(pre: HtmlElement) -> str | None:
    """The language a ``<pre>`` names by its first class alone, when it is a known one."""
    first = (pre.get("class") or "").split()[:1]
    return first[0].lower() if first and first[0].lower() in _LANGUAGE_NAMES else None


# highlight.js's figure as Hexo writes it, ``<figure class="highlight python">`` around a
# table of the gutter and the code: "highlight" and one more class, the language
_HIGHLIGHT_FIGURE = lazy_re(r"^\s*highlight\s+([a-z][\w+#.-]{0,30})\s*$", re.IGNORECASE)
FIGURE_ABOVE = 4  # pre < td < tr < (tbody <) table < figure


def _figure_language(pre: HtmlElement) -> str | None:
    """The language a ``<figure>`` around a listing's table names ("highlight python")."""
    for ancestor in islice(pre.iterancestors(), FIGURE_ABOVE + 1):
        if _tag(ancestor) == "figure":
            match = _HIGHLIGHT_FIGURE.match(ancestor.get("class") or "")
            name = match.group(1).lower() if match else None
            return name if name not in _NOT_LANGUAGES else None
    return None


def code_text(pre: HtmlElement) -> str:
    """The text of a ``<pre>`` verbatim: every span's text and tail, ``<br>`` as a line
    break; line-number gutters and copy buttons left out. Iterative (no recursion limit)."""
    parts: list[str] = []
    numbers: list[int] = []  # (the parts that are a number an element sets at a line's start)
    stack: list[tuple[HtmlElement, int]] = [(pre, OPENING)]  # (node, where its text began)
    while stack:
        node, began = stack.pop()
        if began != OPENING:
            if node is not pre and _ends_a_line(node, parts, began):
                parts.append("\n")
            if node is not pre and node.tail:
                parts.append(node.tail)
            continue
        tag = _tag(node)
        skip = not tag or tag in _SKIPPED_IN_CODE or _GUTTER.search(node.get("class") or "")
        if node is not pre and skip:
            if node.tail:
                parts.append(node.tail)
            continue
        if tag == "br":
            parts.append("\n")
            if node.tail:
                parts.append(node.tail)
            continue
        began = len(parts)
        if node.text:
            if not len(node) and node.text.strip().isdigit() and _at_line_start(parts):
                numbers.append(len(parts))
            parts.append(node.text)
        stack.append((node, began))
        stack.extend((child, OPENING) for child in reversed(node))
    if len(numbers) >= 2 and _counts_lines([parts[index] for index in numbers], parts):
        for index in numbers:
            parts[index] = ""  # (a gutter set in each line: "1", "2"... before its code)
    text = "".join(parts).replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    return text.strip("\n").rstrip()


OPENING = -1  # (a node on the stack not yet read)
# An element that is one line of code: a block inside <pre> (the browser starts it on a line of
# its own), or a highlighter's line wrapper ("line", "code-line", "token-line",
# "gatsby-highlight-code-line"), which pages set without a newline between (CSS breaks them).
_LINE_TAGS = frozenset({"div", "p", "li"})
_LINE_CLASS = lazy_re(r"(?:^|[\s_-])(?:code-?|token-)?line(?:$|\s)", re.IGNORECASE)


def _ends_a_line(node: HtmlElement, parts: list[str], began: int) -> bool:
    """Whether a newline goes after ``node``, a line of code whose own text (from
    ``parts[began]`` on) does not end with one and whose tail does not start with one. An
    empty line wrapper is a blank line."""
    if _tag(node) not in _LINE_TAGS and not _LINE_CLASS.search(node.get("class") or ""):
        return False
    if (node.tail or "").startswith(("\n", "\r")):
        return False
    if _tag(node) not in _LINE_TAGS and _br_ends_it(node):
        return False  # (an inline line wrapper, Hexo's ``<span class="line">``, then ``<br>``)
    for index in range(len(parts) - 1, began - 1, -1):  # (its last piece of text)
        if parts[index]:
            return not parts[index].endswith(("\n", "\r"))
    return True


def _br_ends_it(node: HtmlElement) -> bool:
    """Whether a ``<br>`` follows ``node`` with no text between: the break ends its line."""
    return not (node.tail or "").strip(" \t") and _tag(node.getnext()) == "br"


def _at_line_start(parts: list[str]) -> bool:
    """Whether the text gathered so far ends a line (or is none): only spaces since."""
    for part in reversed(parts):
        stripped = part.rstrip(" \t")
        if stripped:
            return stripped.endswith("\n")
    return True


def _counts_lines(numbers: list[str], parts: list[str]) -> bool:
    """Whether ``numbers`` count up one by one from 0 or 1, one for each line of the code:
    a gutter's, not the code's own numbers (a line of output "1", another "7")."""
    values = [int(number) for number in numbers]
    lines = "".join(parts).strip("\n").count("\n") + 1
    return (
        values[0] in (0, 1)
        and all(b == a + 1 for a, b in pairwise(values))
        and len(values) >= lines - 1
    )


def is_line_numbers(text: str) -> bool:
    """Whether ``text`` is a listing's gutter: its lines' numbers counting up one by one
    ("1\n2\n3"), which a highlighter sets in a ``<pre>`` of its own beside the code."""
    lines = text.split()
    if len(lines) < 2 or not all(line.isdigit() and len(line) <= 6 for line in lines):
        return False
    return all(int(b) == int(a) + 1 for a, b in pairwise(lines))


def _beside_code(pre: HtmlElement) -> bool:
    """Whether ``pre`` stands in a table cell with another ``<pre>`` in the next cell (a
    gutter beside its code; a program's output "1 2 3" stands alone)."""
    cell = next((a for a in islice(pre.iterancestors(), 3) if _tag(a) in ("td", "th")), None)
    after = cell.getnext() if cell is not None else None
    return after is not None and next(after.iter("pre"), None) is not None


def code_block(pre: HtmlElement) -> Draft:
    """A ``code`` (or ``preformatted``) draft of a ``<pre>``; an empty one for a gutter of
    line numbers (Hugo's Chroma: a table of two ``<pre>``s, the numbers and the code)."""
    text = code_text(pre)
    if is_line_numbers(text) and _beside_code(pre):
        return Draft("code", "", 0)
    if is_code(pre):
        return Draft("code", _dedented(text), 0, language=code_language(pre))
    return Draft("preformatted", text, 0)


def _dedented(text: str) -> str:
    """Code without the spaces all its lines start with: a template's indentation, or
    javadoc's space after each comment line's ``*`` (``<pre>{@code`` under `` * ``), not
    the program's. (A blank line's are cut with them, or it is blank already.)"""
    if text[:1] != " ":
        return text  # (the first line starts at the margin: nothing is shared)
    lines = text.split("\n")
    shared = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
    return "\n".join(line[shared:] for line in lines) if shared else text


__all__ = [
    "code_block",
    "code_language",
    "code_text",
    "is_code",
    "is_line_numbers",
    "tag_name",
]
