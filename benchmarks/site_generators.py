"""How well the reader reads pages built by documentation and blog generators.

The folder (``benchmarks/data/site-generators`` by default) holds pages that Sphinx (several
themes), MkDocs (material, readthedocs, mkdocs), pdoc, Pelican and nbconvert built from the
small source set in ``sources/``, and the JavaScript generators Docusaurus (classic theme:
docs, tabs, a blog post), VitePress (default theme: docs, a code group), Astro Starlight
(docs, tabs), Nextra (docs theme), Eleventy (the base blog's layouts) and Hexo (landscape
theme) built from the same texts (``sources/js``, how in its ``BUILD.md``); the blog
engines Jekyll (minima), Nikola (bootblog4, bootstrap4), ABlog (alabaster, PyData) and
MkDocs Material's blog, each a post by one writer, one by two, the blog's index and a tag
page (``sources/blogs``, how in its ``BUILD.md``); and the generators of compiled languages
and of Unix: rustdoc (a crate, a module, a struct), javadoc (a class, a package), Doxygen
(a C header, a page), pandoc, Asciidoctor and mandoc (a man page), how in
``sources/BUILD-compiled.md``; big inline scripts and styles cut out.
Beside them, the text each source holds (``expected/*.json``) and ``pages.json`` pairing
each page with its expected text. The pages are read through
the real CLI (``reader dump --format json``), so the generators need not be installed.

Per page: word precision / recall / F1 against the source's text (WCXB's tokens: lower-cased
``\\w+``, multiset overlap, title and body); ``order``, the share of the source's blocks
found in the source's order; ``struct``, the share of structure checks passed (title,
author, date, headings, code verbatim with its language, table rows, numbered and nested
list items, definitions, figure captions, quotations, notebook outputs); ``chrome``, how
many of the usual page furniture phrases ("Edit on GitHub", "Next", "¶", "Copy", "Built
with", icon-font glyphs...) the dump holds that the source does not. Printed per page and per
generator/theme.

    python benchmarks/site_generators.py [DATA_DIR] [--verbose] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / "benchmarks" / "data" / "site-generators"
_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_ICON_GLYPH = re.compile("[\ue000-\uf8ff]")  # the private use area icon fonts draw from
CHROME = (
    "¶", "Edit on GitHub", "Edit this page", "View page source", "Show Source", "View Source",
    "Page source", "Previous", "Next", "Search", "Copy", "Built with", "Powered by",
    "Made with", "Table of Contents", "On this page", "Contents", "Toggle", "Skip to",
    "Back to top", "In [", "Out[", "©", "Theme by", "Light", "Dark", "Navigation",
    "navigation", "Related Topics", "Quick search", "Download", "Last updated", "Permalink",
    "Leave a Reply", "Leave a comment", "Reply", "Posted in", "Categorized as", "Tagged",
    "Categories", "Tags", "Edit", "[edit]", "Jump to", "Log in", "Comments", "Proudly powered",
    "Retrieved from", "This page was last edited", "Privacy policy", "Talk", "View history",
)
Dump = dict[str, Any]


def norm(text: str | None) -> str:
    """Whitespace folded, ends stripped."""
    return _SPACE.sub(" ", text or "").strip()


def tokens(text: str) -> list[str]:
    """Lower-cased ``\\w+`` tokens."""
    return _TOKEN.findall(text.lower())


def word_prf(predicted: str, reference: str) -> tuple[float, float, float]:
    """Word precision, recall and F1 with multiset overlap."""
    pred, ref = Counter(tokens(predicted)), Counter(tokens(reference))
    common = sum((pred & ref).values())
    if not common:
        return 0.0, 0.0, 0.0
    precision, recall = common / sum(pred.values()), common / sum(ref.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def dump_pages(paths: list[Path]) -> list[Dump]:
    """The JSON dumps of ``paths`` from one ``reader dump`` run (JSON Lines for several)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "reader", "dump", "--format", "json", *map(str, paths)]
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout
    if len(paths) == 1:
        return [json.loads(out)]
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def dump_text(dump: Dump) -> str:
    """The title and every block's text (an image's caption), one a line."""
    lines = [dump.get("title") or ""]
    for block in dump.get("body", []):
        lines.append(block.get("text") or block.get("caption") or "")
    return "\n".join(lines)


def in_order(blocks: list[str], text: str) -> float:
    """The share of ``blocks`` found in ``text`` one after another (each searched for after
    the last one found)."""
    flat, at, found = norm(text).replace(" |", ""), 0, 0
    for block in blocks:
        place = flat.find(norm(block), at)
        if place >= 0:
            found, at = found + 1, place + len(norm(block))
    return found / len(blocks) if blocks else 1.0


def _of_type(dump: Dump, kind: str) -> list[Dump]:
    return [block for block in dump.get("body", []) if block.get("type") == kind]


