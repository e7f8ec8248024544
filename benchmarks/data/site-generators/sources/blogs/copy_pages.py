"""Copy built pages into the benchmark, inline scripts and styles over 2,000 characters cut."""

import re
from pathlib import Path

DEST = Path("pages")
BIG = re.compile(r"(<(script|style)\b[^>]*>)(.*?)(</\2>)", re.S | re.I)


def cut(html):
    return BIG.sub(
        lambda m: m.group(1) + ("/* cut */" if len(m.group(3)) > 2000 else m.group(3)) + m.group(4),
        html,
    )


PAGES = {
    "jekyll-minima": (
        "jekyll/_site",
        {
            "post.html": "2024/06/11/tarring-the-ferry-steps.html",
            "post2.html": "2024/04/03/counting-gulls-on-the-breakwater.html",
            "index.html": "index.html",
            "tag.html": "tag/maintenance/index.html",
        },
    ),
    "mkdocs-material-blog": (
        "mkd/site",
        {
            "post.html": "blog/2024/06/11/tarring-the-ferry-steps/index.html",
            "post2.html": "blog/2024/04/03/counting-gulls-on-the-breakwater/index.html",
            "index.html": "blog/index.html",
            "tag.html": "blog/category/harbour-life/index.html",
        },
    ),
}
for theme in ("bootblog4", "bootstrap4"):
    PAGES[f"nikola-{theme}"] = (
        f"nik/output-{theme}",
        {
            "post.html": "posts/tarring-the-ferry-steps/index.html",
            "post2.html": "posts/counting-gulls-on-the-breakwater/index.html",
            "index.html": "index.html",
            "tag.html": "categories/maintenance/index.html",
        },
    )
for theme in ("alabaster", "pydata_sphinx_theme"):
    PAGES[f"ablog-{theme}"] = (
        f"ablog/_build/{theme}",
        {
            "post.html": "posts/tarring-the-ferry-steps.html",
            "post2.html": "posts/counting-gulls-on-the-breakwater.html",
            "index.html": "blog.html",
            "tag.html": "blog/tag/maintenance.html",
        },
    )
for name, (root, files) in PAGES.items():
    (DEST / name).mkdir(parents=True, exist_ok=True)
    for dest, src in files.items():
        (DEST / name / dest).write_text(cut((Path(root) / src).read_text()))
        print(name, dest, len((DEST / name / dest).read_text()))
