"""Evidence from the page itself that a capitalised word names a thing, not a person.

- *Corporate words*: a token used like a company ("shares of Veltrana", "Veltrana Inc",
  "Corvane's board", "Kasuga reported earnings", "Corvane OS") is an organisation on this
  page; a candidate name holding it is not a person unless it opens with a known first name.
- *Headlines*: heading blocks and Title Case lines ("Kindlewood Publicly Rebukes Corvane")
  give no evidence that a run is a person (their runs may still refer to people found
  elsewhere).
- *Acting as a person*: a surname alone followed by "said he/she", an age ("Okafor, 34,
  said") or a sports result ("Marchetti beat Lindqvist 6-4").
- *Titled tails*: "Minister for Treaty Negotiations Kerehoma Wihongi" reads as one run; the
  name at its end is split off when the page treats its last word as a person.
- *Speech*: "Okafor said", "said Okafor", "according to", "led by".
- *Things*: a name right after an article or a possessive ("the Arlo Pro", "a React Hook",
  "your Claude Code session") or right before a model number ("Arlo Pro 6", "Ghost 16")
  is a product or a feature, not a person, and so is the label of a number ("Max Brew: 40
  ounces"): such a mention is no evidence.
- *Words the page writes in lower case* ("support", "fees", "machine") are nouns: "Customer
  Support", "Psychotherapy Fees" or "A. Machine" name no one unless a first name vouches;
  acronyms ("HR", "AI", "VPNs") and letters joined by "&" ("S&P") are no names either.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from reader.core.lazy import lazy_re
from reader.people.companies import CompanyNames
from reader.people.names import (
    AMBIGUOUS_TITLES,
    HONORIFICS,
    ORG_NAMES,
    ORG_WORDS,
    PARTICLES,
    PLACE_STARTERS,
    RANKS,
    ROLE_NOUNS,
    TITLE_WORDS,
    Run,
    Token,
    is_given_name,
    is_initials,
)
from reader.people.roles import (
    OTHER_SPEECH_VERBS,
    SPEECH_VERBS,
    apposition_after,
    is_role_word,
)

_NAME_BEFORE = lazy_re(r"((?:[A-Z][\w’'\-&]* )*[A-Z][\w’'\-]+?)(?:’s|'s)?$")
_NAME_AFTER = lazy_re(r"(?:rival |peer )?((?:[A-Z][\w’'\-&]* )*[A-Z][\w’'\-]+)")
# Each pattern opens with a character, not a lookbehind, so that ``re`` can skip ahead to the
# places where it may match (the lookbehind after it plays the part of "\b" or "after a word").
_SHARES_OF = lazy_re(r"[Ss](?<=\b[Ss])hares (?:of|in) ")
# what follows a company's name: "Veltrana shares", "Kasuga reported first-quarter results"
_COMPANY_AFTER = lazy_re(
    r" (?<=[\w’'] )(?:(?:shares|stock|board|investors|shareholders|chief executive|ceo|cfo|"
    r"revenue|profits?|earnings|customers|subscribers|headquarters|subsidiary|share price|"
    r"market value)\b"
    r"|(?:reported|posted|forecast|raised its|cut its|lowered its) "
    r"(?:(?:its|a|first|second|third|fourth|quarterly|annual|full-year|record|own)"
    r"[\w\- ]{0,20}?)?(?:earnings|results|profits?|loss|revenue|sales|forecast|guidance|"
    r"outlook|trading update)\b)"
)


def corporate_tokens(text: str, runs: Iterable[Run]) -> frozenset[str]:
    """Folded tokens this page uses as organisation names."""
    found: set[str] = set()
    names: list[str] = []
    for match in _SHARES_OF.finditer(text):
        after = _NAME_AFTER.match(text, match.end())
        if after:
            names.append(after.group(1))
    for match in _COMPANY_AFTER.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if before:
            names.append(before.group(1))
    for name in names:
        for word in name.split():
            found.add(re.sub(r"[’']s$", "", word).casefold())
    for run in runs:
        if run.org and len(run.core) >= 2 and run.core[-1].key in ORG_WORDS:
            for token in run.core:  # "Kasuga Devices Ltd", not "Treaty Negotiations Kerehoma"
                if token.key not in ORG_WORDS and not is_given_name(token.text):
                    found.add(token.key)
    return frozenset(found)


def corporate(words: Sequence[str], lead: str, tokens: frozenset[str]) -> bool:
    """A candidate name that holds a corporate token and does not open with a first name."""
    return not is_given_name(lead) and any(word in tokens for word in words)


_TITLE_WORD = lazy_re(r"[A-Z0-9]")
_SMALL = frozenset("a an the and or of in on at to for by with from as vs is".split())


def headline_spans(text: str, blocks: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Blocks that are headings, or lines in Title Case with no sentence end."""
    spans: list[tuple[int, int]] = []
    for start, end, kind in blocks:
        if kind == "heading":
            spans.append((start, end))
            continue
        line = text[start:end]
        if end - start > 160 or line.rstrip().endswith((".", "”", '"', "?", "!", ":")):
            continue
        words = [w for w in line.split() if w.casefold() not in _SMALL]
        if len(words) >= 3 and all(_TITLE_WORD.match(w) for w in words):
            spans.append((start, end))
    return spans


