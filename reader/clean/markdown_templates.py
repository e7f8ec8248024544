"""A Jekyll or Hugo post's template tags, read for what they stand for before the Markdown is.

A static site's source holds the generator's tags among its Markdown: Liquid's ``{% raw %}``,
``{% highlight ruby %}`` ... ``{% endhighlight %}``, ``{% include %}``, and Hugo's shortcodes
(``{{< figure src=... >}}``, ``{{< youtube ID >}}``, ``{{< highlight go >}}``). Highlighted code
becomes a fenced block with its language, a figure a picture, a video a link to it; the other
tags go, what a pair of them encloses stays (a ``{% comment %}``'s goes). Code (fenced,
indented or in backticks), and what a ``{% raw %}`` keeps literal, are left as written. Read
only in a post with front matter, as every Jekyll and Hugo post has: a README that shows
Django's ``{% block %}`` keeps it.
"""

from __future__ import annotations

import re

from reader.core.lazy import lazy_re

_FENCE = lazy_re(r"^ {0,3}(`{3,}|~{3,})")
_RAW = lazy_re(r"\{%-?\s*(end)?raw\s*-?%\}")
_HIGHLIGHT = lazy_re(
    r"^ {0,3}(?:\{%-?\s*highlight\s+([\w+#.-]+)[^%]*%\}"
    r"|\{\{[<%]\s*highlight\s+([\w+#.-]+)[^}]*[>%]\}\})\s*$"
)
_END_HIGHLIGHT = lazy_re(
    r"^ {0,3}(?:\{%-?\s*endhighlight\s*-?%\}|\{\{[<%]\s*/highlight\s*[>%]\}\})\s*$"
)
_CODE_SPAN = lazy_re(r"(`+)(?:.*?[^`])?\1(?!`)")
_INDENTED = lazy_re(r"^(?: {4}|\t)")
_COMMENT = lazy_re(r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", re.S)
_SHORTCODE = lazy_re(r"\{\{[<%]\s*(/?)([\w-]+)([^}]*?)\s*/?[>%]\}\}")
_LIQUID_TAG = lazy_re(r"\{%-?\s*[a-z_]+\b[^%]*-?%\}")
# (from a word's start only: a long run of letters is not read again from each of them)
_ATTRIBUTE = lazy_re(r"""(?<![\w-])([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")
_SIGNS = ("{%", "{{<", "{{%")


def attributes(text: str) -> dict[str, str]:
    """The ``name=value`` attributes of a tag's text (a shortcode's, an HTML tag's), by
    lower-cased name; a value in quotes or up to the next space."""
    return {m[1].lower(): m[2] or m[3] or m[4] or "" for m in _ATTRIBUTE.finditer(text)}


def _shortcode(match: re.Match[str]) -> str:
    """What one Hugo shortcode stands for in Markdown ("" for most)."""
    closing, name, rest = match[1], match[2].lower(), match[3]
    if closing:
        return ""
    if name == "figure":
        fields = attributes(rest)
        alt = fields.get("alt") or fields.get("caption") or fields.get("title") or ""
        return f"\n\n![{alt}]({fields['src']})\n\n" if fields.get("src") else ""
    if name in ("youtube", "vimeo"):
        fields = attributes(rest)
        words = rest.split()
        video = fields.get("id") or (words[0].strip("\"'") if words and "=" not in words[0] else "")
        if video:
            site = "https://www.youtube.com/watch?v=" if name == "youtube" else "https://vimeo.com/"
            return f"[Video]({site}{video})"
    return ""


def _tags_read(text: str) -> str:
    return _LIQUID_TAG.sub("", _SHORTCODE.sub(_shortcode, text))


def _line(line: str) -> str:
    """One line outside code with its tags read (not those in its code spans, nor in a line
    indented as code)."""
    if not any(sign in line for sign in _SIGNS) or _INDENTED.match(line):
        return line
    if highlight := _HIGHLIGHT.match(line):
        return "```" + (highlight[1] or highlight[2])
    if _END_HIGHLIGHT.match(line):
        return "```"
    parts, at = [], 0
    for span in _CODE_SPAN.finditer(line):
        parts += [_tags_read(line[at : span.start()]), span[0]]
        at = span.end()
    return "".join([*parts, _tags_read(line[at:])])


def without_templates(text: str) -> str:
    """``text`` (Markdown) with its Jekyll and Hugo tags read (see the module's notes)."""
    if not any(sign in text for sign in _SIGNS):
        return text
    text = _COMMENT.sub("", text)
    lines: list[str] = []
    fence = ""  # (the open fence's marker)
    raw = False
    for line in text.split("\n"):
        if fence or raw:
            if fence and line.lstrip().startswith(fence):
                fence = ""
            if raw and _RAW.search(line):
                raw, line = False, _RAW.sub("", line)
            lines.append(line)
            continue
        if opened := _FENCE.match(line):
            fence = opened[1][0] * 3
            lines.append(line)
            continue
        marks = _RAW.findall(line)
        raw = bool(marks) and marks[-1] == ""  # (a raw left open on this line)
        lines.append(_RAW.sub("", line) if marks else _line(line))
    return "\n".join(lines)


__all__ = ["attributes", "without_templates"]