def structure_checks(dump: Dump, expected: Dump) -> dict[str, bool]:
    """Each structure check by name, passed or not (only those the source calls for)."""
    checks: dict[str, bool] = {"title": norm(dump.get("title")) == expected["title"]}
    if expected.get("authors"):
        checks["author"] = dump.get("authors") == expected["authors"]
    if expected.get("published"):
        checks["date"] = (dump.get("published") or "")[:10] == expected["published"]
    headings = [norm(block["text"]) for block in _of_type(dump, "heading")]
    if expected["headings"]:
        checks["headings"] = in_order(expected["headings"], "\n".join(headings)) == 1.0
    codes = [(b.get("language"), b["text"].strip()) for b in _of_type(dump, "code")]
    for n, code in enumerate(expected["code"]):
        checks[f"code{n}"] = (code["language"], code["text"]) in codes
    tables = [[list(row) for row in b.get("rows", [])] for b in _of_type(dump, "table")]
    for n, rows in enumerate(expected["tables"]):
        checks[f"table{n}"] = rows in tables
    items = [item for b in _of_type(dump, "list") for item in b.get("items", [])]
    if expected["ordered"]:
        numbered = [norm(i["text"]) for i in items if i.get("number") and not i.get("depth")]
        checks["numbered"] = all(text in numbered for text in expected["ordered"])
    if expected["nested"]:
        deeper = [norm(item["text"]) for item in items if item.get("depth")]
        checks["nested"] = all(text in deeper for text in expected["nested"])
    pairs = [[norm(item["term"]), norm(item["definition"])]
             for b in _of_type(dump, "definitions") for item in b.get("items", [])]
    if expected["definitions"]:
        checks["definitions"] = all(pair in pairs for pair in expected["definitions"])
    captions = [norm(b.get("caption")) for b in _of_type(dump, "image")]
    for n, caption in enumerate(expected["captions"]):
        checks[f"caption{n}"] = caption in captions
    quotes = [norm(block["text"]) for block in _of_type(dump, "quote")]
    for n, quote in enumerate(expected["quotes"]):
        checks[f"quote{n}"] = quote in quotes
    text = norm(dump_text(dump))
    for n, words in enumerate(expected.get("table_captions", []) + expected.get("outputs", [])):
        checks[f"text{n}"] = words in text
    return checks


def chrome_found(dump: Dump, expected: Dump) -> list[str]:
    """The furniture phrases in the dump that the source does not hold."""
    text, source = dump_text(dump), "\n".join([expected["title"], *expected["blocks"]])
    found = [p for p in CHROME if p not in source and re.search(_phrase(p), text)]
    body = "\n".join(b.get("text") or "" for b in dump.get("body", []))
    found += [f"byline: {name}" for name in expected.get("authors") or ()
              if name in body and name not in source]
    return found + sorted(set(_ICON_GLYPH.findall(text)))


def _phrase(phrase: str) -> str:
    """A pattern for ``phrase`` as whole words (where its ends are word characters)."""
    start = r"(?<!\w)" if phrase[0].isalnum() else ""
    end = r"(?!\w)" if phrase[-1].isalnum() else ""
    return start + re.escape(phrase) + end


def score(dump: Dump, expected: Dump) -> dict[str, Any]:
    """One page's scores."""
    text = dump_text(dump)
    reference = "\n".join([expected["title"], *expected["blocks"]])
    precision, recall, f1 = word_prf(text, reference)
    checks = structure_checks(dump, expected)
    return {
        "p": precision, "r": recall, "f1": f1, "order": in_order(expected["blocks"], text),
        "struct": sum(checks.values()) / len(checks),
        "failed": [name for name, passed in checks.items() if not passed],
        "chrome": chrome_found(dump, expected),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--verbose", "-v", action="store_true", help="failed checks, chrome")
    parser.add_argument("--json", type=Path, help="write every page's scores here")
    args = parser.parse_args(argv)
    pairs = json.loads((args.data / "pages.json").read_text())
    dumps = dump_pages([args.data / "pages" / pair["page"] for pair in pairs])
    results, by_generator = {}, defaultdict(list)
    row = "{:<44} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}"
    print(row.format("page", "P", "R", "F1", "order", "struct", "chrome"))
    for pair, dump in zip(pairs, dumps, strict=True):
        expected = json.loads((args.data / "expected" / f"{pair['expected']}.json").read_text())
        result = results[pair["page"]] = score(dump, expected)
        by_generator[pair["page"].split("/")[0]].append(result)
        print(row.format(pair["page"], *(f"{result[k]:.3f}" for k in ("p", "r", "f1", "order",
                         "struct")), len(result["chrome"])))
        if args.verbose and (result["failed"] or result["chrome"]):
            print(f"    failed: {result['failed']}  chrome: {result['chrome']}")
    print()
    print(row.format("generator/theme", "P", "R", "F1", "order", "struct", "chrome"))
    every = [r for group in by_generator.values() for r in group]
    for name, group in [*sorted(by_generator.items()), ("ALL", every)]:
        means = [sum(r[k] for r in group) / len(group) for k in ("p", "r", "f1", "order", "struct")]
        chrome = sum(len(r["chrome"]) for r in group)
        print(row.format(name, *(f"{m:.3f}" for m in means), chrome))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