def surname_like_a_place(run: Run, text: str) -> bool:
    """ "Mayor Linda Park", "Linda Park said", "recalled Linda Park": a known first name and
    a surname that is also a place's or an organisation's word (Park, Hall, Lane, Church),
    read as a person when the page gives the name a title or has it speak, the verb after
    the name or just before it ("Victoria Park" stays a place)."""
    core = run.core
    if len(core) != 2 or core[0].key in ORG_WORDS or not is_given_name(core[0].text):
        return False
    return bool(run.prefix) or said(text, run, max(0, run.start - 80))


def split_tail(run: Run, said_surnames: frozenset[str]) -> Run | None:
    """The name at the end of an organisation run, when the page treats it as a person."""
    core = run.core
    if len(core) < 3:
        return None
    first, last = core[-2], core[-1]
    if first.key in ORG_WORDS or last.key in ORG_WORDS or core[-3].key in PLACE_STARTERS:
        return None  # not "Francisco Marriage" of "The San Francisco Marriage Center"
    if not (is_given_name(first.text) or last.key in said_surnames):
        return None
    prefix = run.prefix + tuple(core[:-2])
    name = " ".join(t.text for t in (first, last))
    if name.casefold() in ORG_NAMES:
        return None  # "Fondation Louis Vuitton"
    return Run(prefix, (first, last), False, first.start, last.end, name)


_SAID_PRONOUN = lazy_re(
    r"(?:, \d{1,3},)? (?:" + SPEECH_VERBS + r") (?:that )?(?:he|she)\b"  # "Raghunathan said he"
    r"|, \d{1,3}, (?:[a-z]+ )?(?:" + SPEECH_VERBS + r"|was|is|has|had|who)\b"  # "Okonkwo, 21, said"
)
_RESULT_VERBS = r"(?:beat|beats|beating|defeated|defeats|edged|edges|outlasted|overcame|thrashed)"
_SCORE = r"\s+(?:\d+-\d+|\d+–\d+)"
_BEATEN = lazy_re(_RESULT_VERBS + r"\s+(?:(?:seed|champion|world No\. \d+)\s+)?$")
# "beat Lindqvist 6-4" after a surname
_BEAT_AFTER = lazy_re(
    r" " + _RESULT_VERBS + r" (?:[A-Z][\w’'\-]+ ){0,3}?[A-Z][\w’'\-]+" + _SCORE
)


def acts_as_person(text: str, run: Run, floor: int) -> bool:
    """A surname alone that the text treats as a person: "X said he", "X, 34, said",
    a sports result ("Marchetti beat Lindqvist 6-4", "beating Lindqvist 6-4")."""
    if run.possessive:
        return False
    if _SAID_PRONOUN.match(text, run.end):
        return True
    after = text[run.end : run.end + 80]
    if _BEAT_AFTER.match(after):
        return True
    before = text[max(floor, run.start - 40) : run.start]
    return bool(_BEATEN.search(before)) and re.match(_SCORE, after) is not None


