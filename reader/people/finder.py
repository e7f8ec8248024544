"""People in the story: who is named, what they do, what they said.

``analyse_people(article)`` fills ``Article.people``, ``Article.quotations`` and each pull
quote's ``speaker``. Plain Python over ``Article.text`` (see :mod:`reader.people.names`,
:mod:`reader.people.roles`, :mod:`reader.people.quotations`, :mod:`reader.people.registry`);
no model, nothing downloaded.

How a capitalised run becomes a person: it is not an organisation/place/work (stop-lists of
org and place words), and it has structural evidence — a first name from the given-name list,
a title or role before it, a speech verb ("X said", "said X", "according to X", "led by X"),
a role apposition, or a later surname-only reference that acts like a person ("O'Hara said").
East Asian names may lead with a common family name ("Hwang Dong-hyuk"). Single-word runs
only ever refer back to a person named in full (by surname, compound surname, surname with
title, or a first name only one person has) unless a title ("Mr. Scarpa", "President Biden")
or a family apposition ("her mother, Ewa") marks them. People sort by mentions + quotes,
then by first appearance.

Mentions and spans: ``spans`` are the offsets in ``Article.text`` of every reference (full
name, surname, "Gen. Kelly", "Obama's", "the Obama administration" once Obama is a person).
People named only outside the body — the byline (role "author"), the photo credit (role
"photographer") or a pull-quote attribution line — count one mention with no span.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from reader.article.model import Article, Person, PullQuote, Quotation
from reader.core.lazy import lazy_re
from reader.people.clues import RoleClues
from reader.people.companies import company_after
from reader.people.credits import credit_spans, outside_credits
from reader.people.evidence import (
    SAID_AFTER,
    PageWords,
    acronym,
    acts_as_person,
    corporate,
    corporate_tokens,
    headline_spans,
    opens_with_a_first_name,
    said,
    split_tail,
    surname_like_a_place,
    thing_like,
    without_preposition,
)
from reader.people.gender import gender_of
from reader.people.names import (
    AMBIGUOUS_TITLES,
    EAST_ASIAN_SURNAMES,
    PLACE_PREPOSITIONS,
    RANKS,
    Run,
    find_runs,
    fold,
    generation,
    honorific,
    is_given_name,
    tokenize,
)
from reader.people.posters import add_posters
from reader.people.prose import prose_text
from reader.people.quotations import Mention, QuoteSpan, attribute, find_quotes
from reader.people.registry import (
    ROMAN,
    FoundPerson,
    Registry,
    Words,
    core_words,
    display_name,
    name_words,
)
from reader.people.roles import (
    chain_before,
    combine,
    credit_names,
    is_role_word,
    split_attribution,
    split_byline,
)

_KIN = lazy_re(
    r"\b(?:mother|father|son|daughter|wife|husband|brother|sister|partner|grandson|"
    r"granddaughter|niece|nephew|widow|widower),\s+$"
)

# role evidence priorities (lower wins)
_ATTRIBUTION, _AFTER, _CHAIN, _BEFORE, _HONORIFIC = 0, 1, 2, 3, 4


def analyse_people(article: Article) -> Article:
    """Return the article with people, quotations and pull-quote speakers filled in."""
    text = prose_text(article)
    blocks = [(block.start, block.end) for block in article.blocks]
    block_starts = [start for start, _ in blocks]
    all_runs = find_runs(text, tokenize(text))
    outside = outside_credits(credit_spans(article))  # (a picture's credit: no mention)
    runs = [run for run in _person_runs(text, all_runs) if outside(run.start)]
    page = PageWords(
        text,
        corporate_tokens(text, all_runs),
        headline_spans(text, [(b.start, b.end, b.type) for b in article.blocks]),
    )
    quote_spans = find_quotes(text, blocks)
    inside = _QuoteIndex(quote_spans)

    def floor_of(position: int) -> int:
        index = bisect_right(block_starts, position) - 1
        return blocks[index][0] if index >= 0 else 0

    registry = Registry()
    people = registry.people
    # people named outside the body first, so their body mentions count: byline, credit,
    # pull-quote attribution lines ("Mara Jensen, lighthouse keeper")
    _add_outside_people(article, registry)
    add_posters(article, registry)  # (a thread's: each with their posts' count)
    lines = [quote.attribution for quote in article.pull_quotes if quote.attribution]
    alone = [line for line in lines if _one_word(line)]
    for line in lines:
        if line not in alone:
            _attribution_person(line, registry)
    clues = RoleClues(text)
    assigned = _assign_runs(text, runs, registry, floor_of, page, clues)
    for line in alone:  # "— Mary": the Mary Holt of the story, once the story is read
        _attribution_person(line, registry)

    # mentions, spans and roles
    mentions: list[Mention] = []
    for run, person_index in assigned:
        person = people[person_index]
        person.spans.append((run.start, run.end))
        mentions.append(Mention(run.start, run.end, person_index))
        if not inside(run.start):
            _collect_roles(clues, run, person, floor_of(run.start))

    for person in people:
        if person.spans:
            person.first_seen = min(start for start, _ in person.spans)

    # quotations
    genders = [gender_of(_gender_words(person)) for person in people]
    speakers = attribute(text, quote_spans, mentions, blocks, genders)
    quotations: list[Quotation] = []
    for span, speaker in zip(quote_spans, speakers, strict=True):
        name = people[speaker].name if speaker is not None else None
        quote_text = text[span.start : span.end]
        quotations.append(Quotation(quote_text, span.start, span.end, name))
        if speaker is not None:
            people[speaker].quotes.append(quote_text)

    pull_quotes = tuple(_pull_speaker(pq, registry, quotations) for pq in article.pull_quotes)
    persons = [_finish(person) for person in people]
    order = sorted(
        range(len(persons)),
        key=lambda i: (-(persons[i].mentions + len(persons[i].quotes)), people[i].first_seen),
    )
    return replace(
        article,
        people=tuple(persons[i] for i in order),
        quotations=tuple(quotations),
        pull_quotes=pull_quotes,
    )


class _QuoteIndex:
    def __init__(self, spans: list[QuoteSpan]) -> None:
        self.spans = spans
        self.starts = [span.start for span in spans]

    def __call__(self, position: int) -> bool:
        index = bisect_right(self.starts, position) - 1
        return index >= 0 and self.spans[index].start <= position < self.spans[index].end


def _person_runs(text: str, runs: list[Run]) -> list[Run]:
    """Runs that may name people: not organisations, save a name split off their end."""
    said = frozenset(
        run.core[0].key
        for run in runs
        if len(run.core) == 1 and not run.org and SAID_AFTER.match(text, run.end)
    )
    placed = {  # such people's surnames: "Park" alone (an organisation's word) is theirs
        run.core[-1].key for run in runs if run.org and surname_like_a_place(run, text)
    }
    kept: list[Run] = []
    for run in runs:
        run = without_preposition(text, run) or run  # "Per Wirecutter's standards, ..."
        if not run.org:
            kept.append(run)
        elif run.core[-1].key in placed and (
            len(run.core) == 1 or surname_like_a_place(run, text)
        ):
            kept.append(run._replace(org=False))
        else:
            tail = split_tail(run, said)
            if tail is not None:
                kept.append(tail)
    return kept


def _assign_runs(
    text: str,
    runs: list[Run],
    registry: Registry,
    floor_of: Callable[[int], int],
    page: PageWords,
    clues: RoleClues,
) -> list[tuple[Run, int]]:
    """Decide which runs are people and give every run that names one its person index."""
    by_key: dict[str, list[Run]] = {}
    words_of: list[Words] = []
    for run in runs:
        words = core_words(run)
        words_of.append(words)
        by_key.setdefault(" ".join(words), []).append(run)

    # 1. new people, longest names first, each with structural evidence
    ordered = sorted(by_key.items(), key=lambda item: (-item[0].count(" "), item[1][0].start))
    for key, group in ordered:
        words = tuple(key.split())
        if registry.match(words) is not None:
            continue
        if len(name_words(words)) < 2 and registry.refers_back(words):
            continue
        group = [run for run in group if not page.in_headline(run.start)]
        if not group or corporate(words, group[0].core[0].text, page.corporate):
            continue  # only in headlines, or a company's name ("Grow Corvane")
        if _is_person(text, words, group, by_key, floor_of, page, clues):
            first = min(run.start for run in group)
            registry.add(FoundPerson(display_name(group[0]), words, first))

    # 1b. names listed with a person: "Jasmin Moghbeli and Loral O'Hara", "Saka, Havertz and"
    _add_coordinated(text, runs, words_of, registry, page)

    # 2. every run that refers to a person
    assigned: list[tuple[Run, int]] = []
    for run, words in zip(runs, words_of, strict=True):
        person = registry.match(words)
        if person is None and len(name_words(words)) == 1:
            person = registry.match_single(words, run.start, bool(run.prefix))
        if person is not None:
            assigned.append((run, person))
    return assigned


_COORDINATION = lazy_re(r"^(?:,| and| or|, and|, or| &) $")


def _add_coordinated(
    text: str, runs: list[Run], words_of: list[Words], registry: Registry, page: PageWords
) -> None:
    """Full names (two or more words) joined by "and" / "," to a known person's name, when
    their shape allows a name (not a title, a plural acronym or a noun phrase)."""
    changed = True
    while changed:
        changed = False
        for index, run in enumerate(runs):
            words = words_of[index]
            names = name_words(words)
            if len(names) < 2 or registry.match(words) is not None:
                continue
            if opens_with_a_first_name(text, run, names, page) is None:
                continue  # "Emily McGowan, Editorial Director"; "Influence People, Dale Carnegie"
            if page.company_named(run.start):
                continue  # "the drugs' manufacturers, Eli Lilly and Novo Nordisk"
            for other in (index - 1, index + 1):
                if not 0 <= other < len(runs):
                    continue
                left, right = (runs[other], run) if other < index else (run, runs[other])
                if left.possessive or not _COORDINATION.match(text[left.end : right.start]):
                    continue
                neighbour = words_of[other]
                if len(name_words(neighbour)) >= 2 and registry.match(neighbour) is not None:
                    registry.add(FoundPerson(display_name(run), words, run.start))
                    changed = True
                    break


def _is_person(
    text: str,
    words: Words,
    group: list[Run],
    by_key: dict[str, list[Run]],
    floor_of: Callable[[int], int],
    page: PageWords,
    clues: RoleClues,
) -> bool:
    names = name_words(words)
    people = [run for run in group if not thing_like(text, run) and not page.titled_brand(run)]
    if not people or len(group) - len(people) >= max(2, len(people)):
        return False  # "the Arlo Pro", "Arlo Pro 6", "King Arthur Flour", "the Fellow Clara"
    group = people  # (written as a thing at least twice and as often as not: a product)
    if any(company_after(text, run.end) or page.company_named(run.start) for run in group):
        return False  # "Robert Half, a global HR consulting firm", "makers, Eli Lilly and"
    first = group[0]
    regnal = len(names) == 1 and first.core[-1].text in ROMAN
    if len(names) < 2 and not regnal:
        return _single_person(text, group, floor_of, page)
    if regnal and (first.prefix or is_given_name(first.core[0].text)):
        return True  # "Charles III", "King Charles III"; "Part III" needs evidence
    lead = first.core[0].text
    given = opens_with_a_first_name(text, first, names, page)
    if given is None:
        return False
    if not given and len(names) == 2 and fold(lead) in EAST_ASIAN_SURNAMES:
        given = True  # surname first: "Hwang Dong-hyuk", "Ding Liren"
    if not given and page.lead_stands_alone(first):
        return False  # "Shopify Sidekick" beside "Shopify" alone, over and over: a product
    # a later surname-only reference that acts like a person ("O'Hara said", "Ms. Simpson")
    surname_ref = (
        len(names[-1]) > 1
        and not acronym(first.core[-1].text)
        and any(
            said(text, run, floor_of(run.start)) or _titled(clues, run, floor_of(run.start), page)
            for run in by_key.get(names[-1], ())
            if not thing_like(text, run)  # "the Hook calls"
        )
    )
    # a thing named like a person ("Claude Code" thrice, "code" in lower case, never "Code"
    # alone): only a title or an apposition makes it one, not what it is said to do
    thing = given and not surname_ref and len(group) >= 2 and page.common_word(first)
    place_only = True
    for run in group:
        floor = floor_of(run.start)
        if _titled(clues, run, floor, page) or (not thing and said(text, run, floor)):
            return True
        if clues.apposition_after(run.end) or clues.apposition_before(run.start, floor):
            return True
        before = text[max(floor, run.start - 12) : run.start].split()
        if not before or before[-1].casefold() not in PLACE_PREPOSITIONS:
            place_only = False
    return (given and not place_only and not thing) or surname_ref


def _single_person(
    text: str, group: list[Run], floor_of: Callable[[int], int], page: PageWords
) -> bool:
    """A one-word name is a person only with a person title or a family apposition; one letter
    or an acronym is no name ("Gen Z", "Gen AI")."""
    for run in group:
        if len(run.core[0].key) < 2 or acronym(run.core[0].text):
            return False
        given = is_given_name(run.core[0].text)
        for token in run.prefix:
            if generation(token) and not given:
                continue
            if honorific(token) or (
                token.key in RANKS
                and (given or token.key not in AMBIGUOUS_TITLES
                     or not (page.common_word(run) or _of_a_name(text, run.prefix[0].start)))
            ):
                return True  # "Mr. Scarpa", "Gen. Kelly"; not "Major Appliances"
            if is_role_word(token.text) and (
                given or (token.key not in AMBIGUOUS_TITLES and page.role_titles(run, token))
            ):
                return True  # "President Biden"; not "General Electric", "Customer Support"
        floor = floor_of(run.start)
        if acts_as_person(text, run, floor):
            return True
        if _KIN.search(text[max(floor, run.start - 20) : run.start]) and (
            given or text[run.end : run.end + 1] in (",", ".", "")
        ):
            return True  # "her mother, Ewa", "his wife, Losana."
    return False


_OF_A_NAME = lazy_re(r"[A-Z][\w’'-]+ (?:of|for) (?:the )?$")


def _of_a_name(text: str, start: int) -> bool:
    """Whether the words at ``start`` end an institution's name, after "Division of",
    "Institute for" ("the Division of General Studies": no general's name)."""
    return _OF_A_NAME.search(text, max(0, start - 40), start) is not None


def _titled(clues: RoleClues, run: Run, floor: int, page: PageWords) -> bool:
    given = is_given_name(run.core[0].text)
    if not given and any(map(generation, run.prefix)):
        return False
    for token in run.prefix:
        if honorific(token):
            return True
        if is_role_word(token.text) and (given or token.key not in AMBIGUOUS_TITLES):
            # not "General Data Protection Regulation", "MLA Directory"
            return given or page.role_titles(run, token)
    return clues.chain_before(run.start, floor) is not None and not (
        len(run.core) == 1 and page.common_word(run)
    )


def _collect_roles(clues: RoleClues, run: Run, person: FoundPerson, floor: int) -> None:
    chain = clues.chain_before(run.start, floor)
    if chain:
        if chain.rstrip(".").casefold() in _RANKS:
            person.ranks.append(chain)
        person.roles.append((_CHAIN, run.start, chain))
    after = clues.apposition_after(run.end)
    if after and not run.possessive:
        person.roles.append((_AFTER, run.start, after))
    before = clues.apposition_before(run.start, floor)
    if before:
        person.roles.append((_BEFORE, run.start, before))
    person.titles.extend(token.key for token in run.prefix)
    for token in run.prefix:
        if token.key in ("prof", "professor"):
            person.roles.append((_HONORIFIC, run.start, token.text))  # "Prof." is a role


_RANKS = frozenset("gen adm col lt maj capt sgt cmdr sen rep gov brig".split())


def _add_outside_people(article: Article, registry: Registry) -> None:
    """Authors (byline) and photographers (credit): one mention each when not in the body."""
    from reader.clean.meta.site import same_site  # lazy: it brings lxml.html (~15 ms)

    authors = [name for line in article.authors for name in split_byline(line)]
    outside: list[tuple[str, str]] = [
        (name, "author")
        for name in authors
        if name.strip() and not (article.site and same_site(name, article.site))
    ]  # a byline that names the site ("By Venteur" on Venteur, Inc) names no person
    if article.caption and article.caption.credit:
        outside += [(name, "photographer") for name in credit_names(article.caption.credit)]
    for name, role in outside:
        index = registry.find_or_add(name, trusted=True)
        if index is not None:
            person = registry.people[index]
            person.extra_role = person.extra_role or role


def _attribution_person(line: str, registry: Registry) -> int | None:
    """The person of a pull-quote attribution line, with the role it gives."""
    head, tail = split_attribution(line)
    runs = [run for run in find_runs(head) if not run.org]
    if not runs:
        return None
    run = runs[-1]
    title = chain_before(head, run.start) or None
    index = registry.find_or_add(head[run.start : run.end])
    if index is None:
        return None
    rank = title if title and title.rstrip(".").casefold() in _RANKS else None
    role = combine(rank, tail) if tail else title
    if role:
        registry.people[index].roles.append((_ATTRIBUTION, -1, role))
    return index


def _one_word(line: str) -> bool:
    """An attribution that names someone by one word ("Mary", "— Mary, his sister")."""
    return len(split_attribution(line)[0].split()) == 1


def _pull_speaker(quote: PullQuote, registry: Registry, quotations: list[Quotation]) -> PullQuote:
    speaker: str | None = None
    if quote.attribution:
        head, _ = split_attribution(quote.attribution)
        runs = [run for run in find_runs(head) if not run.org]
        if runs:
            words = core_words(runs[-1])
            index = registry.match(words)
            if index is None and len(name_words(words)) == 1:
                index = registry.match_single(words, 10**12, False)
            speaker = registry.people[index].name if index is not None else None
    if speaker is None:
        wanted = _squash(quote.text)
        for quotation in quotations:
            have = _squash(quotation.text)
            if (
                quotation.speaker
                and wanted
                and len(have) > 12
                and (wanted in have or have in wanted)
            ):
                speaker = quotation.speaker
                break
    return replace(quote, speaker=speaker) if speaker else quote


def _squash(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def _gender_words(person: FoundPerson) -> list[str]:
    return [*person.titles, *(role for _, _, role in person.roles)]


def _finish(person: FoundPerson) -> Person:
    """The public ``Person``: best role, spans, mention count.

    Role priority: pull-quote attribution, apposition after the name, title chain before it,
    apposition before it (earliest first within a kind); a rank ("Gen.") is kept in front of
    an apposition. Bylines and credits give "author"/"photographer" when the body gives none.
    """
    role: str | None = None
    if person.roles:
        priority, _, best = min(person.roles, key=lambda item: (item[0], item[1]))
        if priority in (_AFTER, _BEFORE) and person.ranks:
            best = combine(person.ranks[0], best) or best
        role = best
    if person.extra_role and role is None:
        role = person.extra_role
    spans = tuple(sorted(set(person.spans)))
    mentions = len(spans) or max(1, person.extra_mentions)
    return Person(
        name=person.name,
        role=role,
        mentions=mentions,
        quotes=tuple(person.quotes),
        spans=spans,
    )
