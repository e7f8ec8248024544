"""Name finding: capitalised-word runs in the body, split into a title part and a name core.

Pure ``re`` over the text, no model. A *run* is a stretch of capitalised words (with name
particles such as "de", "van", "bin" and initials such as "J.K." allowed inside) separated by
single spaces. Each run is split at its last title or common word: "Mexican President Enrique
Peña Nieto" gives the prefix "Mexican President" (role evidence) and the core "Enrique Peña
Nieto" (a name, if the evidence in :mod:`reader.people.finder` says it is a person).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from reader.core.given_names import given_names, is_given_name, strip_accents
from reader.core.lazy import lazy_re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles and honorifics that stand before a name (compared without the final period, lowercased).
HONORIFICS = _words(
    "mr mrs ms miss mx dr prof sir dame madam mme mlle herr frau "
    # honorifics of other languages
    "monsieur madame signor signora señor señora sra dona datuk dato datin tun haji hajji "
    "shri smt shrimati kuia koro whaea mwalimu ustaz ustadh"
)
RANKS = _words(
    "ald cllr atty pvt cpl spc msgt ssgt brig lt.col "
    "gen general adm admiral col colonel lt lieutenant maj major capt captain sgt sergeant "
    "cmdr commander cpl corporal brig sen senator rep representative gov governor pres "
    "amb ambassador supt det insp rev hon"
)
TITLE_WORDS = (
    HONORIFICS
    | RANKS
    | _words(
        "president vice prime minister secretary chancellor premier mayor councilmember "
        "councilman councilwoman councillor alderman commissioner chairman chairwoman chair chief "
        "director judge justice attorney speaker king queen prince princess pope lord lady "
        "emperor empress sheikh emir sultan rabbi imam pastor bishop archbishop cardinal father "
        "coach ceo cfo coo cto chancellor superintendent sheriff officer detective inspector "
        "administrator manager referee goalkeeper owner resident parent historian broadcaster "
        "president-elect deputy assistant spokesman spokeswoman spokesperson professor "
        "ombudsman principal trustee treasurer controller comptroller marshal"
    )
)
ROLE_NOUNS = TITLE_WORDS - HONORIFICS | _words(
    "president vice-president minister secretary chancellor governor senator representative "
    "lawmaker legislator congressman congresswoman mayor councilmember councillor commissioner "
    "chairman chairwoman chair chief executive officer director director-general head leader "
    "co-leader founder co-founder cofounder spokesman spokeswoman spokesperson ambassador envoy "
    "diplomat consul general admiral commander colonel captain lieutenant sergeant officer "
    "detective sheriff deputy judge justice magistrate attorney lawyer prosecutor counsel "
    "solicitor barrister defendant plaintiff editor reporter correspondent journalist "
    "columnist critic writer author novelist poet playwright screenwriter historian professor "
    "lecturer researcher scientist economist analyst strategist epidemiologist physician "
    "doctor surgeon nurse engineer architect designer partner investor banker trader "
    "consultant adviser advisor aide manager coach player striker winger midfielder defender "
    "forward goalkeeper keeper bowler batsman batter pitcher quarterback referee umpire "
    "captain owner proprietor chef artist singer musician pianist saxophonist bassist "
    "guitarist drummer violinist cellist composer conductor actor actress producer "
    "broadcaster presenter host anchor activist organizer organiser coordinator volunteer "
    "resident parent student teacher principal superintendent pastor priest bishop rabbi "
    "imam monarch king queen prince princess oba emir sultan sheikh fellow scholar expert "
    "specialist astronaut pilot farmer worker employee member candidate nominee mate "
    "administrator treasurer auditor inspector controller regulator official ceo cfo coo cto "
    "vice-chairman chancellor premier democrat republican conservative socialist liberal "
    "spokesman manager owner president-elect psychologist psychiatrist sociologist "
    "biologist chemist physicist geologist climatologist astronomer mathematician "
    "statistician demographer pollster economist entrepreneur executive chairperson "
    "superintendent principal dean provost rector registrar librarian curator archivist "
    "photographer cameraman filmmaker director dancer choreographer comedian model athlete "
    "runner cyclist swimmer boxer wrestler golfer sprinter skater skier rider jockey "
    "driver pilot sailor soldier marine veteran firefighter paramedic officer trooper "
    "ranger warden guard lobbyist negotiator mediator commentator blogger influencer "
    "daughter son wife husband mother father brother sister widow widower grandson "
    "granddaughter grandmother grandfather niece nephew cousin uncle aunt fiancé fiancee "
    "partner friend neighbor neighbour colleague teammate opponent rival successor "
    "predecessor owner tenant landlord customer patient victim witness survivor suspect "
    "contractor developer investigator inspector examiner coroner clerk planner technician "
    "mechanic electrician plumber carpenter builder dealer broker agent realtor homeowner "
    "shopkeeper waiter waitress bartender cashier receptionist intern trainee apprentice "
    "tutor supervisor foreman operator dispatcher lifeguard counselor counsellor therapist "
    "pharmacist dentist veterinarian midwife accountant actuary commuter passenger "
    "traveler traveller tourist protester demonstrator voter taxpayer retiree pensioner "
    "mp mep msp mla alderman alderwoman assemblyman assemblywoman delegate "
    "secretary-general undersecretary attaché mogul magnate tycoon billionaire heir "
    "heiress novelist illustrator cartoonist photojournalist anchorwoman newsreader "
    "economist ombudsman lieutenant-general major-general vice-admiral rear-admiral "
    "champion grandmaster goaltender goalie netminder mentor protégé protege apprentice "
    "medalist medallist finalist titleholder winner runner-up challenger contender "
    "spokesman chaplain deacon vicar nun monk missionary doctor vet gp master harbourmaster "
    "harbormaster headmaster headteacher postmaster keeper "
    # positions in team sports
    "lock prop hooker flanker fly-half scrum-half full-back fullback wing centre-back "
    "left-back right-back wicketkeeper all-rounder spinner seamer opener shortstop catcher "
    "outfielder infielder setter libero point-guard linebacker receiver playmaker"
    # who tries things out for a review: "said tester Jenny Stump", "shoe tester"
    " tester wear-tester"
)
# Titles that are also ordinary words: evidence of a person only before a known first name.
AMBIGUOUS_TITLES = _words(
    "general major chief grand private lady lord father sister brother king queen prince "
    "princess deputy vice assistant first officer director manager owner resident parent "
    "head master speaker justice judge chair principal trustee controller marshal coach "
    "captain"
)
# Words that never belong to a person's name: function words and frequent sentence openers.
COMMON = _words(
    "a an the and or but nor so yet for of in on at to from by with without about above "
    "across after against along among around as before behind below beneath beside between "
    "beyond during except inside into like near off onto out outside over past since than "
    "through throughout till toward towards under until up upon via within i you he she it we "
    "they me him her us them my your his its our their this that these those there here who "
    "whom whose which what when where why how all any both each every few many more most much "
    "neither no none not other others some such only own same also just even still then now "
    "however meanwhile moreover nevertheless instead indeed perhaps while although though if "
    "unless whether because once ever never always often sometimes already again is are was "
    "were be been being has have had do does did will would shall should can could may might "
    "must yes one two three four five six seven eight nine ten first second third last next "
    "new old former late early asked ask says said told added after according despite "
    "among amid dear hello thanks thank please today tonight tomorrow yesterday let let's "
    "it's that's there's here's where's mr. overall last-minute breaking update updated "
    "photo photograph video watch read listen share advertisement several various numerous "
    "whole using unlike "
    # the same kind of words that open a sentence in German, French, Spanish, Italian,
    # Portuguese and Dutch ("Für Becker ist das nur ein Trost", "Selon Julien Moreau"); not
    # the particles of names, words that are first names too ("Per", "Uma", "Nella"), nor
    # those that open places' names ("Los Angeles", "Las Vegas")
    "aber als auf aus bei bis dass denn dies diese dieser doch durch ein eine einer es "
    "er sie für gegen im ins laut mit nach nun ob ohne seit sowie trotz um und unter während "
    "wegen wenn wie wir zwar auch "
    "après avant avec chez dans depuis donc ils mais malgré outre pendant pour sans selon "
    "sous sur vers une cette ces lors quant "
    "aunque desde durante entre hacia hasta pero para según sin sobre tras este "
    "anche dopo gli già mentre nel però secondo senza sulla tra fra questo questa "
    "após com mas pelo pela segundo "
    "ook maar met naar volgens voor zonder tijdens het een bij omdat toen"
)
DAYS_MONTHS = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december jan feb mar apr jun jul aug "
    "sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun christmas easter "
    "ramadan eid thanksgiving hanukkah diwali"
)
DEMONYMS = _words(
    "american british english scottish welsh irish french german dutch belgian swiss "
    "austrian italian spanish portuguese greek turkish russian ukrainian polish czech "
    "hungarian romanian swedish norwegian danish finnish icelandic mexican canadian "
    "brazilian argentine argentinian chilean colombian peruvian venezuelan cuban chinese "
    "japanese korean vietnamese thai indian pakistani afghan iranian iraqi syrian israeli "
    "palestinian lebanese egyptian saudi emirati qatari nigerian ghanaian kenyan ethiopian "
    "somali south african australian filipino philippine indonesian malaysian singaporean "
    "european asian african latin arab western eastern northern southern federal national "
    "republican democratic democrat socialist conservative liberal labour catholic muslim "
    "jewish christian-democrat international global royal imperial"
)
# Words that make a run an organisation, place, event or work rather than a person.
ORG_WORDS = _words(
    "house court command initiative watch department congress senate parliament assembly "
    "committee commission council board university college school academy institute "
    "institution center centre foundation trust bank bancorp savings securities capital "
    "partners holdings group inc corp co ltd llc plc ag sa gmbh llp company corporation "
    "industries international global enterprises solutions services insurance financial "
    "investments ventures labs systems technologies motors airlines airways energy media "
    "entertainment studios records pictures brothers association union party ministry "
    "agency administration authority service office bureau street avenue road boulevard "
    "lane drive square plaza park branch library building tower hall church cathedral "
    "mosque temple hospital clinic airport station stadium arena bridge river lake "
    "mountains mountain hills forest valley sea ocean island islands bay gulf coast county "
    "city state states province republic kingdom empire prize award awards cup league "
    "championship open games olympics times post journal news herald tribune guardian "
    "gazette magazine press network television tv radio museum gallery theatre theater "
    "festival act law treaty accord plan program programme project fund society club "
    "federation organization organisation alliance coalition movement front army navy force "
    "forces guard police democrats republicans greens conservatives socialists democrat "
    "republican labour tories tory party's monument monuments collective fire war revolution "
    "accords summit conference convention declaration doctrine report index exchange market "
    "markets reserve treasury mission station system project day week month year era "
    "dynasty prize avenue way highway freeway route canal peninsula desert delta basin "
    "region district ward borough village town township heights springs falls harbor "
    "harbour port beach gardens garden zoo aquarium mall centre jail prison cemetery "
    "memorial museum's stadium's house's court's church's university's bank's apartments "
    "hotel resort restaurant diner cafe bar pub cinema institute's pharma pharmaceuticals tech "
    "development airlines club's fc united rovers athletic wanderers city's marinos "
    "nations forum caucus tribunal panel gazette bulletin review quarterly weekly daily "
    "express mirror sun telegraph standard observer economist chronicle examiner inquirer "
    "dispatch courier sentinel monitor record today online app apps party telescope "
    "observatory satellite rover probe spacecraft laboratory lab network palace castle "
    "abbey chapel mansion manor estate villa tunnel dam pier wharf terminal regulation "
    "regulations directive ordinance charter constitution amendment statute protocol pact "
    "agreement strategy policy framework electric mills research retail os browser "
    "software platform health healthcare wellness pharmacy therapeutics biosciences "
    # small businesses and what guides sell: "Teddy Moving", "Hunter Digital", "Tessa Lyn
    # Events", "SEO Essentials Certification"
    "events movers moving digital analytics marketing consulting design designs tools "
    "studio photography realty construction plumbing roofing cleaning catering interiors "
    "bakery dentistry certification course courses template templates "
    # the same in other languages: "Galerie Barbara Thumm", "Fondation Cartier"
    "galerie galería galeria galleria musée museo museu fondation fundación fundação "
    "fondazione stiftung université universidad università universidade universität "
    "institut instituto istituto banco banque teatro théâtre hôtel "
    "bibliothèque biblioteca colegio escuela école hochschule akademie verlag zeitung "
    "kunsthalle ministerio ministère ministero auditorium pavilion amphitheater "
    "amphitheatre coliseum"
)
PLACE_STARTERS = _words(
    "new north south east west central upper lower great saint st san santa são sao los las "
    "fort mount mt port lake cape el al la le gran grand little old northern southern "
    "eastern western middle real inter sporting olympique borussia bayern dynamo"
)
_SAINTS = _words("san santa são sao saint st")
# Known organisations named after people (companies, brands), and places that read as
# people's names; compared lowercased.
_ORG_NAME_TEXT = (
    "morgan stanley|goldman sachs|wells fargo|charles schwab|merrill lynch|lehman brothers|"
    "johnson & johnson|procter & gamble|dow jones|ralph lauren|calvin klein|tommy hilfiger|"
    "hugo boss|estée lauder|estee lauder|louis vuitton|christian dior|marks & spencer|"
    "john lewis|harley-davidson|rolls-royce|mercedes-benz|walt disney company|jack daniel|"
    "johnnie walker|warner bros|ben & jerry|kate spade|tory burch|jimmy choo|alfa romeo|"
    "aston martin|ernst & young|price waterhouse|arthur andersen|edward jones|"
    "raymond james|baker mckenzie|roland garros|john deere|ford motor|dolce & gabbana|"
    "salvatore ferragamo|giorgio armani|michael kors|ted baker|paul smith|j.d. power|"
    # places whose first word is a first name too
    "hong kong|abu dhabi|victoria falls"
)
ORG_NAMES = frozenset(_ORG_NAME_TEXT.split("|"))
# first words as a token's key has them ("j.d" of "J.D.")
_ORG_NAME_STARTS = frozenset(name.split()[0].rstrip(".") for name in ORG_NAMES)
PARTICLES = _words(
    "de da das do dos di del della delle der den van von vom zu zur ter ten te la le du "
    "bin binti ibn bint ben y e af av ní nic mac ó ua dela"
)
SUFFIXES = _words("jr jr. sr sr. ii iii iv v vi phd md esq")
# Letters after a name that are not part of it ("Anthony Lyle KC", "Jane Hart MP").
POST_NOMINALS = _words("kc qc mp mep msp mla td obe mbe cbe kbe dbe frs frcp")
ABBREVIATIONS = (
    HONORIFICS
    | RANKS
    | _words(
        "st mt ft jr sr no vs etc inc corp co ltd fr sen gov rep gen jan feb mar apr jun jul "
        "aug sep sept oct nov dec"
    )
)
NON_NAME_INITIALS = _words(
    "u.s. u.k. u.n. e.u. d.c. l.a. n.y. u.s.a. a.m. p.m. b.c. a.d. i.e. e.g. st. mt. ft. "
    "n.j. n.c. s.c. n.h. r.i. n.m. n.d. s.d. w.va."
)
# Common Chinese, Korean and Vietnamese family names, which come first in the name.
EAST_ASIAN_SURNAMES = _words(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng "
    "liang xie tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng "
    "wei su lu ding ren shen yao lü jin qian kong mao xiong hao bai qin gu meng fang "
    "kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo "
    "hong jeon ko moon yang son bae baek heo nam noh ha kwak sung cha joo woo ryu "
    "nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly"
)
# Place prepositions: a "name" seen only after these is more likely a place ("at Roland Garros").
PLACE_PREPOSITIONS = _words("in at near outside inside across around toward towards")

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƏȘȚΑ-ΩА-ЯЁЄІЇ"
_WORD_BODY = r"[^\W\d_]*(?:[’'\-.][^\W\d_]+)*\.?"
_PREFIXES = "al|el|ad|as|ash|at|az|an|ar|abu|bin|ibn|ben|da|de|di|du|d|l|o|n"
_PARTICLE_RE = "|".join(sorted((p for p in PARTICLES if p != "e"), key=len, reverse=True))
_PREFIX_WORDS = frozenset(_PREFIXES.split("|"))
# a capital not after a word character (a "\b" written after the capital, so that ``re`` can
# skip ahead to the capitals)
_NAME_TOKEN = lazy_re(rf"[{_UPPER}](?<!\w[{_UPPER}]){_WORD_BODY}")
_PARTICLE_GAP = lazy_re(rf" (?:(?:{_PARTICLE_RE}) )+")
_PARTICLES_BEFORE = lazy_re(rf"(?:^|(?<=[\s(“\"]))((?:(?:{_PARTICLE_RE}) )+)$")
_PARTICLE_ENDS = frozenset(particle[-1] for particle in PARTICLES if particle != "e")
_POSSESSIVE = ("’s", "'s")
# the tail of a compound adjective made of a name: "Swift-themed", "Obama-era", "Musk-owned"
# (not a syllable of a Korean given name: "Dong-hyuk", "Min-young")
_LOWER_TAIL = lazy_re(
    r"-(?=(?:[a-z]+ed|era|style|like|esque|ish|centric|friendly|free|born|made|run|type|"
    r"level|sized|based|owned|led)\.?$)"
)
_INITIALS = lazy_re(r"^(?:[A-Z]\.)+$|^[A-Z]\.?$")


def fold(text: str) -> str:
    """Comparison form of a name: straight apostrophes, single spaces, case folded."""
    if "." not in text and "’" not in text and "‘" not in text and "  " not in text:
        return text.casefold()
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"\.\s+(?=[A-Z]\.)", ".", text)  # "J. K." -> "J.K."
    return " ".join(text.split()).casefold()


def is_abbreviation(word: str) -> bool:
    """A word whose final period does not end a sentence: "Dr.", "Gen.", "J.", "U.S."."""
    return bool(_INITIALS.match(word)) or word.rstrip(".").casefold() in ABBREVIATIONS


@lru_cache(maxsize=16384)
def is_initials(token: str) -> bool:
    """ "J." / "J.K." / "V.S." (but not "U.S." and friends)."""
    return bool(_INITIALS.match(token)) and token.casefold() not in NON_NAME_INITIALS


class Token(NamedTuple):
    """A word of the text: ``text`` without a possessive ending, offsets into the text."""

    text: str
    start: int
    end: int
    possessive: bool = False
    key: str = ""  # case folded, without a final period


class Run(NamedTuple):
    """A run of capitalised tokens, split into the title ``prefix`` and the name ``core``."""

    prefix: tuple[Token, ...]
    core: tuple[Token, ...]
    org: bool  # the run names an organisation, place or work
    start: int
    end: int
    name: str  # the core as written, particles included ("Luis de la Fuente")

    @property
    def possessive(self) -> bool:
        return self.core[-1].possessive


def tokenize(text: str) -> list[Token]:
    """The capitalised words of ``text`` (with initials, "O’Toole", "al-Rashidi"), possessives
    and sentence-final periods taken off. Lowercase words are not tokens: a run never crosses
    them (name particles are read from the gaps), which keeps this fast on long texts."""
    tokens: list[Token] = []
    append = tokens.append
    length = len(text)
    for match in _NAME_TOKEN.finditer(text):
        word = match.group()
        start = match.start()
        if start:
            before = text[start - 1]
            if before in "@#":
                continue  # "@dwrede", "#MeToo": handles and tags are not names
            if before in "-’'":
                lead = start - 1
                while lead and text[lead - 1].isalpha():
                    lead -= 1
                if text[lead : start - 1] not in _PREFIX_WORDS:
                    if lead < start - 1:
                        continue  # "anti-Obama", "non-European" are not names
                else:
                    if lead and text[lead - 1] in "@#":
                        continue
                    word = text[lead : match.end()]  # "al-Rashidi", "d’Estaing"
                    start = lead
        if "-" in word and (cut := _LOWER_TAIL.search(word)) is not None:
            word = word[: cut.start()]  # "Taylor Swift-themed", "Obama-era": the name only
        word, key, possessive, plural = _word_shape(word)
        if plural:
            end = start + len(word)
            possessive = end < length and text[end] in "’'"  # plural: "Greens'"
        append(Token(word, start, start + len(word), possessive, key))
    return tokens


@lru_cache(maxsize=65536)
def _word_shape(word: str) -> tuple[str, str, bool, bool]:
    """A matched word without its sentence-final period or its "’s": (word, key, possessive,
    plural), plural when it ends in "s" and may take a bare apostrophe after it ("Greens'")."""
    last = word[-1]
    if last == "." and not _keeps_period(word):
        word = word[:-1]
        last = word[-1]
    possessive = plural = False
    if last == "s" and len(word) > 2:
        if word[-2] in "’'":
            word = word[:-2]
            possessive = True
        else:
            plural = True
    key = word.casefold()
    if key[-1] == ".":
        key = key.rstrip(".")
    return word, key, possessive, plural


def _keeps_period(word: str) -> bool:
    bare = word[:-1]
    if "." in bare or len(bare) == 1:
        return True
    return bare.casefold() in ABBREVIATIONS


def _joins(gap: str) -> bool:
    """The gap between neighbours in a run (the left one no possessive): one space, or name
    particles ("de la", "van der")."""
    return gap == " " or (
        len(gap) < 16 and gap[:1] == " " and _PARTICLE_GAP.fullmatch(gap) is not None
    )


def find_runs(text: str, tokens: list[Token] | None = None) -> list[Run]:
    """Split ``text`` into capitalised runs (names, titles, organisations, places)."""
    tokens = tokenize(text) if tokens is None else tokens
    runs: list[Run] = []
    index = 0
    count = len(tokens)
    while index < count:
        left = tokens[index]
        group = [left]
        index += 1
        while index < count:
            right = tokens[index]
            gap = text[left.end : right.start]
            if left.possessive or not _joins(gap) or _starts_a_name(gap, tokens, index, text):
                break
            group.append(right)
            left = right
            index += 1
        run = split_run(group, text)
        if run is not None:
            runs.append(run)
    return runs


def _starts_a_name(gap: str, tokens: list[Token], index: int, text: str) -> bool:
    """Whether the token at ``index``, after a gap of particles, opens a name of its own: a
    full name (a known first name and a word after it) or an organisation's. The particle
    was a preposition or an "and" ("die Backstube von Thomas Becker", "María López y Juan
    Pérez", "Michael Hoffmann vom Institut"), not part of a surname ("Ursula von der Leyen",
    "Rodrigo de Paul")."""
    if gap == " ":
        return False
    if _org_word(tokens[index].key):
        return True  # "Michael Hoffmann vom Institut", "Juan Pérez de la Universidad"
    return (
        index + 1 < len(tokens)
        and text[tokens[index].end : tokens[index + 1].start] == " "
        and is_given_name(tokens[index].text)
    )


def _opens_full_name(core: list[Token]) -> bool:
    """A known first name and a surname: particles before them are no part of the name."""
    return len(core) > 1 and is_given_name(core[0].text)


def _may_follow_particles(text: str, start: int) -> bool:
    """Whether name particles may end right before ``start`` (a particle and a space, or a
    space and a line break: the ``$`` of ``_PARTICLES_BEFORE``); a cheap test before it."""
    if start < 2:
        return False
    previous = text[start - 1]
    return previous == "\n" or (previous == " " and text[start - 2] in _PARTICLE_ENDS)


def _is_suffix(token: Token) -> bool:
    return token.text.casefold() in SUFFIXES or token.text in ("II", "III", "IV")


@lru_cache(maxsize=16384)
def _title_word(key: str) -> bool:
    """A word that may stand as a title before a name ("President", "Geophysicist")."""
    titled = key in TITLE_WORDS or key.replace("-", "") in TITLE_WORDS
    if not titled and len(key) > 6 and key.endswith(("ologist", "ographer", "ician", "ist")):
        titled = not is_given_name(key)  # "Geophysicist Kristín Jónsdóttir"
    # "Developer Aaron Whitlock-Sims" cuts; "Dean Smith" does not
    return titled or (key in ROLE_NOUNS and not is_given_name(key))


@lru_cache(maxsize=16384)
def _stop_word(text: str, key: str) -> bool:
    """A capitalised word that is no part of a name: a common word, day, month, demonym."""
    if len(text) == 2 and text[1] == ".":
        return False  # an initial: "Max A. Cherney"
    if key in COMMON or key in DAYS_MONTHS or key in DEMONYMS:
        return True
    if key[-1:] == "s" and key[:-1] in DEMONYMS:
        return True  # "Native Americans", "Canadians"
    if key.endswith("-born") or key.endswith("-based"):
        return True
    return text.casefold() in NON_NAME_INITIALS or key in NON_NAME_INITIALS


def honorific(token: Token) -> bool:
    """True for "Ms.", "Dr", "Herr"; not "MS Teams" or "DR Congo" (capitals: an abbreviation)."""
    return token.key in HONORIFICS and not token.text.isupper()


def generation(token: Token) -> bool:
    """True for "Gen" without its period: a generation ("Gen Z", "Gen AI", "10th Gen Intel Core"),
    a general's title only before a first name."""
    return token.key == "gen" and token.text[-1:] != "."