SAID_AFTER = lazy_re(r"(?:, [^.;:“”\"\n]{1,100}?,)? (?:" + SPEECH_VERBS + r")\b")
# a speech verb before the name ("said Okafor", "according to", "led by"; "sagt Thomas Becker",
# "explica Carmen Ruiz", "vertelt Kees Visser" as other languages report), then up to five
# capitalised or role words ("said Health Minister Jo Park"); not "called", which names things
# as often ("a service called Visit Japan Web")
_VERBS_BEFORE = "|".join(v for v in SPEECH_VERBS.split("|") if v not in ("called", "calls"))
_SAID_BEFORE = lazy_re(
    r"\b(?:" + _VERBS_BEFORE + r"|according to|told by|(?:led|founded|co-founded|directed|"
    r"written|chaired|headed|coached|composed|painted|hosted|presented|married) by|"
    rf"{OTHER_SPEECH_VERBS}),?"
    r"\s+((?:[\w.’'\-]+\s+){0,5})$"
)
ACRONYM_PLURAL = lazy_re(r"[A-Z]{2,}s")
_LOWER_WORD = lazy_re(r"(?<![\w’'-])[a-z]+(?![\w’'])")


@lru_cache(maxsize=16384)
def acronym(word: str) -> bool:
    """True for "AI", "HR", "VPNs": an abbreviation, never a surname on its own."""
    return (word.isupper() and 2 <= len(word) <= 4) or bool(ACRONYM_PLURAL.fullmatch(word))


def said(text: str, run: Run, floor: int) -> bool:
    """A speech verb after the name ("Okafor said") or before it ("said Okafor", "led by")."""
    after = text[run.end : run.end + 120]
    if not run.possessive and SAID_AFTER.match(after):
        return True
    before = text[max(floor, run.start - 80) : run.start]
    match = _SAID_BEFORE.search(before)
    if not match:
        return False
    between = match.group(1).split()
    return all(w[0].isupper() or is_role_word(w) for w in between)


def joined_by_ampersand(text: str, run: Run) -> bool:
    """An initial joined to a letter by "&" ("S&P SmallCap", "P&C insurers"): no initial."""
    end = run.core[0].end
    return "&" in text[max(0, run.start - 1) : run.start] + text[end : end + 1]


_DESK_WORDS = frozenset("staff team contributor contributors editors desk newsroom".split())
_DESK_ENDS = ("desk", "newsroom")  # a desk in one word: "Newsdesk", "Sportsdesk", "Newsroom"
_NO_NAME_OPENS = frozenset("the a an our your my their this from by with for of".split())


def names_no_one(words: list[str], runs: list[Run]) -> bool:
    """A byline's ``words`` (its ``runs``) that name no person: a business ("Thrive Agency",
    "Marketing Team"), a desk or a phrase ("The Currency editors", "From Masculindians",
    "Podium Staff", "SFist Contributor", "Newsdesk"); a first name keeps them ("Sarah
    Rudell Beach", "Will Judd")."""
    if is_given_name(words[0]):
        return False
    if (runs and all(run.org for run in runs)) or words[0].casefold() in _NO_NAME_OPENS:
        return True
    last = words[-1].casefold()
    if (len(words) > 1 and last in _DESK_WORDS) or last.endswith(_DESK_ENDS):
        return True
    return any(word[0].islower() and word not in PARTICLES for word in words)


LEAD_ALONE = 3  # a name's first word alone this often, and more often than with the rest
# a capitalised word and the capitalised word after it, if any ("Shopify Sidekick")
_CAPITALISED = lazy_re(r"\b([A-Z][\w’'-]*)(?=(?:\s+([A-Z][\w’'-]*))?)")


