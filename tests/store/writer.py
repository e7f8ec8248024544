"""A child process for the durability tests: writes bookmarks, printing each committed id.

Usage: python writer.py DATA_DIR COUNT TAG
"""

from __future__ import annotations

import sys

from reader.article.model import build_article
from reader.store import Store


def main() -> int:
    data_dir, count, tag = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    text = " ".join(f"word{n}" for n in range(400))
    article = build_article(title=f"Article {tag}", blocks=[("paragraph", text)], source=f"https://example.org/{tag}")
    store = Store.open(data_dir, check=False)
    store.save_article(article)
    print("ready", flush=True)
    for n in range(count):
        mark = store.add_bookmark(article, n, n + 7, note=f"{tag} {n}")
        print(mark.id, flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
