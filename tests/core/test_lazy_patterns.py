"""Patterns compiled on first use (reader.core.lazy.lazy_re): importing the reader compiles
none, and a pattern used works as the compiled one would."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys

from reader.core.lazy import lazy_re


def test_importing_every_module_compiles_no_pattern() -> None:
    """The start's child imported the cleaners and compiled all their ~640 patterns, most of
    which a given text never uses (a plain text: none of the PDF's, the mail's or the web
    page's): now a module's patterns are compiled when first used."""
    code = (
        "import importlib, pkgutil, re, sys\n"
        "at_import, compile = [], re.compile\n"
        "def recording(pattern, flags=0):\n"
        "    caller = sys._getframe(1).f_code\n"
        "    if caller.co_name == '<module>' and '/reader/' in caller.co_filename:\n"
        "        at_import.append(caller.co_filename)\n"
        "    return compile(pattern, flags)\n"
        "re.compile = recording\n"
        "import reader\n"
        "for module in pkgutil.walk_packages(reader.__path__, 'reader.'):\n"
        "    if module.name != 'reader.__main__':\n"
        "        importlib.import_module(module.name)\n"
        "print(len(sys.modules) > 300, sorted(set(at_import))[:5])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split("\n")[0] == "True []"


def test_a_lazy_pattern_works_as_the_compiled_one() -> None:
    pattern = lazy_re(r"(?P<word>\w+)-(\d+)", re.IGNORECASE)
    compiled = re.compile(r"(?P<word>\w+)-(\d+)", re.IGNORECASE)
    text = "Page-12 and page-3"
    assert pattern.pattern == compiled.pattern
    assert [m.group("word") for m in pattern.finditer(text)] == ["Page", "page"]
    assert pattern.sub(r"\2", text) == compiled.sub(r"\2", text)
    assert pattern.search(text).span() == compiled.search(text).span()
    assert (pattern.flags, pattern.groups, pattern.groupindex) == (
        compiled.flags, compiled.groups, compiled.groupindex)
    assert pickle.loads(pickle.dumps(pattern)) == compiled  # (the compiled pattern)


def test_a_pattern_built_from_another_does_not_compile_it() -> None:
    part = lazy_re(r"[a-z]+")
    whole = lazy_re(rf"^{part.pattern}$")
    assert whole.match("abc") and not whole.match("ab1")
    assert "match" not in vars(part)  # (part itself never compiled)


def test_a_bytes_pattern() -> None:
    assert lazy_re(rb"\x00+").sub(b"", b"a\x00\x00b") == b"ab"


def test_a_patterns_flags_are_told_without_compiling_it(monkeypatch) -> None:
    """The text cleaner reads the flags of the patterns it joins into one scan (whether each
    ignores case): that compiled each of them (~0.3-1 ms apiece in the early load) only to
    be told. The flags are the compiled pattern's, its own opening ones too."""
    cases = [("abc", 0), ("abc", re.IGNORECASE), ("abc", re.ASCII), (b"abc", 0),
             (b"abc", re.IGNORECASE), ("(?x) a b", 0), ("(?i)a", re.MULTILINE), ("(?a)a", 0),
             (b"(?L)a", 0), ("a(?i:b)", 0), ("a", re.VERBOSE | re.DOTALL),
             ("(?:a|b)", re.IGNORECASE)]
    for text, flags in cases:
        pattern = lazy_re(text, flags)
        assert pattern.flags == re.compile(text, flags).flags, (text, flags)
    compiled, compile = [], re.compile
    monkeypatch.setattr(re, "compile", lambda *given: compiled.append(given) or compile(*given))
    plain = lazy_re(r"\nread (?:more|also)\b", re.IGNORECASE)
    assert plain.flags & re.IGNORECASE
    assert compiled == []
    assert plain.search("x\nRead more") is not None  # (compiled when used)
    assert len(compiled) == 1
