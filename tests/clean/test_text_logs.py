"""A log in a plain text keeps its lines, and a traceback its indentation (``reader dump``)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.cli_run import dump_as, dump_text

PROSE = textwrap.fill(
    "We deployed the new version this morning and the service came up without trouble, but "
    "a few minutes later the workers started to fail one after the other, and we went "
    "through what they had written before they stopped.",
    76,
)
AFTER = textwrap.fill(
    "We fixed it by checking the payload before the handler is called, and the workers have "
    "been running since then without another failure. The next deployment is on Friday.",
    76,
)
LOG = (
    "2025-03-01 12:00:01 INFO server started on port 8080\n"
    "2025-03-01 12:00:02 INFO loading configuration from /etc/app/config.yaml\n"
    "2025-03-01 12:00:05 WARNING cache directory missing, creating it\n"
    "2025-03-01 12:01:17 ERROR request failed for /api/users"
)
TRACEBACK = (
    "Traceback (most recent call last):\n"
    '  File "/srv/app/worker.py", line 42, in run\n'
    "    result = handler(job)\n"
    '  File "/srv/app/handlers.py", line 17, in handler\n'
    "    return process(job.payload)\n"
    "ValueError: payload is empty"
)


def _body(article: dict) -> list[tuple[str, str]]:
    return [(block["type"], block["text"]) for block in article["body"]]


def test_a_log_file_keeps_each_entry_on_its_line(tmp_path: Path) -> None:
    article = dump_text(tmp_path, LOG + "\n", name="server.log")
    assert _body(article) == [("preformatted", LOG)]


def test_syslog_lines_under_a_lead_keep_their_lines(tmp_path: Path) -> None:
    syslog = (
        "Mar  1 12:00:01 host1 systemd[1]: Started Daily apt download activities.\n"
        "Mar  1 12:05:33 host1 kernel: usb 1-1: new high-speed USB device number 5\n"
        "Mar  1 12:05:34 host1 sshd[4321]: Accepted publickey for alice from 10.0.0.5"
    )
    text = f"Night shift\n\n{PROSE} The system log said:\n{syslog}\n\n{AFTER}\n"
    body = _body(dump_text(tmp_path, text))
    assert ("preformatted", syslog) in body
    assert body[0][0] == "paragraph" and body[0][1].endswith("The system log said:")


def test_a_log_between_paragraphs_is_neither_a_paragraph_nor_a_heading(tmp_path: Path) -> None:
    text = f"Deployment notes\n\n{PROSE}\n\n{LOG}\n\n{AFTER}\n"
    body = _body(dump_text(tmp_path, text))
    assert body == [
        ("paragraph", " ".join(PROSE.split("\n"))),
        ("preformatted", LOG),
        ("paragraph", " ".join(AFTER.split("\n"))),
    ]


def test_a_logged_traceback_stays_with_its_entry(tmp_path: Path) -> None:
    log = (
        "[2025-03-01 12:01:17,123] ERROR in app: Exception on /api/users [GET]\n"
        f"{TRACEBACK}\n"
        "[2025-03-01 12:01:18,004] INFO in app: retrying"
    )
    assert _body(dump_text(tmp_path, log + "\n", name="app.log")) == [("preformatted", log)]


def test_a_python_traceback_keeps_its_indentation(tmp_path: Path) -> None:
    text = f"Deployment notes\n\n{PROSE}\n\n{TRACEBACK}\n\n{AFTER}\n"
    body = _body(dump_text(tmp_path, text))
    assert ("preformatted", TRACEBACK) in body
    assert not any(kind == "heading" for kind, _ in body)  # (not its last line)


def test_a_java_trace_keeps_its_lines(tmp_path: Path) -> None:
    trace = (
        'Exception in thread "main" java.lang.IllegalStateException: queue closed\n'
        "\tat com.example.queue.Worker.take(Worker.java:88)\n"
        "\tat com.example.queue.Worker.run(Worker.java:41)\n"
        "Caused by: java.io.IOException: broken pipe\n"
        "\tat com.example.queue.Channel.read(Channel.java:12)"
    )
    body = _body(dump_text(tmp_path, f"Crash report\n\n{PROSE}\n\n{trace}\n\n{AFTER}\n"))
    assert ("preformatted", trace.expandtabs(8)) in body


def test_the_text_dump_prints_the_traceback_as_it_was(tmp_path: Path) -> None:
    text = f"Deployment notes\n\n{PROSE}\n\n{TRACEBACK}\n\n{AFTER}\n"
    assert TRACEBACK in dump_as(tmp_path, text, "text")


def test_paragraphs_begun_with_an_indent_are_still_paragraphs(tmp_path: Path) -> None:
    chapter = (
        "It was late in the autumn when the travellers came down from the hills, and the\n"
        "first snow lay already on the high passes behind them.\n"
        "    They stopped at the inn by the river. The keeper came out with a lantern and\n"
        "looked at them for a long while before he spoke to them at all.\n"
        "    \"You will want beds,\" he said at last, and turned back into the house without\n"
        "waiting for their answer."
    )
    body = _body(dump_text(tmp_path, f"CHAPTER ONE\n\n{chapter}\n"))
    assert [kind for kind, _ in body] == ["paragraph"] * 3
    assert body[1][1].startswith("They stopped at the inn")


NOT_KEPT = {
    # a definition wrapped under its term: prose
    "definitions": (
        "SSH_ASKPASS           If ssh needs a passphrase, it will read the passphrase\n"
        "                      from the current terminal if it was run from a terminal,\n"
        "                      and from the program this variable names otherwise.\n"
        "TZ                    This variable is set to indicate the present time zone\n"
        "                      if it was set when the daemon was started."
    ),
    # lines that start with times in a paragraph (its first line no entry, no lead "...:")
    "timetable": (
        "The ferry leaves the harbour twice a day in the summer, and the times are these\n"
        "08:15:00 from the pier, calling at the island an hour later, and\n"
        "17:45:00 from the island, back at the pier before the last bus leaves."
    ),
    # a browser's copy of a table: cells parted by tabs, a row's empty first cell a tab
    "copied table": (
        "Aspirin tablets\n\tSource\tUS National Library of Medicine\n"
        "More content from the library (18)\n\tUnderlying Work Rights\tPD Worldwide\n"
        "\tDigital Copy Rights"
    ),
}


@pytest.mark.parametrize("case", sorted(NOT_KEPT))
def test_prose_and_a_copied_table_do_not_keep_their_lines_as_code(
    tmp_path: Path, case: str
) -> None:
    body = _body(dump_text(tmp_path, f"Notes\n\n{PROSE}\n\n{NOT_KEPT[case]}\n\n{AFTER}\n"))
    assert not any(kind == "preformatted" for kind, _ in body)