def split_run(group: list[Token], text: str) -> Run | None:
    """Split a run into title prefix and name core; ``None`` when nothing name-like is left."""
    cut = 0
    last = len(group) - 1
    for index, token in enumerate(group):
        key = token.key
        if _stop_word(token.text, key) or (
            _title_word(key) and index < last and not _is_suffix(group[index + 1])
        ):
            cut = index + 1  # a title counts only when a name follows ("Billie Jean King")
    core = group[cut:]
    while len(core) > 1 and core[-1].text.isupper() and core[-1].key in POST_NOMINALS:
        core = core[:-1]  # "Anthony Lyle KC"
    if not core:
        return None
    start, end = core[0].start, core[-1].end
    if cut == 0 and _may_follow_particles(text, start) and not _opens_full_name(core):
        before = _PARTICLES_BEFORE.search(text, max(0, start - 20), start)
        if before:
            start = before.start(1)  # "said van der Berg"
    org = _names_a_thing(core)
    if (
        core[0].key in PLACE_STARTERS
        and len(core) > 1
        and (core[0].key in _SAINTS or not is_given_name(core[0].text))
    ):
        org = True  # "New Delhi", "San Francisco" (San is a first name too, rarely)
    if core[0].key in _ORG_NAME_STARTS:
        lowered = " ".join(t.text for t in core).casefold().replace("’", "'")
        if any(lowered.startswith(name) for name in ORG_NAMES):
            org = True
    name = text[start:end]
    if core[-1].possessive and name.endswith(_POSSESSIVE):
        name = name[:-2]
    return Run(tuple(group[:cut]), tuple(core), org, start, end, name)


def _names_a_thing(core: list[Token]) -> bool:
    """An organisation word in the core, or all capitals over more than two letters: a
    dateline ("SAN JOSE") or an acronym."""
    shouted = True
    for token in core:
        if _org_word(token.key):
            return True
        text = token.text
        shouted = shouted and len(text) > 2 and text.isupper() and "." not in text
    return shouted


@lru_cache(maxsize=16384)
def _org_word(key: str) -> bool:
    """An organisation, place or work word ("Ministry", "Bank", "Airlines")."""
    if "-" in key:
        return False
    if key in ORG_WORDS:
        return True
    return key.endswith("s") and key[:-1] in ORG_WORDS and len(key) > 4


__all__ = [
    "Run",
    "Token",
    "find_runs",
    "fold",
    "generation",
    "given_names",
    "honorific",
    "is_abbreviation",
    "is_given_name",
    "is_initials",
    "split_run",
    "strip_accents",
    "tokenize",
]
