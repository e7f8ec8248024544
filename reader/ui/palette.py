"""The reader's own colour variables, worked out from the theme's (``$reader-ink``, ...).

Rich styles have no transparency: a component style given ``$foreground-muted`` (the
foreground at 60% alpha) was drawn at full strength, so the byline, captions and rules were
as bright as the text. And the themes' own colours are not all readable where the reader
uses them (solarized-light's text is 5:1, its green 3:1; flexoki's blue 2.9:1). Each
variable here is solid, and as far from its background as reading needs: the body's text
7:1 (WCAG AAA), everything else at least 4.5:1 (AA).
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.color import Color

BODY_TEXT = 7.0  # contrast of the running text with the background (WCAG AAA)
READABLE = 4.5  # contrast of everything else that is read (WCAG AA)
DIM = 0.6  # how much of the text's colour muted text keeps (the rest: the background's)
STEP = 0.04  # how far a colour moves towards black or white in one step
# code's colours: the variable, and the theme's colour it starts from
CODE_COLOURS = {
    "reader-code": "text-secondary",
    "reader-code-keyword": "accent",
    "reader-code-string": "success",
    "reader-code-number": "warning",
    "reader-code-name": "primary",
}


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        part = value / 255
        return part / 12.92 if part <= 0.03928 else ((part + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(one: Color, other: Color) -> float:
    """The WCAG contrast ratio of two solid colours (1 to 21)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(color: Color, *backgrounds: Color, ratio: float = READABLE) -> Color:
    """``color`` (made solid) moved towards white on dark backgrounds, towards black on
    light ones, just until it reaches ``ratio`` on every one of ``backgrounds``."""
    color = color.with_alpha(1.0)
    target = Color(0, 0, 0) if _luminance(backgrounds[0]) > 0.18 else Color(255, 255, 255)
    moved, amount = color, 0.0
    while amount < 1 and min(contrast(moved, back) for back in backgrounds) < ratio:
        amount = min(1.0, amount + STEP)
        moved = color.blend(target, amount)
    return moved


def reader_variables(theme: Mapping[str, str]) -> dict[str, str]:
    """The reader's variables for a theme's generated variables (``$background``, ...)."""
    background = Color.parse(theme["background"])
    code_back = Color.parse(theme["surface"])  # code blocks' background
    ink = readable(background + Color.parse(theme["foreground"]), background, ratio=BODY_TEXT)
    muted = readable(background.blend(ink, DIM), background, code_back)
    found = {
        "reader-ink": ink,
        "reader-muted": muted,
        "reader-code-back": code_back,
        "reader-image": readable(Color.parse(theme["secondary"]), background),
    }
    for name, source in CODE_COLOURS.items():
        found[name] = readable(Color.parse(theme[source]), code_back, background)
    return {name: color.hex for name, color in found.items()}
