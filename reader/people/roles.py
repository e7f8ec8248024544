"""Roles: what a person is, from the words around their name.

Three shapes, all plain ``re``/string work over ``Article.text``:

- a title chain before the name: "White House spokesman Josh Earnest", "Mexican President
  Enrique Peña Nieto", "former Paterson mayor Anthony DeSantis-Ruiz";
- an apposition after it: "Daniel Wilkinson, Americas managing editor at Human Rights Watch";
- an apposition before it: "The museum's director, Nick Merriman, said";

plus pull-quote attribution lines ("Gen. John Kelly, Commander of U.S. Southern Command") and
photo credits ("AP Photo/Eduardo Verdugo").
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.lazy import lazy_re
from reader.people.names import (
    COMMON,
    HONORIFICS,
    RANKS,
    ROLE_NOUNS,
    is_abbreviation,
    is_given_name,
    is_initials,
)
from reader.people.role_forms import describes_a_work, singular_title


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lowercase words that may stand before a role noun in a title chain.
MODIFIERS = _words(
    "former acting interim deputy senior junior chief executive assistant associate vice "
    "managing general then outgoing incoming longtime veteran retired elected top lead "
    "principal co-founder founding current new"
)
SPEECH_VERBS = (
    "said|says|told|tells|added|adds|noted|notes|explained|explains|argued|argues|wrote|writes|"
    "asked|asks|continued|insisted|insists|warned|warns|recalled|recalls|acknowledged|"
    "admitted|admits|stated|states|testified|tweeted|posted|replied|responded|cautioned|"
    "conceded|confirmed|confirms|called|calls|described|describes|declared|announced|"
    "announces|predicted|predicts|suggested|suggests|urged|urges|complained|claimed|claims|"
    "stressed|stresses|emphasized|emphasised|observed|remarked|joked|laughed|shouted|"
    "whispered|agreed|agrees|countered|added|cautions|reflected|wondered|quipped|concluded|"
    "maintained|maintains|promised|promises|vowed|vows|pledged|thanked|praised|criticized|"
    "criticised|accused|denied|denies|says|explained|put it|tells"
)
# the speech verbs of German, French, Spanish, Italian, Portuguese and Dutch reports
OTHER_SPEECH_VERBS = (
    "sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|ergänzte|warnte|"
    "berichtete|schrieb|zufolge|laut|warnt|fordert|kritisiert|ergänzt|erzählt|berichtet|"
    "a déclaré|a dit|dit|déclare|a expliqué|explique|a affirmé|affirme|a ajouté|ajoute|"
    "a souligné|souligne|a estimé|estime|a précisé|précise|a indiqué|indique|a raconté|"
    "raconte|a confié|confie|a annoncé|selon|prévient|a prévenu|assure|a assuré|insiste|"
    "poursuit|conclut|rappelle|reconnaît|détaille|témoigne|regrette|résume|"
    "dijo|dice|afirmó|afirma|explicó|explica|señaló|señala|añadió|aseguró|asegura|declaró|"
    "indicó|comentó|apuntó|subrayó|según|añade|advierte|reconoce|cuenta|apunta|sostiene|"
    "destaca|recuerda|subraya|"
    "ha detto|ha spiegato|spiega|ha affermato|afferma|ha aggiunto|aggiunge|ha dichiarato|"
    "dichiara|ha sottolineato|sottolinea|racconta|secondo|avverte|osserva|"
    "disse|diz|afirmou|explicou|acrescentou|declarou|contou|segundo|acrescenta|alerta|"
    "ressalta|"
    "zei|zegt|aldus|verklaarde|vertelde|volgens|vertelt|waarschuwt"
)
_CLAUSE_CUT = lazy_re(
    r"(?<!\s)\s+(?:who|which|whose|where|when|that|said|says|told|and\s+(?:said|told|a|the))\b"
    r"|(?<!\s)\s+(?:" + SPEECH_VERBS + r")\b"
)
_WORD = lazy_re(r"[^\W\d_][\w’'.\-]*")
_TITLE_MODIFIERS = _words("former acting interim deputy vice then outgoing incoming late")
_DETERMINERS = _words("the a an her his their its our my your whose this that")
_CLAUSE_WORDS = _words("is was are were be been whether if because")
_LIST_OPENERS = _words("including include includes like e.g. i.e. among")
_DASHES = "—–-―‒ "


_ROLE_SUFFIXES = ("ologist", "ographer", "ician", "onomist", "ist", "ologists", "ists")
_NOT_ROLES = _words("assist insist resist exist persist consist twist list wrist mist fist")


@lru_cache(maxsize=65536)
def is_role_word(word: str) -> bool:
    """True for "spokesman", "President", "Gen.", "astronauts", "geophysicist" (remembered
    per word)."""
    key = word.casefold().rstrip(".,").replace("’", "'")
    if key in ROLE_NOUNS:
        return True
    if len(key) > 6 and key.endswith(_ROLE_SUFFIXES) and key not in _NOT_ROLES:
        return True
    if key.endswith("s") and key[:-1] in ROLE_NOUNS and len(key) > 4:
        return True
    if "-" not in key:
        return False
    tail = key.rsplit("-", 1)[-1]  # "co-founder", "ex-president"; not "second-gen", "next-gen"
    return tail in ROLE_NOUNS and not (tail in RANKS and len(tail) <= 4)


def chain_before(text: str, start: int, floor: int = 0) -> str | None:
    """The title chain that ends right before ``start`` ("White House spokesman")."""
    if start < 2 or text[start - 1] != " " or start - 1 <= floor:
        return None
    last = text[max(floor, text.rfind(" ", max(floor, start - 40), start - 1) + 1) : start - 1]
    if not (is_role_word(last) or last.rstrip(".").casefold() in HONORIFICS):
        return None  # fast exit: the word before the name is no title
    window_start = max(floor, start - 120)
    window = text[window_start:start]
    words = list(_WORD.finditer(window))
    taken: list[re.Match[str]] = []
    have_head = False
    head_lower = False
    compounds = 0
    position = len(window)
    for match in reversed(words):
        word = match.group()
        gap = window[match.end() : position]
        if gap.strip() or "\n" in gap:
            break  # punctuation or a line break between words ends the chain
        key = word.casefold().rstrip(".")
        position = match.start()
        if not have_head:
            if key in HONORIFICS:
                taken = []
                continue  # "Superintendent Dr. Lakshmi": skip the honorific, keep looking
            if not is_role_word(word) or key in COMMON:
                return None
            if word.endswith(".") and not is_abbreviation(word):
                return None  # "a staple for data analysts. Microsoft Excel": a sentence's end
            if key in _VERB_LIKE_HEADS and word[0].islower() and not _noun_context(window, match):
                return None  # "who host Real Madrid": a verb, not a title
            have_head = True
            head_lower = word[0].islower()
            taken.append(match)
            continue
        if word.endswith(("’s", "'s")) or window[match.end() : match.end() + 1] in "’'":
            if head_lower:
                taken.append(match)  # "Indonesia's foreign minister Retno Wulandari"
            break
        if word.endswith(".") and not is_abbreviation(word):
            break  # the previous sentence
        if key in MODIFIERS and (head_lower or key in _TITLE_MODIFIERS):
            taken.append(match)
            continue
        if key in COMMON or key in _DETERMINERS:
            break
        if word[0].isupper() or is_initials(word):
            taken.append(match)
            continue
        if key in MODIFIERS or is_role_word(word):
            taken.append(match)
            head_lower = head_lower or is_role_word(word)  # "police spokeswoman Sgt."
            continue
        if head_lower and compounds == 0 and not key.endswith(("ed", "ly", "ing")):
            compounds += 1
            taken.append(match)
            continue
        break
    if not taken:
        return None
    first = taken[-1].start()
    last = taken[0].end()
    role = window[first:last].strip()
    return singular_title(role, is_role_word) if role else None


_VERB_LIKE_HEADS = _words(
    "host hosts coach coaches chair chairs head heads guard guards judge judges lead leads "
    "model pilot pilots partner partners star stars mate rival rivals succeed master witness"
)


def _noun_context(window: str, match: re.Match[str]) -> bool:
    """A verb-like head ("host") is a title only after a noun-ish word ("talk-show host")."""
    before = window[: match.start()].split()
    if not before:
        return False
    previous = before[-1].strip(",;:").casefold()
    if previous in ("said", "says", "told") or before[-2:] == ["according", "to"]:
        return True  # "according to chair Renee O'Sullivan", "said coach Marta Echeverría"
    return previous not in COMMON or previous in _DETERMINERS


def apposition_after(text: str, end: int, limit: int | None = None) -> str | None:
    """The role in ", a senior fellow at X," right after a name ending at ``end``."""
    limit = len(text) if limit is None else limit
    if not text.startswith(", ", end):
        return None
    start = end + 2
    while (credential := _CREDENTIAL.match(text, start)) and _letters_after(credential.group(1)):
        start = credential.end()  # "Samir Kendale, MD, FASA, medical director of ..."
    phrase = _phrase(text, start, min(limit, end + 200))
    if not phrase or describes_a_work(phrase):
        return None  # (", a gripping science fiction novel from a new author": the book's)
    return _role_phrase(phrase)


# a degree or a post-nominal between a name and its role: "MD", "PhD", "R.D.", "MBA ’16"
_CREDENTIAL = lazy_re(r"([A-Z][A-Za-z.]{1,6})(?: [’']\d\d)?, ")
_LOWER_RUN = lazy_re(r"[a-z]{3}")


def _letters_after(word: str) -> bool:
    """Whether ``word`` reads as letters after a name: two capitals or more, no three lower
    case letters in a row ("MSc", "FASA"; not "Lisa", "LeBron")."""
    return sum(ch.isupper() for ch in word) >= 2 and not _LOWER_RUN.search(word)


def apposition_before(text: str, start: int, floor: int = 0) -> str | None:
    """The role in "The museum's director, Nick Merriman," — the phrase before the comma."""
    if start < 2 or text[start - 2 : start] != ", ":
        return None
    head = text[max(floor, start - 160) : start - 2]
    cut = max(head.rfind(mark) for mark in (",", ";", ".", "“", "”", '"', "\n", ":", "("))
    words = head[cut + 1 :].split()
    # "figures such as Morton Feldman, Pauline Oliveros": a list's items, no apposition
    for index in range(len(words) - 1, -1, -1):
        key = words[index].casefold()
        if key in _LIST_OPENERS or (key == "as" and index and words[index - 1] == "such"):
            words = words[index + 1 :]
            break
    # the noun phrase starts at its last determiner: "Stone thanked the director, Yorgos"
    openers = [i for i, w in enumerate(words) if w.casefold() in _DETERMINERS]
    if openers:
        for opener in reversed(openers):  # the shortest phrase that holds a role word
            if any(is_role_word(w) for w in words[opener + 1 :]):
                words = words[opener + 1 :]
                break
        else:
            return None
        # "the NYAG is examining is whether WeWork's founder": keep what follows the clause
        verbs = [i for i, w in enumerate(words[:-1]) if w.casefold() in _CLAUSE_WORDS]
        if verbs:
            words = words[verbs[-1] + 1 :]
        # "At that time Noble's owner, Joe ...": a possessive name opens the phrase after a
        # plain noun ("time") that no role word modifies
        owners = [i for i, w in enumerate(words[:-1]) if i and _possessive_name(w)]
        if owners and all(w[0].islower() and w.casefold() not in MODIFIERS
                          and not is_role_word(w) for w in words[: owners[0]]):
            words = words[owners[0] :]
    elif not (words and words[0].endswith(("’s", "'s", "s’", "s'")) and words[0][0].isupper()):
        return None
    if not words or len(words) > 10:
        return None
    if not words or not any(is_role_word(word) for word in words):
        return None
    role = " ".join(words)
    return role if not _CLAUSE_CUT.search(" " + role) else None


def _possessive_name(word: str) -> bool:
    return word[0].isupper() and word.endswith(("’s", "'s"))


_CLAUSE_MARK = lazy_re(r'[,;:“”"()\[\]\n.!?]')


def _phrase(text: str, start: int, stop: int) -> str:
    """Text from ``start`` to the end of its clause (a comma, a quote, a sentence end)."""
    index = start
    while True:
        mark = _CLAUSE_MARK.search(text, index, stop)
        if mark is None:
            index = max(index, stop)
            break
        index = mark.start()
        if text[index] not in ".!?":
            break  # a comma, a colon, a quote, a bracket, a line break
        if index + 1 >= len(text) or text[index + 1] in ' \n"”':
            word = text[text.rfind(" ", start, index) + 1 : index + 1]
            if not is_abbreviation(word):
                break
        index += 1
    return text[start:index].strip()


def _role_phrase(phrase: str) -> str | None:
    cut = _CLAUSE_CUT.search(" " + phrase)
    if cut:
        phrase = (" " + phrase)[: cut.start()].strip()
    words = phrase.split()
    if not words or len(words) > 14:
        return None
    first = words[0].casefold()
    if first in _NOT_ROLE_OPENERS or words[0][0].isdigit():
        return None
    if first in _DETERMINERS:
        words = words[1:]
    elif not _may_open_role(words[0]) and not _noun_compound(words):
        return None  # "Ewuare II, sent a message": a verb, not a role
    if not words or not any(is_role_word(word) for word in words):
        return None
    if _FINITE_VERB.search(phrase):
        return None  # "Computer Overhauls, students can find a laptop": a clause, no role
    if _ends_with_a_name(words):
        return None  # "Queen Elizabeth II, King Charles III, and more": the next in a list
    return " ".join(words)


_LINKS = _words("of at for with in from to on by")


def _ends_with_a_name(words: list[str]) -> bool:
    """A phrase with no preposition that ends in a person's name, given name first ("King
    Charles III", "illustrator Alicia Souza"): another person, not a role ("founder of Mindy
    Weiss Events" has its preposition)."""
    if any(word.casefold() in _LINKS for word in words):
        return False
    tail: list[str] = []
    for word in reversed(words):
        if not word[0].isupper():
            break
        tail.insert(0, word)
    return any(is_given_name(word) for word in tail[:-1])


