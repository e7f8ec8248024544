"""Write expected/blog-*.json and the blog pages' pages.json entries (run from the
benchmark's folder, ``benchmarks/data/site-generators``)."""

import datetime
import json
import re
from pathlib import Path

src = Path("sources/blogs")
FENCE = re.compile(r"```.*?```", re.S)


def chunks(md):
    at = 0
    for m in FENCE.finditer(md):
        yield from md[at : m.start()].strip().split("\n\n")
        yield m.group(0)
        at = m.end()
    yield from md[at:].strip().split("\n\n")


def expected(md, title, authors, published):
    blocks, headings, code, ordered, captions, quotes = [], [], [], [], [], []
    for chunk in chunks(md):
        if chunk.startswith("## "):
            headings.append(chunk[3:])
            blocks.append(chunk[3:])
        elif chunk.startswith("```"):
            lines = chunk.split("\n")
            text = "\n".join(lines[1:-1])
            code.append({"language": lines[0][3:], "text": text})
            blocks.append(text)
        elif chunk.startswith("> "):
            quotes.append(chunk[2:])
            blocks.append(chunk[2:])
        elif chunk.startswith("<figure>"):
            cap = re.search(r"<figcaption>(.*?)</figcaption>", chunk).group(1)
            captions.append(cap)
            blocks.append(cap)
        elif re.match(r"\d\. ", chunk):
            for line in chunk.split("\n"):
                ordered.append(line[3:])
                blocks.append(line[3:])
        elif chunk.startswith("- "):
            blocks += [line[2:] for line in chunk.split("\n")]
        elif chunk.strip():
            blocks.append(chunk)
    return {
        "title": title,
        "authors": authors,
        "published": published,
        "blocks": blocks,
        "headings": headings,
        "code": code,
        "tables": [],
        "ordered": ordered,
        "nested": [],
        "definitions": [],
        "captions": captions,
        "quotes": quotes,
    }


Path("expected/blog-tarring.json").write_text(
    json.dumps(
        expected(
            (src / "tarring.md").read_text(), "Tarring the Ferry Steps", ["Ada Marsh"], "2024-06-11"
        ),
        indent=1,
        ensure_ascii=False,
    )
    + "\n"
)
Path("expected/blog-gulls.json").write_text(
    json.dumps(
        expected(
            (src / "gulls.md").read_text(),
            "Counting Gulls on the Breakwater",
            ["Ada Marsh", "Tom Reed"],
            "2024-04-03",
        ),
        indent=1,
        ensure_ascii=False,
    )
    + "\n"
)

extra = json.loads((src / "extra.json").read_text())
tarring, gulls = (
    expected((src / f).read_text(), t, None, None)
    for f, t in (
        ("tarring.md", "Tarring the Ferry Steps"),
        ("gulls.md", "Counting Gulls on the Breakwater"),
    )
)
POSTS = [
    ("Tarring the Ferry Steps", "2024-06-11", tarring["blocks"]),
    ("Counting Gulls on the Breakwater", "2024-04-03", gulls["blocks"]),
]
POSTS += [(title, date, [text]) for title, date, text in extra.values()]

FORMATS = {
    "jekyll": "%b %-d, %Y",
    "nikola": "%Y-%m-%d",
    "ablog": "%d %B %Y",
    "mkdocs": "%B %-d, %Y",
}
TIMES = {"2024-06-11": " 09:30", "2024-04-03": " 00:40"}


def listing(name, engine, title, shown, teaser):
    blocks, headings = [], []
    for head, date, body in POSTS:
        if head not in shown:
            continue
        day = datetime.date.fromisoformat(date).strftime(FORMATS[engine])
        if engine == "nikola":
            day += TIMES.get(date, " 10:00")
        headings.append(head)
        blocks += [head, day] + {"none": [], "first": body[:1], "whole": body}[teaser]
    out = {
        "title": title,
        "authors": None,
        "published": None,
        "blocks": blocks,
        "headings": headings,
        "code": [],
        "tables": [],
        "ordered": [],
        "nested": [],
        "definitions": [],
        "captions": [],
        "quotes": [],
    }
    Path(f"expected/{name}.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")


every = [p[0] for p in POSTS]
maintenance = [
    "Tarring the Ferry Steps",
    "A Quiet Week at the Fish Market",
    "New Benches on the Harbour Wall",
]
listing("blog-jekyll-index", "jekyll", "Harbour Notes", every, "none")
listing("blog-nikola-index", "nikola", "Harbour Notes", every, "whole")
listing("blog-nikola-tag", "nikola", "Posts about maintenance", maintenance, "none")
listing("blog-ablog-index", "ablog", "All Posts", every, "first")
listing("blog-ablog-tag", "ablog", "Posts tagged maintenance", maintenance, "first")
listing("blog-mkdocs-index", "mkdocs", "Blog", every, "first")
listing("blog-mkdocs-category", "mkdocs", "Harbour Life", every, "first")
pages = json.loads(Path("pages.json").read_text())
new = []
for engine, themes in (
    ("jekyll", ["minima"]),
    ("nikola", ["bootblog4", "bootstrap4"]),
    ("ablog", ["alabaster", "pydata_sphinx_theme"]),
    ("mkdocs", ["material-blog"]),
):
    for theme in themes:
        folder = f"{engine}-{theme}"
        new += [
            {"page": f"{folder}/post.html", "expected": "blog-tarring"},
            {"page": f"{folder}/post2.html", "expected": "blog-gulls"},
            {"page": f"{folder}/index.html", "expected": f"blog-{engine}-index"},
        ]
        if engine != "jekyll":
            new.append(
                {
                    "page": f"{folder}/tag.html",
                    "expected": f"blog-{engine}-" + ("category" if engine == "mkdocs" else "tag"),
                }
            )
known = {p["page"] for p in pages}
pages += [p for p in new if p["page"] not in known]
Path("pages.json").write_text(json.dumps(pages, indent=1) + "\n")

# Nikola and MkDocs Material (pymdownx.highlight by default) name no language on the page
for name in ("blog-tarring", "blog-gulls"):
    out = json.loads(Path(f"expected/{name}.json").read_text())
    for code in out["code"]:
        code["language"] = None
    Path(f"expected/{name}-unmarked.json").write_text(
        json.dumps(out, indent=1, ensure_ascii=False) + "\n"
    )
pages = json.loads(Path("pages.json").read_text())
for pair in pages:
    if pair["page"].split("/")[0] in (
        "nikola-bootblog4",
        "nikola-bootstrap4",
        "mkdocs-material-blog",
    ) and pair["expected"] in ("blog-tarring", "blog-gulls"):
        pair["expected"] += "-unmarked"
Path("pages.json").write_text(json.dumps(pages, indent=1) + "\n")
