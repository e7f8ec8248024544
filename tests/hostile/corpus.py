"""A corpus of hostile inputs: every one must come out clean, literal and without a crash."""

from __future__ import annotations

ESC = "\x1b"
BEL = "\x07"

# Sequences that must never reach the terminal, and a visible marker each one carries, so a
# test can check the whole sequence went (not just the ESC byte).
CONTROL_SEQUENCES: dict[str, str] = {
    "csi_colour": f"{ESC}[31;1mREDCSI{ESC}[0m",
    "csi_clear": f"{ESC}[2J{ESC}[H",
    "osc52_clipboard": f"{ESC}]52;c;ZWNobyBwd25lZA=={BEL}",
    "osc0_title": f"{ESC}]0;pwned-title{BEL}",
    "osc2_title_st": f"{ESC}]2;pwned-title2{ESC}\\",
    "osc8_link": f"{ESC}]8;;http://evil.example{ESC}\\click{ESC}]8;;{ESC}\\",
    "dcs": f"{ESC}Pq#0;2;0;0;0{ESC}\\",
    "c1_csi": "\x9b31mC1CSI",
    "c0_controls": "bell\x07back\x08nul\x00vt\x0bff\x0c",
    "del": "del\x7fete",
}

# Invisible parameters of the sequences above that must not survive as visible junk.
SEQUENCE_RESIDUE = ("52;c;", "ZWNobyBwd25lZA", "pwned-title", "evil.example", "31;1m", "2J")

BIDI_OVERRIDE = "user\u202egnp.exe"  # renders as "userexe.png" if left in
ZERO_WIDTH = "pass\u200dword s\u200bec\u2060ret"
RICH_MARKUP = "[bold red]not bold[/bold red] [link=http://x]link[/link] [@click=app.quit]q[/]"
TEXTUAL_MARKUP = "$accent [b]x[/b] [reverse]rev[/reverse] :warning: \\[escaped]"


def forbidden_in_output(text: str) -> list[str]:
    """What in ``text`` could reach the terminal as a control: returns the offenders."""
    found = []
    for index, char in enumerate(text):
        code = ord(char)
        if char in "\n\t":
            continue
        if code < 0x20 or 0x7F <= code <= 0x9F or char in "\u202a\u202b\u202c\u202d\u202e":
            found.append(f"U+{code:04X} at {index}")
        if char in "\u2066\u2067\u2068\u2069":
            found.append(f"U+{code:04X} at {index}")
    return found


def html_page(body: str, title: str = "Hostile page") -> str:
    """A well-formed article page around ``body`` (which holds the hostile parts)."""
    paragraphs = "".join(
        f"<p>Paragraph {n} of the ordinary article text, long enough to look like prose that "
        f"a reader would want to read through to the end of the story.</p>"
        for n in range(1, 7)
    )
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1>{paragraphs}<p>{body}</p></article></body></html>"
    )


def hostile_documents() -> dict[str, tuple[str, str]]:
    """name -> (file suffix, content) for every hostile document in the corpus."""
    docs: dict[str, tuple[str, str]] = {}
    for name, seq in CONTROL_SEQUENCES.items():
        docs[f"html_{name}"] = (".html", html_page(f"Before {seq} after."))
        docs[f"text_{name}"] = (
            ".txt",
            f"Title with {seq}\n\nA paragraph of plain text with {seq} inside it.\n\n"
            "Another paragraph that is ordinary and long enough to be the body.\n",
        )
    docs["bidi"] = (".html", html_page(f"Open {BIDI_OVERRIDE} now."))
    docs["zero_width"] = (".txt", f"Zero width\n\nThe {ZERO_WIDTH} is here.\n")
    docs["rich_markup"] = (".html", html_page(RICH_MARKUP, title="[bold]Markup[/bold] title"))
    docs["textual_markup"] = (".txt", f"[b]Title[/b]\n\n{TEXTUAL_MARKUP}\n\n{RICH_MARKUP}\n")
    docs["long_word"] = (".txt", "Long\n\n" + "x" * 200_000 + "\n")
    docs["long_line"] = (".txt", "Long line\n\n" + "word " * 60_000 + "\n")
    docs["nested"] = (
        ".html",
        "<html><body>" + "<div>" * 10_000 + "<p>Deep text inside.</p>" + "</div>" * 10_000
        + "</body></html>",
    )
    docs["many_paragraphs"] = (
        ".txt",
        "Many\n\n" + "\n\n".join(f"Paragraph number {n}." for n in range(100_000)) + "\n",
    )
    docs["empty_html"] = (".html", "")
    docs["empty_text"] = (".txt", "")
    docs["all_script"] = (
        ".html",
        "<html><head><script>var a = 1;</script></head><body><script>"
        + "document.write('x');" * 1000
        + "</script></body></html>",
    )
    docs["nul_bytes"] = (".txt", "Nul\n\nText\x00with\x00nuls\x00.\n")
    return docs