# an apposition names what someone is; a verb after a word makes the phrase after the comma
# a clause (not "founder of The Privilege is Mine", a business's name)
_FINITE_VERB = lazy_re(
    r"\b[a-z][\w’'-]* (?:can|could|will|would|should|may|might|must|is|are|was|were|has|"
    r"have|does|did)\b"
)
_NOT_ROLE_OPENERS = _words("who which whose where when and or but")


def _noun_compound(words: list[str]) -> bool:
    """A role noun within the first three words after lower-case words that may modify it:
    "product manager at X", "marketing director", "certified nutritionist" (not "adding
    that the director", "told reporters")."""
    for index, word in enumerate(words[:3]):
        if index and is_role_word(word):
            return True
        key = word.casefold()
        if (
            not word.replace("-", "").isalpha()
            or not word[0].islower()
            or key in COMMON
            or key in _NOT_ROLE_OPENERS
            or key.endswith("ly")
            or _speech_word(key)
        ):
            return False
    return False


def _speech_word(key: str) -> bool:
    """A speech verb, or its "-ing" form ("adding", "saying", "noting")."""
    if key.endswith("ing"):
        stem = key[:-3]
        return any(_SPEECH_WORD.fullmatch(stem + end) for end in ("ed", "s", "d"))
    return _SPEECH_WORD.fullmatch(key) is not None


