"""Readers' comments under a copied article: a thread of names, time stamps and reply buttons.

A page copied whole takes its comment section along ("Sharon says", "July 14, 2015 at 3:53
pm", the comment, "Reply"). Each comment is prose, so the article's region would run on
through them. A thread is told by what only a discussion shows, again and again: a line that
is a commenter's header ("Jane says:", "jane commented Dec 18, 2025"), a time stamp written the
way comment systems write it ("November 15, 2022 at 7:03 am", "Yashvardhan 6/1/2021 at
1:28am"), reply buttons and a reply's subject ("Re: What could go wrong?"). A run of them,
each close to the next, after the article's own prose, is a thread: it goes, with the short
lines that head it ("22 thoughts on ...") and all that follows it (the reply form, the
footer). A live blog's time stamps ("10:32 a.m. ET") are
not written that way, and a text that opens with the thread (a forum) is left whole.

The thread is found in the whole page, before its footer is cut (the last comments may go
with it, and too few would be left to tell a thread), and goes from where it starts.
Measured with ``benchmarks/copied_text.py`` (WCXB pages copied whole, DEV articles): F1 0.887
-> 0.892, precision 0.844 -> 0.851, recall unchanged; 17 of 622 pages change, none for the
worse; from the headline down 0.897 -> 0.903. The held-out fifth is unchanged (0.901).
The reply's subject: one dev page (a news site's threaded discussion, 0.138 -> 0.819), no
other page changed; held-out and ``plain_documents.py`` unchanged. A comment's age alone on
its line ("8d", "2 days ago": Substack's, Reddit's, Disqus'): articles copied whole, dev
0.9251 -> 0.9256 (2 pages up, a Substack post 0.697 -> 0.975, none down), held-out 0.92607 ->
0.92841; real browser copies 0.9179 -> 0.9185 / 0.92927 -> 0.93160.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from reader.clean.byline import parse_date
from reader.clean.text.head import count_words
from reader.clean.text.scan import TextScan
from reader.core.lazy import lazy_re

MARKER_CHARS = 80  # a header, a time stamp or a button is a short line
MAX_GAP = 10  # paragraphs between one marker of a thread and the next
MIN_MARKERS = 3  # a thread shows at least this many markers ...
MIN_COMMENTS = 2  # ... of which this many headers, stamps or buttons of separate comments
MIN_PROSE_BEFORE = 100  # words of the article's prose before the thread (else: a forum)
HEAD_LINES = 3  # short lines just above the thread that head it
HEAD_WORDS = 10  # (at most this many words each, but a counted heading: "22 thoughts on ...")
HEADING_CHARS = 200

_REPLY = lazy_re(
    r"\n(?:↳\s*)?reply(?: to (?:this )?comment)?\s*[↓↩]?\s*(?=\n|$)|\n\d+\s+repl(?:y|ies)(?=\n|$)",
    re.I,
)
# a comment's row of buttons with "Reply" among them: "Reply to This Share", "Like · Reply",
# "Reply Share Report", "Flag as Inappropriate" (words of nothing but a comment's actions)
_ACTION_WORDS = frozenset(
    "reply replies share flag as inappropriate report like likes quote permalink parent to "
    "this comment link upvote downvote vote save follow edit delete more hide award".split()
)
_ACTIONS = lazy_re(r"[\w']+")
MAX_ACTIONS = 8  # words of a row of buttons, at most
_HEADER = lazy_re(
    r"^(?P<name>[^\s.!?][^.!?]{0,50}?)\s+(?:says|commented)\b\s*:?\s*(?P<rest>.*)$",
    re.I,
)
# "22 thoughts on “The title”", "3 Responses to ...", "12 comments": a thread's heading
_COUNTED = lazy_re(r"^\d+\s+(?:comments?|thoughts?|responses?|replies)\b", re.I)
# "Re: What could go wrong?", "Re:  (Score:2)": a reply's subject, as threads head replies
_REPLY_SUBJECT = lazy_re(r"\nR[Ee]:[ \t]")
# a comment's age alone on its line, as Substack, Reddit and Disqus write it ("8d", "3h",
# "2 days ago"); in lower case, and no "m" or "s" ("3D", "100 m" and "10 s" are no ages)
_AGE = lazy_re(
    r"\n\d{1,3}\s?(?:[hdwy]|mins?|hrs?|mo|yrs?)(?: ago)?(?=\n|$)|"
    r"\n\d{1,3} (?:second|minute|hour|day|week|month|year)s? ago(?=\n|$)"
)
_TIME = lazy_re(r":\d\d")  # (led by a literal: searched as fast as a find)
# "<date> at <time>" (a comment system's stamp), maybe after the commenter's name
_STAMP = lazy_re(
    r"^(?P<lead>.{0,60}?)\s+at\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?$", re.I
)


def _is_header(text: str) -> bool:
    """ "Jane says:", "jane commented Dec 18, 2025": a name, a verb, a date or nothing."""
    match = _HEADER.match(text)
    if not match or len(match["name"].split()) > 5:
        return False
    rest = match["rest"].strip()
    return not rest or parse_date(rest) is not None


def _is_stamp(text: str) -> bool:
    """ "November 15, 2022 at 7:03 am", "Lee Wasson 8/26/2022 at 2:15pm"."""
    match = _STAMP.match(text.strip())
    return bool(match) and parse_date(match["lead"]) is not None


def _is_actions(text: str) -> bool:
    """ "Reply to This Share", "Flag as Inappropriate": a comment's buttons, nothing else,
    with "Reply" or "Flag" among them (a share bar alone is no comment's)."""
    words = _ACTIONS.findall(text.lower())
    return (
        0 < len(words) <= MAX_ACTIONS
        and all(word in _ACTION_WORDS for word in words)
        and bool({"reply", "flag"} & set(words))
    )


def _markers(paragraphs: Sequence[str], scan: TextScan) -> list[int]:
    """The paragraphs that are a commenter's header, a comment's stamp or a reply button."""
    # (a scan may name more paragraphs than match: one with a newline inside names them all)
    found = {i for i in scan.starting(_REPLY) if _REPLY.match("\n" + paragraphs[i])}
    for index in scan.having(("reply", "flag")):
        text = paragraphs[index]
        if len(text) <= MARKER_CHARS and _is_actions(text):
            found.add(index)
    for index in scan.starting(_AGE):
        text = paragraphs[index]
        if len(text) <= MARKER_CHARS and _AGE.match("\n" + text.strip()):
            found.add(index)
    for index in scan.starting(_REPLY_SUBJECT):
        text = paragraphs[index]
        if len(text) <= MARKER_CHARS and _REPLY_SUBJECT.match("\n" + text):
            found.add(index)
    for index in scan.having(("says", "commented")):
        text = paragraphs[index]
        if len(text) <= MARKER_CHARS and _is_header(text):
            found.add(index)
    for index in scan.holding(_TIME):
        text = paragraphs[index]
        if len(text) <= MARKER_CHARS and _is_stamp(text):
            found.add(index)
    return sorted(found)


def _threads(markers: list[int]) -> list[list[int]]:
    """Runs of markers, each at most :data:`MAX_GAP` paragraphs after the one before."""
    runs: list[list[int]] = []
    for index in markers:
        if runs and index - runs[-1][-1] <= MAX_GAP:
            runs[-1].append(index)
        else:
            runs.append([index])
    return [run for run in runs if len(run) >= MIN_MARKERS]


def _comments_in(run: list[int]) -> int:
    """How many comments a run's markers stand for: markers next to each other (a header
    over its stamp) belong to one comment."""
    return 1 + sum(1 for a, b in pairwise(run) if b - a > 1)


def _is_prose_line(text: str) -> bool:
    return text.rstrip()[-1:] in ".!?" and count_words(text) > HEAD_WORDS


def thread_start(paragraphs: Sequence[str], *, scan: TextScan | None = None) -> int | None:
    """Where the comment thread under the article starts, with its heading (see the module):
    it and all that follows are not the article. None: no thread."""
    scan = scan or TextScan(paragraphs)
    prose = counted = 0  # the prose words of paragraphs[:counted] (threads come in order)
    for run in _threads(_markers(paragraphs, scan)):
        if _comments_in(run) < MIN_COMMENTS:
            continue
        start = run[0]
        for _ in range(HEAD_LINES):  # the short lines heading it ("22 thoughts on ...")
            above = paragraphs[start - 1] if start else ""
            if not above.strip():
                break
            heading = len(above) <= HEADING_CHARS and _COUNTED.match(above) is not None
            if not heading and (count_words(above) > HEAD_WORDS or _is_prose_line(above)):
                break
            start -= 1
        prose += sum(
            count_words(text) for text in paragraphs[counted:start] if _is_prose_line(text)
        )
        counted = max(counted, start)
        if prose >= MIN_PROSE_BEFORE:
            return start
    return None


__all__ = ["thread_start"]