@dataclass
class PageWords:
    """What the page says about its own words: corporate tokens, headline spans, the words
    it writes in lower case."""

    text: str
    corporate: frozenset[str]
    headlines: list[tuple[int, int]]
    _lower: frozenset[str] | None = field(default=None, init=False, repr=False)
    _capitalised: tuple[Counter[str], Counter[tuple[str, str]]] | None = field(
        default=None, init=False, repr=False
    )
    _companies: CompanyNames | None = field(default=None, init=False, repr=False)

    def company_named(self, position: int) -> bool:
        """Whether a company noun introduces the name at ``position`` ("the drugs’
        manufacturers, Eli Lilly and Novo Nordisk")."""
        if self._companies is None:
            self._companies = CompanyNames(self.text)
        return self._companies(position)

    def in_headline(self, position: int) -> bool:
        index = bisect_right(self.headlines, (position, 10**18)) - 1
        return index >= 0 and position < self.headlines[index][1]

    def common_word(self, run: Run) -> bool:
        """True when the text also writes ``run``'s last word in lower case, as a word
        ("Customer Support" beside "support the team"): a noun, no surname."""
        if self._lower is None:
            self._lower = frozenset(_LOWER_WORD.findall(self.text))
        word = run.core[-1].text.casefold()
        return word in self._lower or (word[-1:] == "s" and word[:-1] in self._lower)

    def lead_stands_alone(self, run: Run) -> bool:
        """Whether the first word of the longer name ``run``, no known first name, stands on
        its own :data:`LEAD_ALONE` times or more, and more often than it opens the name: a
        company's or a product's name ("Shopify" beside "Shopify Sidekick"), where a person
        is named again by surname."""
        if len(run.core) < 2:
            return False
        if self._capitalised is None:  # (one pass over the text, when first asked)
            words: Counter[str] = Counter()
            pairs: Counter[tuple[str, str]] = Counter()
            for match in _CAPITALISED.finditer(self.text):
                words[match.group(1)] += 1
                if match.group(2):
                    pairs[match.group(1), match.group(2)] += 1
            self._capitalised = (words, pairs)
        words, pairs = self._capitalised
        lead = run.core[0].text
        together = pairs[lead, run.core[1].text]
        alone = words[lead] - together
        return alone >= LEAD_ALONE and alone > together

    def titled_brand(self, run: Run) -> bool:
        """A title word that is also an ordinary word, a first name and a word the page
        writes in lower case: a brand ("King Arthur Flour" beside "flour"), no person."""
        if len(run.core) < 2 or not run.prefix or run.prefix[-1].end + 1 < run.start:
            return False
        title = run.prefix[-1]
        return title.key in AMBIGUOUS_TITLES and _brand_title(title) and self.common_word(run)

    def role_titles(self, run: Run, role: Token) -> bool:
        """Whether the role word ``role`` before ``run`` ("Chef", "Customer") makes it a
        person when no first name does: a title before a one-word name ("President Biden";
        not "Mentor Mode"), any role before a longer one ("UX Designer Miche Alvarez"), and
        never before a word the text also writes in lower case ("Customer Support")."""
        if len(run.core) == 1 and role.key not in TITLE_WORDS:
            return False
        return not self.common_word(run)


# before a thing's name, not a person's: "the Arlo Pro", "a React Hook", "your Claude Code"
# (not "his", "her": "her Jane" is rare, "his wife Ewa" is read by the kin rule)
_BEFORE_A_THING = frozenset(
    "the a an this these those your our my their its every each any".split()
)
# a model number after the name: "Arlo Pro 6", "Pro 5S", "Ghost 16"; not a year ("Lee Miller
# 1945" under a photograph), an age ("Jane Doe, 34") or a score ("Adaeze Okonkwo 7-5"); or
# one written onto the name's last word ("Askar SQA55", "William Optics FLAT73")
# A field's label before its value ("Max Brew: 40 ounces") is a thing too.
_MODEL_AFTER = lazy_re(r" (?!(?:1[0-9]|20)\d\d\b)\d[\w.]*(?=[\s,;:)]|$)|: ?\d|\d")


