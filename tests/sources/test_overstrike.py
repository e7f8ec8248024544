"""A man page piped on (``man ls | reader -``): its overstrike (bold "N\\bN", underline
"_\\bN") is taken out as ``col -b`` does and its typesetter's hyphens join their words,
through the real ``reader dump`` command; UTF-16 text is never touched."""

from __future__ import annotations

import subprocess
import sys


def _bold(text: str) -> str:
    return "".join(f"{char}\b{char}" for char in text)


def _underlined(text: str) -> str:
    return "".join(f"_\b{char}" for char in text)


MAN_PAGE = (
    "LS(1)                            User Commands                           LS(1)\n\n"
    f"{_bold('NAME')}\n       ls - list directory contents\n\n"
    f"{_bold('SYNOPSIS')}\n       {_bold('ls')} [{_underlined('OPTION')}]..."
    f" [{_underlined('FILE')}]...\n\n"
    f"{_bold('DESCRIPTION')}\n"
    "       List  information  about  the FILEs (the current directory by default).\n"
    f"       Sort entries alphabetically if none of {_bold('-cftuvSUX')} nor {_bold('--sort')}"
    " is speci\u2010\n       fied.\n"
)


def _dump(data: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "dump", "-"], input=data, capture_output=True,
        timeout=60,
    )


def test_a_piped_man_page_reads_as_the_terminal_showed_it() -> None:
    result = _dump(MAN_PAGE.encode("utf-8"))
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert "\b" not in text and "N\bN" not in text
    assert "SYNOPSIS" in text and "ls [OPTION]... [FILE]..." in text
    assert "none of -cftuvSUX nor --sort is specified." in text


def test_utf16_text_with_0x08_bytes_is_left_whole() -> None:
    words = "Ĉu vi parolas Esperanton? Ĉiuj ĉambroj ĉe la ĉefa ĉirkaŭaĵo estas ĉarmaj."
    result = _dump(("\ufeff" + words + "\n").encode("utf-16-le"))
    assert result.returncode == 0, result.stderr
    assert words in " ".join(result.stdout.decode("utf-8").split())
