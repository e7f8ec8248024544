"""Write ``expected/*.json`` and ``pages.json`` from ``thread.json`` and the list of pages
below: each page's posts (author as the program shows them, date, text, depth)."""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")

# page, program, how it names a poster ("author": the login, "name": the full name), how it
# heads a quotation ({author} / {name} of the post quoted), whether replies nest
PAGES = [
    ("spirit-topic.html", "Spirit 0.14 (django-spirit)", "author", "@{author} said:", False),
    ("machina-topic.html", "django-machina 1.3", "author", "{author} wrote:", False),
    ("redmine-issue.html", "Redmine 5.0 (Debian), issue", "name", "{name} wrote:", False),
    ("redmine-forum-topic.html", "Redmine 5.0 (Debian), forum", "name", "{name} wrote:", False),
]
ARTICLES = [  # pages that are no discussion: read as an article, no posts
    ("redmine-wiki-page.html", "Redmine 5.0 (Debian), wiki page", "wiki.md"),
]


def plain(markdown: str) -> str:
    """The words a reader sees of ``markdown``: fences, bullets, headings' marks and link
    addresses left out."""
    lines = [line for line in markdown.splitlines() if not line.startswith("```")]
    text = "\n".join(re.sub(r"^(?:[-*] |\d+\. |#+ )", "", line) for line in lines)
    return _LINK.sub(r"\1", text)


def depths(posts: list[dict]) -> list[int]:
    found: list[int] = []
    for post in posts:
        parent = post["reply_to"]
        found.append(0 if parent is None else found[parent] + 1)
    return found


def main() -> None:
    spec = json.loads((HERE / "thread.json").read_text())
    (DATA / "expected").mkdir(exist_ok=True)
    index = []
    for page, program, naming, quoting, nests in PAGES:
        levels = depths(spec["posts"])
        posts = []
        for post, depth in zip(spec["posts"], levels, strict=True):
            text = plain(post["markdown"])
            if post.get("quote"):
                quoted = spec["posts"][post["reply_to"]]
                text = quoting.format(**quoted) + "\n" + post["quote"] + "\n" + text
            posts.append(
                {
                    "author": post[naming],
                    "date": post["date"][:10],
                    "depth": depth if nests else 0,
                    "text": text,
                }
            )
        name = page.removesuffix(".html") + ".json"
        expected = {
            "title": spec["title"],
            "kind": "thread",
            "starter": posts[0]["author"],
            "posts": posts,
        }
        (DATA / "expected" / name).write_text(json.dumps(expected, indent=1) + "\n")
        index.append({"page": page, "program": program, "expected": name})
    for page, program, source in ARTICLES:
        text = plain((HERE / source).read_text())
        title, _, body = text.partition("\n")
        name = page.removesuffix(".html") + ".json"
        expected = {"title": title, "kind": "article", "posts": [], "text": body.strip()}
        (DATA / "expected" / name).write_text(json.dumps(expected, indent=1) + "\n")
        index.append({"page": page, "program": program, "expected": name})
    (DATA / "pages.json").write_text(json.dumps(index, indent=1) + "\n")


if __name__ == "__main__":
    main()