def thing_like(text: str, run: Run) -> bool:
    """A mention that reads as a thing: right after an article or a possessive determiner
    ("the Arlo Pro", "a React Hook"), also before a title that opens the thing's name ("the
    King Arthur way"; not "the Rev. Al Sharpton"), right before a model number ("Arlo Pro
    6", "Askar SQA55") or as the label of a number ("Max Brew: 40 ounces")."""
    before, at = "", run.start
    for token in reversed(run.prefix):
        if token.end + 1 < at:
            at = -1 if at == run.start else at
            break  # not joined to the name (or to the title after it)
        if token.key in _BEFORE_A_THING or not (_brand_title(token) or _plain_role(token)):
            before, at = token.text, -1
            break
        at = token.start
    if at >= 0:
        window = text[max(0, at - 12) : at]
        words = window.split() if window[-1:].isspace() else []
        before = words[-1] if words else ""
    if before.casefold() in _BEFORE_A_THING:
        return True
    return not run.possessive and _MODEL_AFTER.match(text, run.end) is not None


def _plain_role(token: Token) -> bool:
    """A role word that is neither an honorific nor a rank ("the Fellow Clara", a product)."""
    key = token.key
    return key in ROLE_NOUNS and key not in HONORIFICS and key not in RANKS


def _brand_title(token: Token) -> bool:
    """A title that may open a thing's name ("King Arthur Flour", "Captain Morgan"): a title
    word, not an honorific nor a rank ("the Rev. Al Sharpton", "the Hon. Jane Roe")."""
    key = token.key
    return key in TITLE_WORDS and key not in HONORIFICS and key not in RANKS


# first names that are also prepositions: "Per Mertesacker", "Per Wirecutter's standards"
_PREPOSITION_NAMES = frozenset({"per"})
_SENTENCE_END = lazy_re(r"(?:^|[.!?:;\n“\"(]\s*)$")
# "Per Wirecutter’s standards," (a possessive and its noun, then the clause's comma) or
# "Per Reuters, it ..." (a comma and the main clause)
_PREPOSITION_AFTER = lazy_re(r"[’']s(?: [a-z][\w’'-]*){1,4},|, (?![\d(])")


def without_preposition(text: str, run: Run) -> Run | None:
    """The run without its first word when that word, a first name that is also a
    preposition, opens the sentence as the preposition: "Per Wirecutter’s standards, I ..."
    and "Per Reuters, the ..." (the name the rest); not "Per Mertesacker said" nor "Per
    Mertesacker, the defender, ..." (a role after the name)."""
    core = run.core
    if run.prefix or len(core) < 2 or core[0].key not in _PREPOSITION_NAMES:
        return None
    if not _SENTENCE_END.search(text, max(0, run.start - 3), run.start):
        return None  # mid-sentence "Per" is a name: "Arsenal's Per Mertesacker"
    after = _PREPOSITION_AFTER.match(text, run.end)
    if after is None or (after.group()[0] == "," and apposition_after(text, run.end)):
        return None
    rest = core[1:]
    return run._replace(core=rest, start=rest[0].start, name=text[rest[0].start : run.end])


def opens_with_a_first_name(
    text: str, run: Run, names: Sequence[str], page: PageWords
) -> bool | None:
    """Whether a first name or initials open the longer name ``run``; ``None`` when its shape
    says it names no one: "Select VPNs", "Psychotherapy Fees", "A. Machine", "Wolfram U" (no
    first name to vouch for a common word or a letter), "Deputy Director" (a title)."""
    if ACRONYM_PLURAL.fullmatch(run.core[-1].text):
        return None
    lead = run.core[0].text
    first_name = is_given_name(lead) and not acronym(lead)  # not "SEO Tools"
    if not first_name and (len(names[-1]) < 2 or page.common_word(run)):
        return None
    # one letter and a word ("A. ML", "P Giacobbi") is a list's label or a citation; a name
    # opened by initials has more ("J.K. Rowling", "John F. Kennedy", "C. S. Lewis")
    initials = is_initials(lead) and (len(lead.rstrip(".")) > 1 or len(run.core) > 2)
    given = first_name or (initials and not joined_by_ampersand(text, run))
    if not given and is_role_word(run.core[-1].text):
        return None
    return given


__all__ = [
    "ACRONYM_PLURAL",
    "SAID_AFTER",
    "PageWords",
    "acronym",
    "acts_as_person",
    "corporate",
    "corporate_tokens",
    "headline_spans",
    "joined_by_ampersand",
    "names_no_one",
    "opens_with_a_first_name",
    "said",
    "split_tail",
    "thing_like",
    "without_preposition",
]
