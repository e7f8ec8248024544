"""Write thread.json's thread as a mailbox (``thread.mbox``) for HyperKitty's import: each
post a plain-text mail from its author, replies linked by In-Reply-To and References, a
quote as mail quotes it ("Name wrote:" and "> " lines), code set in by four spaces."""

from __future__ import annotations

import json
import mailbox
import re
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIST = "ops@lists.example.org"


def plain(markdown: str) -> str:
    """``markdown`` as a mail writes it: fenced code set in, a link's address after it."""
    lines, code = [], False
    for line in markdown.splitlines():
        if line.startswith("```"):
            code = not code
            continue
        lines.append("    " + line if code else line)
    return re.sub(r"\[([^\]]*)\]\(([^)]*)\)", r"\1 <\2>", "\n".join(lines))


def main() -> None:
    spec = json.loads((HERE / "thread.json").read_text())
    box = mailbox.mbox(HERE / "thread.mbox")
    box.lock()
    ids: list[str] = []
    for number, post in enumerate(spec["posts"]):
        message = EmailMessage()
        message["From"] = f"{post['name']} <{post['author']}@example.org>"
        message["To"] = LIST
        message["Subject"] = spec["title"] if number == 0 else "Re: " + spec["title"]
        message["Date"] = format_datetime(datetime.fromisoformat(post["date"] + "+00:00"))
        message["Message-ID"] = f"<post-{number}@example.org>"
        text = plain(post["markdown"])
        if post["reply_to"] is not None:
            parent = post["reply_to"]
            message["In-Reply-To"] = ids[parent]
            chain, at = [], parent
            while at is not None:
                chain.insert(0, ids[at])
                at = spec["posts"][at]["reply_to"]
            message["References"] = " ".join(chain)
        if post.get("quote"):
            quoted = spec["posts"][post["reply_to"]]["name"]
            text = f"{quoted} wrote:\n> {post['quote']}\n\n{text}"
        message.set_content(text + "\n")
        ids.append(message["Message-ID"])
        box.add(mailbox.mboxMessage(message))
    box.flush()
    box.unlock()


if __name__ == "__main__":
    main()
