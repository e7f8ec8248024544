"""The labelled people set: articles in ``articles/*.txt`` and their gold in ``gold.json``.

Article file format: header lines (``Title:``, ``Authors: A; B``, ``Credit: AP Photo/X``,
``Pull: quote text | attribution``), a blank line, then paragraphs separated by blank lines
(a paragraph starting with ``# `` is a heading block).
Gold per article: ``held_out`` (not looked at while tuning) and its ``batch`` (1-4: each
batch written, then scored once; see tests/people/test_people_labelled.py), ``people`` (full
name -> list of accepted roles, or null when the role is not scored), ``quotes`` ([snippet,
speaker]) and ``pull_speakers`` (in order). Used by tests/people/test_people_labelled.py and
benchmarks/people.py.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from reader.article.model import Article, Caption, PullQuote, build_article
from reader.people.names import fold

HERE = Path(__file__).parent
ARTICLES = HERE / "articles"
_RANK_PREFIX = re.compile(r"^(?:gen|adm|col|lt|maj|capt|sgt|cmdr|sen|rep|gov|brig)\.?, ", re.I)


def parse_article(path: Path) -> Article:
    """Build an ``Article`` from a labelled article file."""
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    fields: dict[str, list[str]] = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        fields.setdefault(key.strip().lower(), []).append(value.strip())
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    pulls = []
    for line in fields.get("pull", []):
        text, _, attribution = line.partition("|")
        pulls.append(PullQuote(text.strip(), attribution.strip() or None))
    credit = (fields.get("credit") or [None])[0]
    authors = [a.strip() for a in (fields.get("authors") or [""])[0].split(";") if a.strip()]
    return build_article(
        title=(fields.get("title") or ["Untitled"])[0],
        blocks=[("heading", p[2:]) if p.startswith("# ") else ("paragraph", p) for p in paragraphs],
        authors=authors,
        caption=Caption("Photo.", credit) if credit else None,
        pull_quotes=pulls,
    )


def load_gold() -> dict[str, dict]:
    """The gold annotations, by article id (file name without ``.txt``)."""
    return json.loads((HERE / "gold.json").read_text(encoding="utf-8"))


def article_path(article_id: str) -> Path:
    return ARTICLES / f"{article_id}.txt"


def _role_key(role: str) -> str:
    role = fold(role).strip(" .,")
    return re.sub(r"^(?:the|a|an) ", "", role)


def role_matches(predicted: str | None, accepted: list[str]) -> bool:
    """True when the predicted role is one of the accepted ones (a rank prefix may be added)."""
    if not predicted:
        return False
    keys = {_role_key(role) for role in accepted}
    guess = _role_key(predicted)
    return guess in keys or _RANK_PREFIX.sub("", guess) in keys


@dataclass
class Score:
    """Counts for one article."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    roles_right: int = 0
    roles_total: int = 0
    quotes_right: int = 0
    quotes_total: int = 0
    pulls_right: int = 0
    pulls_total: int = 0
    extra: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    wrong_roles: list[str] = field(default_factory=list)
    wrong_quotes: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        denominator = 2 * self.tp + self.fp + self.fn
        return 1.0 if denominator == 0 else 2 * self.tp / denominator


def score(article: Article, gold: dict) -> Score:
    """Compare the analysed article with its gold annotation."""
    result = Score()
    found = {fold(person.name): person for person in article.people}
    wanted = {fold(name): (name, roles) for name, roles in gold["people"].items()}
    for key, (name, roles) in wanted.items():
        person = found.get(key)
        if person is None:
            result.fn += 1
            result.missing.append(name)
            continue
        result.tp += 1
        if roles is not None:
            result.roles_total += 1
            if role_matches(person.role, roles):
                result.roles_right += 1
            else:
                result.wrong_roles.append(f"{name}: {person.role!r}")
    for key, person in found.items():
        if key not in wanted:
            result.fp += 1
            result.extra.append(person.name)
    for snippet, speaker in gold["quotes"]:
        result.quotes_total += 1
        quote = next((q for q in article.quotations if snippet in q.text), None)
        if quote is not None and quote.speaker and fold(quote.speaker) == fold(speaker):
            result.quotes_right += 1
        else:
            got = quote.speaker if quote else "(quote not found)"
            result.wrong_quotes.append(f"{snippet!r}: {got!r} != {speaker!r}")
    for pull, speaker in zip(article.pull_quotes, gold.get("pull_speakers", []), strict=False):
        result.pulls_total += 1
        if pull.speaker and fold(pull.speaker) == fold(speaker):
            result.pulls_right += 1
    return result