_SPEECH_WORD = lazy_re(SPEECH_VERBS)


def _may_open_role(word: str) -> bool:
    key = word.casefold()
    return word[0].isupper() or key in MODIFIERS or is_role_word(word) or key.endswith(("'s", "’s"))


def combine(title: str | None, role: str | None) -> str | None:
    """Prefer the descriptive role; keep a rank title in front ("Gen., Commander of ...")."""
    if role and title and title.rstrip(".").casefold() in _RANK_KEYS and title not in role:
        return f"{title}, {role}"
    return role or title


_RANK_KEYS = _words("gen adm col lt maj capt sgt cmdr sen rep gov brig cpl")


def split_attribution(line: str) -> tuple[str, str | None]:
    """Attribution line -> (name part, role part after the comma).

    "— Dr. Amara Osei, state epidemiologist" -> ("Dr. Amara Osei", "state epidemiologist").
    """
    line = line.strip().lstrip(_DASHES).strip()
    head, _, tail = line.partition(", ")
    tail = tail.strip().rstrip(".") or None
    return head.strip(), tail


_AGENCIES = lazy_re(
    r"^(?:AP|Associated Press|AP Photo|Reuters|AFP|Getty Images?|Getty|EPA|EPA-EFE|EFE|"
    r"Shutterstock|Bloomberg|Pool|Photo|Photograph|Courtesy|Alamy|ANP|DPA|dpa|Xinhua|"
    r"Sipa|Sipa USA|Corbis|Zuma|ZUMA Press|NurPhoto|Anadolu|Imago|PA|PA Images|PA Wire|"
    r"The [A-Z][\w ]+|[A-Z]{2,6}|Staff|File|Handout|via [\w ]+|Hersteller|Herstellerfoto|"
    r"Privat|Archiv|Archive|Company handout|Supplied|Courtesy of [\w ]+|"
    # a desk or a collection, no person: "TODAY Illustration", "Tribune Graphics"
    r"[\w&.’' -]+ (?:Illustrations?|Images|Photos|Photography|Pictures|Graphics?|Archives?|"
    r"Collection|Studios?))$"
)
_CREDIT_PREFIX = lazy_re(
    r"^(?:photo(?:graph)?s?\s*(?:by|:)|image\s*(?:by|:)|credit\s*:|picture\s*:|by|"
    r"(?:bild|foto|fotó|crédit|crédito|immagine)\s*:)\s*",
    re.I,
)


