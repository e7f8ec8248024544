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
    (
        "hyperkitty-thread.html",
        "HyperKitty 1.3 (Debian mailman3-web), thread",
        "name",
        "{name} wrote:",
        True,
    ),
]
MESSAGE = ("hyperkitty-message.html", "HyperKitty 1.3 (Debian mailman3-web), message", 3)
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
    """Each post's depth as the reader gives it: the starter's replies are the thread (0,
    as answers to a question), a reply to one of them 1, and so on."""
    found: list[int] = []
    for post in posts:
        parent = post["reply_to"]
        found.append(0 if parent is None else found[parent] + (parent != 0))
    return found


def thread_order(posts: list[dict]) -> list[int]:
    """The posts' numbers as a threaded view shows them: each reply under its parent."""
    order: list[int] = []

    def visit(number: int) -> None:
        order.append(number)
        for child, post in enumerate(posts):
            if post["reply_to"] == number:
                visit(child)

    visit(0)
    return order


def main() -> None:
    spec = json.loads((HERE / "thread.json").read_text())
    (DATA / "expected").mkdir(exist_ok=True)
    index = []
    for page, program, naming, quoting, nests in PAGES:
        levels = depths(spec["posts"])
        posts = []
        order = thread_order(spec["posts"]) if nests else range(len(spec["posts"]))
        for number in order:
            post, depth = spec["posts"][number], levels[number]
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
    page, program, number = MESSAGE  # (one message of the thread: its sender the byline)
    post = spec["posts"][number]
    quoted = spec["posts"][post["reply_to"]]["name"]
    text = f"{quoted} wrote:\n{post['quote']}\n{plain(post['markdown'])}"
    name = page.removesuffix(".html") + ".json"
    expected = {
        "title": "Re: " + spec["title"],
        "kind": "message",
        "starter": post["name"],
        "posts": [],
        "text": text,
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