def credit_names(credit: str) -> list[str]:
    """Person names in a photo credit: "AP Photo/Eduardo Verdugo" -> ["Eduardo Verdugo"]."""
    credit = credit.strip().strip("()[]").strip()
    credit = _CREDIT_PREFIX.sub("", credit)
    names: list[str] = []
    for part in re.split(r"\s*(?:/|\||,|;|\bfor\b|\bvia\b|\bfrom\b)\s*", credit):
        part = _CREDIT_PREFIX.sub("", part.strip()).strip(" .")
        if not part or _AGENCIES.match(part):
            continue
        words = part.split()
        if 2 <= len(words) <= 5 and all(
            w[0].isupper() or w.casefold() in _PARTICLE_KEYS for w in words
        ):
            names.append(part)
    return names


_PARTICLE_KEYS = _words("de da van von der den del di du la le bin al")


# each separator starts where its run of spaces starts: linear on long runs of spaces
_BYLINE_SPLIT = lazy_re(r"(?<!\s)\s+(?:and|&)\s+|(?<!\s)\s*;\s*")


def split_byline(line: str) -> list[str]:
    """The names of a joint byline: "Sofia Andersen and Ravi Kulkarni" → two names; none
    when it joins single words, no first name among them: a desk ("Wellness & Prevention",
    "Research and Development")."""
    names = _BYLINE_SPLIT.split(line)
    if len(names) > 1 and all(len(n.split()) == 1 and not is_given_name(n) for n in names):
        return []
    return names
